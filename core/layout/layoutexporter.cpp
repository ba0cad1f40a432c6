#include "layout/layoutexporter.h"

#include "layout/atlas.h"
#include "layout/layoutrenderer.h"
#include "project/project.h"
#include "task/feedback.h"

#include <QBuffer>
#include <QDir>
#include <QFileInfo>
#include <QHash>
#include <QImageWriter>
#include <QPageLayout>
#include <QPageSize>
#include <QPainter>
#include <QPdfWriter>
#include <QSaveFile>
#include <QSet>
#include <QSvgGenerator>

#include <cmath>
#include <functional>
#include <memory>
#include <optional>
#include <vector>

using namespace Qt::StringLiterals;

namespace territoria {

namespace {

enum class Format { Pdf, Svg, Png, Tiff, Jpeg, Unknown };

Format formatOf(const QString &path)
{
    const QString suffix = QFileInfo(path).suffix().toLower();
    if (suffix == "pdf"_L1)
        return Format::Pdf;
    if (suffix == "svg"_L1)
        return Format::Svg;
    if (suffix == "png"_L1)
        return Format::Png;
    if (suffix == "tif"_L1 || suffix == "tiff"_L1)
        return Format::Tiff;
    if (suffix == "jpg"_L1 || suffix == "jpeg"_L1)
        return Format::Jpeg;
    return Format::Unknown;
}

QString worldFileSuffix(Format format)
{
    switch (format) {
    case Format::Png: return u"pgw"_s;
    case Format::Tiff: return u"tfw"_s;
    case Format::Jpeg: return u"jgw"_s;
    default: return {};
    }
}

QString native(const QString &path)
{
    return QDir::toNativeSeparators(QFileInfo(path).absoluteFilePath());
}

// One page to draw: its number in the whole export and its atlas feature.
struct Page {
    int number = 1;
    const AtlasFeature *feature = nullptr;
};

// Everything an export writes goes to QSaveFiles that are committed together at
// the end: a failure or a cancel on the last page leaves no file behind, not even
// the pages already drawn.
class ExportJob
{
    Q_DECLARE_TR_FUNCTIONS(LayoutExporter)
public:
    ExportJob(const PrintLayout &layout, const Project &project, const LayoutExportOptions &options, Feedback *feedback)
        : m_layout(layout), m_project(project), m_options(options), m_feedback(feedback)
    {
    }

    ~ExportJob()
    {
        for (auto &file : m_pending)
            file->cancelWriting();
    }

    int pageCount = 1; // pages of the whole export ("{@pages}", progress)

    // Writes `pages` to `path`: a PDF holds them all, other formats exactly one.
    Result<void> writeFile(const QString &path, const QList<Page> &pages, const QString &title);

    Result<LayoutExportResult> commit()
    {
        // Check once more: a cancel that arrives after the last page still wins.
        if (isCanceled())
            return cancelled();
        for (size_t i = 0; i < m_pending.size(); ++i) {
            QSaveFile &file = *m_pending[i];
            if (!file.commit()) {
                const QString why = file.errorString();
                const QString path = file.fileName();
                for (size_t j = i + 1; j < m_pending.size(); ++j)
                    m_pending[j]->cancelWriting();
                // Files committed before this one stay; they are complete.
                m_pending.clear();
                return fail(tr("Cannot write %1: %2").arg(native(path), why), path, why);
            }
        }
        m_pending.clear();
        return m_result;
    }

    Error cancelledError() const
    {
        return Error{tr("The export of the layout “%1” was cancelled.").arg(m_layout.name()), {}, {}};
    }

    std::unexpected<Error> cancelled() const { return std::unexpected(cancelledError()); }

    bool isCanceled() const { return m_feedback && m_feedback->isCanceled(); }

    LayoutExportResult &result() { return m_result; }

private:
    Result<QSaveFile *> open(const QString &path)
    {
        auto file = std::make_unique<QSaveFile>(path);
        if (!file->open(QIODevice::WriteOnly))
            return fail(tr("Cannot write %1: %2").arg(native(path), file->errorString()), path, file->errorString());
        QSaveFile *raw = file.get();
        m_pending.push_back(std::move(file));
        m_result.files.append(QFileInfo(path).absoluteFilePath());
        return raw;
    }

    LayoutRenderContext context(const Page &page) const
    {
        LayoutRenderContext c;
        c.project = &m_project;
        c.page = page.number;
        c.pageCount = pageCount;
        if (page.feature)
            c.atlasFeature = *page.feature;
        c.locale = m_options.locale;
        c.now = m_options.now;
        c.dpi = m_options.dpi;
        c.feedback = m_feedback;
        return c;
    }

    // Renders one page with `painter` already mapping millimetres to the device.
    bool renderPage(QPainter *painter, const Page &page)
    {
        painter->save();
        const LayoutRenderResult r = LayoutRenderer::render(m_layout, painter, context(page));
        painter->restore();
        return finishPage(r);
    }

    // Collects the page's warnings (once each) and reports progress; false when cancelled.
    bool finishPage(const LayoutRenderResult &r)
    {
        for (const QString &warning : r.warnings) {
            if (!m_warningSet.contains(warning)) {
                m_warningSet.insert(warning);
                m_result.warnings.append(warning);
            }
        }
        ++m_pagesDone;
        if (m_feedback)
            m_feedback->setProgress(100.0 * m_pagesDone / std::max(1, pageCount));
        return !r.canceled && !isCanceled();
    }

    bool renderSvgPage(QIODevice *device, const Page &page, const QString &title);

    Result<void> writeWorldFile(const QString &imagePath, Format format, const Page &page, double dpmm);

    const PrintLayout &m_layout;
    const Project &m_project;
    const LayoutExportOptions &m_options;
    Feedback *m_feedback = nullptr;
    LayoutExportResult m_result;
    QSet<QString> m_warningSet;
    std::vector<std::unique_ptr<QSaveFile>> m_pending;
    int m_pagesDone = 0;
};

Result<void> ExportJob::writeFile(const QString &path, const QList<Page> &pages, const QString &title)
{
    const Format format = formatOf(path);
    const QSizeF pageMm = m_layout.page().sizeMm();
    const double dpi = m_options.dpi;
    if (!(dpi > 0) || dpi > 2400)
        return fail(tr("Cannot export %1: the resolution must be between 1 and 2400 dpi.").arg(native(path)), path);
    auto opened = open(path);
    if (!opened)
        return std::unexpected(opened.error());
    QSaveFile *file = *opened;

    if (format == Format::Pdf) {
        QPdfWriter pdf(file);
        pdf.setResolution(int(std::lround(dpi)));
        pdf.setCreator(u"Territoria"_s);
        pdf.setTitle(title);
        // The page exactly as the layout says, in millimetres, no margins. The size
        // is given upright with an orientation so viewers name it ("A4, landscape").
        const QSizeF upright(std::min(pageMm.width(), pageMm.height()), std::max(pageMm.width(), pageMm.height()));
        const auto orientation = pageMm.width() > pageMm.height() ? QPageLayout::Landscape : QPageLayout::Portrait;
        if (!pdf.setPageLayout(QPageLayout(QPageSize(upright, QPageSize::Millimeter, QString(), QPageSize::ExactMatch),
                                           orientation, QMarginsF(0, 0, 0, 0), QPageLayout::Millimeter)))
            return fail(tr("Cannot export %1: the page size %2 x %3 mm is not valid for PDF.")
                            .arg(native(path))
                            .arg(pageMm.width())
                            .arg(pageMm.height()),
                        path);
        QPainter painter;
        if (!painter.begin(&pdf))
            return fail(tr("Cannot write the PDF %1.").arg(native(path)), path);
        const double dpmm = pdf.resolution() / 25.4;
        for (qsizetype i = 0; i < pages.size(); ++i) {
            if (i > 0 && !pdf.newPage()) {
                painter.end();
                return fail(tr("Cannot add page %1 to the PDF %2.").arg(i + 1).arg(native(path)), path);
            }
            painter.save();
            painter.scale(dpmm, dpmm);
            const bool ok = renderPage(&painter, pages[i]);
            painter.restore();
            if (!ok) {
                painter.end();
                return cancelled();
            }
        }
        painter.end();
        return {};
    }

    Q_ASSERT(pages.size() == 1);
    const Page &page = pages.first();
    const double dpmm = dpi / 25.4;
    const QSize pixels(std::max(1, int(std::lround(pageMm.width() * dpmm))),
                       std::max(1, int(std::lround(pageMm.height() * dpmm))));
    const int dotsPerMeter = int(std::lround(dpi / 0.0254));

    if (format == Format::Svg) {
        if (!renderSvgPage(file, page, title)) {
            if (isCanceled())
                return cancelled();
            return fail(tr("Cannot write the SVG %1.").arg(native(path)), path);
        }
        return {};
    }

    // Raster: the page at `dpi`, the resolution stored in the file.
    QImage image(pixels, QImage::Format_ARGB32_Premultiplied);
    if (image.isNull())
        return fail(tr("Cannot export %1: a page of %2 x %3 pixels does not fit in memory; lower the resolution.")
                        .arg(native(path))
                        .arg(pixels.width())
                        .arg(pixels.height()),
                    path);
    image.setDotsPerMeterX(dotsPerMeter);
    image.setDotsPerMeterY(dotsPerMeter);
    image.fill(m_layout.page().background.alpha() > 0 ? m_layout.page().background : QColor(Qt::white));
    {
        QPainter painter(&image);
        painter.setRenderHints(QPainter::Antialiasing | QPainter::TextAntialiasing | QPainter::SmoothPixmapTransform);
        painter.scale(dpmm, dpmm);
        if (!renderPage(&painter, page))
            return cancelled();
    }
    QByteArray formatName = "png";
    if (format == Format::Jpeg) {
        image = image.convertToFormat(QImage::Format_RGB32);
        formatName = "jpeg";
    } else if (format == Format::Tiff) {
        image = image.convertToFormat(QImage::Format_ARGB32);
        formatName = "tiff";
    }
    QImageWriter writer(file, formatName);
    if (format == Format::Jpeg)
        writer.setQuality(92);
    else if (format == Format::Tiff)
        writer.setCompression(1); // LZW
    if (!writer.write(image))
        return fail(tr("Cannot write the image %1: %2").arg(native(path), writer.errorString()), path,
                    writer.errorString());
    if (m_options.worldFile && m_layout.mapItems().size() == 1)
        return writeWorldFile(path, format, page, dpmm);
    return {};
}

namespace {

// The drawing `paint` makes on a page-sized QSvgGenerator: its elements without
// the document around them. The generator works in page millimetres: its
// viewBox is the page in mm, so the painter needs no scale; its resolution (254
// dpi) only sets the device DPI the renderer sizes text from.
QByteArray svgDrawing(const QSizeF &pageMm, const std::function<void(QPainter *)> &paint)
{
    QBuffer buffer;
    buffer.open(QIODevice::WriteOnly);
    QSvgGenerator svg;
    svg.setOutputDevice(&buffer);
    svg.setResolution(254);
    svg.setSize(QSize(std::max(1, int(std::lround(pageMm.width() * 10))),
                      std::max(1, int(std::lround(pageMm.height() * 10)))));
    svg.setViewBox(QRectF(QPointF(0, 0), pageMm));
    QPainter painter;
    if (!painter.begin(&svg))
        return {};
    paint(&painter);
    painter.end();
    const QByteArray text = buffer.data();
    // <svg ...> <title/> <desc/> <defs></defs> DRAWING </svg>
    qsizetype start = text.indexOf("</defs>");
    const qsizetype end = text.lastIndexOf("</svg>");
    if (start < 0 || end < start)
        return {};
    start += 7;
    return text.mid(start, end - start);
}

QByteArray svgNumber(double value)
{
    return QByteArray::number(value, 'g', 10);
}

} // namespace

// One SVG page, item by item. QSvgGenerator (Qt 6.4) writes no clip paths, so a
// map would spill its layers over the whole page: each map item goes into a
// group clipped to its frame (SVG 1.1 clipPath). Other items are drawn as they are.
bool ExportJob::renderSvgPage(QIODevice *device, const Page &page, const QString &title)
{
    const QSizeF pageMm = m_layout.page().sizeMm();
    const LayoutRenderContext c = context(page);
    LayoutRenderResult r;
    QByteArray doc;
    doc += "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"no\"?>\n";
    doc += "<svg width=\"" + svgNumber(pageMm.width()) + "mm\" height=\"" + svgNumber(pageMm.height()) + "mm\"\n";
    doc += " viewBox=\"0 0 " + svgNumber(pageMm.width()) + ' ' + svgNumber(pageMm.height()) + "\"\n";
    doc += " xmlns=\"http://www.w3.org/2000/svg\" xmlns:xlink=\"http://www.w3.org/1999/xlink\" version=\"1.1\">\n";
    doc += "<title>" + title.toHtmlEscaped().toUtf8() + "</title>\n";
    doc += "<desc>" + tr("Made with Territoria").toHtmlEscaped().toUtf8() + "</desc>\n";
    const QColor background = m_layout.page().background;
    doc += svgDrawing(pageMm, [&](QPainter *p) { p->fillRect(QRectF(QPointF(0, 0), pageMm), background); });
    int clips = 0;
    for (int i = 0; i < m_layout.itemCount(); ++i) {
        if (isCanceled()) {
            r.canceled = true;
            break;
        }
        const LayoutItem *item = m_layout.itemAt(i);
        if (!item || !item->visible)
            continue;
        const QByteArray drawing = svgDrawing(pageMm, [&](QPainter *p) {
            p->setRenderHint(QPainter::Antialiasing, true);
            p->setRenderHint(QPainter::TextAntialiasing, true);
            LayoutRenderer::renderItem(m_layout, *item, p, c, r);
        });
        if (item->type() != LayoutItemType::Map) {
            doc += drawing;
            continue;
        }
        // The frame line is centred on the item's edge: keep its outer half.
        const double pad = item->frame ? item->frameWidthMm / 2 : 0;
        const QRectF clip = item->rectMm.adjusted(-pad, -pad, pad, pad);
        const QByteArray id = "territoria-map-clip-" + QByteArray::number(++clips);
        doc += "<defs><clipPath id=\"" + id + "\"><rect x=\"" + svgNumber(clip.x()) + "\" y=\"" + svgNumber(clip.y())
            + "\" width=\"" + svgNumber(clip.width()) + "\" height=\"" + svgNumber(clip.height())
            + "\"/></clipPath></defs>\n";
        doc += "<g clip-path=\"url(#" + id + ")\">" + drawing + "</g>\n";
    }
    doc += "</svg>\n";
    if (!finishPage(r))
        return false;
    return device->write(doc) == doc.size();
}

// Six lines placing the page image in the project CRS: pixel size in x, two
// rotation terms (0), minus the pixel size in y, then the centre of the top-left
// pixel. The map frame at rect (x, y, w, h) mm shows extent E: one page pixel
// (1/dpmm mm) covers E.width / (w * dpmm) map units, and the page's top-left
// corner lies x * dpmm pixels left of and y * dpmm pixels above E's top-left.
Result<void> ExportJob::writeWorldFile(const QString &imagePath, Format format, const Page &page, double dpmm)
{
    const MapItem *map = m_layout.mapItem();
    if (!map || map->rectMm.isEmpty())
        return {};
    const Extent extent = LayoutRenderer::visibleExtent(*map, context(page));
    if (extent.isNull() || extent.isEmpty() || !extent.isFinite())
        return {};
    const double pixelX = extent.width() / (map->rectMm.width() * dpmm);
    const double pixelY = extent.height() / (map->rectMm.height() * dpmm);
    const double left = extent.xMin() - map->rectMm.x() * dpmm * pixelX;
    const double top = extent.yMax() + map->rectMm.y() * dpmm * pixelY;
    const QFileInfo info(imagePath);
    const QString path = info.dir().filePath(info.completeBaseName() + u'.' + worldFileSuffix(format));
    auto opened = open(path);
    if (!opened)
        return std::unexpected(opened.error());
    QByteArray text;
    for (double v : {pixelX, 0.0, 0.0, -pixelY, left + pixelX / 2, top - pixelY / 2})
        text += QByteArray::number(v, 'f', 10) + '\n';
    if ((*opened)->write(text) != text.size())
        return fail(tr("Cannot write %1: %2").arg(native(path), (*opened)->errorString()), path);
    return {};
}

Result<void> checkFormat(const QString &path)
{
    if (formatOf(path) == Format::Unknown)
        return fail(LayoutExporter::tr("Cannot export to %1: unknown format “%2” (use .pdf, .svg, .png, .tif or .jpg).")
                        .arg(native(path), QFileInfo(path).suffix()),
                    path);
    if (!QFileInfo(QFileInfo(path).absolutePath()).isDir())
        return fail(LayoutExporter::tr("Cannot export to %1: the folder %2 does not exist.")
                        .arg(native(path), QDir::toNativeSeparators(QFileInfo(path).absolutePath())),
                    path);
    return {};
}

// "out/atlas.pdf" + "Cayma" -> "out/atlas_Cayma.pdf"; names already used get _2, _3...
QString numberedPath(const QString &path, const QString &part, QSet<QString> *used)
{
    const QFileInfo info(path);
    const QString base = info.completeBaseName() + u'_' + Atlas::safeFileName(part);
    QString name = base;
    for (int n = 2; used->contains(name.toLower()); ++n)
        name = base + u'_' + QString::number(n);
    used->insert(name.toLower());
    return info.dir().filePath(name + u'.' + info.suffix());
}

} // namespace

Result<LayoutExportResult> LayoutExporter::exportPage(const PrintLayout &layout, const Project &project,
                                                      const QString &path, const LayoutExportOptions &options,
                                                      Feedback *feedback)
{
    if (auto ok = checkFormat(path); !ok)
        return std::unexpected(ok.error());
    ExportJob job(layout, project, options, feedback);
    job.pageCount = 1;
    if (auto ok = job.writeFile(path, {Page{1, nullptr}}, layout.name()); !ok)
        return std::unexpected(ok.error());
    job.result().pages = 1;
    if (feedback)
        feedback->setProgress(100.0);
    return job.commit();
}

Result<LayoutExportResult> LayoutExporter::exportAtlas(const PrintLayout &layout, const Project &project,
                                                       const QString &path, const LayoutExportOptions &options,
                                                       Feedback *feedback)
{
    if (auto ok = checkFormat(path); !ok)
        return std::unexpected(ok.error());
    auto features = Atlas::features(layout, project, feedback);
    if (!features)
        return std::unexpected(features.error());
    const Format format = formatOf(path);
    AtlasSettings::Output output = options.atlasOutput;
    if (format != Format::Pdf)
        output = AtlasSettings::Output::FilePerFeature; // one page per file anyway

    ExportJob job(layout, project, options, feedback);
    const int count = static_cast<int>(features->size());
    job.pageCount = count;
    QList<Page> pages;
    for (int i = 0; i < count; ++i)
        pages.append(Page{i + 1, &features->at(i)});

    const QString title = layout.name();
    switch (output) {
    case AtlasSettings::Output::SingleFile:
        if (auto ok = job.writeFile(path, pages, title); !ok)
            return std::unexpected(ok.error());
        break;
    case AtlasSettings::Output::FilePerFeature: {
        QSet<QString> used;
        for (const Page &page : pages) {
            const QString file = numberedPath(path, page.feature->pageName, &used);
            if (auto ok = job.writeFile(file, {page}, title + u" — "_s + page.feature->pageName); !ok)
                return std::unexpected(ok.error());
        }
        break;
    }
    case AtlasSettings::Output::FilePerValue: {
        const QString field = options.splitByField.isEmpty() ? layout.atlas().splitByField : options.splitByField;
        if (field.isEmpty())
            return fail(tr("Cannot split the atlas “%1” into files: choose the field to split by.").arg(layout.name()),
                        path);
        const int index = features->first().fields.indexOf(field);
        if (index < 0)
            return fail(tr("Cannot split the atlas “%1” by “%2”: the coverage layer has no such field (it has %3).")
                            .arg(layout.name(), field, features->first().fields.names().join(u", "_s)),
                        path);
        // Values in the order of their first page; pages keep the atlas order.
        QStringList values;
        QHash<QString, QList<Page>> byValue;
        for (const Page &page : pages) {
            const QVariant v = page.feature->attributes.value(index);
            const QString value = v.isValid() && !v.isNull() ? v.toString() : QString();
            if (!byValue.contains(value))
                values.append(value);
            byValue[value].append(page);
        }
        QSet<QString> used;
        for (const QString &value : values) {
            const QString file = numberedPath(path, value, &used);
            if (auto ok = job.writeFile(file, byValue.value(value), title + u" — "_s + value); !ok)
                return std::unexpected(ok.error());
        }
        break;
    }
    }
    job.result().pages = count;
    return job.commit();
}

} // namespace territoria
