#include "style/colorbrewer.h"
#include "style/markers.h"
#include "style/rasterstyle.h"
#include "style/vectorstyle.h"

#include <QImage>
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
