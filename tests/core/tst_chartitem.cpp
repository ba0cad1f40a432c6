// Chart items of print layouts (ChartItem, ChartRenderer) over
// tests/data/layout/chart_values.geojson: ten squares "Distrito A".."J",
// value = 1, 2, 2, 3, 5, 8, 9, 10, NULL, NULL; pop = 100, 250, 400, 800, 1000,
// 1200, 1500, 2000, 300, 50; A–E inside zone Z1 and F–J inside Z2 of zones.geojson.
// Bin counts, ranks and axes are counted by hand; pixels come from the real
// renderer; the PDF's text from poppler's pdftotext.
#include "crs/coordinatetransform.h"
#include "data/vectorlayer.h"
#include "layout/chartrenderer.h"
#include "layout/layoutrenderer.h"
#include "layout/printlayout.h"
#include "project/project.h"

#include <QFile>
#include <QImage>
#include <QJsonObject>
#include <QPainter>
#include <QPdfWriter>
#include <QProcess>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace territoria;
using namespace Qt::StringLiterals;

namespace {

const QString ValuesId = u"values"_s;
const QString ZonesId = u"zones"_s;

QString fixture(const QString &name)
{
    return QStringLiteral(TERRITORIA_TEST_DATA) + u"/layout/"_s + name;
}

std::unique_ptr<VectorLayer> openFixture(const QString &name, const QString &id)
{
    auto layer = VectorLayer::open(fixture(name));
    if (!layer)
        return nullptr;
    (*layer)->setId(id);
    (*layer)->setName(id);
    return std::move(*layer);
}

struct Fixture {
    Project project;
    bool ok = false;
    Fixture()
    {
        project.setCrs(Crs::fromEpsg(4326));
        auto values = openFixture(u"chart_values.geojson"_s, ValuesId);
        auto zones = openFixture(u"zones.geojson"_s, ZonesId);
        ok = values && zones;
        if (ok) {
            project.addLayer(std::move(zones), 0);
            project.addLayer(std::move(values), 0);
        }
    }
};

// The atlas page of the feature of `layerId` whose `field` is `value`.
std::optional<AtlasFeature> atlasFeature(const Project &project, const QString &layerId, const QString &field,
                                         const QString &value)
{
    auto *layer = qobject_cast<VectorLayer *>(project.layer(layerId));
    if (!layer)
        return std::nullopt;
    auto provider = layer->dataProvider();
    const int index = provider->fields().indexOf(field);
    std::optional<AtlasFeature> out;
    (void)provider->forEachFeature(FeatureRequest{}, [&](Feature &&f) {
        if (f.attributes.value(index).toString() != value)
            return true;
        AtlasFeature af;
        af.layerId = layerId;
        af.fid = f.id;
        af.geometry = f.geometry;
        af.projectGeometry = f.geometry; // both EPSG:4326
        af.fields = provider->fields();
        af.attributes = f.attributes;
        af.pageName = value;
        out = af;
        return false;
    });
    return out;
}

ChartItem chartItem(ChartItem::ChartType type, const QString &valueField, const QString &second = {})
{
    ChartItem chart;
    chart.name = u"Gráfico"_s;
    chart.rectMm = QRectF(20, 20, 120, 80);
    chart.chartType = type;
    chart.layerId = ValuesId;
    chart.valueField = valueField;
    if (type == ChartItem::ChartType::Scatter)
        chart.yField = second;
    else
        chart.labelField = second;
    return chart;
}

LayoutRenderContext context(const Project &project)
{
    LayoutRenderContext c;
    c.project = &project;
    c.locale = QLocale(QLocale::Spanish); // "2.000": groups even four digits
    c.now = QDateTime(QDate(2026, 3, 1), QTime(10, 0));
    return c;
}

QStringList labels(const LayoutChartData &data)
{
    QStringList out;
    for (const LayoutChartData::Bar &b : data.bars)
        out << b.label;
    return out;
}

// A page-sized image and a painter mapping page millimetres, as renderToImage() makes.
struct PageImage {
    QImage image;
    double dpmm;
    explicit PageImage(double dpi = 150)
        : image(int(297 * dpi / 25.4), int(210 * dpi / 25.4), QImage::Format_ARGB32)
        , dpmm(dpi / 25.4)
    {
        image.setDotsPerMeterX(qRound(dpi / 0.0254));
        image.setDotsPerMeterY(qRound(dpi / 0.0254));
        image.fill(Qt::white);
    }
    QRgb at(const QPointF &mm) const { return image.pixel(int(mm.x() * dpmm), int(mm.y() * dpmm)); }
};

bool near(QRgb c, const QColor &ref, int tolerance = 6)
{
    return std::abs(qRed(c) - ref.red()) <= tolerance && std::abs(qGreen(c) - ref.green()) <= tolerance
           && std::abs(qBlue(c) - ref.blue()) <= tolerance;
}

QString pdfText(const QString &pdf)
{
    QProcess proc;
    proc.start(QStandardPaths::findExecutable(u"pdftotext"_s), {u"-layout"_s, pdf, u"-"_s});
    if (!proc.waitForFinished(15000))
        return {};
    return QString::fromUtf8(proc.readAllStandardOutput());
}

} // namespace

class TestChartItem : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void sturges_data()
    {
        QTest::addColumn<int>("count");
        QTest::addColumn<int>("bins");
        QTest::newRow("none") << 0 << 0;
        QTest::newRow("one") << 1 << 1;         // log2 1 = 0
        QTest::newRow("eight") << 8 << 4;       // log2 8 = 3
        QTest::newRow("nine") << 9 << 5;        // 3.17 -> 4
        QTest::newRow("districts") << 29 << 6;  // 4.86 -> 5
        QTest::newRow("thousand") << 1000 << 11; // 9.97 -> 10
    }
    void sturges()
    {
        QFETCH(int, count);
        QFETCH(int, bins);
        QCOMPARE(ChartRenderer::sturgesBins(count), bins);
    }

    void niceAxes()
    {
        // 1..10: span 9 -> step 2 (4.5 steps), 0..10.
        LayoutChartAxis a = LayoutChartAxis::nice(1, 10);
        QCOMPARE(a.step, 2.0);
        QCOMPARE(a.min, 0.0);
        QCOMPARE(a.max, 10.0);
        QCOMPARE(a.decimals, 0);
        QCOMPARE(a.ticks(), (QList<double>{0, 2, 4, 6, 8, 10}));
        // Arequipa's HDI 0.4427..0.7653: span 0.3226 -> 0.05 (6.45 steps), 0.40..0.80, two decimals.
        a = LayoutChartAxis::nice(0.4427, 0.7653);
        QCOMPARE(a.step, 0.05);
        QCOMPARE(a.min, 0.4);
        QCOMPARE(a.max, 0.8);
        QCOMPARE(a.decimals, 2);
        // 100..2000: span 1900 -> 500 (3.8 steps beats 250's 7.6), 0..2000.
        a = LayoutChartAxis::nice(100, 2000);
        QCOMPARE(a.step, 500.0);
        QCOMPARE(a.min, 0.0);
        QCOMPARE(a.max, 2000.0);
        // Counts 0..3: the 0.5 step becomes 1.
        a = LayoutChartAxis::nice(0, 3, true);
        QCOMPARE(a.step, 1.0);
        QCOMPARE(a.ticks(), (QList<double>{0, 1, 2, 3}));
        // 2.5 x 10^n with n >= 1 is whole: kept.
        a = LayoutChartAxis::nice(0, 120, true); // 120 / 25 = 4.8 steps beats 120 / 20 = 6
        QCOMPARE(a.step, 25.0);
        QCOMPARE(a.max, 125.0);
        // One value: an axis around it.
        a = LayoutChartAxis::nice(5, 5);
        QVERIFY(a.min < 5 && a.max > 5);
    }

    void histogramCounts()
    {
        Fixture f;
        QVERIFY(f.ok);
        ChartItem chart = chartItem(ChartItem::ChartType::Histogram, u"value"_s);
        // Automatic: 8 values -> Sturges 4 bins of (10 - 1) / 4 = 2.25:
        // [1, 3.25): 1 2 2 3; [3.25, 5.5): 5; [5.5, 7.75): none; [7.75, 10]: 8 9 10.
        auto d = ChartRenderer::data(chart, context(f.project));
        QVERIFY2(d.has_value(), qPrintable(d ? QString() : d.error().message));
        QCOMPARE(d->binEdges, (QList<double>{1, 3.25, 5.5, 7.75, 10}));
        QCOMPARE(d->binCounts, (QList<int>{4, 1, 0, 3}));
        QCOMPARE(d->missingCount, 2);
        QCOMPARE(d->valueCount, 8);
        // Three bins of 3: [1, 4): 1 2 2 3; [4, 7): 5; [7, 10]: 8 9 10 (the maximum in the last).
        chart.bins = 3;
        d = ChartRenderer::data(chart, context(f.project));
        QVERIFY(d.has_value());
        QCOMPARE(d->binEdges, (QList<double>{1, 4, 7, 10}));
        QCOMPARE(d->binCounts, (QList<int>{4, 1, 3}));
        // The integer field: 10 values -> 5 bins of 390 from 50 to 2000:
        // [50,440): 50 100 250 300 400; [440,830): 800; [830,1220): 1000 1200; [1220,1610): 1500; [1610,2000]: 2000.
        chart.valueField = u"pop"_s;
        chart.bins = 0;
        d = ChartRenderer::data(chart, context(f.project));
        QVERIFY(d.has_value());
        QCOMPARE(d->binCounts, (QList<int>{5, 1, 2, 1, 1}));
        QCOMPARE(d->missingCount, 0);
    }

    void rankedBars()
    {
        Fixture f;
        QVERIFY(f.ok);
        ChartItem chart = chartItem(ChartItem::ChartType::Bars, u"pop"_s, u"name"_s);
        chart.topN = 3;
        auto d = ChartRenderer::data(chart, context(f.project));
        QVERIFY(d.has_value());
        QCOMPARE(labels(*d), (QStringList{u"Distrito H"_s, u"Distrito G"_s, u"Distrito F"_s}));
        QCOMPARE(d->bars[0].value, 2000.0);
        QCOMPARE(d->bars[2].rank, 3);
        QVERIFY(d->highlighted.isEmpty());
        chart.descending = false;
        d = ChartRenderer::data(chart, context(f.project));
        QVERIFY(d.has_value());
        QCOMPARE(labels(*d), (QStringList{u"Distrito J"_s, u"Distrito A"_s, u"Distrito B"_s}));
        // More than there are: all ten; the NULL values are skipped and counted.
        chart.valueField = u"value"_s;
        chart.topN = 50;
        d = ChartRenderer::data(chart, context(f.project));
        QVERIFY(d.has_value());
        QCOMPARE(d->bars.size(), 8);
        QCOMPARE(d->missingCount, 2);
        // Ties keep the source order: B before C (both 2).
        QCOMPARE(labels(*d).mid(0, 4), (QStringList{u"Distrito A"_s, u"Distrito B"_s, u"Distrito C"_s, u"Distrito D"_s}));
    }

    void atlasHighlightAndFilter()
    {
        Fixture f;
        QVERIFY(f.ok);
        LayoutRenderContext c = context(f.project);
        // The chart's layer is the coverage layer: its page's feature (A, 9th by pop)
        // is added after the top 3 with its rank.
        c.atlasFeature = atlasFeature(f.project, ValuesId, u"name"_s, u"Distrito A"_s);
        QVERIFY(c.atlasFeature);
        ChartItem chart = chartItem(ChartItem::ChartType::Bars, u"pop"_s, u"name"_s);
        chart.topN = 3;
        auto d = ChartRenderer::data(chart, c);
        QVERIFY(d.has_value());
        QCOMPARE(labels(*d), (QStringList{u"Distrito H"_s, u"Distrito G"_s, u"Distrito F"_s, u"Distrito A"_s}));
        QVERIFY(d->bars[3].outsideTop);
        QCOMPARE(d->bars[3].rank, 9);
        QCOMPARE(d->highlighted, QList<int>{3});
        // Inside the top N: highlighted in place. Off: nothing.
        chart.topN = 10;
        d = ChartRenderer::data(chart, c);
        QCOMPARE(d->bars.size(), 10);
        QCOMPARE(d->highlighted, QList<int>{8});
        chart.highlightAtlasFeature = false;
        d = ChartRenderer::data(chart, c);
        QVERIFY(d->highlighted.isEmpty());

        // Zone Z1 as the atlas page: "only features on the page" keeps A–E; the
        // link zone = code highlights all five; a histogram bin holds them.
        c.atlasFeature = atlasFeature(f.project, ZonesId, u"code"_s, u"Z1"_s);
        QVERIFY(c.atlasFeature);
        chart.highlightAtlasFeature = true;
        chart.filterToAtlasFeature = true;
        d = ChartRenderer::data(chart, c);
        QCOMPARE(labels(*d), (QStringList{u"Distrito E"_s, u"Distrito D"_s, u"Distrito C"_s, u"Distrito B"_s,
                                          u"Distrito A"_s}));
        QVERIFY(d->highlighted.isEmpty()); // no link field, not the coverage layer
        chart.filterToAtlasFeature = false;
        chart.atlasLinkField = u"zone"_s;
        chart.atlasCoverageField = u"code"_s;
        d = ChartRenderer::data(chart, c);
        QCOMPARE(d->bars.size(), 10);
        // By pop: H G F E D C I B A J; zone Z1 holds A–E.
        QCOMPARE(d->highlighted, (QList<int>{3, 4, 5, 7, 8}));
        // A link field the layer does not have: a warning, no highlight.
        chart.atlasLinkField = u"nope"_s;
        QStringList warnings;
        d = ChartRenderer::data(chart, c, &warnings);
        QVERIFY(d.has_value());
        QVERIFY(d->highlighted.isEmpty());
        QCOMPARE(warnings.size(), 1);
        QVERIFY(warnings.first().contains(u"«nope»"_s));
    }

    void scatterPositions()
    {
        Fixture f;
        QVERIFY(f.ok);
        ChartItem chart = chartItem(ChartItem::ChartType::Scatter, u"value"_s, u"pop"_s);
        chart.color = QColor(0, 0, 255);
        chart.fontSizePt = 8;
        auto d = ChartRenderer::data(chart, context(f.project));
        QVERIFY(d.has_value());
        QCOMPARE(d->points.size(), 8);
        QCOMPARE(d->missingCount, 2);
        PageImage page;
        QPainter painter(&page.image);
        painter.setRenderHint(QPainter::Antialiasing);
        painter.scale(page.dpmm, page.dpmm);
        const QLocale locale(QLocale::Spanish);
        const LayoutChartGeometry g = ChartRenderer::geometry(chart, *d, u"Dispersión"_s, locale, &painter);
        ChartRenderer::draw(chart, *d, u"Dispersión"_s, locale, &painter);
        painter.end();
        // Axes by hand: x 1..10 -> 0..10, y 100..2000 -> 0..2000.
        QCOMPARE(g.x.min, 0.0);
        QCOMPARE(g.x.max, 10.0);
        QCOMPARE(g.y.min, 0.0);
        QCOMPARE(g.y.max, 2000.0);
        // The plot sits inside the item, below the title.
        QVERIFY(chart.rectMm.contains(g.plot));
        QVERIFY(g.title.bottom() <= g.plot.top());
        QVERIFY(g.note.top() >= g.plot.bottom());
        // D = (3, 800): 30 % across, 40 % up.
        const QPointF expected(g.plot.left() + 0.3 * g.plot.width(), g.plot.bottom() - 0.4 * g.plot.height());
        QCOMPARE(g.pointPosition(3, 800), expected);
        QVERIFY(near(page.at(expected), chart.color));
        // H = (10, 2000): the top-right corner of the plot.
        QVERIFY(near(page.at(g.pointPosition(10, 1995)), chart.color));
        QCOMPARE(g.pointPosition(10, 2000), g.plot.topRight());
        // Where no feature is: no point.
        QVERIFY(!near(page.at(g.pointPosition(3, 1600)), chart.color, 60));
        QVERIFY(!near(page.at(g.pointPosition(7, 800)), chart.color, 60));
    }

    void atlasBarDrawnHighlighted()
    {
        Fixture f;
        QVERIFY(f.ok);
        PrintLayout layout(u"Atlas"_s);
        auto item = std::make_unique<ChartItem>(chartItem(ChartItem::ChartType::Bars, u"pop"_s, u"name"_s));
        item->color = QColor(0, 0, 255);
        item->highlightColor = QColor(255, 0, 0);
        const ChartItem *chart = static_cast<const ChartItem *>(layout.addItem(std::move(item)));
        LayoutRenderContext c = context(f.project);
        c.atlasFeature = atlasFeature(f.project, ValuesId, u"name"_s, u"Distrito C"_s);
        QVERIFY(c.atlasFeature);
        LayoutRenderResult result;
        const double dpi = 150;
        const QImage image = LayoutRenderer::renderToImage(layout, c, dpi, &result);
        QVERIFY2(result.warnings.isEmpty(), qPrintable(result.warnings.join(u'\n')));
        // Where the bars are: the same geometry on the same kind of device.
        const auto d = ChartRenderer::data(*chart, c);
        QVERIFY(d.has_value());
        QCOMPARE(d->highlighted, QList<int>{5}); // by pop: H G F E D C I B A J
        PageImage page(dpi);
        QPainter painter(&page.image);
        painter.scale(page.dpmm, page.dpmm);
        const LayoutChartGeometry g = ChartRenderer::geometry(*chart, *d, QString(), c.locale, &painter);
        painter.end();
        auto pixel = [&](const QPointF &mm) { return image.pixel(int(mm.x() * dpi / 25.4), int(mm.y() * dpi / 25.4)); };
        for (int i = 0; i < d->bars.size(); ++i) {
            const QRectF bar = g.barRect(*d, i);
            QVERIFY(bar.width() > 1);
            const QPointF inside(bar.left() + 0.5, bar.center().y());
            const QColor expected = i == 5 ? QColor(255, 0, 0) : QColor(0, 0, 255);
            QVERIFY2(near(pixel(inside), expected), qPrintable(u"bar %1 %2"_s.arg(i).arg(d->bars[i].label)));
        }
    }

    void missingLayerAndTextField()
    {
        Fixture f;
        QVERIFY(f.ok);
        PrintLayout layout(u"Errores"_s);
        auto item = std::make_unique<ChartItem>(chartItem(ChartItem::ChartType::Histogram, u"name"_s));
        item->name = u"Histograma"_s;
        ChartItem *chart = static_cast<ChartItem *>(layout.addItem(std::move(item)));
        LayoutRenderResult result;
        QImage image = LayoutRenderer::renderToImage(layout, context(f.project), 100, &result);
        QCOMPARE(result.warnings.size(), 1);
        QCOMPARE(result.warnings.first(), u"Histograma: the field «name» of «values» is not numeric"_s);
        // The grey placeholder (off its diagonals).
        const QPointF probe(chart->rectMm.center().x(), chart->rectMm.top() + 10);
        QVERIFY(near(image.pixel(int(probe.x() * 100 / 25.4), int(probe.y() * 100 / 25.4)), QColor(225, 225, 225)));
        chart->layerId = u"gone"_s;
        chart->valueField = u"value"_s;
        image = LayoutRenderer::renderToImage(layout, context(f.project), 100, &result);
        QCOMPARE(result.warnings, QStringList{u"Histograma: the layer «gone» is missing from the project"_s});
        chart->layerId = ValuesId;
        chart->valueField = u"missing"_s;
        image = LayoutRenderer::renderToImage(layout, context(f.project), 100, &result);
        QCOMPARE(result.warnings, QStringList{u"Histograma: the layer «values» has no field «missing»"_s});
        chart->valueField = u"value"_s;
        image = LayoutRenderer::renderToImage(layout, context(f.project), 100, &result);
        QVERIFY(result.warnings.isEmpty());
        QVERIFY(!near(image.pixel(int(probe.x() * 100 / 25.4), int(probe.y() * 100 / 25.4)), QColor(225, 225, 225)));
    }

    // Rank ranges (prioritization:sensitivity): hand-made ranks of five units,
    // E without a mean. Sorted by mean rank: B 1.2 (1–2), A 2.5 (1–4), C 3.0
    // (3–3), D 3.3 (2–4). Axis 0..4 in steps of 1 (nice(0, 4)); so rank r sits
    // at r/4 of the plot's width and row i's centre at (i + 0.5)/4 of its height.
    void rankRangePositions()
    {
        ChartItem chart;
        chart.name = u"Estabilidad"_s;
        chart.rectMm = QRectF(20, 20, 160, 100);
        chart.chartType = ChartItem::ChartType::RankRange;
        chart.labelField = u"name"_s;
        chart.color = QColor(0, 0, 255);
        chart.fontSizePt = 8;
        auto sample = [](qint64 fid, const char *name, QVariant mean, double low, double high) {
            ChartRenderer::Sample s;
            s.fid = fid;
            s.value = mean;
            s.second = QString::fromUtf8(name);
            s.low = low;
            s.high = high;
            return s;
        };
        const QList<ChartRenderer::Sample> samples{sample(1, "A", 2.5, 1, 4), sample(2, "B", 1.2, 1, 2),
                                                   sample(3, "C", 3.0, 3, 3), sample(4, "D", 3.3, 4, 2),
                                                   sample(5, "E", QVariant(), 1, 5)};
        const LayoutChartData d = ChartRenderer::compute(chart, samples);
        QCOMPARE(d.valueCount, 4);
        QCOMPARE(d.missingCount, 1);
        QCOMPARE(d.ranges.size(), 4);
        QStringList order;
        for (const LayoutChartData::Range &r : d.ranges)
            order << r.label;
        QCOMPARE(order, (QStringList{u"B"_s, u"A"_s, u"C"_s, u"D"_s}));
        QCOMPARE(d.ranges[3].low, 2.0); // D's ends given swapped: put in order
        QCOMPARE(d.ranges[3].high, 4.0);

        PageImage page;
        QPainter painter(&page.image);
        painter.setRenderHint(QPainter::Antialiasing);
        painter.scale(page.dpmm, page.dpmm);
        const QLocale locale(QLocale::Spanish);
        const LayoutChartGeometry g = ChartRenderer::geometry(chart, d, u"Estabilidad del ranking"_s, locale, &painter);
        ChartRenderer::draw(chart, d, u"Estabilidad del ranking"_s, locale, &painter);
        painter.end();
        QCOMPARE(g.x.min, 0.0);
        QCOMPARE(g.x.max, 4.0);
        QCOMPARE(g.x.step, 1.0);
        QVERIFY(chart.rectMm.contains(g.plot));
        QVERIFY(g.title.bottom() <= g.plot.top());
        QCOMPARE(g.barPitch, g.plot.height() / 4);
        const double w = g.plot.width(), left = g.plot.left();
        auto rowY = [&](int i) { return g.plot.top() + (i + 0.5) * g.plot.height() / 4; };
        // The bars' ends by hand: B 1..2, A 1..4, C 3..3, D 2..4.
        const double ends[4][2] = {{1, 2}, {1, 4}, {3, 3}, {2, 4}};
        const double means[4] = {1.2, 2.5, 3.0, 3.3};
        for (int i = 0; i < 4; ++i) {
            const QRectF r = g.rangeRect(d, i);
            QVERIFY(std::abs(r.left() - (left + ends[i][0] / 4 * w)) < 1e-9);
            QVERIFY(std::abs(r.right() - (left + ends[i][1] / 4 * w)) < 1e-9);
            QVERIFY(std::abs(r.center().y() - rowY(i)) < 1e-9);
            QCOMPARE(r.height(), g.barPitch * 0.4);
            const QPointF dot = g.rangeMeanPosition(d, i);
            QVERIFY(std::abs(dot.x() - (left + means[i] / 4 * w)) < 1e-9);
            QVERIFY(std::abs(dot.y() - rowY(i)) < 1e-9);
            // The dot: the bar colour darkened.
            QVERIFY2(near(page.at(dot), chart.color.darker(170), 12), qPrintable(u"dot %1"_s.arg(i)));
        }
        // Inside the bars, away from the dots: the bar colour. B at rank 1.8, A at
        // 1.5 and 3.7, D at 2.5 and 3.8.
        for (const auto &[row, rank] : std::initializer_list<std::pair<int, double>>{{0, 1.8}, {1, 1.5}, {1, 3.7}, {3, 2.5}, {3, 3.8}})
            QVERIFY2(near(page.at(QPointF(left + rank / 4 * w, rowY(row))), chart.color),
                     qPrintable(u"row %1 rank %2"_s.arg(row).arg(rank)));
        // Beyond the ends: no bar. B at rank 2.4 and 0.6, C at 2.2 and 3.7, D at 1.6.
        for (const auto &[row, rank] : std::initializer_list<std::pair<int, double>>{{0, 2.4}, {0, 0.6}, {2, 2.2}, {2, 3.7}, {3, 1.6}})
            QVERIFY2(!near(page.at(QPointF(left + rank / 4 * w, rowY(row))), chart.color, 60),
                     qPrintable(u"row %1 rank %2"_s.arg(row).arg(rank)));

        // topN keeps the best mean ranks; an atlas feature ranked lower is added half a row below.
        chart.topN = 2;
        const LayoutChartData top = ChartRenderer::compute(chart, samples, {4});
        QCOMPARE(top.ranges.size(), 3);
        QCOMPARE(top.ranges[2].label, u"D"_s);
        QCOMPARE(top.ranges[2].rank, 4);
        QVERIFY(top.ranges[2].outsideTop);
        QCOMPARE(top.highlighted, QList<int>{2});
    }

    // Read from a layer: the default field names are those of prioritization:sensitivity;
    // others are named in min_field / max_field, and survive a JSON round trip.
    void rankRangeFromLayerAndJson()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(u"ranks.geojson"_s);
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(R"({"type":"FeatureCollection","features":[
{"type":"Feature","properties":{"distrito":"Uno","mc_mean_rank":2.0,"mc_min_rank":1,"mc_max_rank":3,"lo":5,"hi":6},"geometry":{"type":"Point","coordinates":[0,0]}},
{"type":"Feature","properties":{"distrito":"Dos","mc_mean_rank":1.0,"mc_min_rank":1,"mc_max_rank":1,"lo":1,"hi":2},"geometry":{"type":"Point","coordinates":[1,0]}},
{"type":"Feature","properties":{"distrito":"Tres","mc_mean_rank":null,"mc_min_rank":2,"mc_max_rank":3,"lo":2,"hi":2},"geometry":{"type":"Point","coordinates":[2,0]}}]})");
        file.close();
        Project project;
        auto layer = VectorLayer::open(path);
        QVERIFY(layer.has_value());
        (*layer)->setId(u"ranks"_s);
        project.addLayer(std::move(*layer), 0);
        ChartItem chart;
        chart.name = u"Rangos"_s;
        chart.rectMm = QRectF(10, 10, 100, 60);
        chart.chartType = ChartItem::ChartType::RankRange;
        chart.layerId = u"ranks"_s;
        chart.labelField = u"distrito"_s;
        auto d = ChartRenderer::data(chart, context(project));
        QVERIFY2(d.has_value(), qPrintable(d ? QString() : d.error().message));
        QCOMPARE(d->ranges.size(), 2);
        QCOMPARE(d->missingCount, 1);
        QCOMPARE(d->ranges[0].label, u"Dos"_s);
        QCOMPARE(d->ranges[1].low, 1.0);
        QCOMPARE(d->ranges[1].high, 3.0);

        // Other fields; the mean from "lo" too (a chart of best ranks).
        chart.valueField = u"lo"_s;
        chart.minField = u"lo"_s;
        chart.maxField = u"hi"_s;
        const QJsonObject json = chart.toJson(dir.path());
        QCOMPARE(json.value("chart_type"_L1).toString(), u"rank_range"_s);
        auto back = LayoutItem::fromJson(json, dir.path());
        QVERIFY(back.has_value());
        const auto *copy = static_cast<const ChartItem *>(back->get());
        QCOMPARE(copy->chartType, ChartItem::ChartType::RankRange);
        QCOMPARE(copy->minField, u"lo"_s);
        QCOMPARE(copy->maxField, u"hi"_s);
        d = ChartRenderer::data(*copy, context(project));
        QVERIFY(d.has_value());
        QCOMPARE(d->ranges.size(), 3);
        QCOMPARE(d->ranges[0].label, u"Dos"_s);  // 1
        QCOMPARE(d->ranges[1].label, u"Tres"_s); // 2
        QCOMPARE(d->ranges[2].high, 6.0);        // Uno: 5–6

        // A missing range field is named.
        chart.maxField = u"peor"_s;
        d = ChartRenderer::data(chart, context(project));
        QVERIFY(!d.has_value());
        QVERIFY2(d.error().message.contains(u"«peor»"_s), qPrintable(d.error().message));
    }

    void pdfHasText()
    {
        if (QStandardPaths::findExecutable(u"pdftotext"_s).isEmpty())
            QSKIP("pdftotext (poppler-utils) is not installed");
        Fixture f;
        QVERIFY(f.ok);
        PrintLayout layout(u"Atlas de salud"_s);
        auto scatter = std::make_unique<ChartItem>(chartItem(ChartItem::ChartType::Scatter, u"value"_s, u"pop"_s));
        scatter->title = u"Población según valor — {@layout_name}"_s;
        layout.addItem(std::move(scatter));
        auto bars = std::make_unique<ChartItem>(chartItem(ChartItem::ChartType::Bars, u"pop"_s, u"name"_s));
        bars->rectMm = QRectF(150, 20, 120, 80);
        bars->topN = 2;
        layout.addItem(std::move(bars));
        QTemporaryDir dir;
        const QString path = dir.filePath(u"chart.pdf"_s);
        {
            QPdfWriter writer(path);
            writer.setPageSize(QPageSize(QSizeF(297, 210), QPageSize::Millimeter));
            writer.setPageMargins(QMarginsF());
            writer.setResolution(300);
            QPainter painter(&writer);
            painter.scale(300 / 25.4, 300 / 25.4);
            const LayoutRenderResult r = LayoutRenderer::render(layout, &painter, context(f.project));
            QVERIFY(r.warnings.isEmpty());
        }
        const QString text = pdfText(path);
        QVERIFY2(text.contains(u"Población según valor — Atlas de salud"_s), qPrintable(text));
        // Axis titles, ticks grouped the Spanish way, the note of NULLs.
        QVERIFY2(text.contains(u"pop"_s) && text.contains(u"value"_s), qPrintable(text));
        QVERIFY2(text.contains(u"2.000"_s) && text.contains(u"1.500"_s), qPrintable(text));
        QVERIFY2(text.contains(u"2 without a value"_s), qPrintable(text));
        // The bars: labels and values.
        QVERIFY2(text.contains(u"Distrito H"_s) && text.contains(u"Distrito G"_s), qPrintable(text));
        QVERIFY(!text.contains(u"Distrito F"_s));
    }
};

QTEST_MAIN(TestChartItem)
#include "tst_chartitem.moc"
