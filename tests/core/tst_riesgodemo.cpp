// The Quito volcanic risk demo (resources/demo/riesgo, make_riesgo.sh): the
// project loads cleanly, its scenarios and layouts name fields that exist, and
// the committed risk levels and comparison agree with the levels recomputed here
// from GEM's input numbers (read with OGR, independently of Territoria).
#include "data/vectorlayer.h"
#include "layout/printlayout.h"
#include "project/project.h"
#include "project/scenario.h"

#include <QHash>
#include <QTest>

#include <gdal.h>
#include <ogr_api.h>
#include <ogr_srs_api.h>

#include <cmath>

using namespace territoria;
using namespace Qt::StringLiterals;

namespace {

const QString demoDir = QStringLiteral(TERRITORIA_SOURCE_DIR) + u"/resources/demo/riesgo/"_s;

struct Row {
    double cost = 0;
    double losses = 0;
    int level = 0;
    QString levelName;
    double lossDiff = 0;
};

// ID_ZONA -> the requested fields of the first layer of `path`, read with OGR.
QHash<int, Row> readRows(const QString &path)
{
    QHash<int, Row> rows;
    GDALDatasetH ds = GDALOpenEx(path.toUtf8().constData(), GDAL_OF_VECTOR | GDAL_OF_READONLY, nullptr, nullptr, nullptr);
    if (!ds)
        return rows;
    OGRLayerH layer = GDALDatasetGetLayer(ds, 0);
    OGRFeatureDefnH defn = OGR_L_GetLayerDefn(layer);
    auto index = [&](const char *name) { return OGR_FD_GetFieldIndex(defn, name); };
    const int id = index("ID_ZONA"), cost = index("costo_usd"), losses = index("perdidas_usd"), level = index("nivel"),
              name = index("nivel_riesgo"), diff = index("perdidas_usd_diff");
    OGR_L_ResetReading(layer);
    while (OGRFeatureH f = OGR_L_GetNextFeature(layer)) {
        Row r;
        if (cost >= 0)
            r.cost = OGR_F_GetFieldAsDouble(f, cost);
        if (losses >= 0)
            r.losses = OGR_F_GetFieldAsDouble(f, losses);
        if (level >= 0)
            r.level = OGR_F_GetFieldAsInteger(f, level);
        if (name >= 0)
            r.levelName = QString::fromUtf8(OGR_F_GetFieldAsString(f, name));
        if (diff >= 0)
            r.lossDiff = OGR_F_GetFieldAsDouble(f, diff);
        rows.insert(OGR_F_GetFieldAsInteger(f, id), r);
        OGR_F_Destroy(f);
    }
    GDALClose(ds);
    return rows;
}

} // namespace

class TestRiesgoDemo : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void initTestCase() { GDALAllRegister(); }
    void projectLoads();
    void levelsMatchGemNumbers();
    void comparison();
    void arequipaIllustrative();
};

void TestRiesgoDemo::projectLoads()
{
    Project project;
    auto report = project.load(demoDir + u"riesgo_quito.territoria"_s);
    QVERIFY2(report, qPrintable(report ? QString() : report.error().toString()));
    QVERIFY2(report->warnings.isEmpty(), qPrintable(report->warnings.join(u'\n')));
    QCOMPARE(project.scenarioNames(), (QStringList{u"Atacazo"_s, u"Cotopaxi"_s}));
    for (const QString &name : project.scenarioNames()) {
        const Scenario *s = project.scenario(name);
        QCOMPARE(s->compareField, u"ID_ZONA"_s);
        QCOMPARE(s->runs.size(), 3);
        for (const AnalysisRun &run : s->runs)
            QCOMPARE(run.algorithmId, u"indicators:field_calculator"_s);
    }
    QCOMPARE(project.layoutNames(), (QStringList{u"Reporte de riesgo"_s, u"Reporte de riesgo (Cotopaxi)"_s,
                                                 u"Reporte de riesgo por zona"_s, u"Comparación Atacazo – Cotopaxi"_s}));
    const PrintLayout *reportLayout = project.layout(u"Reporte de riesgo"_s);
    QCOMPARE(reportLayout->page().sizeMm(), QSizeF(420, 297));
    const PrintLayout *atlas = project.layout(u"Reporte de riesgo por zona"_s);
    QVERIFY(atlas->atlas().enabled);
    QVERIFY(project.layer(atlas->atlas().coverageLayerId));
    // Every table column and chart field exists in its layer; each layout has a
    // map, a legend, a chart and a table.
    for (const QString &layoutName : project.layoutNames()) {
        const PrintLayout *layout = project.layout(layoutName);
        QSet<LayoutItemType> kinds;
        for (int i = 0; i < layout->itemCount(); ++i) {
            const LayoutItem *item = layout->itemAt(i);
            kinds.insert(item->type());
            QString layerId;
            QStringList fields;
            if (item->type() == LayoutItemType::AttributeTable) {
                const auto *table = static_cast<const AttributeTableItem *>(item);
                layerId = table->layerId;
                fields = table->fields;
            } else if (item->type() == LayoutItemType::Chart) {
                const auto *chart = static_cast<const ChartItem *>(item);
                layerId = chart->layerId;
                fields = {chart->valueField, chart->labelField};
            } else {
                continue;
            }
            const auto *layer = qobject_cast<const VectorLayer *>(project.layer(layerId));
            QVERIFY2(layer, qPrintable(layoutName));
            for (const QString &f : fields)
                QVERIFY2(layer->fields().indexOf(f) >= 0, qPrintable(layoutName + u": "_s + f));
        }
        for (LayoutItemType t : {LayoutItemType::Map, LayoutItemType::Legend, LayoutItemType::Chart,
                                 LayoutItemType::AttributeTable, LayoutItemType::ScaleBar, LayoutItemType::NorthArrow})
            QVERIFY2(kinds.contains(t), qPrintable(layoutName));
    }
}

// Levels from the loss ratio 100 × losses / cost with the thresholds of
// make_riesgo.sh (muy alto >= 1 %, alto >= 0.1 %, medio > 0 %, else bajo).
void TestRiesgoDemo::levelsMatchGemNumbers()
{
    const QStringList names{u"bajo"_s, u"medio"_s, u"alto"_s, u"muy alto"_s};
    struct Case {
        QString input, output;
        QList<int> perLevel; // zones bajo, medio, alto, muy alto
    };
    const QList<Case> cases{
        {u"zonas_atacazo.gpkg"_s, u"riesgo_quito.scenarios/Atacazo/riesgo_atacazo.gpkg"_s, {9, 0, 1, 1}},
        {u"zonas_cotopaxi.gpkg"_s, u"riesgo_quito.scenarios/Cotopaxi/riesgo_cotopaxi.gpkg"_s, {8, 1, 0, 2}},
    };
    for (const Case &c : cases) {
        const QHash<int, Row> in = readRows(demoDir + c.input);
        const QHash<int, Row> out = readRows(demoDir + c.output);
        QCOMPARE(in.size(), 11);
        QCOMPARE(out.size(), 11);
        QList<int> perLevel{0, 0, 0, 0};
        for (auto it = in.cbegin(); it != in.cend(); ++it) {
            const double pct = std::round(1e4 * 100.0 * it->losses / it->cost) / 1e4;
            const int level = pct >= 1.0 ? 4 : pct >= 0.1 ? 3 : pct > 0.0 ? 2 : 1;
            QVERIFY(out.contains(it.key()));
            QCOMPARE(out[it.key()].level, level);
            QCOMPARE(out[it.key()].levelName, names[level - 1]);
            ++perLevel[level - 1];
        }
        QCOMPARE(perLevel, c.perLevel);
    }
    // By hand from GEM's numbers: Quitumbe 94,537,457 / 6,343,312,878 = 1.49 % (Atacazo),
    // Chillos 353,676,166 / 4,951,012,813 = 7.14 % and Norte 90,822 / 14,695,707,103
    // = 0.0006 % (Cotopaxi).
    QCOMPARE(readRows(demoDir + cases[0].output)[8].level, 4);
    QCOMPARE(readRows(demoDir + cases[0].output)[1].level, 3);
    QCOMPARE(readRows(demoDir + cases[1].output)[5].level, 4);
    QCOMPARE(readRows(demoDir + cases[1].output)[7].level, 2);
}

// The committed comparison: B − A of the losses per zone, against GEM's inputs.
void TestRiesgoDemo::comparison()
{
    const QHash<int, Row> a = readRows(demoDir + u"zonas_atacazo.gpkg"_s);
    const QHash<int, Row> b = readRows(demoDir + u"zonas_cotopaxi.gpkg"_s);
    for (const QString &file : {u"comparacion/Atacazo_vs_Cotopaxi.gpkg"_s, u"comparacion/Atacazo_vs_Cotopaxi.csv"_s}) {
        const QHash<int, Row> diff = readRows(demoDir + file);
        QCOMPARE(diff.size(), 11);
        for (auto it = diff.cbegin(); it != diff.cend(); ++it)
            QCOMPARE(it->lossDiff, b[it.key()].losses - a[it.key()].losses);
        QCOMPARE(diff[5].lossDiff, 353676166.0);
        QCOMPARE(diff[8].lossDiff, -94537457.0);
    }
}

// The ILLUSTRATIVE Arequipa scenarios: the stops per ring level summed over the
// districts equal the stops whose distance to the summit (UTM 19S, computed here
// with OGR) falls in the ring: A 8/12/16/20 km, B 10/15/20/25 km.
void TestRiesgoDemo::arequipaIllustrative()
{
    Project project;
    auto report = project.load(demoDir + u"riesgo_arequipa_ilustrativo.territoria"_s);
    QVERIFY2(report, qPrintable(report ? QString() : report.error().toString()));
    QVERIFY2(report->warnings.isEmpty(), qPrintable(report->warnings.join(u'\n')));
    QCOMPARE(project.scenarioNames(), (QStringList{u"Misti ilustrativo A"_s, u"Misti ilustrativo B"_s}));
    QVERIFY(project.layoutNames().first().contains(u"ilustrativa"_s));

    // Distances of the bus stops to the summit.
    OGRSpatialReferenceH wgs = OSRNewSpatialReference(nullptr), utm = OSRNewSpatialReference(nullptr);
    OSRImportFromEPSG(wgs, 4326);
    OSRImportFromEPSG(utm, 32719);
    OSRSetAxisMappingStrategy(wgs, OAMS_TRADITIONAL_GIS_ORDER);
    OSRSetAxisMappingStrategy(utm, OAMS_TRADITIONAL_GIS_ORDER);
    OGRCoordinateTransformationH ct = OCTNewCoordinateTransformation(wgs, utm);
    double sx = -71.4094, sy = -16.2944;
    QVERIFY(OCTTransform(ct, 1, &sx, &sy, nullptr));
    QList<double> km;
    GDALDatasetH ds = GDALOpenEx((demoDir + u"../paraderos_arequipa.gpkg"_s).toUtf8().constData(), GDAL_OF_VECTOR,
                                 nullptr, nullptr, nullptr);
    QVERIFY(ds);
    OGRLayerH layer = GDALDatasetGetLayer(ds, 0);
    while (OGRFeatureH f = OGR_L_GetNextFeature(layer)) {
        OGRGeometryH g = OGR_F_GetGeometryRef(f);
        double x = OGR_G_GetX(g, 0), y = OGR_G_GetY(g, 0);
        if (OCTTransform(ct, 1, &x, &y, nullptr))
            km.append(std::hypot(x - sx, y - sy) / 1000.0);
        OGR_F_Destroy(f);
    }
    GDALClose(ds);
    OCTDestroyCoordinateTransformation(ct);
    OSRDestroySpatialReference(wgs);
    OSRDestroySpatialReference(utm);
    QCOMPARE(km.size(), 6711);

    const QList<std::pair<QString, QList<double>>> scenarios{
        {u"riesgo_arequipa_ilustrativo.scenarios/Misti ilustrativo A/exposicion_paraderos_a.gpkg"_s, {8, 12, 16, 20}},
        {u"riesgo_arequipa_ilustrativo.scenarios/Misti ilustrativo B/exposicion_paraderos_b.gpkg"_s, {10, 15, 20, 25}},
    };
    for (const auto &[file, radii] : scenarios) {
        // Expected per level (very high, high, medium, low): the rings are
        // polygons of ST_Buffer (chords of at most 1.5 m inside a 20 km circle),
        // so a stop within 2 m of a radius may fall either side: bounds.
        QList<qint64> atLeast{0, 0, 0, 0}, atMost{0, 0, 0, 0};
        const double tolerance = 0.002; // km
        for (double d : km) {
            for (int i = 0; i < 4; ++i) {
                const double inner = i == 0 ? -1.0 : radii[i - 1];
                if (d >= inner + tolerance && d < radii[i] - tolerance)
                    ++atLeast[i];
                if (d >= inner - tolerance && d < radii[i] + tolerance)
                    ++atMost[i];
            }
        }
        GDALDatasetH out = GDALOpenEx((demoDir + file).toUtf8().constData(), GDAL_OF_VECTOR, nullptr, nullptr, nullptr);
        QVERIFY2(out, qPrintable(file));
        OGRLayerH districts = GDALDatasetGetLayer(out, 0);
        OGRFeatureDefnH defn = OGR_L_GetLayerDefn(districts);
        const char *fields[] = {"count_very_high", "count_high", "count_medium", "count_low"};
        QList<qint64> got{0, 0, 0, 0};
        while (OGRFeatureH f = OGR_L_GetNextFeature(districts)) {
            for (int i = 0; i < 4; ++i)
                got[i] += OGR_F_GetFieldAsInteger64(f, OGR_FD_GetFieldIndex(defn, fields[i]));
            OGR_F_Destroy(f);
        }
        GDALClose(out);
        for (int i = 0; i < 4; ++i) {
            QVERIFY2(got[i] >= atLeast[i] && got[i] <= atMost[i],
                     qPrintable(u"%1 level %2: %3 not in [%4, %5]"_s.arg(file).arg(4 - i).arg(got[i]).arg(atLeast[i]).arg(atMost[i])));
            QVERIFY2(atMost[i] - atLeast[i] <= 20, qPrintable(u"%1 ambiguous stops at level %2"_s.arg(atMost[i] - atLeast[i]).arg(4 - i)));
        }
        qint64 total = 0;
        for (qint64 n : got)
            total += n;
        QCOMPARE(total, file.endsWith(u"_a.gpkg"_s) ? 4082 : 6144); // RIESGO.md
    }
}

QTEST_GUILESS_MAIN(TestRiesgoDemo)
#include "tst_riesgodemo.moc"
