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

    void bivariate()
    {
        VectorStyle s = VectorStyle::bivariateStyle(VectorStyle(), u"idh_2019"_s, {1, 2, 3, 4, 5, 6, 7},
                                                    u"paraderos_km2"_s, {10, 20, 30, 40, 50, 60, 70});
        s.bivariate.labelY = u"Paraderos por km²"_s;
        const QList<LegendEntry> e = Legend::forVectorStyle(s, GeometryKind::Polygon, u"Distritos"_s);
        // The grid, then Other and No data (drawn by default).
        QCOMPARE(e.size(), 3);
        QCOMPARE(e[0].kind, LegendEntry::Kind::Bivariate);
        QCOMPARE(e[0].gridColors.size(), 9);
        const QRgb pinkBlue[] = {0xe8e8e8, 0xace4e4, 0x5ac8c8, 0xdfb0d6, 0xa5add3, 0x5698b9, 0xbe64ac, 0x8c62aa, 0x3b4994};
        for (int i = 0; i < 9; ++i)
            QCOMPARE(e[0].gridColors[i], QColor(pinkBlue[i]));
        QCOMPARE(e[0].xLabel, u"idh_2019"_s); // no title: the field
        QCOMPARE(e[0].yLabel, u"Paraderos por km²"_s);
        QCOMPARE(e[0].label, u"idh_2019 × Paraderos por km²"_s);
        QCOMPARE(e[0].xBreaks, (QList<double>{1, 3, 5, 7}));
        QCOMPARE(e[0].yBreaks, (QList<double>{10, 30, 50, 70}));
        QVERIFY(e[0].attribution.contains(u"Stevens"_s));
        QCOMPARE(Legend::axisTitle(u"IDH"_s), u"IDH →"_s);
        QCOMPARE(e[1].role, int(LegendEntry::Other));
        QCOMPARE(e[2].role, int(LegendEntry::Missing));
        // The grid is kept whole by the "only present" filter.
        QCOMPARE(Legend::onlyPresent(e, s, {QVariant(1)}).size(), 3);

        // Drawn: low-low at the bottom-left, high-high at the top-right.
        QImage img(90, 60, QImage::Format_ARGB32_Premultiplied);
        img.fill(Qt::white);
        QPainter p(&img);
        Legend::drawSymbol(&p, QRectF(0, 0, 90, 60), e[0]); // a 60 px square centred: x 15..75
        p.end();
        QCOMPARE(img.pixelColor(25, 50).rgb(), QColor(0xe8e8e8).rgb()); // ix 0, iy 0
        QCOMPARE(img.pixelColor(65, 50).rgb(), QColor(0x5ac8c8).rgb()); // ix 2, iy 0
        QCOMPARE(img.pixelColor(25, 10).rgb(), QColor(0xbe64ac).rgb()); // ix 0, iy 2
        QCOMPARE(img.pixelColor(45, 30).rgb(), QColor(0xa5add3).rgb()); // centre
        QCOMPARE(img.pixelColor(65, 10).rgb(), QColor(0x3b4994).rgb()); // ix 2, iy 2
        QCOMPARE(img.pixelColor(5, 30).rgb(), QColor(Qt::white).rgb()); // outside the square

        // With its axis titles: the grid keeps its side, the titles fit around it.
        QImage big(200, 160, QImage::Format_ARGB32_Premultiplied);
        big.fill(Qt::white);
        QPainter bp(&big);
        const QSizeF need = Legend::bivariateSize(&bp, e[0], 100);
        QVERIFY(need.width() > 100 && need.height() > 100);
        const QRectF grid = Legend::drawBivariate(&bp, QRectF(0, 0, 200, 160), e[0], 100);
        bp.end();
        QCOMPARE(grid.width(), 100.0);
        QVERIFY(grid.left() > 5); // room for the y title on the left
        QCOMPARE(big.pixelColor(grid.center().toPoint()).rgb(), QColor(0xa5add3).rgb());
        // Some text under the grid (x title) and left of it (y title).
        auto inked = [&](const QRect &r) {
            for (int y = r.top(); y <= r.bottom(); ++y)
                for (int x = r.left(); x <= r.right(); ++x)
                    if (qGray(big.pixel(x, y)) < 128)
                        return true;
            return false;
        };
        QVERIFY(inked(QRect(int(grid.left()), int(grid.bottom()) + 2, 60, 12)));
        QVERIFY(inked(QRect(0, int(grid.top()), int(grid.left()) - 1, int(grid.height()))));
    }

    void bivariateOnlyPresent()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(u"b.geojson"_s);
        QFile f(path);
        QVERIFY(f.open(QIODevice::WriteOnly));
        // (1, 10) and (7, 70) inside the bounds, (9, 10) outside x's, (2, null) missing y.
        f.write("{\"type\":\"FeatureCollection\",\"features\":["
            "{\"type\":\"Feature\",\"properties\":{\"x\":1,\"y\":10},\"geometry\":{\"type\":\"Point\",\"coordinates\":[0,0]}},"
            "{\"type\":\"Feature\",\"properties\":{\"x\":7,\"y\":70},\"geometry\":{\"type\":\"Point\",\"coordinates\":[1,0]}},"
            "{\"type\":\"Feature\",\"properties\":{\"x\":9,\"y\":10},\"geometry\":{\"type\":\"Point\",\"coordinates\":[2,0]}},"
            "{\"type\":\"Feature\",\"properties\":{\"x\":2,\"y\":null},\"geometry\":{\"type\":\"Point\",\"coordinates\":[3,0]}}]}");
        f.close();
        auto layer = VectorLayer::open(path);
        QVERIFY2(layer.has_value(), qPrintable(layer ? QString() : layer.error().toString()));
        const VectorStyle s = VectorStyle::bivariateStyle(VectorStyle(), u"x"_s, {1, 2, 3, 4, 5, 6, 7}, u"y"_s,
                                                          {10, 20, 30, 40, 50, 60, 70});
        const QList<LegendEntry> all = Legend::forVectorStyle(s, GeometryKind::Point, u"b"_s);
        QCOMPARE(all.size(), 3);
        QList<qint64> ids;
        (void)(*layer)->dataProvider()->forEachFeature(FeatureRequest{}, [&](Feature &&ft) {
            ids.append(ft.id);
            return true;
        });
        QCOMPARE(ids.size(), 4);
        const VectorDataProvider &provider = *(*layer)->dataProvider();
        auto kinds = [](const QList<LegendEntry> &e) {
            QList<int> out;
            for (const LegendEntry &x : e)
                out.append(x.kind == LegendEntry::Kind::Bivariate ? 0 : x.role);
            return out;
        };
        // Inside the grid only: the grid alone, kept whole.
        QCOMPARE(kinds(Legend::onlyPresent(all, s, provider, {ids[0], ids[1]})), (QList<int>{0}));
        QCOMPARE(kinds(Legend::onlyPresent(all, s, provider, {ids[0], ids[2]})), (QList<int>{0, LegendEntry::Other}));
        QCOMPARE(kinds(Legend::onlyPresent(all, s, provider, {ids[3]})), (QList<int>{0, LegendEntry::Missing}));
        QCOMPARE(Legend::onlyPresent(all, s, provider, {}).size(), 1);
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
