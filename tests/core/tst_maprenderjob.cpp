#include "crs/coordinatetransform.h"
#include "data/rasterlayer.h"
#include "data/vectorlayer.h"
#include "render/layerrenderer.h"
#include "render/mapexport.h"
#include "render/maprenderjob.h"

#include <QFile>
#include <QImageReader>
#include <QPainter>
#include <QRegularExpression>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QXmlStreamReader>

#include <cmath>

using namespace territoria;
using namespace Qt::StringLiterals;

namespace {

QString fixture(const QString &name)
{
    return QStringLiteral(TERRITORIA_TEST_DATA) + u"/render/"_s + name;
}

std::unique_ptr<VectorLayer> openVector(const QString &path)
{
    auto layer = VectorLayer::open(path);
    if (!layer) {
        qWarning() << layer.error().toString();
        return nullptr;
    }
    return std::move(*layer);
}

bool near(QRgb c, int r, int g, int b, int tol = 8)
{
    return std::abs(qRed(c) - r) <= tol && std::abs(qGreen(c) - g) <= tol && std::abs(qBlue(c) - b) <= tol;
}

QString rgb(QRgb c)
{
    return u"(%1,%2,%3,%4)"_s.arg(qRed(c)).arg(qGreen(c)).arg(qBlue(c)).arg(qAlpha(c));
}

VectorStyle squareStyle()
{
    VectorStyle s;
    s.fillColor = QColor(255, 0, 0);
    s.strokeColor = QColor(0, 0, 255);
    s.strokeWidthMm = 0.5; // 1.9 px at 96 dpi
    return s;
}

MapSettings utmSettings()
{
    MapSettings ms;
    ms.setDestinationCrs(Crs::fromEpsg(32719));
    ms.setExtent(Extent(300000, 8200000, 301000, 8201000)); // 10 m per pixel
    ms.setOutputSize(QSize(100, 100));
    ms.setDpi(96);
    ms.setBackgroundColor(Qt::white);
    return ms;
}

// A 4x4 Float AAIGrid in EPSG:32719, values 0..14 row by row, the last cell nodata.
QString writeGrayGrid(const QTemporaryDir &dir)
{
    const QString path = dir.filePath(u"gray.asc"_s);
    QFile f(path);
    if (!f.open(QIODevice::WriteOnly))
        return {};
    f.write("ncols 4\nnrows 4\nxllcorner 400000\nyllcorner 8000000\ncellsize 10\nNODATA_value -9999\n"
            "0 1 2 3\n4 5 6 7\n8 9 10 11\n12 13 14 -9999\n");
    f.close();
    QFile prj(dir.filePath(u"gray.prj"_s));
    if (!prj.open(QIODevice::WriteOnly))
        return {};
    // An ESRI .prj, as ArcGIS writes them next to grids.
    prj.write(R"(PROJCS["WGS_1984_UTM_Zone_19S",GEOGCS["GCS_WGS_1984",DATUM["D_WGS_1984",SPHEROID["WGS_1984",6378137.0,298.257223563]],PRIMEM["Greenwich",0.0],UNIT["Degree",0.0174532925199433]],PROJECTION["Transverse_Mercator"],PARAMETER["False_Easting",500000.0],PARAMETER["False_Northing",10000000.0],PARAMETER["Central_Meridian",-69.0],PARAMETER["Scale_Factor",0.9996],PARAMETER["Latitude_Of_Origin",0.0],UNIT["Meter",1.0]])");
    return path;
}

// Five 200 m squares in EPSG:32719 (10 m per pixel with utmSettings()): A, B, C in a
// row at y 8200400..8200600 (pixel rows 40..60), D (NULL values) right of them, and E
// above A with values no class holds. Fields: kind (text), pop (real).
QString writeClassesFixture(const QTemporaryDir &dir)
{
    const QString path = dir.filePath(u"classes.geojson"_s);
    QFile f(path);
    if (!f.open(QIODevice::WriteOnly))
        return {};
    auto square = [](int x0, int y0) {
        return QString::asprintf("[[[%d,%d],[%d,%d],[%d,%d],[%d,%d],[%d,%d]]]", x0, y0, x0 + 200, y0, x0 + 200,
                                 y0 + 200, x0, y0 + 200, x0, y0);
    };
    QString json = u"{\"type\":\"FeatureCollection\",\"crs\":{\"type\":\"name\",\"properties\":{\"name\":"
                   "\"urn:ogc:def:crs:EPSG::32719\"}},\"features\":["_s;
    const struct { const char *kind; const char *pop; int x0, y0; } rows[] = {
        {"\"a\"", "10", 300000, 8200400},  {"\"b\"", "50", 300250, 8200400}, {"\"c\"", "90", 300500, 8200400},
        {"null", "null", 300750, 8200400}, {"\"z\"", "200", 300000, 8200700}};
    bool first = true;
    for (const auto &r : rows) {
        if (!first)
            json += u","_s;
        first = false;
        json += u"{\"type\":\"Feature\",\"properties\":{\"kind\":%1,\"pop\":%2},"
                "\"geometry\":{\"type\":\"Polygon\",\"coordinates\":%3}}"_s
                    .arg(QString::fromLatin1(r.kind), QString::fromLatin1(r.pop), square(r.x0, r.y0));
    }
    json += u"]}"_s;
    f.write(json.toUtf8());
    return path;
}

Symbol flat(const QColor &c)
{
    Symbol s;
    s.fillColor = c;
    s.strokeStyle = Qt::NoPen;
    return s;
}

} // namespace

class TestMapRenderJob : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void mapSettingsGeometry()
    {
        MapSettings ms = utmSettings();
        ms.setOutputSize(QSize(200, 100)); // wider than the extent: grows in x
        QCOMPARE(ms.visibleExtent(), Extent(299500, 8200000, 301500, 8201000));
        QCOMPARE(ms.mapUnitsPerPixel(), 10.0);
        QCOMPARE(ms.mapToPixel().map(QPointF(299500, 8201000)), QPointF(0, 0));
        QCOMPARE(ms.mapToPixel().map(QPointF(301500, 8200000)), QPointF(200, 100));
        QCOMPARE(ms.pixelToMap(QPointF(100, 50)), QPointF(300500, 8200500));
        // 10 m per pixel at 96 dpi: 10 / (0.0254 / 96) = 37795.3
        QVERIFY(std::abs(ms.scale() - 10.0 * 96 / 0.0254) < 1e-6);
        MapSettings geo;
        geo.setDestinationCrs(Crs::fromEpsg(4326));
        geo.setExtent(Extent(-70, -1, -68, 1));
        geo.setOutputSize(QSize(100, 100));
        // one degree at the equator = 111319.49 m (WGS 84), 0.02 degree per pixel
        QVERIFY(std::abs(geo.scale() - 0.02 * 111319.4908 * 96 / 0.0254) < 1.0);
    }

    void vectorPixels()
    {
        auto square = openVector(fixture(u"square_32719.geojson"_s));
        auto point = openVector(fixture(u"point_32719.geojson"_s));
        QVERIFY(square && point);
        square->setStyle(squareStyle());
        VectorStyle ps = VectorStyle::defaultFor(GeometryKind::Point, 0);
        ps.fillColor = QColor(0, 200, 0);
        ps.strokeColor = QColor(0, 200, 0);
        ps.markerSizeMm = 3; // 11 px
        point->setStyle(ps);

        MapRenderJob job(utmSettings(), {point.get(), square.get()});
        QSignalSpy finished(&job, &MapRenderJob::finished);
        job.start();
        QVERIFY(finished.wait(10000));
        QVERIFY2(job.errors().isEmpty(), qPrintable(job.errors().value(0).error.toString()));
        const QImage img = job.renderedImage();
        QCOMPARE(img.size(), QSize(100, 100));
        QVERIFY2(near(img.pixel(30, 50), 255, 0, 0), qPrintable(rgb(img.pixel(30, 50))));   // fill
        QVERIFY2(near(img.pixel(50, 50), 255, 255, 255), qPrintable(rgb(img.pixel(50, 50)))); // hole
        QVERIFY2(near(img.pixel(5, 50), 255, 255, 255), qPrintable(rgb(img.pixel(5, 50))));   // outside
        QVERIFY2(near(img.pixel(95, 95), 255, 255, 255), qPrintable(rgb(img.pixel(95, 95))));
        // Edge at x = 20 px (E 300200): the blue stroke.
        QVERIFY2(qBlue(img.pixel(20, 50)) > 150 && qRed(img.pixel(20, 50)) < 120, qPrintable(rgb(img.pixel(20, 50))));
        QVERIFY2(qBlue(img.pixel(50, 80)) > 150 && qRed(img.pixel(50, 80)) < 120, qPrintable(rgb(img.pixel(50, 80))));
        // The point at (10, 10) px, drawn on top.
        QVERIFY2(near(img.pixel(10, 10), 0, 200, 0, 20), qPrintable(rgb(img.pixel(10, 10))));
        QVERIFY(near(img.pixel(10, 20), 255, 255, 255)); // 10 px below: beyond the 5.5 px radius

        // The synchronous paths draw the same thing.
        MapRenderJob sync(utmSettings(), {point.get(), square.get()});
        const QImage direct = sync.renderToImage();
        QCOMPARE(direct.pixel(30, 50), img.pixel(30, 50));
        QCOMPARE(direct.pixel(10, 10), img.pixel(10, 10));
        QImage painted(100, 100, QImage::Format_ARGB32_Premultiplied);
        QPainter painter(&painted);
        sync.renderSynchronously(&painter);
        painter.end();
        QVERIFY(near(painted.pixel(30, 50), 255, 0, 0));
        QVERIFY(near(painted.pixel(50, 50), 255, 255, 255));
        QVERIFY(near(painted.pixel(10, 10), 0, 200, 0, 20));
    }

    void invisibleLayersAndOpacity()
    {
        auto square = openVector(fixture(u"square_32719.geojson"_s));
        QVERIFY(square);
        square->setStyle(squareStyle());
        square->setOpacity(0.5);
        MapRenderJob half(utmSettings(), {square.get()});
        const QImage img = half.renderToImage();
        QVERIFY2(near(img.pixel(30, 50), 255, 128, 128, 3), qPrintable(rgb(img.pixel(30, 50))));
        square->setVisible(false);
        MapRenderJob none(utmSettings(), {square.get()});
        QVERIFY(near(none.renderToImage().pixel(30, 50), 255, 255, 255, 0));
    }

    void reprojectedVector()
    {
        // A square in WGS 84 degrees (near Arequipa), drawn on a UTM 19S map.
        QTemporaryDir dir;
        const QString path = dir.filePath(u"square_4326.geojson"_s);
        QFile f(path);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write(R"({"type":"FeatureCollection","features":[{"type":"Feature","properties":{},"geometry":{"type":"Polygon","coordinates":[[[-71.55,-16.41],[-71.54,-16.41],[-71.54,-16.40],[-71.55,-16.40],[-71.55,-16.41]]]}}]})");
        f.close();
        auto layer = openVector(path);
        QVERIFY(layer);
        QCOMPARE(layer->crs().authId(), u"EPSG:4326"_s);
        VectorStyle style = squareStyle();
        style.strokeStyle = Qt::NoPen;
        layer->setStyle(style);

        auto ct = CoordinateTransform::create(Crs::fromEpsg(4326), Crs::fromEpsg(32719));
        QVERIFY(ct.has_value());
        MapSettings ms;
        ms.setDestinationCrs(Crs::fromEpsg(32719));
        ms.setExtent(ct->transformExtent(Extent(-71.56, -16.42, -71.53, -16.39)));
        ms.setOutputSize(QSize(100, 100));
        MapRenderJob job(ms, {layer.get()});
        const QImage img = job.renderToImage();
        QVERIFY(job.errors().isEmpty());
        const QTransform m2p = ms.mapToPixel();
        auto px = [&](double lon, double lat) { return m2p.map(ct->transform(QPointF(lon, lat))); };
        const QPointF c = px(-71.545, -16.405);
        QVERIFY2(near(img.pixel(c.toPoint()), 255, 0, 0), qPrintable(rgb(img.pixel(c.toPoint()))));
        // Just inside / outside each corner along the diagonal.
        const QPointF corners[4] = {px(-71.55, -16.41), px(-71.54, -16.41), px(-71.54, -16.40), px(-71.55, -16.40)};
        for (const QPointF &k : corners) {
            const QPointF dirv = (c - k) / std::hypot(c.x() - k.x(), c.y() - k.y());
            const QPoint inside = (k + 3 * dirv).toPoint(), outside = (k - 3 * dirv).toPoint();
            QVERIFY2(near(img.pixel(inside), 255, 0, 0), qPrintable(rgb(img.pixel(inside))));
            QVERIFY2(near(img.pixel(outside), 255, 255, 255), qPrintable(rgb(img.pixel(outside))));
        }
    }

    void rasterGrayAndNodata()
    {
        QTemporaryDir dir;
        const QString path = writeGrayGrid(dir);
        auto opened = RasterLayer::open(path);
        QVERIFY2(opened.has_value(), qPrintable(opened ? QString() : opened.error().toString()));
        auto &layer = *opened;
        QCOMPARE(layer->crs().authId(), u"EPSG:32719"_s);
        RasterStyle style = RasterStyle::defaultFor(1, false);
        QCOMPARE(style.mode, RasterStyle::Mode::Gray);
        style.min = 0;
        style.max = 14;
        layer->setStyle(style);

        MapSettings ms;
        ms.setDestinationCrs(Crs::fromEpsg(32719));
        ms.setExtent(Extent(400000, 8000000, 400040, 8000040)); // 0.5 m per pixel, 20 px per cell
        ms.setOutputSize(QSize(80, 80));
        ms.setBackgroundColor(QColor(255, 0, 255));
        MapRenderJob job(ms, {layer.get()});
        const QImage img = job.renderToImage();
        QVERIFY2(job.errors().isEmpty(), qPrintable(job.errors().value(0).error.toString()));
        for (int row = 0; row < 4; ++row)
            for (int col = 0; col < 4; ++col) {
                const QRgb p = img.pixel(col * 20 + 10, row * 20 + 10);
                if (row == 3 && col == 3) { // nodata: the background shows through
                    QVERIFY2(near(p, 255, 0, 255, 0), qPrintable(rgb(p)));
                    continue;
                }
                // Bilinear: the sampled pixel centre is 1/40 cell right of and below the
                // cell centre, so the value is v + 0.025 + 4 * 0.025 inside the grid.
                const int v = row * 4 + col;
                const double value = v + (col < 3 ? 0.025 : 0.0) + (row < 3 ? 0.1 : 0.0); // edges clamp
                const int gray = int(std::lround(value * 255.0 / 14));
                // (Next to the nodata cell GDAL renormalises the kernel: a few levels off.)
                const int tol = (v == 10 || v == 11 || v == 14) ? 4 : 1;
                QVERIFY2(near(p, gray, gray, gray, tol), qPrintable(u"cell %1: %2 expected %3"_s.arg(v).arg(rgb(p)).arg(gray)));
            }

        // Unset limits: the provider's (approximate) statistics stretch the values.
        style.min = style.max = NAN;
        layer->setStyle(style);
        auto stats = layer->dataProvider()->statistics(1, true);
        QVERIFY(stats.has_value() && stats->max > stats->min);
        MapRenderJob byStats(ms, {layer.get()});
        const QImage s = byStats.renderToImage();
        const int g5 = int(std::lround(std::clamp((5.125 - stats->min) / (stats->max - stats->min), 0.0, 1.0) * 255));
        QVERIFY2(near(s.pixel(30, 30), g5, g5, g5, 1), qPrintable(rgb(s.pixel(30, 30))));

        // A ramp and explicit limits: value 7 of 0..14 is the middle of the ramp.
        style.mode = RasterStyle::Mode::Ramp;
        style.rampName = u"blues"_s;
        style.min = 0;
        style.max = 14;
        layer->setStyle(style);
        MapRenderJob ramp(ms, {layer.get()});
        const QImage r = ramp.renderToImage();
        const QColor mid = ColorRamp::named(u"blues"_s).colorAt(7.125 / 14);
        QVERIFY2(near(r.pixel(3 * 20 + 10, 1 * 20 + 10), mid.red(), mid.green(), mid.blue(), 2),
                 qPrintable(rgb(r.pixel(70, 30))));
        QVERIFY(near(r.pixel(70, 70), 255, 0, 255, 0)); // nodata stays transparent
    }

    void rasterReprojected()
    {
        // The grid drawn on a WGS 84 map lands where the transform puts it.
        QTemporaryDir dir;
        auto opened = RasterLayer::open(writeGrayGrid(dir));
        QVERIFY(opened.has_value());
        RasterStyle style;
        style.min = 0;
        style.max = 14;
        (*opened)->setStyle(style);
        auto ct = CoordinateTransform::create(Crs::fromEpsg(32719), Crs::fromEpsg(4326));
        MapSettings ms;
        ms.setDestinationCrs(Crs::fromEpsg(4326));
        ms.setExtent(ct->transformExtent(Extent(399980, 7999980, 400060, 8000060)));
        ms.setOutputSize(QSize(100, 100));
        ms.setBackgroundColor(QColor(255, 0, 255));
        MapRenderJob job(ms, {opened->get()});
        const QImage img = job.renderToImage();
        QVERIFY(job.errors().isEmpty());
        // Centre of the top-left cell (value 0, black) and of the cell with 10.
        const QPoint black = ms.mapToPixel().map(ct->transform(QPointF(400005, 8000035))).toPoint();
        QVERIFY2(near(img.pixel(black), 0, 0, 0, 6), qPrintable(rgb(img.pixel(black))));
        const QPoint ten = ms.mapToPixel().map(ct->transform(QPointF(400025, 8000015))).toPoint();
        const int g = int(std::lround(10 * 255.0 / 14));
        QVERIFY2(near(img.pixel(ten), g, g, g, 6), qPrintable(rgb(img.pixel(ten))));
        QVERIFY(near(img.pixel(2, 2), 255, 0, 255, 0)); // outside the raster
    }

    void cancel()
    {
        auto square = openVector(fixture(u"square_32719.geojson"_s));
        QVERIFY(square);
        // A renderer told to stop draws nothing and does not fail.
        const MapSettings ms = utmSettings();
        auto renderer = square->createRenderer(ms);
        QImage img(100, 100, QImage::Format_ARGB32_Premultiplied);
        img.fill(Qt::transparent);
        QPainter painter(&img);
        std::atomic<bool> canceled{true};
        RenderContext ctx;
        ctx.painter = &painter;
        ctx.settings = ms;
        ctx.canceled = &canceled;
        QVERIFY(renderer->render(ctx).has_value());
        painter.end();
        QCOMPARE(qAlpha(img.pixel(30, 50)), 0);
        // Not canceled: drawn.
        img.fill(Qt::transparent);
        painter.begin(&img);
        canceled = false;
        QVERIFY(renderer->render(ctx).has_value());
        painter.end();
        QCOMPARE(qAlpha(img.pixel(30, 50)), 255);

        // A job canceled right after start finishes and says so.
        MapRenderJob job(ms, {square.get()});
        QSignalSpy finished(&job, &MapRenderJob::finished);
        job.start();
        job.cancel();
        job.waitForFinished();
        QVERIFY(job.isCanceled());
        QVERIFY(!job.isActive());
        QVERIFY(finished.count() == 1 || finished.wait(5000));
    }

    void brokenLayerIsReportedOthersDraw()
    {
        auto square = openVector(fixture(u"square_32719.geojson"_s));
        QVERIFY(square);
        square->setStyle(squareStyle());
        QTemporaryDir dir;
        auto raster = RasterLayer::open(writeGrayGrid(dir));
        QVERIFY(raster.has_value());
        (*raster)->setName(u"Broken raster"_s);
        RasterStyle bad;
        bad.band = 5; // the grid has one band
        (*raster)->setStyle(bad);
        // And a vector layer in an engineering CRS that cannot be transformed to UTM.
        auto local = openVector(fixture(u"point_32719.geojson"_s));
        QVERIFY(local);
        local->setName(u"Local grid"_s);
        auto engineering = Crs::fromWkt(uR"(LOCAL_CS["Obra",LOCAL_DATUM["Obra",0],UNIT["metre",1],AXIS["x",EAST],AXIS["y",NORTH]])"_s);
        QVERIFY2(engineering.has_value(), qPrintable(engineering ? QString() : engineering.error().toString()));
        local->setCrs(*engineering);

        MapRenderJob job(utmSettings(), {local.get(), raster->get(), square.get()});
        const QImage img = job.renderToImage();
        QCOMPARE(job.errors().size(), 2);
        QStringList names;
        for (const LayerRenderError &e : job.errors()) {
            names << e.layerName;
            QVERIFY(e.error.message.contains(e.layerName));
        }
        names.sort();
        QCOMPARE(names, (QStringList{u"Broken raster"_s, u"Local grid"_s}));
        QVERIFY(near(img.pixel(30, 50), 255, 0, 0)); // the square still drew
    }

    void exportFormats()
    {
        auto square = openVector(fixture(u"square_32719.geojson"_s));
        auto point = openVector(fixture(u"point_32719.geojson"_s));
        QVERIFY(square && point);
        square->setStyle(squareStyle());
        QTemporaryDir dir;
        MapSettings ms = utmSettings();
        ms.setOutputSize(QSize(300, 200));
        ms.setDpi(150);
        const QList<Layer *> layers{point.get(), square.get()};

        auto png = exportMap(ms, layers, dir.filePath(u"map.png"_s));
        QVERIFY2(png.has_value(), qPrintable(png ? QString() : png.error().toString()));
        QVERIFY(png->layerErrors.isEmpty());
        QImageReader reader(dir.filePath(u"map.png"_s));
        const QImage image = reader.read();
        QCOMPARE(image.size(), QSize(300, 200));
        QCOMPARE(image.dotsPerMeterX(), int(std::lround(150 / 0.0254)));
        QVERIFY(near(image.pixel(150, 100 + 5), 255, 255, 255)); // the hole, in the middle

        auto pdf = exportMap(ms, layers, dir.filePath(u"map.pdf"_s));
        QVERIFY2(pdf.has_value(), qPrintable(pdf ? QString() : pdf.error().toString()));
        QFile pf(dir.filePath(u"map.pdf"_s));
        QVERIFY(pf.open(QIODevice::ReadOnly));
        const QByteArray pdfBytes = pf.readAll();
        QVERIFY(pdfBytes.startsWith("%PDF"));
        // Page = 300x200 px at 150 dpi = 144 x 96 pt.
        const auto box = QRegularExpression(u"/MediaBox \\[0 0 ([0-9.]+) ([0-9.]+)\\]"_s).match(QString::fromLatin1(pdfBytes));
        QVERIFY(box.hasMatch());
        QVERIFY(std::abs(box.captured(1).toDouble() - 144) < 0.01);
        QVERIFY(std::abs(box.captured(2).toDouble() - 96) < 0.01);

        auto svg = exportMap(ms, layers, dir.filePath(u"map.svg"_s));
        QVERIFY2(svg.has_value(), qPrintable(svg ? QString() : svg.error().toString()));
        QFile sf(dir.filePath(u"map.svg"_s));
        QVERIFY(sf.open(QIODevice::ReadOnly));
        QXmlStreamReader xml(&sf);
        int paths = 0, images = 0;
        bool svgRoot = false;
        while (!xml.atEnd()) {
            xml.readNext();
            if (xml.isStartElement()) {
                if (xml.name() == u"svg"_s)
                    svgRoot = true;
                if (xml.name() == u"path"_s || xml.name() == u"polygon"_s || xml.name() == u"polyline"_s
                    || xml.name() == u"circle"_s || xml.name() == u"ellipse"_s)
                    ++paths;
                if (xml.name() == u"image"_s)
                    ++images;
            }
        }
        QVERIFY2(!xml.hasError(), qPrintable(xml.errorString()));
        QVERIFY(svgRoot);
        QVERIFY(paths >= 2); // vectors stay vectors: the square (a path with its hole) and the marker
        QCOMPARE(images, 0);

        auto unknown = exportMap(ms, layers, dir.filePath(u"map.xyz"_s));
        QVERIFY(!unknown.has_value());
        QVERIFY(!QFile::exists(dir.filePath(u"map.xyz"_s)));
        auto unwritable = exportMap(ms, layers, u"/nonexistent/dir/map.png"_s);
        QVERIFY(!unwritable.has_value());
    }

    void categorizedPixels()
    {
        QTemporaryDir dir;
        auto layer = openVector(writeClassesFixture(dir));
        QVERIFY(layer);
        VectorStyle style;
        static_cast<Symbol &>(style) = flat(QColor(255, 255, 0)); // "other": yellow
        style.renderer = RendererType::Categorized;
        style.field = u"kind"_s;
        style.categories = {Category{u"a"_s, {}, flat(QColor(255, 0, 0))}, Category{u"b"_s, {}, flat(QColor(0, 255, 0))},
                            Category{u"c"_s, {}, flat(QColor(0, 0, 255))}};
        style.missingSymbol = flat(QColor(128, 128, 128));
        layer->setStyle(style);
        MapRenderJob job(utmSettings(), {layer.get()});
        QImage img = job.renderToImage();
        QVERIFY(job.errors().isEmpty());
        QVERIFY2(near(img.pixel(10, 50), 255, 0, 0, 0), qPrintable(rgb(img.pixel(10, 50))));
        QVERIFY2(near(img.pixel(35, 50), 0, 255, 0, 0), qPrintable(rgb(img.pixel(35, 50))));
        QVERIFY2(near(img.pixel(60, 50), 0, 0, 255, 0), qPrintable(rgb(img.pixel(60, 50))));
        QVERIFY2(near(img.pixel(85, 50), 128, 128, 128, 0), qPrintable(rgb(img.pixel(85, 50)))); // NULL
        QVERIFY2(near(img.pixel(10, 20), 255, 255, 0, 0), qPrintable(rgb(img.pixel(10, 20))));   // "z": other
        QVERIFY(near(img.pixel(95, 95), 255, 255, 255, 0));

        // Without other and missing symbols those features are not drawn.
        style.drawOther = false;
        style.drawMissing = false;
        layer->setStyle(style);
        MapRenderJob job2(utmSettings(), {layer.get()});
        img = job2.renderToImage();
        QVERIFY(near(img.pixel(85, 50), 255, 255, 255, 0));
        QVERIFY(near(img.pixel(10, 20), 255, 255, 255, 0));
        QVERIFY(near(img.pixel(35, 50), 0, 255, 0, 0));

        // A field that is gone: a warning, every feature drawn as missing.
        style.field = u"nope"_s;
        style.drawMissing = true;
        layer->setStyle(style);
        MapRenderJob job3(utmSettings(), {layer.get()});
        img = job3.renderToImage();
        QVERIFY(near(img.pixel(10, 50), 128, 128, 128, 0));
        QVERIFY(!job3.warnings().isEmpty());
    }

    void graduatedPixels()
    {
        QTemporaryDir dir;
        auto layer = openVector(writeClassesFixture(dir));
        QVERIFY(layer);
        VectorStyle base;
        static_cast<Symbol &>(base) = flat(QColor(255, 255, 0));
        // Manual breaks 0, 40, 80, 100 on "pop" with the 3-class Reds: the published
        // scheme is #fee0d2, #fc9272, #de2d26.
        VectorStyle style = VectorStyle::graduated(base, u"pop"_s, {10, 50, 90, 200}, ClassificationMethod::Manual, 3,
                                                   u"Reds"_s, false, {0, 40, 80, 100});
        QCOMPARE(style.classes.size(), 3);
        style.missingSymbol = flat(QColor(128, 128, 128));
        style.drawOther = false;
        layer->setStyle(style);
        MapRenderJob job(utmSettings(), {layer.get()});
        const QImage img = job.renderToImage();
        QVERIFY(job.errors().isEmpty());
        QVERIFY2(near(img.pixel(10, 50), 0xfe, 0xe0, 0xd2, 0), qPrintable(rgb(img.pixel(10, 50)))); // 10
        QVERIFY2(near(img.pixel(35, 50), 0xfc, 0x92, 0x72, 0), qPrintable(rgb(img.pixel(35, 50)))); // 50
        QVERIFY2(near(img.pixel(60, 50), 0xde, 0x2d, 0x26, 0), qPrintable(rgb(img.pixel(60, 50)))); // 90
        QVERIFY2(near(img.pixel(85, 50), 128, 128, 128, 0), qPrintable(rgb(img.pixel(85, 50))));    // NULL
        QVERIFY2(near(img.pixel(10, 20), 255, 255, 255, 0), qPrintable(rgb(img.pixel(10, 20))));    // 200: no class
    }

    void symbolOpacityAndSvgMarker()
    {
        auto square = openVector(fixture(u"square_32719.geojson"_s));
        auto point = openVector(fixture(u"point_32719.geojson"_s));
        QVERIFY(square && point);
        VectorStyle s = squareStyle();
        s.strokeStyle = Qt::NoPen;
        s.opacity = 0.5;
        square->setStyle(s);
        MapRenderJob job(utmSettings(), {square.get()});
        const QImage img = job.renderToImage();
        QVERIFY2(near(img.pixel(30, 50), 255, 128, 128, 2), qPrintable(rgb(img.pixel(30, 50))));

        // The health post icon: a disc in the fill colour with a white cross.
        VectorStyle ps = VectorStyle::defaultFor(GeometryKind::Point, 0);
        ps.markerSvg = u"health_post"_s;
        ps.fillColor = QColor(0, 0, 200);
        ps.markerSizeMm = 10; // 37.8 px at 96 dpi
        point->setStyle(ps);
        MapSettings ms = utmSettings();
        ms.setOutputSize(QSize(100, 100));
        MapRenderJob pj(ms, {point.get()});
        const QImage pi = pj.renderToImage();
        QVERIFY(pj.errors().isEmpty());
        // Find the marker: the point is where vectorPixels() looks for it (10, 10).
        int blue = 0, white = 0;
        for (int y = 0; y < 30; ++y)
            for (int x = 0; x < 30; ++x) {
                const QRgb p = pi.pixel(x, y);
                if (near(p, 0, 0, 200, 10))
                    ++blue;
            }
        white = near(pi.pixel(10, 10), 255, 255, 255, 10) ? 1 : 0; // the cross at the centre
        QVERIFY2(blue > 100, qPrintable(QString::number(blue)));
        QVERIFY(white == 1);
    }

    void rasterHillshadeMatchesGdaldem()
    {
        const QString dem = QStringLiteral(TERRITORIA_TEST_DATA) + u"/corpus/raster/qgis_analysis_dem.tif"_s;
        auto opened = RasterLayer::open(dem);
        QVERIFY2(opened.has_value(), qPrintable(opened ? QString() : opened.error().toString()));
        auto &layer = *opened;
        RasterStyle style = RasterStyle::defaultFor(1, false);
        style.mode = RasterStyle::Mode::Hillshade; // azimuth 315, altitude 45, z 1
        layer->setStyle(style);
        // The map grid is the raster's own (285 × 256 cells of 25 m): no resampling.
        MapSettings ms;
        ms.setDestinationCrs(layer->crs());
        ms.setExtent(Extent(4078250, 2428550, 4085375, 2434950));
        ms.setOutputSize(QSize(285, 256));
        ms.setBackgroundColor(Qt::white);
        MapRenderJob job(ms, {layer.get()});
        const QImage img = job.renderToImage();
        QVERIFY2(job.errors().isEmpty(), qPrintable(job.errors().value(0).error.toString()));
        // From `gdaldem hillshade qgis_analysis_dem.tif hs.tif -az 315 -alt 45 -z 1`
        // (GDAL 3.6), read with gdallocationinfo -valonly hs.tif COL ROW.
        const struct { int col, row, gray; } cells[] = {
            {10, 10, 189}, {100, 50, 205}, {200, 120, 179}, {50, 200, 101}, {142, 128, 190}, {280, 250, 245}};
        for (const auto &c : cells) {
            const QRgb p = img.pixel(c.col, c.row);
            QVERIFY2(near(p, c.gray, c.gray, c.gray, 1),
                     qPrintable(u"(%1, %2): %3, gdaldem %4"_s.arg(c.col).arg(c.row).arg(rgb(p)).arg(c.gray)));
        }

        // Shaded pseudocolour: the ramp colour multiplied by the same shade.
        style.mode = RasterStyle::Mode::Ramp;
        style.shaded = true;
        style.rampName = u"gray"_s;
        style.min = 0;
        style.max = 1; // every height clamps to white: the colour is the shade itself
        layer->setStyle(style);
        MapRenderJob shaded(ms, {layer.get()});
        const QImage si = shaded.renderToImage();
        for (const auto &c : cells)
            QVERIFY2(near(si.pixel(c.col, c.row), c.gray, c.gray, c.gray, 1), qPrintable(rgb(si.pixel(c.col, c.row))));
    }

    void rasterClassifiedRamp()
    {
        QTemporaryDir dir;
        auto opened = RasterLayer::open(writeGrayGrid(dir));
        QVERIFY(opened.has_value());
        auto &layer = *opened;
        RasterStyle style = RasterStyle::defaultFor(1, false);
        style.mode = RasterStyle::Mode::Ramp;
        style.classified = true;
        style.classes = {RasterClass{0, 5, QColor(255, 0, 0), {}}, RasterClass{5, 10, QColor(0, 255, 0), {}},
                         RasterClass{10, 13, QColor(0, 0, 255), {}}};
        layer->setStyle(style);
        MapSettings ms;
        ms.setDestinationCrs(Crs::fromEpsg(32719));
        ms.setExtent(Extent(400000, 8000000, 400040, 8000040));
        ms.setOutputSize(QSize(80, 80));
        ms.setBackgroundColor(QColor(255, 0, 255));
        MapRenderJob job(ms, {layer.get()});
        const QImage img = job.renderToImage();
        // Sampled values (see rasterGrayAndNodata): cell 2 -> 2.125, 7 -> 7.125, 12 -> 12.025, 14 -> 14.025.
        QVERIFY2(near(img.pixel(2 * 20 + 10, 10), 255, 0, 0, 0), qPrintable(rgb(img.pixel(50, 10))));
        QVERIFY2(near(img.pixel(3 * 20 + 10, 20 + 10), 0, 255, 0, 0), qPrintable(rgb(img.pixel(70, 30))));
        QVERIFY2(near(img.pixel(10, 3 * 20 + 10), 0, 0, 255, 0), qPrintable(rgb(img.pixel(10, 70))));
        QVERIFY2(near(img.pixel(2 * 20 + 10, 3 * 20 + 10), 255, 0, 255, 0), qPrintable(rgb(img.pixel(50, 70)))); // 14: no class
    }
};

QTEST_MAIN(TestMapRenderJob)
#include "tst_maprenderjob.moc"
