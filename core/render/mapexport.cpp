#include "render/mapexport.h"

#include <QCoreApplication>
#include <QFileInfo>
#include <QImageWriter>
#include <QPageLayout>
#include <QPageSize>
#include <QPainter>
#include <QPdfWriter>
#include <QSaveFile>
#include <QSvgGenerator>

#include <cmath>

using namespace Qt::StringLiterals;

namespace territoria {

namespace {


} // namespace

Result<MapExportResult> exportMap(const MapSettings &settings, const QList<Layer *> &layers, const QString &path)
{
    const QString suffix = QFileInfo(path).suffix().toLower();
    if (!settings.isValid())
        return fail(QCoreApplication::translate("MapExport", "Cannot export the map to %1: the extent or the output size is invalid").arg(path), path);
    const QSize size = settings.outputSize();
    const double dpi = settings.dpi();

    MapRenderJob job(settings, layers);
    MapExportResult result;
    result.path = path;

    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return fail(QCoreApplication::translate("MapExport", "Cannot write %1: %2").arg(path, file.errorString()), path);

    if (suffix == u"png" || suffix == u"jpg" || suffix == u"jpeg" || suffix == u"tif" || suffix == u"tiff") {
        QImage image = job.renderToImage();
        if (job.isCanceled())
            return fail(QCoreApplication::translate("MapExport", "Export of %1 was canceled").arg(path), path);
        if (suffix != u"png")
            image = image.convertToFormat(suffix.startsWith(u"jp"_s) ? QImage::Format_RGB32 : QImage::Format_ARGB32);
        const int dpm = int(std::lround(dpi / 0.0254));
        image.setDotsPerMeterX(dpm);
        image.setDotsPerMeterY(dpm);
        const QByteArray format = suffix == u"png" ? "png" : suffix.startsWith(u"jp"_s) ? "jpeg" : "tiff";
        QImageWriter writer(&file, format);
        if (format == "png")
            writer.setCompression(12); // Qt 6 scale 0..100 (x9/100 = zlib level 1): fast, 1.7x bigger than default
        else if (format == "jpeg")
            writer.setQuality(92);
        if (!writer.write(image))
            return fail(QCoreApplication::translate("MapExport", "Cannot write the image %1: %2").arg(path, writer.errorString()), path);
    } else if (suffix == u"pdf") {
        QPdfWriter pdf(&file);
        pdf.setResolution(int(std::lround(dpi)));
        pdf.setCreator(u"Territoria"_s);
        pdf.setTitle(QFileInfo(path).completeBaseName());
        const QSizeF pageMm(size.width() / dpi * 25.4, size.height() / dpi * 25.4);
        pdf.setPageLayout(QPageLayout(QPageSize(pageMm, QPageSize::Millimeter, QString(), QPageSize::ExactMatch),
                                      QPageLayout::Portrait, QMarginsF(0, 0, 0, 0)));
        QPainter painter;
        if (!painter.begin(&pdf))
            return fail(QCoreApplication::translate("MapExport", "Cannot start the PDF %1").arg(path), path);
        // The page may round to whole points: scale the map onto it exactly.
        const double sx = double(pdf.width()) / size.width(), sy = double(pdf.height()) / size.height();
        if (std::abs(sx - 1) > 1e-9 || std::abs(sy - 1) > 1e-9)
            painter.scale(sx, sy);
        job.renderSynchronously(&painter);
        painter.end();
    } else if (suffix == u"svg") {
        QSvgGenerator svg;
        svg.setOutputDevice(&file);
        svg.setSize(size);
        svg.setViewBox(QRect(QPoint(0, 0), size));
        svg.setResolution(int(std::lround(dpi)));
        svg.setTitle(QFileInfo(path).completeBaseName());
        QPainter painter;
        if (!painter.begin(&svg))
            return fail(QCoreApplication::translate("MapExport", "Cannot start the SVG %1").arg(path), path);
        job.renderSynchronously(&painter);
        painter.end();
    } else {
        file.cancelWriting();
        return fail(QCoreApplication::translate("MapExport", "Cannot export to %1: unknown format “%2” (use .png, .jpg, .tif, .pdf or .svg)").arg(path, suffix),
                    path);
    }
    if (job.isCanceled()) {
        file.cancelWriting();
        return fail(QCoreApplication::translate("MapExport", "Export of %1 was canceled").arg(path), path);
    }
    if (!file.commit())
        return fail(QCoreApplication::translate("MapExport", "Cannot write %1: %2").arg(path, file.errorString()), path);
    result.layerErrors = job.errors();
    result.warnings = job.warnings();
    return result;
}

} // namespace territoria
