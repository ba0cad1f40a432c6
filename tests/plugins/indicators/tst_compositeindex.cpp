// indicators:composite_index on four units, every value worked out by hand:
// x = 1, 2, 3, 5 (higher is better), y = 10, 40, 20, 30 (lower is better),
// z = 2, NULL, 4, 6 (a missing value).
#include "fixtures.h"

#include <QTemporaryDir>
#include <QTest>

#include <cmath>

using namespace Qt::StringLiterals;
using namespace territoria;

namespace {

bool writeUnits(const QString &path)
{
    GDALAllRegister();
    GDALDatasetUniquePtr ds(GetGDALDriverManager()->GetDriverByName("GPKG")->Create(path.toUtf8().constData(), 0, 0, 0,
                                                                                      GDT_Unknown, nullptr));
    if (!ds)
        return false;
    OGRSpatialReference srs;
    srs.importFromEPSG(32719);
    OGRLayer *layer = ds->CreateLayer("units", &srs, wkbPolygon, nullptr);
    for (const char *name : {"x", "y", "z"}) {
        OGRFieldDefn field(name, OFTReal);
        layer->CreateField(&field);
    }
    OGRFieldDefn label("name", OFTString);
    layer->CreateField(&label);
    const double xs[] = {1, 2, 3, 5}, ys[] = {10, 40, 20, 30}, zs[] = {2, NAN, 4, 6};
    for (int i = 0; i < 4; ++i) {
        OGRFeatureUniquePtr f(OGRFeature::CreateFeature(layer->GetLayerDefn()));
        f->SetField(0, xs[i]);
        f->SetField(1, ys[i]);
        if (!std::isnan(zs[i]))
            f->SetField(2, zs[i]);
        f->SetField(3, QByteArray("u").append(char('1' + i)).constData());
        OGRGeometry *g = nullptr;
        const QByteArray wkt = u"POLYGON ((%1 8200000, %2 8200000, %2 8201000, %1 8201000, %1 8200000))"_s
                                   .arg(300000 + 1000 * i)
                                   .arg(301000 + 1000 * i)
                                   .toUtf8();
        OGRGeometryFactory::createFromWkt(wkt.constData(), nullptr, &g);
        f->SetGeometryDirectly(g);
        if (layer->CreateFeature(f.get()) != OGRERR_NONE)
            return false;
    }
    return true;
}

} // namespace

class TestCompositeIndex : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void minmaxArithmetic();
    void zscoreArithmetic();
    void rankGeometric();
    void minmaxGeometric();
    void missingSkipUnit();
    void missingMeanImpute();
    void badParameters_data();
    void badParameters();

private:
    QList<QVariantMap> run(QVariantMap parameters, QVariantMap *outputs = nullptr)
    {
        const QString output = m_tmp.filePath(u"index_%1.gpkg"_s.arg(++m_runs));
        parameters.insert(u"input"_s, m_units);
        parameters.insert(u"output"_s, output);
        Feedback feedback;
        auto result = m_algorithm->run(parameters, feedback);
        if (!result) {
            qWarning("%s", qPrintable(result.error().toString()));
            return {};
        }
        if (outputs)
            *outputs = *result;
        return fixtures::readFeatures(output);
    }
    static bool near(const QVariant &value, double expected) { return std::abs(value.toDouble() - expected) < 1e-9; }

    AlgorithmRegistry m_registry;
    const Algorithm *m_algorithm = nullptr;
    QTemporaryDir m_tmp;
    QString m_units;
    int m_runs = 0;
};

void TestCompositeIndex::initTestCase()
{
    m_registry.loadPlugins();
    m_algorithm = m_registry.algorithm(u"indicators:composite_index"_s);
    QVERIFY(m_algorithm);
    m_units = m_tmp.filePath(u"units.gpkg"_s);
    QVERIFY(writeUnits(m_units));
}

void TestCompositeIndex::minmaxArithmetic()
{
    // x' = (x - 1) / 4 = 0, .25, .5, 1; y' = (40 - y) / 30 = 1, 0, 2/3, 1/3; weights 3:1 -> .75, .25.
    QVariantMap outputs;
    const QList<QVariantMap> rows = run({{u"fields"_s, u"x,y"_s},
                                         {u"directions"_s, u"higher_better,lower_better"_s},
                                         {u"weights"_s, u"3,1"_s}},
                                        &outputs);
    QCOMPARE(rows.size(), 4);
    const double expected[] = {0.25, 0.1875, 0.375 + 0.25 * 2.0 / 3.0, 0.75 + 0.25 / 3.0};
    const int ranks[] = {3, 4, 2, 1};
    for (int u = 0; u < 4; ++u) {
        QVERIFY2(near(rows[u].value(u"index"_s), expected[u]), qPrintable(rows[u].value(u"index"_s).toString()));
        QCOMPARE(rows[u].value(u"index_rank"_s).toLongLong(), ranks[u]);
        // The contributions add up to the index.
        QVERIFY(near(rows[u].value(u"contrib_x"_s).toDouble() + rows[u].value(u"contrib_y"_s).toDouble(), expected[u]));
    }
    QVERIFY(near(rows[2].value(u"contrib_x"_s), 0.375));
    QVERIFY(near(rows[2].value(u"contrib_y"_s), 0.25 * 2.0 / 3.0));
    QVERIFY(near(rows[0].value(u"contrib_x"_s), 0.0));
    QCOMPARE(rows[0].value(u"name"_s).toString(), u"u1"_s); // the input fields are kept
    QCOMPARE(outputs.value(u"scored_count"_s).toLongLong(), 4);
}

void TestCompositeIndex::zscoreArithmetic()
{
    // x: mean 2.75, deviations -1.75, -.75, .25, 2.25, population variance 8.75 / 4.
    // -y: mean -25, deviations 15, -15, 5, -5, variance 500 / 4. Equal weights.
    const QList<QVariantMap> rows = run({{u"fields"_s, u"x,y"_s},
                                         {u"directions"_s, u"higher_better,lower_better"_s},
                                         {u"normalization"_s, u"zscore"_s}});
    QCOMPARE(rows.size(), 4);
    const double sx = std::sqrt(8.75 / 4), sy = std::sqrt(125.0);
    const double dx[] = {-1.75, -0.75, 0.25, 2.25}, dy[] = {15, -15, 5, -5};
    const int ranks[] = {3, 4, 2, 1}; // 0.0792, -0.9244, 0.3081, 0.5370
    for (int u = 0; u < 4; ++u) {
        QVERIFY(near(rows[u].value(u"index"_s), 0.5 * dx[u] / sx + 0.5 * dy[u] / sy));
        QVERIFY(near(rows[u].value(u"contrib_y"_s), 0.5 * dy[u] / sy));
        QCOMPARE(rows[u].value(u"index_rank"_s).toLongLong(), ranks[u]);
    }
    QVERIFY(std::abs(rows[1].value(u"index"_s).toDouble() - (-0.92436667)) < 1e-7);
}

void TestCompositeIndex::rankGeometric()
{
    // Ranks / 4: x -> .25, .5, .75, 1; -y (-10, -40, -20, -30) -> 1, .25, .75, .5.
    // Geometric mean, equal weights: sqrt(.25), sqrt(.125), .75, sqrt(.5).
    const QList<QVariantMap> rows = run({{u"fields"_s, u"x,y"_s},
                                         {u"directions"_s, u"higher_better,lower_better"_s},
                                         {u"normalization"_s, u"rank"_s},
                                         {u"aggregation"_s, u"geometric"_s}});
    QCOMPARE(rows.size(), 4);
    const double expected[] = {0.5, std::sqrt(0.125), 0.75, std::sqrt(0.5)};
    const int ranks[] = {3, 4, 1, 2};
    for (int u = 0; u < 4; ++u) {
        QVERIFY2(near(rows[u].value(u"index"_s), expected[u]), qPrintable(rows[u].value(u"index"_s).toString()));
        QCOMPARE(rows[u].value(u"index_rank"_s).toLongLong(), ranks[u]);
        // exp(sum of contributions) = index.
        QVERIFY(near(std::exp(rows[u].value(u"contrib_x"_s).toDouble() + rows[u].value(u"contrib_y"_s).toDouble()), expected[u]));
    }
    QVERIFY(near(rows[0].value(u"contrib_x"_s), 0.5 * std::log(0.25)));
    QVERIFY(near(rows[0].value(u"contrib_y"_s), 0.0)); // score 1
}

void TestCompositeIndex::minmaxGeometric()
{
    // Unit 1 has x' = 0: its geometric index is 0 and that contribution is empty.
    const QList<QVariantMap> rows = run({{u"fields"_s, u"x,y"_s},
                                         {u"directions"_s, u"higher_better,lower_better"_s},
                                         {u"aggregation"_s, u"geometric"_s}});
    QCOMPARE(rows.size(), 4);
    QVERIFY(near(rows[0].value(u"index"_s), 0.0));
    QVERIFY(!rows[0].contains(u"contrib_x"_s));
    QVERIFY(near(rows[2].value(u"index"_s), std::sqrt(0.5 * 2.0 / 3.0)));
    QVERIFY(near(rows[3].value(u"index"_s), std::sqrt(1.0 / 3.0)));
    // Units 1 and 2 both score 0: they share rank 3 (1 + the units strictly above).
    QCOMPARE(rows[0].value(u"index_rank"_s).toLongLong(), 3);
    QCOMPARE(rows[1].value(u"index_rank"_s).toLongLong(), 3);
}

void TestCompositeIndex::missingSkipUnit()
{
    // Unit 2 has no z: left out; x over units 1, 3, 4 = 1, 3, 5 -> 0, .5, 1; z 2, 4, 6 -> 0, .5, 1.
    QVariantMap outputs;
    const QList<QVariantMap> rows = run({{u"fields"_s, u"x,z"_s}}, &outputs);
    QCOMPARE(rows.size(), 4);
    QVERIFY(near(rows[0].value(u"index"_s), 0.0));
    QVERIFY(!rows[1].contains(u"index"_s));
    QVERIFY(!rows[1].contains(u"index_rank"_s));
    QVERIFY(near(rows[2].value(u"index"_s), 0.5));
    QVERIFY(near(rows[3].value(u"index"_s), 1.0));
    QCOMPARE(rows[3].value(u"index_rank"_s).toLongLong(), 1);
    QCOMPARE(rows[0].value(u"index_rank"_s).toLongLong(), 3);
    QCOMPARE(outputs.value(u"skipped_count"_s).toLongLong(), 1);
    QCOMPARE(outputs.value(u"scored_count"_s).toLongLong(), 3);
}

void TestCompositeIndex::missingMeanImpute()
{
    // z of unit 2 = mean(2, 4, 6) = 4: z' = 0, .5, .5, 1; x' = 0, .25, .5, 1.
    QVariantMap outputs;
    const QList<QVariantMap> rows = run({{u"fields"_s, u"x,z"_s}, {u"missing"_s, u"mean_impute"_s}}, &outputs);
    QCOMPARE(rows.size(), 4);
    const double expected[] = {0, 0.375, 0.5, 1};
    for (int u = 0; u < 4; ++u)
        QVERIFY(near(rows[u].value(u"index"_s), expected[u]));
    QCOMPARE(outputs.value(u"skipped_count"_s).toLongLong(), 0);
}

void TestCompositeIndex::badParameters_data()
{
    QTest::addColumn<QVariantMap>("parameters");
    QTest::addColumn<QString>("mention");
    QTest::newRow("zscore geometric") << QVariantMap{{u"fields"_s, u"x,y"_s}, {u"normalization"_s, u"zscore"_s},
                                                     {u"aggregation"_s, u"geometric"_s}}
                                      << u"geometric"_s;
    QTest::newRow("weights count") << QVariantMap{{u"fields"_s, u"x,y"_s}, {u"weights"_s, u"1"_s}} << u"weights"_s;
    QTest::newRow("negative weight") << QVariantMap{{u"fields"_s, u"x,y"_s}, {u"weights"_s, u"1,-1"_s}} << u"-1"_s;
    QTest::newRow("directions count") << QVariantMap{{u"fields"_s, u"x,y"_s}, {u"directions"_s, u"lower_better"_s}}
                                      << u"directions"_s;
    QTest::newRow("unknown field") << QVariantMap{{u"fields"_s, u"x,nope"_s}} << u"nope"_s;
    QTest::newRow("text field") << QVariantMap{{u"fields"_s, u"x,name"_s}} << u"not numeric"_s;
}

void TestCompositeIndex::badParameters()
{
    QFETCH(QVariantMap, parameters);
    QFETCH(QString, mention);
    parameters.insert(u"input"_s, m_units);
    parameters.insert(u"output"_s, m_tmp.filePath(u"bad.gpkg"_s));
    Feedback feedback;
    auto result = m_algorithm->run(parameters, feedback);
    QVERIFY(!result);
    QVERIFY2(result.error().message.contains(mention), qPrintable(result.error().toString()));
}

QTEST_GUILESS_MAIN(TestCompositeIndex)
#include "tst_compositeindex.moc"
