#include "../common/uitest.h"
#include "data/vectorlayer.h"
#include "gui/rankstabilitychart.h"

#include <QBarSet>
#include <QChart>
#include <QFileInfo>
#include <QHorizontalStackedBarSeries>
#include <QImage>
#include <QLabel>
#include <QScatterSeries>
#include <QTemporaryDir>
#include <QTest>

#include <gdal.h>
#include <ogr_api.h>
#include <ogr_srs_api.h>

using namespace territoria;
using namespace Qt::StringLiterals;

namespace {

struct Unit {
    const char *name;
    double mean; // < 0: NULL (a unit the constraint left out)
    int lo, hi;
    double p;
};

// By mean rank: Dos 1.2 [1,2] 100 %, Cinco 2.3 [2,3] 90 %, Uno 2.5 [1,4] 60 %,
// Tres 4.0 [3,5] 10 %; Cuatro has no Monte Carlo values and is left out.
const Unit kUnits[] = {{"Uno", 2.5, 1, 4, 0.6},
                       {"Dos", 1.2, 1, 2, 1.0},
                       {"Tres", 4.0, 3, 5, 0.1},
                       {"Cuatro", -1, 0, 0, 0},
                       {"Cinco", 2.3, 2, 3, 0.9}};

// A sensitivity-like output in a GeoPackage, written with OGR.
bool writeFixture(const QString &path)
{
    GDALAllRegister();
    GDALDriverH driver = GDALGetDriverByName("GPKG");
    if (!driver)
        return false;
    GDALDatasetH ds = GDALCreate(driver, path.toUtf8().constData(), 0, 0, 0, GDT_Unknown, nullptr);
    if (!ds)
        return false;
    OGRSpatialReferenceH srs = OSRNewSpatialReference(nullptr);
    OSRImportFromEPSG(srs, 32719);
    OGRLayerH layer = GDALDatasetCreateLayer(ds, "sensitivity", srs, wkbPoint, nullptr);
    OSRDestroySpatialReference(srs);
    bool ok = layer != nullptr;
    const std::pair<const char *, OGRFieldType> fields[] = {{"nombre", OFTString},       {"score", OFTReal},
                                                            {"mc_mean_rank", OFTReal},   {"mc_min_rank", OFTInteger64},
                                                            {"mc_max_rank", OFTInteger64}, {"mc_p_top_k", OFTReal}};
    for (const auto &[name, type] : fields) {
        OGRFieldDefnH f = OGR_Fld_Create(name, type);
        ok = ok && OGR_L_CreateField(layer, f, TRUE) == OGRERR_NONE;
        OGR_Fld_Destroy(f);
    }
    double x = 200000;
    for (const Unit &u : kUnits) {
        if (!ok)
            break;
        OGRFeatureH feature = OGR_F_Create(OGR_L_GetLayerDefn(layer));
        OGR_F_SetFieldString(feature, 0, u.name);
        if (u.mean >= 0) {
            OGR_F_SetFieldDouble(feature, 1, 1.0 / u.mean);
            OGR_F_SetFieldDouble(feature, 2, u.mean);
            OGR_F_SetFieldInteger64(feature, 3, u.lo);
            OGR_F_SetFieldInteger64(feature, 4, u.hi);
            OGR_F_SetFieldDouble(feature, 5, u.p);
        }
        OGRGeometryH point = OGR_G_CreateGeometry(wkbPoint);
        OGR_G_SetPoint_2D(point, 0, x, 8180000);
        x += 1000;
        OGR_F_SetGeometryDirectly(feature, point);
        ok = OGR_L_CreateFeature(layer, feature) == OGRERR_NONE;
        OGR_F_Destroy(feature);
    }
    GDALClose(ds);
    return ok;
}

} // namespace

class TestRankStabilityChart : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase()
    {
        testutil::installTestTranslator();
        QVERIFY(m_dir.isValid());
        m_path = m_dir.filePath(u"sensibilidad.gpkg"_s);
        QVERIFY(writeFixture(m_path));
    }

    void readsInMeanRankOrder()
    {
        auto layer = VectorLayer::open(m_path);
        QVERIFY2(layer, layer ? "" : qPrintable(layer.error().toString()));
        QCOMPARE(rankStabilityLabelField(*(*layer)->dataProvider()), u"nombre"_s);
        auto entries = readRankStability(*(*layer)->dataProvider());
        QVERIFY(entries);
        QCOMPARE(entries->size(), 4);
        QStringList order;
        for (const RankStabilityEntry &e : *entries)
            order << e.label;
        QCOMPARE(order, QStringList({u"Dos"_s, u"Cinco"_s, u"Uno"_s, u"Tres"_s}));
        const RankStabilityEntry &uno = entries->at(2);
        QCOMPARE(uno.meanRank, 2.5);
        QCOMPARE(uno.minRank, 1);
        QCOMPARE(uno.maxRank, 4);
        QCOMPARE(uno.pTopK, 0.6);
        QCOMPARE(entries->at(3).minRank, 3);
        QCOMPARE(entries->at(3).maxRank, 5);
        QCOMPARE(entries->at(0).pTopK, 1.0);
    }

    void chartShowsRanges()
    {
        auto layer = VectorLayer::open(m_path);
        QVERIFY(layer);
        RankStabilityChart chart;
        chart.setTopK(2);
        QVERIFY(chart.setLayer(**layer));
        QCOMPARE(chart.entries().size(), 4);
        const QStringList labels = chart.categoryLabels();
        QCOMPARE(labels.size(), 4);
        // The labels as the chart words them in the test's language (TERRITORIA_TEST_LANG):
        // name, "P(top 2)" and the share of runs in the top 2 (Dos 10/10, Tres 1/10).
        const QString top2 = RankStabilityChart::tr("P(top %1)").arg(2);
        auto label = [&top2](const QString &name, double percent) {
            return RankStabilityChart::tr("%1 · %2 %3 %").arg(name, top2, QLocale().toString(percent, 'f', 0));
        };
        QCOMPARE(labels.at(0), label(u"Dos"_s, 100.0));
        QCOMPARE(labels.at(3), label(u"Tres"_s, 10.0));
        QVERIFY2(labels.at(0).startsWith(u"Dos"_s), qPrintable(labels.at(0)));
        QVERIFY(labels.at(0).contains(top2));
        QVERIFY(labels.at(0).endsWith(QLocale().toString(100) + u" %"_s));
        QVERIFY(labels.at(3).startsWith(u"Tres"_s));
        QVERIFY(labels.at(3).endsWith(u" 10 %"_s));

        QHorizontalStackedBarSeries *bars = nullptr;
        QScatterSeries *points = nullptr;
        for (QAbstractSeries *s : chart.chart()->series()) {
            if (auto *b = qobject_cast<QHorizontalStackedBarSeries *>(s))
                bars = b;
            if (auto *p = qobject_cast<QScatterSeries *>(s))
                points = p;
        }
        QVERIFY(bars && points);
        QCOMPARE(bars->count(), 2);
        // Rows bottom-up: Tres, Uno, Cinco, Dos. Offset = min - 0.5; range = max - min + 1.
        const QBarSet *offset = bars->barSets().at(0);
        const QBarSet *range = bars->barSets().at(1);
        const QList<double> offsets{2.5, 0.5, 1.5, 0.5};
        const QList<double> widths{3, 4, 2, 2};
        for (int row = 0; row < 4; ++row) {
            QCOMPARE(offset->at(row), offsets[row]);
            QCOMPARE(range->at(row), widths[row]);
        }
        QCOMPARE(points->count(), 4);
        QCOMPARE(points->at(3), QPointF(1.2, 3.0)); // Dos, top row
        QCOMPARE(points->at(0), QPointF(4.0, 0.0)); // Tres, bottom row

        chart.resize(640, 400);
        QTemporaryDir out;
        const QString png = out.filePath(u"estabilidad.png"_s);
        const QString svg = out.filePath(u"estabilidad.svg"_s);
        QVERIFY(chart.exportTo(png, 1.0));
        QVERIFY(chart.exportTo(svg));
        QVERIFY(!QImage(png).isNull());
        QVERIFY(QFileInfo(svg).size() > 0);
        testutil::saveScreenshot(&chart, u"rankstabilitychart"_s);
    }

    void layerWithoutMonteCarlo()
    {
        // The fixture's "score" alone (a run with samples = 0 has no mc_* fields).
        QTemporaryDir dir;
        const QString path = dir.filePath(u"oat.csv"_s);
        QFile f(path);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write("nombre,score,rank\nUno,0.5,1\n");
        f.close();
        auto layer = VectorLayer::open(path);
        QVERIFY(layer);
        RankStabilityChart chart;
        auto r = chart.setLayer(**layer);
        QVERIFY(!r);
        QVERIFY(r.error().message.contains(u"mc_mean_rank"_s));
        QVERIFY(chart.entries().isEmpty());
    }

private:
    QTemporaryDir m_dir;
    QString m_path;
};

QTEST_MAIN(TestRankStabilityChart)
#include "tst_rankstabilitychart.moc"
