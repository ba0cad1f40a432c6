#include "../common/uitest.h"
#include "data/vectorlayer.h"
#include "gui/histogramwidget.h"
#include "gui/layercharts.h"

#include <QChart>
#include <QChartView>
#include <QFile>
#include <QImage>
#include <QScatterSeries>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QXmlStreamReader>

using namespace territoria;
using namespace Qt::StringLiterals;

namespace {
// Seven districts; "a" is missing for 5, "b" for 4.
//   a: 1 2 3 4 _ 10 7      b: 10 20 15 _ 5 30 7
const QByteArray kFixture = "id,nombre,a,b\n"
                            "1,Uno,1,10\n"
                            "2,Dos,2,20\n"
                            "3,Tres,3,15\n"
                            "4,Cuatro,4,\n"
                            "5,Cinco,,5\n"
                            "6,Seis,10,30\n"
                            "7,Siete,7,7\n";

struct Fixture {
    QTemporaryDir dir;
    std::unique_ptr<VectorLayer> layer;
    QHash<int, qint64> fid; // the "id" column -> FID

    bool open()
    {
        const QString path = dir.filePath(u"valores.csv"_s);
        QFile f(path);
        if (!f.open(QIODevice::WriteOnly) || f.write(kFixture) != kFixture.size())
            return false;
        f.close();
        auto r = VectorLayer::open(path);
        if (!r) {
            qWarning("%s", qPrintable(r.error().toString()));
            return false;
        }
        layer = std::move(*r);
        const int idIndex = layer->fields().indexOf(u"id"_s);
        (void)layer->dataProvider()->forEachFeature({}, [&](Feature &&feature) {
            fid.insert(feature.attributes.value(idIndex).toInt(), feature.id);
            return true;
        });
        return fid.size() == 7;
    }
    QSet<qint64> ids(std::initializer_list<int> rows) const
    {
        QSet<qint64> out;
        for (int r : rows)
            out.insert(fid.value(r));
        return out;
    }
};
} // namespace

class TestLayerCharts : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase() { testutil::installTestTranslator(); }

    void readsValuesAndCountsMissing()
    {
        Fixture fx;
        QVERIFY(fx.open());
        ChartRequest r;
        r.xField = u"a"_s;
        auto data = readChartData(*fx.layer->dataProvider(), r);
        QVERIFY(data);
        QCOMPARE(data->total, 7);
        QCOMPARE(data->missing, 1);
        QCOMPARE(data->x.size(), 6);
        r.type = ChartType::Scatter;
        r.yField = u"b"_s;
        data = readChartData(*fx.layer->dataProvider(), r);
        QVERIFY(data);
        QCOMPARE(data->missing, 2);
        QCOMPARE(data->ids.size(), 5);
        r.xField = u"nope"_s;
        QVERIFY(!readChartData(*fx.layer->dataProvider(), r));
    }

    void histogramBinsAndBarSelection()
    {
        Fixture fx;
        QVERIFY(fx.open());
        LayerChartWidget w;
        w.resize(420, 300);
        w.setLayer(fx.layer.get());
        ChartRequest r;
        r.xField = u"a"_s;
        w.setRequest(r);
        w.show();
        QVERIFY(QTest::qWaitForWindowExposed(&w));
        HistogramWidget *h = w.histogram();
        QCOMPARE(h->values().size(), 6);
        // min 1, max 10, three bins of width 3: [1,4) {1,2,3}, [4,7) {4}, [7,10] {7,10}
        h->setBinCount(3);
        QCOMPARE(h->binCounts(), (QList<int>{3, 1, 2}));
        QVERIFY(w.statusText().contains(u'1'));

        // Clicking the first bar selects its three features.
        QSignalSpy changed(fx.layer.get(), &VectorLayer::selectionChanged);
        const QRectF plot = h->plotArea();
        const QPoint bar0(qRound(h->xForValue(2.5)), qRound(plot.bottom() - 3));
        QTest::mouseClick(h, Qt::LeftButton, {}, bar0);
        QCOMPARE(changed.size(), 1);
        QCOMPARE(fx.layer->selectedFeatureIds(), fx.ids({1, 2, 3}));
        QCOMPARE(w.highlightedCount(), 3);
        QCOMPARE(h->highlightedBinCounts(), (QList<int>{3, 0, 0}));
        // Shift-click on the last bar adds {6, 7}.
        const QPoint bar2(qRound(h->xForValue(9)), qRound(plot.bottom() - 3));
        QTest::mouseClick(h, Qt::LeftButton, Qt::ShiftModifier, bar2);
        QCOMPARE(fx.layer->selectedFeatureIds(), fx.ids({1, 2, 3, 6, 7}));
        // Dragging across the two last bars replaces the selection with {4, 6, 7}.
        QTest::mousePress(h, Qt::LeftButton, {}, QPoint(qRound(h->xForValue(5)), qRound(plot.center().y())));
        QTest::mouseMove(h, QPoint(qRound(h->xForValue(9.5)), qRound(plot.center().y())));
        QTest::mouseRelease(h, Qt::LeftButton, {}, QPoint(qRound(h->xForValue(9.5)), qRound(plot.center().y())));
        QCOMPARE(fx.layer->selectedFeatureIds(), fx.ids({4, 6, 7}));
        // A selection made elsewhere (map, table) is highlighted.
        fx.layer->selectFeatures(fx.ids({5, 6})); // 5 has no value: not drawn
        QCOMPARE(w.highlightedCount(), 1);
        QCOMPARE(h->highlightedBinCounts(), (QList<int>{0, 0, 1}));
        testutil::saveScreenshot(&w, u"layercharts-histogram"_s);
    }

    void scatterSelectsByRectangle()
    {
        Fixture fx;
        QVERIFY(fx.open());
        LayerChartWidget w;
        w.resize(480, 360);
        w.setLayer(fx.layer.get());
        ChartRequest r;
        r.type = ChartType::Scatter;
        r.xField = u"a"_s;
        r.yField = u"b"_s;
        w.setRequest(r);
        w.show();
        QVERIFY(QTest::qWaitForWindowExposed(&w));
        QCOMPARE(w.data().ids.size(), 5);
        QCOMPARE(w.data().missing, 2);
        QVERIFY(w.statusText().contains(u'2'));

        // x in [1.5, 8], y in [5, 16]: (3,15) and (7,7) only.
        w.selectInValueRect(QRectF(QPointF(1.5, 5), QPointF(8, 16)));
        QCOMPARE(fx.layer->selectedFeatureIds(), fx.ids({3, 7}));
        QCOMPARE(w.highlightedCount(), 2);

        // The same with the mouse: a rubber band from (1.5, 16) to (8, 5) in pixels.
        fx.layer->clearSelection();
        QCOMPARE(w.highlightedCount(), 0);
        QChartView *view = w.chartView();
        QChart *chart = w.chart();
        auto *series = static_cast<QScatterSeries *>(chart->series().first());
        auto pixel = [&](QPointF value) {
            return view->mapFromScene(chart->mapToScene(chart->mapToPosition(value, series)));
        };
        const QPoint from = pixel({1.5, 16}), to = pixel({8, 5});
        QTest::mousePress(view->viewport(), Qt::LeftButton, {}, from);
        QTest::mouseMove(view->viewport(), to);
        QTest::mouseRelease(view->viewport(), Qt::LeftButton, {}, to);
        QCOMPARE(fx.layer->selectedFeatureIds(), fx.ids({3, 7}));
        // Ctrl-click on (3, 15) removes it.
        QTest::mouseClick(view->viewport(), Qt::LeftButton, Qt::ControlModifier, pixel({3, 15}));
        QCOMPARE(fx.layer->selectedFeatureIds(), fx.ids({7}));
        QCOMPARE(w.highlightedCount(), 1);
        testutil::saveScreenshot(&w, u"layercharts-scatter"_s);
    }

    void rankedBarsOrder()
    {
        Fixture fx;
        QVERIFY(fx.open());
        LayerChartWidget w;
        w.resize(420, 320);
        w.setLayer(fx.layer.get());
        ChartRequest r;
        r.type = ChartType::RankedBars;
        r.xField = u"a"_s;
        r.labelField = u"nombre"_s;
        r.topCount = 3;
        w.setRequest(r);
        QCOMPARE(w.rankedFeatureIds(), QList<qint64>({fx.fid[6], fx.fid[7], fx.fid[4]}));
        QCOMPARE(w.data().labels, (QStringList{u"Seis"_s, u"Siete"_s, u"Cuatro"_s}));
        QCOMPARE(w.data().x, (QList<double>{10, 7, 4}));
        w.selectRank(1);
        QCOMPARE(fx.layer->selectedFeatureIds(), fx.ids({7}));
        QCOMPARE(w.highlightedCount(), 1);
        fx.layer->selectFeatures(fx.ids({6, 4, 1}));
        QCOMPARE(w.highlightedCount(), 2); // 1 is not in the top 3

        r.bottom = true;
        r.topCount = 2;
        w.setRequest(r);
        QCOMPARE(w.rankedFeatureIds(), QList<qint64>({fx.fid[1], fx.fid[2]}));
        QCOMPARE(w.highlightedCount(), 1);
        w.show();
        QVERIFY(QTest::qWaitForWindowExposed(&w));
        testutil::saveScreenshot(&w, u"layercharts-ranked"_s);
    }

    void bigLayersAreReadOnAWorker()
    {
        Fixture fx;
        QVERIFY(fx.open());
        LayerChartWidget w;
        w.setSyncLimit(2); // the 7 rows count as "big"
        w.setLayer(fx.layer.get());
        QSignalSpy loaded(&w, &LayerChartWidget::dataLoaded);
        ChartRequest r;
        r.xField = u"b"_s;
        w.setRequest(r);
        // A second request cancels the first: only the last one arrives.
        r.xField = u"a"_s;
        w.setRequest(r);
        QTRY_VERIFY_WITH_TIMEOUT(!loaded.isEmpty() && !w.isReading(), 10000);
        QTest::qWait(50);
        QCOMPARE(loaded.size(), 1);
        QCOMPARE(w.data().x.size(), 6);
        QCOMPARE(w.data().missing, 1);
        // Switching the layer away while reading is safe.
        w.setRequest(ChartRequest{ChartType::Scatter, u"a"_s, u"b"_s});
        w.setLayer(nullptr);
        QTest::qWait(100);
        QVERIFY(w.data().ids.isEmpty());
    }

    void exportsPngAndSvg()
    {
        Fixture fx;
        QVERIFY(fx.open());
        LayerChartWidget w;
        w.resize(400, 300);
        w.setLayer(fx.layer.get());
        w.setRequest(ChartRequest{ChartType::Scatter, u"a"_s, u"b"_s});
        w.show();
        QVERIFY(QTest::qWaitForWindowExposed(&w));
        QTemporaryDir dir;
        const QString png = dir.filePath(u"grafico.png"_s);
        QVERIFY(w.exportTo(png, 2.0).has_value());
        QImage image(png);
        QVERIFY(!image.isNull());
        QCOMPARE(image.size(), w.chartWidget()->size() * 2);
        const QString svg = dir.filePath(u"grafico.svg"_s);
        QVERIFY(w.exportTo(svg).has_value());
        QFile f(svg);
        QVERIFY(f.open(QIODevice::ReadOnly));
        QXmlStreamReader xml(&f);
        QString root;
        int circles = 0;
        while (!xml.atEnd()) {
            if (xml.readNext() == QXmlStreamReader::StartElement) {
                if (root.isEmpty())
                    root = xml.name().toString();
                if (xml.name() == u"circle"_s)
                    ++circles;
            }
        }
        QVERIFY2(!xml.hasError(), qPrintable(xml.errorString()));
        QCOMPARE(root, u"svg"_s);
        QCOMPARE(circles, 5); // one vector marker per drawn point
        QVERIFY(!w.exportTo(dir.filePath(u"no/such/dir/x.png"_s)).has_value());
    }
};

QTEST_MAIN(TestLayerCharts)
#include "tst_layercharts.moc"
