#include "data/vectorlayer.h"
#include "style/legend.h"

#include <QFile>
#include <QImage>
#include <QPainter>
#include <QTemporaryDir>
#include <QTest>

using namespace territoria;
using namespace Qt::StringLiterals;

namespace {

VectorStyle graduatedStyle()
{
    VectorStyle base;
    return VectorStyle::graduated(base, u"pop"_s, {}, ClassificationMethod::Manual, 3, u"Blues"_s, false,
                                  {0, 1234.5, 2000, 12345.678});
}

QStringList labels(const QList<LegendEntry> &entries)
{
    QStringList out;
    for (const LegendEntry &e : entries)
        out << e.label;
    return out;
}

} // namespace

class TestLegend : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void rangeFormatting()
    {
        // (CLDR gives es_PE "." decimals; Spanish as in Spain and most of Latin America is "1.234,5".)
        const QLocale es(QLocale::Spanish);
        const QLocale en(QLocale::English, QLocale::UnitedStates);
        QCOMPARE(Legend::formatRange(1234.5, 2000, es, 1), u"1.234,5 – 2.000,0"_s);
        QCOMPARE(Legend::formatRange(1234.5, 2000, en, 1), u"1,234.5 – 2,000.0"_s);
        QCOMPARE(Legend::formatRange(1234.5, 2000, en, 0), u"1,235 – 2,000"_s);
        QCOMPARE(Legend::formatRange(-0.04, 0.25, es, 2), u"-0,04 – 0,25"_s);
        QCOMPARE(Legend::formatNumber(-0.04, en, 1), u"0.0"_s); // no "-0.0"
        QCOMPARE(Legend::formatNumber(-1234567.891, es, 2), u"-1.234.567,89"_s);
        QCOMPARE(Legend::formatNumber(999.95, es, 1), u"1.000,0"_s);
        QCOMPARE(Legend::formatNumber(12, en, 0), u"12"_s);
    }

    void singleSymbol()
    {
        VectorStyle s = VectorStyle::defaultFor(GeometryKind::Point, 0);
        const QList<LegendEntry> e = Legend::forVectorStyle(s, GeometryKind::Point, u"Hospitales"_s);
        QCOMPARE(e.size(), 1);
        QCOMPARE(e[0].label, u"Hospitales"_s);
        QCOMPARE(e[0].symbol, s.baseSymbol());
        QCOMPARE(e[0].geometry, GeometryKind::Point);
        QCOMPARE(e[0].role, int(LegendEntry::Single));
    }

    void categorized()
    {
        VectorStyle s = VectorStyle::categorized(VectorStyle(), u"tipo"_s, {u"Posta"_s, u"Hospital"_s, 3.5}, u"Set1"_s);
        s.categories[1].label = u"Hospital regional"_s;
        LegendOptions en;
        en.locale = QLocale(QLocale::English);
        QCOMPARE(labels(Legend::forVectorStyle(s, GeometryKind::Polygon, u"x"_s, en)),
                 (QStringList{u"3.5"_s, u"Hospital regional"_s, u"Posta"_s, u"Other values"_s, u"No data"_s}));
        LegendOptions es;
        es.locale = QLocale(QLocale::Spanish);
        es.includeOther = false;
        const QList<LegendEntry> e = Legend::forVectorStyle(s, GeometryKind::Polygon, u"x"_s, es);
        QCOMPARE(labels(e), (QStringList{u"3,5"_s, u"Hospital regional"_s, u"Posta"_s, u"No data"_s}));
        QCOMPARE(e[2].symbol.fillColor, QColor(0x4daf4a)); // Set1 #3
        QCOMPARE(e[3].role, int(LegendEntry::Missing));
        s.drawMissing = false;
        s.drawOther = false;
        QCOMPARE(Legend::forVectorStyle(s, GeometryKind::Polygon, u"x"_s, en).size(), 3);
    }

    void graduatedLocale()
    {
        VectorStyle s = graduatedStyle();
        s.drawOther = false;
        LegendOptions es;
        es.locale = QLocale(QLocale::Spanish);
        QCOMPARE(labels(Legend::forVectorStyle(s, GeometryKind::Polygon, u"x"_s, es)),
                 (QStringList{u"0,0 – 1.234,5"_s, u"1.234,5 – 2.000,0"_s, u"2.000,0 – 12.345,7"_s, u"No data"_s}));
        LegendOptions en;
        en.locale = QLocale(QLocale::English);
        en.decimals = 2;
        en.includeMissing = false;
        const QList<LegendEntry> e = Legend::forVectorStyle(s, GeometryKind::Polygon, u"x"_s, en);
        QCOMPARE(labels(e), (QStringList{u"0.00 – 1,234.50"_s, u"1,234.50 – 2,000.00"_s, u"2,000.00 – 12,345.68"_s}));
        QCOMPARE(e[1].min, 1234.5);
        QCOMPARE(e[1].max, 2000.0);
        QCOMPARE(e[2].symbol.fillColor, QColor(0x3182bd)); // 3-class Blues
        s.classes[0].label = u"Bajo"_s;
        QCOMPARE(Legend::forVectorStyle(s, GeometryKind::Polygon, u"x"_s, en)[0].label, u"Bajo"_s);
    }

    void raster()
    {
        RasterStyle r;
        r.mode = RasterStyle::Mode::Ramp;
        r.rampName = u"viridis"_s;
        QList<LegendEntry> e = Legend::forRasterStyle(r, u"DEM"_s, 100, 2500);
        QCOMPARE(e.size(), 1);
        QCOMPARE(e[0].kind, LegendEntry::Kind::Gradient);
        QCOMPARE(e[0].min, 100.0); // from the data when the style has no limits
        QCOMPARE(e[0].max, 2500.0);
        QCOMPARE(e[0].ramp.colorAt(1), QColor(0xfde725));
        r.min = 0;
        r.max = 5000;
        e = Legend::forRasterStyle(r, u"DEM"_s, 100, 2500);
        QCOMPARE(e[0].max, 5000.0);

        r.classified = true;
        r.classes = RasterStyle::classesFromBreaks({0, 1000, 2500.5}, u"Greens"_s);
        LegendOptions es;
        es.locale = QLocale(QLocale::Spanish);
        e = Legend::forRasterStyle(r, u"DEM"_s, 0, 0, es);
        QCOMPARE(labels(e), (QStringList{u"0,0 – 1.000,0"_s, u"1.000,0 – 2.500,5"_s}));
        QCOMPARE(e[0].kind, LegendEntry::Kind::Color);
        // Two classes: ColorBrewer starts at 3, so two samples of the continuous 9-class
        // Greens: its ends, #f7fcf5 and #00441b.
        QCOMPARE(e[0].color, QColor(0xf7fcf5));
        QCOMPARE(e[1].color, QColor(0x00441b));

        RasterStyle rgb;
        rgb.mode = RasterStyle::Mode::Rgb;
        QVERIFY(Legend::forRasterStyle(rgb, u"Orto"_s, 0, 255).isEmpty());
        RasterStyle pal;
        pal.mode = RasterStyle::Mode::Palette;
        e = Legend::forRasterStyle(pal, u"Uso"_s, 0, 0, {}, {QColor(Qt::transparent), Qt::red, Qt::blue});
        QCOMPARE(e.size(), 2);
        QCOMPARE(e[0].color, QColor(Qt::red));
        QCOMPARE(e[0].label, u"1"_s);
    }

    void onlyPresentValues()
    {
        VectorStyle s = VectorStyle::categorized(VectorStyle(), u"tipo"_s, {u"a"_s, u"b"_s, u"c"_s});
        const QList<LegendEntry> all = Legend::forVectorStyle(s, GeometryKind::Polygon, u"x"_s);
        QCOMPARE(all.size(), 5);
        QCOMPARE(labels(Legend::onlyPresent(all, s, {u"c"_s, u"a"_s, u"a"_s})), (QStringList{u"a"_s, u"c"_s}));
        QCOMPARE(labels(Legend::onlyPresent(all, s, {u"b"_s, QVariant(), u"zz"_s})),
                 (QStringList{u"b"_s, u"Other values"_s, u"No data"_s}));
        QVERIFY(Legend::onlyPresent(all, s, {}).isEmpty());

        const VectorStyle g = graduatedStyle();
        const QList<LegendEntry> ge = Legend::forVectorStyle(g, GeometryKind::Polygon, u"x"_s);
        const QList<LegendEntry> present = Legend::onlyPresent(ge, g, {1500, 1800.0});
        QCOMPARE(present.size(), 1);
        QCOMPARE(present[0].role, 1);

        // Single symbol: the entry always stays.
        VectorStyle single;
        const QList<LegendEntry> se = Legend::forVectorStyle(single, GeometryKind::Polygon, u"x"_s);
        QCOMPARE(Legend::onlyPresent(se, single, {}).size(), 1);
    }

    void onlyPresentFeatureIds()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(u"t.geojson"_s);
        QFile f(path);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write("{\"type\":\"FeatureCollection\",\"features\":["
            "{\"type\":\"Feature\",\"id\":1,\"properties\":{\"tipo\":\"a\"},\"geometry\":{\"type\":\"Point\",\"coordinates\":[0,0]}},"
            "{\"type\":\"Feature\",\"id\":2,\"properties\":{\"tipo\":\"b\"},\"geometry\":{\"type\":\"Point\",\"coordinates\":[1,0]}},"
            "{\"type\":\"Feature\",\"id\":3,\"properties\":{\"tipo\":null},\"geometry\":{\"type\":\"Point\",\"coordinates\":[2,0]}},"
            "{\"type\":\"Feature\",\"id\":4,\"properties\":{\"tipo\":\"c\"},\"geometry\":{\"type\":\"Point\",\"coordinates\":[3,0]}}]}");
        f.close();
        auto layer = VectorLayer::open(path);
        QVERIFY2(layer.has_value(), qPrintable(layer ? QString() : layer.error().toString()));
        const VectorStyle s = VectorStyle::categorized(VectorStyle(), u"tipo"_s, {u"a"_s, u"b"_s, u"c"_s});
        const QList<LegendEntry> all = Legend::forVectorStyle(s, GeometryKind::Point, u"x"_s);
        QList<qint64> ids;
        (void)(*layer)->dataProvider()->forEachFeature(FeatureRequest{}, [&](Feature &&ft) {
            ids.append(ft.id);
            return true;
        });
        QCOMPARE(ids.size(), 4);
        // The features with "b" and NULL.
        const QList<LegendEntry> e = Legend::onlyPresent(all, s, *(*layer)->dataProvider(), {ids[1], ids[2]});
        QCOMPARE(labels(e), (QStringList{u"b"_s, u"No data"_s}));
    }

    void drawSymbols()
    {
        QImage img(60, 20, QImage::Format_ARGB32_Premultiplied);
        img.fill(Qt::white);
        QPainter p(&img);
        LegendEntry poly;
        poly.symbol.fillColor = QColor(255, 0, 0);
        poly.symbol.strokeStyle = Qt::NoPen;
        poly.geometry = GeometryKind::Polygon;
        Legend::drawSymbol(&p, QRectF(0, 0, 20, 20), poly);
        LegendEntry grad;
        grad.kind = LegendEntry::Kind::Gradient;
        grad.ramp = ColorRamp::gray();
        Legend::drawSymbol(&p, QRectF(20, 0, 20, 20), grad);
        LegendEntry point;
        point.geometry = GeometryKind::Point;
        point.symbol.fillColor = QColor(0, 0, 255);
        point.symbol.strokeStyle = Qt::NoPen;
        point.symbol.markerSizeMm = 4;
        Legend::drawSymbol(&p, QRectF(40, 0, 20, 20), point);
        p.end();
        QCOMPARE(img.pixelColor(10, 10).rgb(), QColor(255, 0, 0).rgb());
        // Gradient: black (min) at the bottom, white (max) at the top.
        QVERIFY(qGray(img.pixel(30, 2)) > 200);
        QVERIFY(qGray(img.pixel(30, 18)) < 55);
        QCOMPARE(img.pixelColor(50, 10).rgb(), QColor(0, 0, 255).rgb());
        QCOMPARE(img.pixelColor(41, 1).rgb(), QColor(255, 255, 255).rgb()); // 4 mm = 15 px: corner empty
    }
};

QTEST_MAIN(TestLegend)
#include "tst_legend.moc"
