// LayoutExporter over tests/data/layout_atlas/provincias.territoria (five hand-made
// squares in EPSG:32719, two provinces). Checked with poppler's own tools (pdfinfo
// for pages and size, pdftotext for selectable text, pdftoppm for pixels), Qt's
// XML reader for SVG, QImageReader for PNG size and DPI, and hand-computed world
// file values (confirmed by gdalinfo when it is installed).
#include "layout/layoutexporter.h"
#include "project/project.h"
#include "task/feedback.h"

#include <QImageReader>
#include <QProcess>
#include <QRegularExpression>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QXmlStreamReader>
#include <QtTest>

using namespace Qt::StringLiterals;
using namespace territoria;

namespace {

QString fixture(const QString &name)
{
    return QStringLiteral(TERRITORIA_TEST_DATA) + u"/layout_atlas/"_s + name;
}

QString runTool(const QString &tool, const QStringList &arguments, int *exitCode = nullptr)
{
    QProcess process;
    process.start(tool, arguments);
    if (!process.waitForFinished(20000)) {
        process.kill();
        process.waitForFinished();
    }
    if (exitCode)
        *exitCode = process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1;
    return QString::fromUtf8(process.readAllStandardOutput());
}

int pdfPages(const QString &path)
{
    const QString info = runTool(u"pdfinfo"_s, {path});
    const auto match = QRegularExpression(u"Pages:\\s+(\\d+)"_s).match(info);
    return match.hasMatch() ? match.captured(1).toInt() : -1;
}

// "Page size:      841.89 x 595.276 pts (A4)" -> points.
QSizeF pdfPageSize(const QString &path)
{
    const QString info = runTool(u"pdfinfo"_s, {path});
    const auto match = QRegularExpression(u"Page size:\\s+([\\d.]+) x ([\\d.]+) pts"_s).match(info);
    return match.hasMatch() ? QSizeF(match.captured(1).toDouble(), match.captured(2).toDouble()) : QSizeF();
}

QString pdfText(const QString &path, int page = 0)
{
    QStringList args;
    if (page > 0)
        args << u"-f"_s << QString::number(page) << u"-l"_s << QString::number(page);
    args << path << u"-"_s;
    return runTool(u"pdftotext"_s, args);
}

// pdftotext may drop the spaces of short runs ("1 / 5" comes out "1/5").
bool hasPageCounter(const QString &text, int page, int pages)
{
    QString squeezed = text;
    squeezed.remove(u' ');
    return squeezed.contains(u"%1/%2"_s.arg(page).arg(pages));
}

QStringList filesIn(const QString &dir)
{
    return QDir(dir).entryList(QDir::Files | QDir::Hidden | QDir::NoDotAndDotDot, QDir::Name);
}

} // namespace

class TestLayoutExporter : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void pdfPage();
    void atlasSinglePdf();
    void atlasPerFeature();
    void atlasPerValue();
    void svgPage();
    void pngSizeDpiAndWorldFile();
    void warningsOnce();
    void unknownFormat();
    void unwritableTarget();
    void cancel();

private:
    Project m_project;
    LayoutExportOptions m_options;
    QTemporaryDir m_tmp;
    const PrintLayout *summary() const { return m_project.layout(u"Resumen"_s); }
    const PrintLayout *atlas() const { return m_project.layout(u"Atlas provincias"_s); }
};

void TestLayoutExporter::initTestCase()
{
    if (QStandardPaths::findExecutable(u"pdfinfo"_s).isEmpty() || QStandardPaths::findExecutable(u"pdftotext"_s).isEmpty())
        QSKIP("poppler-utils (pdfinfo, pdftotext, pdftoppm) is not installed; packaging/setup-debian.sh installs it");
    auto report = m_project.load(fixture(u"provincias.territoria"_s));
    QVERIFY2(report, qPrintable(report ? QString() : report.error().toString()));
    QVERIFY(report->missingLayers.isEmpty());
    QVERIFY(summary());
    QVERIFY(atlas());
    m_options.locale = QLocale(QLocale::Spanish, QLocale::Peru);
    m_options.now = QDateTime(QDate(2026, 3, 1), QTime(10, 0));
    m_options.dpi = 100;
}

void TestLayoutExporter::pdfPage()
{
    const QString path = m_tmp.filePath(u"resumen.pdf"_s);
    auto result = LayoutExporter::exportPage(*summary(), m_project, path, m_options);
    QVERIFY2(result, qPrintable(result ? QString() : result.error().toString()));
    QCOMPARE(result->files, QStringList{QFileInfo(path).absoluteFilePath()});
    QCOMPARE(result->pages, 1);
    QCOMPARE(pdfPages(path), 1);
    // A4 landscape: 297 x 210 mm = 841.89 x 595.28 pt.
    const QSizeF size = pdfPageSize(path);
    QVERIFY2(std::abs(size.width() - 297 / 25.4 * 72) < 0.5 && std::abs(size.height() - 210 / 25.4 * 72) < 0.5,
             qPrintable(u"%1 x %2"_s.arg(size.width()).arg(size.height())));
    // Text is text: pdftotext finds the expanded title.
    QVERIFY2(pdfText(path).contains(u"Resumen de Prueba de atlas"_s), qPrintable(pdfText(path)));
    const QString info = runTool(u"pdfinfo"_s, {path});
    QVERIFY2(info.contains(u"Creator:"_s) && info.contains(u"Territoria"_s), qPrintable(info));
    QVERIFY2(info.contains(u"Title:"_s) && info.contains(u"Resumen"_s), qPrintable(info));

    // The map area is drawn: the page at 20 dpi has blue polygon pixels inside the
    // map frame (10..210 mm x 20..200 mm), the fill #a6cee3 of the districts.
    if (QStandardPaths::findExecutable(u"pdftoppm"_s).isEmpty())
        return;
    const QString prefix = m_tmp.filePath(u"resumen_px"_s);
    runTool(u"pdftoppm"_s, {u"-r"_s, u"20"_s, u"-png"_s, u"-singlefile"_s, path, prefix});
    QImage image(prefix + u".png"_s);
    QVERIFY(!image.isNull());
    QCOMPARE(image.width(), 234); // 297 mm at 20 dpi
    int blue = 0;
    const double dpmm = 20 / 25.4;
    for (int y = int(20 * dpmm) + 2; y < int(200 * dpmm) - 2; ++y) {
        for (int x = int(10 * dpmm) + 2; x < int(210 * dpmm) - 2; ++x) {
            const QColor c = image.pixelColor(x, y);
            if (c.blue() > c.red() + 40 && c.blue() > 150)
                ++blue;
        }
    }
    QVERIFY2(blue > 100, qPrintable(QString::number(blue)));
}

void TestLayoutExporter::atlasSinglePdf()
{
    const QString path = m_tmp.filePath(u"atlas.pdf"_s);
    auto result = LayoutExporter::exportAtlas(*atlas(), m_project, path, m_options);
    QVERIFY2(result, qPrintable(result ? QString() : result.error().toString()));
    QCOMPARE(result->pages, 5);
    QCOMPARE(result->files.size(), 1);
    QCOMPARE(pdfPages(path), 5);
    // A4 portrait.
    const QSizeF size = pdfPageSize(path);
    QVERIFY(std::abs(size.width() - 595.28) < 0.5 && std::abs(size.height() - 841.89) < 0.5);
    // Sorted by NOMBRE; the title expands the feature's fields, the page counter runs.
    const QStringList expected{u"Distrito Camaná (CAMANA)"_s, u"Distrito Cayma (AREQUIPA)"_s,
                               u"Distrito Ocoña (CAMANA)"_s, u"Distrito Sachaca (AREQUIPA)"_s,
                               u"Distrito Yura (AREQUIPA)"_s};
    for (int page = 1; page <= 5; ++page) {
        const QString text = pdfText(path, page);
        QVERIFY2(text.contains(expected[page - 1]), qPrintable(u"page %1: %2"_s.arg(page).arg(text)));
        QVERIFY2(hasPageCounter(text, page, 5), qPrintable(text));
    }
}

void TestLayoutExporter::atlasPerFeature()
{
    QTemporaryDir dir;
    LayoutExportOptions options = m_options;
    options.atlasOutput = AtlasSettings::Output::FilePerFeature;
    auto result = LayoutExporter::exportAtlas(*atlas(), m_project, dir.filePath(u"d.pdf"_s), options);
    QVERIFY2(result, qPrintable(result ? QString() : result.error().toString()));
    QCOMPARE(filesIn(dir.path()), (QStringList{u"d_Camaná.pdf"_s, u"d_Cayma.pdf"_s, u"d_Ocoña.pdf"_s,
                                               u"d_Sachaca.pdf"_s, u"d_Yura.pdf"_s}));
    QCOMPARE(result->files.first(), dir.filePath(u"d_Camaná.pdf"_s));
    QVERIFY(hasPageCounter(pdfText(dir.filePath(u"d_Ocoña.pdf"_s)), 3, 5));

    // Page names that repeat (the province) get _2, _3.
    QTemporaryDir dir2;
    PrintLayout byProvince(*atlas());
    AtlasSettings settings = byProvince.atlas();
    settings.pageNameExpression = u"PROVINCIA"_s;
    byProvince.setAtlas(settings);
    result = LayoutExporter::exportAtlas(byProvince, m_project, dir2.filePath(u"p.pdf"_s), options);
    QVERIFY2(result, qPrintable(result ? QString() : result.error().toString()));
    QCOMPARE(filesIn(dir2.path()), (QStringList{u"p_AREQUIPA.pdf"_s, u"p_AREQUIPA_2.pdf"_s, u"p_AREQUIPA_3.pdf"_s,
                                                u"p_CAMANA.pdf"_s, u"p_CAMANA_2.pdf"_s}));
    // PNG is always one file per page, whatever the output mode.
    QTemporaryDir dir3;
    options.atlasOutput = AtlasSettings::Output::SingleFile;
    options.dpi = 20;
    options.worldFile = false;
    result = LayoutExporter::exportAtlas(*atlas(), m_project, dir3.filePath(u"i.png"_s), options);
    QVERIFY2(result, qPrintable(result ? QString() : result.error().toString()));
    QCOMPARE(filesIn(dir3.path()).size(), 5);
    QVERIFY(filesIn(dir3.path()).contains(u"i_Yura.png"_s));
}

void TestLayoutExporter::atlasPerValue()
{
    QTemporaryDir dir;
    LayoutExportOptions options = m_options;
    options.atlasOutput = AtlasSettings::Output::FilePerValue;
    options.splitByField = u"PROVINCIA"_s;
    auto result = LayoutExporter::exportAtlas(*atlas(), m_project, dir.filePath(u"atlas.pdf"_s), options);
    QVERIFY2(result, qPrintable(result ? QString() : result.error().toString()));
    // In the order of each value's first page: Camaná (CAMANA) is page 1.
    QCOMPARE(result->files, (QStringList{dir.filePath(u"atlas_CAMANA.pdf"_s), dir.filePath(u"atlas_AREQUIPA.pdf"_s)}));
    const QString arequipa = dir.filePath(u"atlas_AREQUIPA.pdf"_s);
    QCOMPARE(pdfPages(arequipa), 3);
    QCOMPARE(pdfPages(dir.filePath(u"atlas_CAMANA.pdf"_s)), 2);
    // Pages keep their place in the whole atlas: Cayma 2, Sachaca 4, Yura 5 of 5.
    QVERIFY(pdfText(arequipa, 1).contains(u"Distrito Cayma"_s));
    QVERIFY(hasPageCounter(pdfText(arequipa, 1), 2, 5));
    QVERIFY(pdfText(arequipa, 3).contains(u"Distrito Yura"_s));
    QVERIFY(hasPageCounter(pdfText(arequipa, 3), 5, 5));

    options.splitByField = u"DEPARTAMENTO"_s;
    QTemporaryDir dir2;
    result = LayoutExporter::exportAtlas(*atlas(), m_project, dir2.filePath(u"atlas.pdf"_s), options);
    QVERIFY(!result);
    QVERIFY2(result.error().message.contains(u"DEPARTAMENTO"_s), qPrintable(result.error().message));
    QVERIFY(filesIn(dir2.path()).isEmpty());
}

void TestLayoutExporter::svgPage()
{
    const QString path = m_tmp.filePath(u"resumen.svg"_s);
    auto result = LayoutExporter::exportPage(*summary(), m_project, path, m_options);
    QVERIFY2(result, qPrintable(result ? QString() : result.error().toString()));
    QFile file(path);
    QVERIFY(file.open(QIODevice::ReadOnly));
    QXmlStreamReader xml(&file);
    bool sawText = false, sawPath = false, clippedGroup = false, inClip = false;
    QString width, viewBox, clipRect;
    while (!xml.atEnd()) {
        if (xml.readNext() != QXmlStreamReader::StartElement)
            continue;
        if (xml.name() == "svg"_L1) {
            width = xml.attributes().value("width"_L1).toString();
            viewBox = xml.attributes().value("viewBox"_L1).toString();
        }
        // QSvgGenerator writes no clipping: the map goes in a group clipped to
        // its frame, (10, 20) 200 x 180 mm grown by half the 0.3 mm frame line.
        if (xml.name() == "clipPath"_L1)
            inClip = true;
        if (xml.name() == "rect"_L1 && inClip && clipRect.isEmpty()) {
            const auto a = xml.attributes();
            clipRect = u"%1 %2 %3 %4"_s.arg(a.value("x"_L1), a.value("y"_L1), a.value("width"_L1), a.value("height"_L1));
        }
        if (xml.name() == "g"_L1 && xml.attributes().value("clip-path"_L1).startsWith("url(#"_L1))
            clippedGroup = true;
        sawText = sawText || xml.name() == "text"_L1;
        sawPath = sawPath || xml.name() == "path"_L1 || xml.name() == "polygon"_L1 || xml.name() == "polyline"_L1;
    }
    QVERIFY2(!xml.hasError(), qPrintable(xml.errorString()));
    QVERIFY(sawText);
    QVERIFY(sawPath);
    // Physical size and user units in millimetres.
    QCOMPARE(width, u"297mm"_s);
    QCOMPARE(viewBox.simplified(), u"0 0 297 210"_s);
    QVERIFY(clippedGroup);
    QCOMPARE(clipRect, u"9.85 19.85 200.3 180.3"_s);
}

// Resumen: map frame at (10, 20) mm, 200 x 180 mm, extent 165000..235000 x
// 8145000..8195000 (70 x 50 km). The frame's aspect (200/180) wins: the extent
// grows in height to 70000 * 180/200 = 63000 m around y = 8170000, i.e.
// 8138500..8201500; 350 m per page millimetre. At 100 dpi a page pixel is
// 25.4/100 mm = 88.9 m. The page's top-left corner is 10 mm (3500 m) left of
// the frame and 20 mm (7000 m) above it: (161500, 8208500); the world file
// holds the centre of the top-left pixel, half a pixel (44.45 m) inside.
void TestLayoutExporter::pngSizeDpiAndWorldFile()
{
    const QString path = m_tmp.filePath(u"resumen.png"_s);
    auto result = LayoutExporter::exportPage(*summary(), m_project, path, m_options);
    QVERIFY2(result, qPrintable(result ? QString() : result.error().toString()));
    const QString worldPath = m_tmp.filePath(u"resumen.pgw"_s);
    QCOMPARE(result->files, (QStringList{QFileInfo(path).absoluteFilePath(), QFileInfo(worldPath).absoluteFilePath()}));
    QImageReader reader(path);
    const QImage image = reader.read();
    QVERIFY(!image.isNull());
    // 297 x 210 mm at 100 dpi: 1169.29 x 826.77 -> 1169 x 827 pixels.
    QCOMPARE(image.size(), QSize(1169, 827));
    QCOMPARE(image.dotsPerMeterX(), 3937); // 100 / 0.0254
    QCOMPARE(image.dotsPerMeterY(), 3937);

    QFile world(worldPath);
    QVERIFY(world.open(QIODevice::ReadOnly | QIODevice::Text));
    const QStringList lines = QString::fromUtf8(world.readAll()).split(u'\n', Qt::SkipEmptyParts);
    QCOMPARE(lines.size(), 6);
    const double expected[6] = {88.9, 0, 0, -88.9, 161500 + 44.45, 8208500 - 44.45};
    for (int i = 0; i < 6; ++i)
        QVERIFY2(std::abs(lines[i].toDouble() - expected[i]) < 1e-6,
                 qPrintable(u"line %1: %2, expected %3"_s.arg(i + 1).arg(lines[i]).arg(expected[i], 0, 'f', 4)));

    // GDAL reads the same placement.
    if (QStandardPaths::findExecutable(u"gdalinfo"_s).isEmpty())
        return;
    const QString info = runTool(u"gdalinfo"_s, {path});
    QVERIFY2(info.contains(u"Origin = (161500.000000000000000,8208500.000000000000000)"_s), qPrintable(info));
    QVERIFY2(info.contains(u"Pixel Size = (88.900000000000006,-88.900000000000006)"_s)
                 || info.contains(u"Pixel Size = (88.900000000000000,-88.900000000000000)"_s)
                 || info.contains(u"Pixel Size = (88.899999999999991,-88.899999999999991)"_s),
             qPrintable(info));
}

// A picture that is missing warns on each of the five pages; the export lists it once.
void TestLayoutExporter::warningsOnce()
{
    PrintLayout layout(*atlas());
    auto picture = std::make_unique<PictureItem>();
    picture->rectMm = QRectF(180, 5, 20, 20);
    picture->path = m_tmp.filePath(u"nada.png"_s);
    layout.addItem(std::move(picture));
    auto result = LayoutExporter::exportAtlas(layout, m_project, m_tmp.filePath(u"warn.pdf"_s), m_options);
    QVERIFY2(result, qPrintable(result ? QString() : result.error().toString()));
    QCOMPARE(result->pages, 5);
    const QStringList about = result->warnings.filter(u"nada.png"_s);
    QVERIFY2(about.size() == 1, qPrintable(result->warnings.join(u'\n')));
    QCOMPARE(result->warnings.size(), QSet<QString>(result->warnings.begin(), result->warnings.end()).size());
}

void TestLayoutExporter::unknownFormat()
{
    const QString path = m_tmp.filePath(u"x.bmp"_s);
    auto result = LayoutExporter::exportPage(*summary(), m_project, path, m_options);
    QVERIFY(!result);
    QVERIFY(result.error().message.contains(u"x.bmp"_s));
    QVERIFY(!QFileInfo::exists(path));
}

void TestLayoutExporter::unwritableTarget()
{
    QTemporaryDir dir;
    // A missing folder.
    QString path = dir.filePath(u"no/such/folder/out.pdf"_s);
    auto result = LayoutExporter::exportPage(*summary(), m_project, path, m_options);
    QVERIFY(!result);
    QVERIFY2(result.error().message.contains(QDir::toNativeSeparators(path)), qPrintable(result.error().message));
    // The target is a folder: QSaveFile cannot open it (this holds for root too,
    // who may write into read-only folders).
    path = dir.filePath(u"taken.pdf"_s);
    QVERIFY(QDir(dir.path()).mkdir(u"taken.pdf"_s));
    result = LayoutExporter::exportPage(*summary(), m_project, path, m_options);
    QVERIFY(!result);
    QVERIFY2(result.error().message.contains(QDir::toNativeSeparators(path)), qPrintable(result.error().message));
    QVERIFY(filesIn(dir.path()).isEmpty()); // no temporary file left
    // An atlas whose third file cannot be written leaves none of the others.
    QVERIFY(QDir(dir.path()).mkdir(u"a_Ocoña.pdf"_s));
    LayoutExportOptions options = m_options;
    options.atlasOutput = AtlasSettings::Output::FilePerFeature;
    result = LayoutExporter::exportAtlas(*atlas(), m_project, dir.filePath(u"a.pdf"_s), options);
    QVERIFY(!result);
    QVERIFY2(result.error().message.contains(u"a_Ocoña.pdf"_s), qPrintable(result.error().message));
    QVERIFY2(filesIn(dir.path()).isEmpty(), qPrintable(filesIn(dir.path()).join(u", "_s)));
}

void TestLayoutExporter::cancel()
{
    QTemporaryDir dir;
    // Cancelled while drawing the first of five pages: nothing is written.
    // Atlas::features reports 0..100 while it reads the features; then each page
    // reports 20, 40... of the export.
    Feedback feedback;
    bool featuresRead = false;
    connect(&feedback, &Feedback::progressChanged, &feedback, [&feedback, &featuresRead](double percent) {
        if (percent >= 100)
            featuresRead = true;
        else if (featuresRead && percent >= 20)
            feedback.cancel();
    });
    const QString path = dir.filePath(u"atlas.pdf"_s);
    auto result = LayoutExporter::exportAtlas(*atlas(), m_project, path, m_options, &feedback);
    QVERIFY(!result);
    QVERIFY2(result.error().message.contains(u"cancelled"_s), qPrintable(result.error().message));
    QVERIFY2(filesIn(dir.path()).isEmpty(), qPrintable(filesIn(dir.path()).join(u", "_s)));

    Feedback already;
    already.cancel();
    result = LayoutExporter::exportPage(*summary(), m_project, dir.filePath(u"p.png"_s), m_options, &already);
    QVERIFY(!result);
    QVERIFY(result.error().message.contains(u"cancelled"_s));
    QVERIFY(filesIn(dir.path()).isEmpty());
}

QTEST_MAIN(TestLayoutExporter)
#include "tst_layoutexporter.moc"
