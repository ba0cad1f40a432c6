// render_bench LAYER --out OUT.png [--size 4000x3000] [--dpi 96] [--compression N]
//
// Opens a vector layer, renders its full extent with MapRenderJob::renderToImage
// in the QGIS benchmark's style (orange fill, 0.1 mm darker outline, white
// background) and saves a PNG; prints open/render/save times to stderr.
#include "data/vectorlayer.h"
#include "render/maprenderjob.h"

#include <QElapsedTimer>
#include <QGuiApplication>
#include <QImageWriter>
#include <QSaveFile>

#include <cstdio>

using namespace territoria;
using namespace Qt::StringLiterals;

int main(int argc, char **argv)
{
    QGuiApplication app(argc, argv);
    const QStringList args = app.arguments();
    QString input, output = u"render.png"_s;
    QSize size(4000, 3000);
    double dpi = 96;
    int compression = 12; // Qt 6: 0..100, mapped to zlib levels 0..9 (12 -> 1)
    for (int i = 1; i < args.size(); ++i) {
        const QString &a = args[i];
        if (a == u"--out" && i + 1 < args.size())
            output = args[++i];
        else if (a == u"--size" && i + 1 < args.size()) {
            const QStringList wh = args[++i].split(u'x');
            size = QSize(wh.value(0).toInt(), wh.value(1).toInt());
        } else if (a == u"--dpi" && i + 1 < args.size())
            dpi = args[++i].toDouble();
        else if (a == u"--compression" && i + 1 < args.size())
            compression = args[++i].toInt();
        else
            input = a;
    }
    if (input.isEmpty() || size.isEmpty()) {
        std::fprintf(stderr, "usage: render_bench LAYER --out OUT.png [--size WxH] [--dpi 96] [--compression 0-100]\n");
        return 2;
    }

    QElapsedTimer t;
    t.start();
    auto opened = VectorLayer::open(input);
    if (!opened) {
        std::fprintf(stderr, "%s\n", qPrintable(opened.error().toString()));
        return 1;
    }
    VectorLayer &layer = **opened;
    VectorStyle style;
    style.fillColor = QColor(255, 140, 40);
    style.strokeColor = QColor(140, 60, 10);
    style.strokeWidthMm = 0.1;
    layer.setStyle(style);
    MapSettings ms;
    ms.setDestinationCrs(layer.crs());
    ms.setExtent(layer.extent());
    ms.setOutputSize(size);
    ms.setDpi(dpi);
    ms.setBackgroundColor(Qt::white);
    const qint64 tOpen = t.elapsed();

    MapRenderJob job(ms, {&layer});
    const QImage image = job.renderToImage();
    const qint64 tRender = t.elapsed();
    for (const LayerRenderError &e : job.errors())
        std::fprintf(stderr, "error: %s\n", qPrintable(e.error.toString()));

    QSaveFile file(output);
    if (!file.open(QIODevice::WriteOnly)) {
        std::fprintf(stderr, "cannot write %s\n", qPrintable(output));
        return 1;
    }
    QImageWriter writer(&file, "png");
    writer.setCompression(compression);
    if (!writer.write(image) || !file.commit()) {
        std::fprintf(stderr, "cannot write %s: %s\n", qPrintable(output), qPrintable(writer.errorString()));
        return 1;
    }
    const qint64 tSave = t.elapsed();
    std::fprintf(stderr, "open %.3fs render %.3fs save %.3fs total %.3fs\n", tOpen / 1000.0, (tRender - tOpen) / 1000.0,
                 (tSave - tRender) / 1000.0, tSave / 1000.0);
    return job.errors().isEmpty() ? 0 : 1;
}
