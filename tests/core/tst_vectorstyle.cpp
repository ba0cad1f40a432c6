#include "style/colorbrewer.h"
#include "style/markers.h"
#include "style/rasterstyle.h"
#include "style/vectorstyle.h"
#include "data/vectorlayer.h"
#include "render/maprenderjob.h"

#include <QFile>
#include <QImage>
#include <QTemporaryDir>
#include <QJsonDocument>
#include <QTest>

using namespace territoria;
using namespace Qt::StringLiterals;

namespace {

QJsonObject parse(const char *text)
{
    return QJsonDocument::fromJson(QByteArray(text)).object();
}

VectorStyle roundTrip(const VectorStyle &s)
{
    // Through text, as a project file does.
    const QByteArray text = QJsonDocument(s.toJson()).toJson();
    return VectorStyle::fromJson(QJsonDocument::fromJson(text).object());
}

// Seven features (x, y): x = 1..7 and y a shuffle of 10..70 (see bivariate()).
const QList<double> kBivX{1, 2, 3, 4, 5, 6, 7};
const QList<double> kBivY{70, 10, 40, 20, 60, 30, 50};

} // namespace

class TestVectorStyle : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void singleSymbolJsonIsUnchanged()
    {
        // A style saved before renderers existed reads back as a single symbol.
        const QJsonObject old = parse("{\"type\":\"single\",\"fillColor\":\"#12345678\",\"strokeColor\":\"#abcdefff\","
            "\"strokeWidthMm\":0.7,\"strokeStyle\":\"dash\",\"markerShape\":\"star\",\"markerSizeMm\":3.5}");
        const VectorStyle s = VectorStyle::fromJson(old);
        QCOMPARE(s.renderer, RendererType::SingleSymbol);
        QCOMPARE(s.fillColor, QColor(0x12, 0x34, 0x56, 0x78));
        QCOMPARE(s.strokeStyle, Qt::DashLine);
        QCOMPARE(s.markerShape, MarkerShape::Star);
        QCOMPARE(s.opacity, 1.0);
        QVERIFY(s.markerSvg.isEmpty());
        // ...and a default single symbol writes exactly the old keys.
        QCOMPARE(s.toJson(), old);
        // A style with no "type" at all is a single symbol too.
        QCOMPARE(VectorStyle::fromJson(parse("{\"fillColor\":\"#ff0000ff\"}")).renderer, RendererType::SingleSymbol);
    }

    void singleSymbolRoundTrip()
    {
        VectorStyle s = VectorStyle::defaultFor(GeometryKind::Point, 3);
        // (defaultFor's darker() outline has 16-bit channels that #rrggbbaa cannot hold)
        s.strokeColor = QColor(10, 20, 30);
        s.markerSvg = u"fire_station"_s;
        s.opacity = 0.4;
        s.strokeStyle = Qt::DashDotDotLine;
        QCOMPARE(roundTrip(s), s);
        QCOMPARE(s.toJson().value(u"markerSvg"_s).toString(), u"fire_station"_s);
    }

    void categorized()
    {
        VectorStyle base = VectorStyle::defaultFor(GeometryKind::Polygon, 0);
        base.strokeColor = QColor(10, 20, 30);
        QLocale::setDefault(QLocale(QLocale::Spanish, QLocale::Spain)); // the collation
        // NULLs skipped, duplicates merged (2 and 2.0), numbers before text, text
        // in collation order (Ñ between N and O), colours from the 5-class Set2.
        const VectorStyle s = VectorStyle::categorized(
            base, u"tipo"_s,
            {u"Ñaña"_s, QVariant(), u"Oroya"_s, 2, 2.0, u"Nazca"_s, QVariant(10.5)}, u"Set2"_s);
        QCOMPARE(s.renderer, RendererType::Categorized);
        QCOMPARE(s.field, u"tipo"_s);
        QCOMPARE(s.categories.size(), 5);
        QCOMPARE(s.categories[0].value.toInt(), 2);
        QCOMPARE(s.categories[1].value.toDouble(), 10.5);
        QCOMPARE(s.categories[2].value.toString(), u"Nazca"_s);
        QCOMPARE(s.categories[3].value.toString(), u"Ñaña"_s);
        QCOMPARE(s.categories[4].value.toString(), u"Oroya"_s);
        QCOMPARE(s.categories[0].symbol.fillColor, QColor(0x66c2a5)); // Set2 #1
        QCOMPARE(s.categories[4].symbol.fillColor, QColor(0xa6d854)); // Set2 #5
        QCOMPARE(s.categories[0].symbol.strokeColor, base.strokeColor);

        QCOMPARE(s.classIndexFor(QVariant(2.0)), 0);          // 2.0 matches 2
        QCOMPARE(s.classIndexFor(QVariant(qint64(2))), 0);
        QCOMPARE(s.classIndexFor(u"Nazca"_s), 2);
        QCOMPARE(s.classIndexFor(u"Lima"_s), -1);             // other
        QCOMPARE(s.classIndexFor(QVariant()), -2);            // NULL
        QCOMPARE(s.classIndexFor(QVariant(double(NAN))), -2); // NaN
        QCOMPARE(s.symbolFor(u"Lima"_s), static_cast<const Symbol *>(&s));
        QCOMPARE(s.symbolFor(QVariant()), &s.missingSymbol);
        VectorStyle hidden = s;
        hidden.drawOther = hidden.drawMissing = false;
        QVERIFY(!hidden.symbolFor(u"Lima"_s));
        QVERIFY(!hidden.symbolFor(QVariant()));

        VectorStyle labelled = s;
        labelled.categories[2].label = u"Nazca (capital)"_s;
        labelled.categories[2].symbol.markerSvg = u"school"_s;
        labelled.missingSymbol.fillColor = QColor(1, 2, 3);
        labelled.drawOther = false;
        QCOMPARE(roundTrip(labelled), labelled);
    }

    void graduated()
    {
        VectorStyle base = VectorStyle::defaultFor(GeometryKind::Line, 0);
        base.strokeColor = QColor(10, 20, 30);
        base.fillColor = Qt::transparent; // lines: the ramp colours the stroke
        const VectorStyle s = VectorStyle::graduated(base, u"pob"_s, {0, 10, 3, 7, NAN}, ClassificationMethod::EqualInterval,
                                                     5, u"YlOrRd"_s);
        QCOMPARE(s.renderer, RendererType::Graduated);
        QCOMPARE(s.classes.size(), 5);
        QCOMPARE(s.classes[0].lower, 0.0);
        QCOMPARE(s.classes[0].upper, 2.0);
        QCOMPARE(s.classes[4].upper, 10.0);
        QCOMPARE(s.classes[0].symbol.strokeColor, QColor(0xffffb2)); // 5-class YlOrRd
        QCOMPARE(s.classes[4].symbol.strokeColor, QColor(0xbd0026));
        // Bounds: first class closed, the others (lower, upper].
        QCOMPARE(s.classIndexFor(0), 0);
        QCOMPARE(s.classIndexFor(2), 0);
        QCOMPARE(s.classIndexFor(2.0001), 1);
        QCOMPARE(s.classIndexFor(u"7"_s), 3); // numeric text counts
        QCOMPARE(s.classIndexFor(10), 4);
        QCOMPARE(s.classIndexFor(11), -1);
        QCOMPARE(s.classIndexFor(-1), -1);
        QCOMPARE(s.classIndexFor(u"n/a"_s), -2); // not a number: missing
        QCOMPARE(s.classIndexFor(QVariant()), -2);

        const VectorStyle reversed = VectorStyle::graduated(base, u"pob"_s, {0, 10}, ClassificationMethod::EqualInterval, 5,
                                                            u"YlOrRd"_s, true);
        QCOMPARE(reversed.classes[0].symbol.strokeColor, QColor(0xbd0026));

        VectorStyle edited = s;
        edited.classes[1].label = u"Bajo"_s;
        edited.method = ClassificationMethod::NaturalBreaks;
        edited.rampReversed = true;
        const VectorStyle back = roundTrip(edited);
        QCOMPARE(back, edited);
        QCOMPARE(back.method, ClassificationMethod::NaturalBreaks);
        QCOMPARE(edited.toJson().value(u"type"_s).toString(), u"graduated"_s);
    }

    void bivariate()
    {
        // Quantile (R type 7) of 1..7 at 1/3: h = 6/3 = 2 -> x[2] = 3; at 2/3:
        // h = 4 -> x[4] = 5. For 10..70 the same positions: 30 and 50.
        const VectorStyle s = VectorStyle::bivariateStyle(VectorStyle(), u"x"_s, kBivX, u"y"_s, kBivY);
        QCOMPARE(s.renderer, RendererType::Bivariate);
        QCOMPARE(s.method, ClassificationMethod::Quantile);
        QCOMPARE(s.field, u"x"_s);
        QCOMPARE(s.bivariate.fieldY, u"y"_s);
        QCOMPARE(s.bivariate.breaksX, (QList<double>{1, 3, 5, 7}));
        QCOMPARE(s.bivariate.breaksY, (QList<double>{10, 30, 50, 70}));
        // Class i is (b(i-1), bi], the first one closed: x 1,2,3 | 4,5 | 6,7 and
        // y 10,20,30 | 40,50 | 60,70. Expected (ix, iy) of each feature by hand:
        const std::pair<int, int> expected[] = {{0, 2}, {0, 0}, {0, 1}, {1, 0}, {1, 2}, {2, 0}, {2, 1}};
        for (int i = 0; i < 7; ++i) {
            QCOMPARE(s.bivariateClassFor(kBivX[i], kBivY[i]), expected[i]);
            QCOMPARE(s.bivariateCellFor(kBivX[i], kBivY[i]), expected[i].second * 3 + expected[i].first);
        }
        QCOMPARE(s.bivariateClassFor(u"3"_s, 30.0000001), (std::pair<int, int>{0, 1})); // numeric text counts
        QCOMPARE(s.bivariateClassFor(QVariant(), 40), (std::pair<int, int>{-2, -2}));  // NULL x
        QCOMPARE(s.bivariateClassFor(4, NAN), (std::pair<int, int>{-2, -2}));          // NaN y
        QCOMPARE(s.bivariateClassFor(4, u"n/a"_s), (std::pair<int, int>{-2, -2}));
        QCOMPARE(s.bivariateClassFor(8, 40), (std::pair<int, int>{-1, -1}));           // above the last bound
        QCOMPARE(s.bivariateClassFor(4, 9.99), (std::pair<int, int>{-1, -1}));
        QCOMPARE(s.bivariateCellFor(QVariant(), 40), -2);
        QCOMPARE(s.bivariateCellFor(8, 40), -1);
        // The symbols: missing, other (the base), and a cell.
        QCOMPARE(s.classIndexFor(4), 1); // one value: its x class
        QCOMPARE(s.bivariateSymbol(2, 2).fillColor, QColor(0x3b4994));

        // Non-integer quantile positions: {0, 1, 2, 4, 8, 16}, n = 6: at 1/3,
        // h = 5/3 -> 1 + (2/3)(2 - 1) = 5/3; at 2/3, h = 10/3 -> 4 + (1/3)(8 - 4) = 16/3.
        const VectorStyle q = VectorStyle::bivariateStyle(VectorStyle(), u"x"_s, {16, 0, 8, 1, 4, 2, NAN}, u"y"_s,
                                                          kBivY);
        QCOMPARE(q.bivariate.breaksX.size(), 4);
        QVERIFY(qFuzzyCompare(q.bivariate.breaksX[1], 5.0 / 3));
        QVERIFY(qFuzzyCompare(q.bivariate.breaksX[2], 16.0 / 3));
        QCOMPARE(q.bivariateClassFor(1.6, 10).first, 0);
        QCOMPARE(q.bivariateClassFor(1.7, 10).first, 1);
        QCOMPARE(q.bivariateClassFor(5.4, 10).first, 2);

        // Equal intervals of 1..7: width 2 -> 1, 3, 5, 7; manual bounds as given.
        const VectorStyle e = VectorStyle::bivariateStyle(VectorStyle(), u"x"_s, {1, 7}, u"y"_s, {0, 90},
                                                          ClassificationMethod::EqualInterval, u"bluered"_s);
        QCOMPARE(e.bivariate.breaksX, (QList<double>{1, 3, 5, 7}));
        QCOMPARE(e.bivariate.breaksY, (QList<double>{0, 30, 60, 90}));
        QCOMPARE(e.bivariate.colors.first(), QColor(0xe8e8e8));
        QCOMPARE(e.bivariate.colors.last(), QColor(0x574249));
        const VectorStyle m = VectorStyle::bivariateStyle(VectorStyle(), u"x"_s, kBivX, u"y"_s, kBivY,
                                                          ClassificationMethod::Manual, u"pinkblue"_s,
                                                          {0, 2, 4, 100}, {100, 0, 25, 50});
        QCOMPARE(m.bivariate.breaksX, (QList<double>{0, 2, 4, 100}));
        QCOMPARE(m.bivariate.breaksY, (QList<double>{0, 25, 50, 100}));
    }

    void bivariateSchemes()
    {
        // Stevens' pink-blue, bottom-left first, row by row upwards.
        const QList<QColor> c = BivariateSettings::schemeColors(u"pinkblue"_s);
        QCOMPARE(c.size(), 9);
        QCOMPARE(c[0], QColor(0xe8e8e8)); // low x, low y
        QCOMPARE(c[2], QColor(0x5ac8c8)); // high x, low y
        QCOMPARE(c[6], QColor(0xbe64ac)); // low x, high y
        QCOMPARE(c[8], QColor(0x3b4994)); // high x, high y
        QCOMPARE(BivariateSettings::schemeNames().size(), 4);
        for (const QString &name : BivariateSettings::schemeNames())
            QCOMPARE(BivariateSettings::schemeColors(name).size(), 9);
        QVERIFY(BivariateSettings::schemeColors(u"nope"_s).isEmpty());
        BivariateSettings b;
        QCOMPARE(b.color(1, 1), QColor(0xa5add3)); // no colours: the scheme's
        QCOMPARE(b.color(3, 0), QColor(0xbd, 0xbd, 0xbd));
    }

    void bivariateJson()
    {
        VectorStyle s = VectorStyle::bivariateStyle(VectorStyle::defaultFor(GeometryKind::Polygon, 1), u"idh_2019"_s,
                                                    kBivX, u"paraderos_km2"_s, kBivY);
        s.strokeColor = QColor(10, 20, 30);
        s.fillColor = QColor(1, 2, 3);
        s.bivariate.labelX = u"IDH"_s;
        QCOMPARE(roundTrip(s), s);
        const QJsonObject json = s.toJson();
        QCOMPARE(json.value(u"type"_s).toString(), u"bivariate"_s);
        QCOMPARE(json.value(u"field"_s).toString(), u"idh_2019"_s);
        QCOMPARE(json.value(u"method"_s).toString(), u"quantile"_s);
        const QJsonObject b = json.value(u"bivariate"_s).toObject();
        QCOMPARE(b.value(u"fieldY"_s).toString(), u"paraderos_km2"_s);
        QCOMPARE(b.value(u"scheme"_s).toString(), u"pinkblue"_s);
        QVERIFY(!b.contains(u"colors"_s)); // the scheme's: not repeated
        QCOMPARE(b.value(u"breaksX"_s).toArray().size(), 4);
        // Edited colours are kept.
        s.bivariate.colors[4] = QColor(0x12, 0x34, 0x56);
        QCOMPARE(roundTrip(s), s);
        QCOMPARE(s.toJson().value(u"bivariate"_s).toObject().value(u"colors"_s).toArray().size(), 9);
        // A hand-written style: scheme colours, bounds sorted.
        const VectorStyle h = VectorStyle::fromJson(parse(
            "{\"type\":\"bivariate\",\"field\":\"a\",\"bivariate\":{\"fieldY\":\"b\",\"scheme\":\"greenblue\","
            "\"breaksX\":[3,1,2,4],\"breaksY\":[0,1,2,3]}}"));
        QCOMPARE(h.renderer, RendererType::Bivariate);
        QCOMPARE(h.method, ClassificationMethod::Quantile);
        QCOMPARE(h.bivariate.breaksX, (QList<double>{1, 2, 3, 4}));
        QCOMPARE(h.bivariate.colors.size(), 9);
        QCOMPARE(h.bivariate.colors[8], QColor(0x2a5a5b));
        QCOMPARE(h.bivariateCellFor(4, 0), 2);
        // Other renderers do not write the bivariate key.
        QVERIFY(!VectorStyle::graduated(VectorStyle(), u"x"_s, kBivX, ClassificationMethod::Quantile, 3)
                     .toJson()
                     .contains(u"bivariate"_s));
    }

    void bivariateRender()
    {
        // Three 200 m squares in EPSG:32719 in a row (10 m per pixel: columns
        // 0-20, 25-45, 50-70, rows 40-60) and a fourth with a NULL y.
        QTemporaryDir dir;
        const QString path = dir.filePath(u"biv.geojson"_s);
        QFile f(path);
        QVERIFY(f.open(QIODevice::WriteOnly));
        QString json = u"{\"type\":\"FeatureCollection\",\"crs\":{\"type\":\"name\",\"properties\":{\"name\":"
                       "\"urn:ogc:def:crs:EPSG::32719\"}},\"features\":["_s;
        const struct { const char *x, *y; int x0; } rows[] = {
            {"1", "10", 300000}, {"6", "40", 300250}, {"7", "70", 300500}, {"4", "null", 300750}};
        for (const auto &r : rows) {
            json += u"{\"type\":\"Feature\",\"properties\":{\"gx\":%1,\"gy\":%2},\"geometry\":{\"type\":"
                    "\"Polygon\",\"coordinates\":[[[%3,8200400],[%4,8200400],[%4,8200600],[%3,8200600],[%3,8200400]]]}},"_s
                        .arg(QString::fromLatin1(r.x), QString::fromLatin1(r.y))
                        .arg(r.x0)
                        .arg(r.x0 + 200);
        }
        json.chop(1);
        json += u"]}"_s;
        f.write(json.toUtf8());
        f.close();
        auto opened = VectorLayer::open(path);
        QVERIFY2(opened.has_value(), qPrintable(opened ? QString() : opened.error().toString()));
        VectorLayer *layer = opened->get();
        VectorStyle base;
        base.strokeStyle = Qt::NoPen;
        VectorStyle s = VectorStyle::bivariateStyle(base, u"gx"_s, kBivX, u"gy"_s, kBivY);
        s.missingSymbol.fillColor = QColor(128, 128, 128);
        s.missingSymbol.strokeStyle = Qt::NoPen;
        layer->setStyle(s);
        MapSettings ms;
        ms.setDestinationCrs(Crs::fromEpsg(32719));
        ms.setExtent(Extent(300000, 8200000, 301000, 8201000));
        ms.setOutputSize(QSize(100, 100));
        ms.setDpi(96);
        ms.setBackgroundColor(Qt::white);
        MapRenderJob job(ms, {layer});
        const QImage img = job.renderToImage();
        QVERIFY(job.errors().isEmpty());
        // (1, 10): low-low #e8e8e8; (6, 40): x class 2, y class 1 -> cell 5
        // #5698b9; (7, 70): high-high #3b4994; NULL y: the missing symbol.
        QCOMPARE(img.pixelColor(10, 50).rgb(), QColor(0xe8e8e8).rgb());
        QCOMPARE(img.pixelColor(35, 50).rgb(), QColor(0x5698b9).rgb());
        QCOMPARE(img.pixelColor(60, 50).rgb(), QColor(0x3b4994).rgb());
        QCOMPARE(img.pixelColor(85, 50).rgb(), QColor(128, 128, 128).rgb());
        QCOMPARE(img.pixelColor(50, 20).rgb(), QColor(Qt::white).rgb());

        // A missing second field: every feature is a missing value, with a warning.
        s.bivariate.fieldY = u"nope"_s;
        layer->setStyle(s);
        MapRenderJob missing(ms, {layer});
        const QImage img2 = missing.renderToImage();
        QCOMPARE(img2.pixelColor(10, 50).rgb(), QColor(128, 128, 128).rgb());
        QVERIFY(!missing.warnings().isEmpty());
    }

    void badJsonIsTolerated()
    {
        const VectorStyle s = VectorStyle::fromJson(parse("{\"type\":\"graduated\",\"field\":\"x\","
            "\"classes\":[{\"lower\":\"a\",\"upper\":2},{\"lower\":0,\"upper\":1,\"symbol\":{\"fillColor\":\"#00ff00ff\",\"opacity\":7}}]}"));
        QCOMPARE(s.classes.size(), 1); // the class without numeric bounds is dropped
        QCOMPARE(s.classes[0].symbol.fillColor, QColor(0, 255, 0));
        QCOMPARE(s.classes[0].symbol.opacity, 1.0); // out of range: default kept
    }

    void symbolOpacity()
    {
        Symbol s;
        s.fillColor = QColor(255, 0, 0, 200);
        s.opacity = 0.5;
        QCOMPARE(s.effectiveFill().alpha(), 100);
        QCOMPARE(s.effectiveStroke().alpha(), 128);
    }

    void svgMarkers()
    {
        QCOMPARE(Markers::iconNames().size(), 5);
        for (const QString &name : Markers::iconNames()) {
            const QByteArray svg = Markers::svgData(name, QColor(0x12, 0x34, 0x56));
            QVERIFY2(svg.contains("#123456") && !svg.contains("currentColor"), qPrintable(name));
            const QImage img = Markers::svgImage(name, QColor(0x12, 0x34, 0x56), 24);
            QVERIFY(!img.isNull());
            QCOMPARE(img.size(), QSize(24, 24));
            QVERIFY2(qAlpha(img.pixel(12, 2)) == 255, qPrintable(name)); // inside the disc
            QCOMPARE(img.pixelColor(0, 0).alpha(), 0);                           // outside the disc
        }
        // The health post's cross is white in the middle, the disc in the fill colour at the corner.
        const QImage hp = Markers::svgImage(u"health_post"_s, QColor(0x12, 0x34, 0x56), 24);
        QCOMPARE(hp.pixelColor(12, 12).rgb(), QColor(255, 255, 255).rgb());
        QCOMPARE(hp.pixelColor(6, 6).rgb(), QColor(0x12, 0x34, 0x56).rgb());
        QVERIFY(Markers::svgData(u"/does/not/exist.svg"_s, Qt::red).isEmpty());
    }

    void rasterStyleJson()
    {
        // Old JSON reads as before and writes the same keys.
        const QJsonObject old = parse("{\"mode\":\"ramp\",\"band\":1,\"rgbBands\":[1,2,3],\"ramp\":\"viridis\",\"min\":0,\"max\":5}");
        const RasterStyle r = RasterStyle::fromJson(old);
        QCOMPARE(r.toJson(), old);
        QVERIFY(!r.classified && !r.shaded);

        RasterStyle s;
        s.mode = RasterStyle::Mode::Ramp;
        s.rampName = u"RdYlGn"_s;
        s.rampReversed = true;
        s.classified = true;
        s.classes = RasterStyle::classesFromBreaks({0, 100, 500, 1000}, u"YlGnBu"_s);
        s.classes[1].label = u"Media"_s;
        s.shaded = true;
        s.azimuth = 270;
        s.altitude = 30;
        s.zFactor = 2.5;
        const RasterStyle back = RasterStyle::fromJson(QJsonDocument::fromJson(QJsonDocument(s.toJson()).toJson()).object());
        QCOMPARE(back.classes, s.classes);
        QCOMPARE(back.classes[0].color, QColor(0xedf8b1)); // 3-class YlGnBu
        QCOMPARE(back.rampReversed, true);
        QCOMPARE(back.classified, true);
        QCOMPARE(back.shaded, true);
        QCOMPARE(back.azimuth, 270.0);
        QCOMPARE(back.altitude, 30.0);
        QCOMPARE(back.zFactor, 2.5);
        QCOMPARE(s.classIndexFor(0), 0);
        QCOMPARE(s.classIndexFor(100), 0);
        QCOMPARE(s.classIndexFor(100.5), 1);
        QCOMPARE(s.classIndexFor(1000.5), -1);

        RasterStyle h;
        h.mode = RasterStyle::Mode::Hillshade;
        QCOMPARE(RasterStyle::fromJson(h.toJson()).mode, RasterStyle::Mode::Hillshade);
        QCOMPARE(s.ramp().colorAt(0), QColor(0x1a9850)); // RdYlGn reversed starts green
    }
};

QTEST_MAIN(TestVectorStyle)
#include "tst_vectorstyle.moc"
