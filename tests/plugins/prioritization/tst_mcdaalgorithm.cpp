// prioritization:mcda on a small table worked out by hand. Units A, B, C:
//   x1 (benefit) = 3, 4, 0      x2 (cost) = 0, 6, 8
// D has no x2 (missing value), E has pop 50 and fails the constraint pop >= 100
// (its x1 = 100 would change every normalization if it took part), k = 7 everywhere.
#include "../../common/ogrrows.h"
#include "analysis/algorithmregistry.h"
#include "style/vectorstyle.h"
#include "task/feedback.h"

#include <gdal_priv.h>
#include <ogrsf_frmts.h>

#include <QSignalSpy>
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
    OGRFieldDefn name("name", OFTString);
    layer->CreateField(&name);
    for (const char *field : {"x1", "x2", "pop", "k"}) {
        OGRFieldDefn f(field, OFTReal);
        layer->CreateField(&f);
    }
    const char *names[] = {"A", "B", "C", "D", "E"};
    const double x1[] = {3, 4, 0, 2, 100}, x2[] = {0, 6, 8, NAN, 1}, pop[] = {500, 400, 300, 200, 50};
    for (int i = 0; i < 5; ++i) {
        OGRFeatureUniquePtr f(OGRFeature::CreateFeature(layer->GetLayerDefn()));
        f->SetField("name", names[i]);
        f->SetField("x1", x1[i]);
        if (!std::isnan(x2[i]))
            f->SetField("x2", x2[i]);
        f->SetField("pop", pop[i]);
        f->SetField("k", 7.0);
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

// name -> field -> value of the output.
QMap<QString, QVariantMap> readRows(const QString &path)
{
    QMap<QString, QVariantMap> rows;
    for (const QVariantMap &row : test::readOgrRows(path))
        rows.insert(row.value(u"name"_s).toString(), row);
    return rows;
}

bool near(const QVariant &v, double expected, double tolerance = 1e-9)
{
    return v.isValid() && std::abs(v.toDouble() - expected) < tolerance;
}

QList<double> list(const QVariant &v)
{
    QList<double> out;
    for (const QVariant &x : v.toList())
        out << x.toDouble();
    return out;
}

} // namespace

class TestMcdaAlgorithm : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void topsisByHand();
    void wlcMinmaxByHand();
    void owaByHand();
    void rankWeights();
    void valueFunction();
    void zscoreWlc();
    void constantCriterion();
    void oneUnit();
    void rerunOnOutput();
    void badParameters_data();
    void badParameters();

private:
    QMap<QString, QVariantMap> run(QVariantMap parameters, QVariantMap *outputs = nullptr, QStringList *messages = nullptr)
    {
        const QString output = m_tmp.filePath(u"mcda_%1.gpkg"_s.arg(++m_runs));
        if (!parameters.contains(u"input"_s))
            parameters.insert(u"input"_s, m_units);
        parameters.insert(u"output"_s, output);
        if (!parameters.contains(u"constraint"_s))
            parameters.insert(u"constraint"_s, u"pop >= 100"_s);
        Feedback feedback;
        QSignalSpy warnings(&feedback, &Feedback::warningPushed);
        QSignalSpy infos(&feedback, &Feedback::infoPushed);
        auto result = m_algorithm->run(parameters, feedback);
        if (messages) {
            for (const auto &args : warnings)
                *messages << args.at(0).toString();
            for (const auto &args : infos)
                *messages << args.at(0).toString();
        }
        if (!result) {
            qWarning("%s", qPrintable(result.error().toString()));
            return {};
        }
        if (outputs)
            *outputs = *result;
        return readRows(output);
    }

    AlgorithmRegistry m_registry;
    const Algorithm *m_algorithm = nullptr;
    QTemporaryDir m_tmp;
    QString m_units;
    int m_runs = 0;
};

void TestMcdaAlgorithm::initTestCase()
{
    m_registry.loadPlugins();
    m_algorithm = m_registry.algorithm(u"prioritization:mcda"_s);
    QVERIFY(m_algorithm);
    m_units = m_tmp.filePath(u"units.gpkg"_s);
    QVERIFY(writeUnits(m_units));
}

void TestMcdaAlgorithm::topsisByHand()
{
    // Vector normalization: |x1| = 5 -> .6, .8, 0; |x2| = 10 -> 0, .6, .8.
    // Weights .5/.5: v1 = .3, .4, 0; v2 = 0, .3, .4. Ideal (.4, 0) (x2 is a cost),
    // anti-ideal (0, .4).
    // A: D+ = .1, D- = sqrt(.09 + .16) = .5, C = .5/.6
    // B: D+ = .3, D- = sqrt(.16 + .01), C = sqrt(.17)/(.3 + sqrt(.17))
    // C: D+ = sqrt(.32), D- = 0, C = 0
    QVariantMap outputs;
    QStringList messages;
    const auto rows = run({{u"criteria"_s, u"x1:benefit,x2:cost"_s}, {u"weights"_s, u"0.5,0.5"_s}, {u"method"_s, u"topsis"_s}},
                          &outputs, &messages);
    QCOMPARE(rows.size(), 5);
    QVERIFY(near(rows[u"A"_s].value(u"d_ideal"_s), 0.1));
    QVERIFY(near(rows[u"A"_s].value(u"d_anti_ideal"_s), 0.5));
    QVERIFY(near(rows[u"A"_s].value(u"score"_s), 0.5 / 0.6));
    QVERIFY(near(rows[u"B"_s].value(u"d_ideal"_s), 0.3));
    QVERIFY(near(rows[u"B"_s].value(u"d_anti_ideal"_s), std::sqrt(0.17)));
    QVERIFY(near(rows[u"B"_s].value(u"score"_s), std::sqrt(0.17) / (0.3 + std::sqrt(0.17))));
    QVERIFY(near(rows[u"C"_s].value(u"d_ideal"_s), std::sqrt(0.32)));
    QVERIFY(near(rows[u"C"_s].value(u"score"_s), 0.0));
    QCOMPARE(rows[u"A"_s].value(u"rank"_s).toLongLong(), 1);
    QCOMPARE(rows[u"B"_s].value(u"rank"_s).toLongLong(), 2);
    QCOMPARE(rows[u"C"_s].value(u"rank"_s).toLongLong(), 3);
    // D (missing x2) and E (constraint) get nothing.
    QVERIFY(!rows[u"D"_s].contains(u"score"_s) && !rows[u"D"_s].contains(u"rank"_s));
    QVERIFY(!rows[u"E"_s].contains(u"score"_s));
    QCOMPARE(outputs.value(u"missing_count"_s).toLongLong(), 1);
    QCOMPARE(outputs.value(u"excluded_count"_s).toLongLong(), 1);
    QCOMPARE(outputs.value(u"scored_count"_s).toLongLong(), 3);
    QCOMPARE(list(outputs.value(u"ideal"_s)), (QList<double>{4, 0}));
    QCOMPARE(list(outputs.value(u"anti_ideal"_s)), (QList<double>{0, 8}));
    const QList<double> ideal = list(outputs.value(u"ideal_weighted"_s)), anti = list(outputs.value(u"anti_ideal_weighted"_s));
    QVERIFY(near(ideal.value(0), 0.4) && near(ideal.value(1), 0.0));
    QVERIFY(near(anti.value(0), 0.0) && near(anti.value(1), 0.4));
    QVERIFY(messages.join(u'\n').contains(u"missing value"_s));
    QVERIFY(messages.join(u'\n').contains(u"constraint"_s));
}

void TestMcdaAlgorithm::wlcMinmaxByHand()
{
    // x1' = (x1 - 0)/4 = .75, 1, 0; x2' = (8 - x2)/8 = 1, .25, 0. Weights 3,2 -> .6, .4.
    // A = .45 + .4 = .85; B = .6 + .1 = .7; C = 0. Classes with 3 units: ranks 1, 2, 3 ->
    // 1 + floor(5 (rank - 1)/3) = 1, 2, 4.
    QVariantMap outputs;
    QStringList messages;
    const auto rows = run({{u"criteria"_s, u"x1:benefit,x2:cost"_s}, {u"weights"_s, u"3,2"_s}}, &outputs, &messages);
    QVERIFY(near(rows[u"A"_s].value(u"score"_s), 0.85));
    QVERIFY(near(rows[u"B"_s].value(u"score"_s), 0.7));
    QVERIFY(near(rows[u"C"_s].value(u"score"_s), 0.0));
    QCOMPARE(rows[u"A"_s].value(u"rank"_s).toLongLong(), 1);
    QCOMPARE(rows[u"C"_s].value(u"rank"_s).toLongLong(), 3);
    QCOMPARE(rows[u"A"_s].value(u"priority"_s).toLongLong(), 1);
    QCOMPARE(rows[u"B"_s].value(u"priority"_s).toLongLong(), 2);
    QCOMPARE(rows[u"C"_s].value(u"priority"_s).toLongLong(), 4);
    QCOMPARE(rows[u"A"_s].value(u"priority_label"_s).toString(), u"very high"_s);
    QCOMPARE(rows[u"C"_s].value(u"priority_label"_s).toString(), u"low"_s);
    QVERIFY(!rows[u"A"_s].contains(u"d_ideal"_s));
    QCOMPARE(list(outputs.value(u"weights"_s)), (QList<double>{0.6, 0.4}));
    QVERIFY2(messages.join(u'\n').contains(u"add up to 5"_s), qPrintable(messages.join(u'\n')));

    // The style the desktop applies: five classes on "priority", 1 = very high in dark red.
    const VectorStyle style = VectorStyle::fromJson(outputs.value(u"style"_s).toJsonObject());
    QCOMPARE(style.renderer, RendererType::Categorized);
    QCOMPARE(style.field, u"priority"_s);
    QCOMPARE(style.categories.size(), 5);
    QCOMPARE(style.categories.at(0).value.toInt(), 1);
    QCOMPARE(style.categories.at(0).symbol.fillColor, QColor(0xb2, 0x18, 0x2b));
    QCOMPARE(style.categories.at(4).value.toInt(), 5);
    QCOMPARE(style.categories.at(4).label, u"Priority very low"_s);
}

void TestMcdaAlgorithm::owaByHand()
{
    // Oriented values as in WLC: A (.75, 1), B (1, .25), C (0, 0); weights .6/.4;
    // order weights .75/.25 on the best and the worst value of each unit:
    // A: (1 [w .4], .75 [w .6]) -> (.4·.75·1 + .6·.25·.75)/(.4·.75 + .6·.25) = .4125/.45
    // B: (1 [w .6], .25 [w .4]) -> (.6·.75·1 + .4·.25·.25)/(.6·.75 + .4·.25) = .475/.55
    const auto rows = run({{u"criteria"_s, u"x1:benefit,x2:cost"_s}, {u"weights"_s, u"0.6,0.4"_s},
                           {u"method"_s, u"owa"_s}, {u"order_weights"_s, u"0.75,0.25"_s}});
    QVERIFY(near(rows[u"A"_s].value(u"score"_s), 0.4125 / 0.45));
    QVERIFY(near(rows[u"B"_s].value(u"score"_s), 0.475 / 0.55));
    QVERIFY(near(rows[u"C"_s].value(u"score"_s), 0.0));
    // Equal order weights give WLC back.
    const auto wlc = run({{u"criteria"_s, u"x1:benefit,x2:cost"_s}, {u"weights"_s, u"0.6,0.4"_s}, {u"method"_s, u"owa"_s}});
    QVERIFY(near(wlc[u"B"_s].value(u"score"_s), 0.7));
}

void TestMcdaAlgorithm::rankWeights()
{
    // pop (benefit) over A, B, C = 500, 400, 300 -> minmax 1, .5, 0.
    // rank_reciprocal, criteria in order: (1, 1/2, 1/3) / (11/6) = 6/11, 3/11, 2/11:
    // A = (6 · .75 + 3 · 1 + 2 · 1)/11 = 9.5/11.
    QVariantMap outputs;
    auto rows = run({{u"criteria"_s, u"x1:benefit,x2:cost,pop:benefit"_s}, {u"weights"_s, u"rank_reciprocal"_s}}, &outputs);
    QVERIFY(near(rows[u"A"_s].value(u"score"_s), 9.5 / 11));
    QVERIFY(near(list(outputs.value(u"weights"_s)).value(1), 3.0 / 11));
    // rank_sum with explicit ranks 3, 1, 2: (1, 3, 2)/6. B = (1 · 1 + 3 · .25 + 2 · .5)/6 = 2.75/6.
    rows = run({{u"criteria"_s, u"x1:benefit,x2:cost,pop:benefit"_s}, {u"weights"_s, u"rank_sum:3,1,2"_s}});
    QVERIFY(near(rows[u"B"_s].value(u"score"_s), 2.75 / 6));
    QVERIFY(near(rows[u"A"_s].value(u"score"_s), (0.75 + 3 + 2) / 6));
}

void TestMcdaAlgorithm::valueFunction()
{
    // x1 through 0=0:2=0.8:4=1: A (3) = .8 + .2 · (3 - 2)/2 = .9, B (4) = 1, C (0) = 0.
    // x2 through 0=1:8=0 (a cost written as a value function): A 1, B .25, C 0.
    // Weights .5/.5: A = .95, B = .625, C = 0.
    QVariantMap outputs;
    const auto rows = run({{u"criteria"_s, u"x1:value:0=0:2=0.8:4=1,x2:value:0=1:8=0"_s}, {u"method"_s, u"wlc"_s}}, &outputs);
    QVERIFY(near(rows[u"A"_s].value(u"score"_s), 0.95));
    QVERIFY(near(rows[u"B"_s].value(u"score"_s), 0.625));
    QVERIFY(near(rows[u"C"_s].value(u"score"_s), 0.0));
    QCOMPARE(list(outputs.value(u"ideal"_s)), (QList<double>{4, 0}));
    QCOMPARE(list(outputs.value(u"anti_ideal"_s)), (QList<double>{0, 8}));
    // Beyond the ends the value stays: 5=0.5:10=1 gives A (3) and C (0) both .5.
    const auto flat = run({{u"criteria"_s, u"x1:value:5=0.5:10=1"_s}});
    QVERIFY(near(flat[u"A"_s].value(u"score"_s), 0.5));
    QVERIFY(near(flat[u"C"_s].value(u"score"_s), 0.5));
}

void TestMcdaAlgorithm::zscoreWlc()
{
    // x1: mean 7/3, population sd sqrt(26/9); -x2: mean -14/3, sd sqrt(104/9) (= 2 sd(x1)).
    const auto rows = run({{u"criteria"_s, u"x1:benefit,x2:cost"_s}, {u"weights"_s, u"0.5,0.5"_s}, {u"normalization"_s, u"zscore"_s}});
    const double s1 = std::sqrt(26.0 / 9), s2 = std::sqrt(104.0 / 9);
    QVERIFY(near(rows[u"A"_s].value(u"score"_s), 0.5 * (3 - 7.0 / 3) / s1 + 0.5 * (14.0 / 3 - 0) / s2));
    QVERIFY(near(rows[u"C"_s].value(u"score"_s), 0.5 * (0 - 7.0 / 3) / s1 + 0.5 * (14.0 / 3 - 8) / s2));
}

void TestMcdaAlgorithm::constantCriterion()
{
    // k = 7 everywhere: a warning and no contribution. A = .5·.75, B = .5, C = 0.
    QStringList messages;
    const auto rows = run({{u"criteria"_s, u"x1:benefit,k:benefit"_s}, {u"weights"_s, u"1,1"_s}}, nullptr, &messages);
    QVERIFY(near(rows[u"A"_s].value(u"score"_s), 0.375));
    QVERIFY(near(rows[u"B"_s].value(u"score"_s), 0.5));
    QCOMPARE(rows[u"B"_s].value(u"rank"_s).toLongLong(), 1);
    QVERIFY2(messages.join(u'\n').contains(u"“k” has the same value in every unit"_s), qPrintable(messages.join(u'\n')));
    // TOPSIS too: the constant criterion is at the ideal and the anti-ideal for everyone.
    const auto topsis = run({{u"criteria"_s, u"x1:benefit,k:cost"_s}, {u"method"_s, u"topsis"_s}});
    QVERIFY(near(topsis[u"A"_s].value(u"score"_s), 0.75)); // D+ = .5·.2, D- = .5·.6
}

void TestMcdaAlgorithm::oneUnit()
{
    QVariantMap outputs;
    const auto rows = run({{u"criteria"_s, u"x1:benefit,x2:cost"_s}, {u"constraint"_s, u"name = 'B'"_s}, {u"method"_s, u"topsis"_s}}, &outputs);
    QCOMPARE(rows[u"B"_s].value(u"rank"_s).toLongLong(), 1);
    QCOMPARE(rows[u"B"_s].value(u"priority"_s).toLongLong(), 1);
    QVERIFY(near(rows[u"B"_s].value(u"score"_s), 0.5));
    QCOMPARE(outputs.value(u"scored_count"_s).toLongLong(), 1);
}

void TestMcdaAlgorithm::rerunOnOutput()
{
    // An output that already has score/rank can be the input of another run.
    const QString first = m_tmp.filePath(u"first.gpkg"_s);
    Feedback feedback;
    QVERIFY(m_algorithm->run({{u"input"_s, m_units}, {u"output"_s, first}, {u"criteria"_s, u"x1"_s}}, feedback));
    const auto rows = run({{u"input"_s, first}, {u"criteria"_s, u"x1:cost"_s}});
    QCOMPARE(rows[u"C"_s].value(u"rank"_s).toLongLong(), 1);
}

void TestMcdaAlgorithm::badParameters_data()
{
    QTest::addColumn<QVariantMap>("parameters");
    QTest::addColumn<QString>("mention");
    const QString c = u"x1:benefit,x2:cost"_s;
    QTest::newRow("zero weight") << QVariantMap{{u"criteria"_s, c}, {u"weights"_s, u"1,0"_s}} << u"“0” must be greater than zero"_s;
    QTest::newRow("negative weight") << QVariantMap{{u"criteria"_s, c}, {u"weights"_s, u"1,-2"_s}} << u"“-2”"_s;
    QTest::newRow("weight count") << QVariantMap{{u"criteria"_s, c}, {u"weights"_s, u"1,2,3"_s}} << u"3 weights for 2 criteria"_s;
    QTest::newRow("weight text") << QVariantMap{{u"criteria"_s, c}, {u"weights"_s, u"1,mucho"_s}} << u"“mucho” is not a number"_s;
    QTest::newRow("direction") << QVariantMap{{u"criteria"_s, u"x1:more"_s}} << u"benefit, cost or value"_s;
    QTest::newRow("unknown field") << QVariantMap{{u"criteria"_s, u"x1,nope"_s}} << u"no field “nope”"_s;
    QTest::newRow("text field") << QVariantMap{{u"criteria"_s, u"x1,name"_s}} << u"not numeric"_s;
    QTest::newRow("constraint") << QVariantMap{{u"criteria"_s, c}, {u"constraint"_s, u"pop >>> 3"_s}} << u"constraint"_s;
    QTest::newRow("nothing left") << QVariantMap{{u"criteria"_s, c}, {u"constraint"_s, u"pop > 1e9"_s}} << u"No unit"_s;
    QTest::newRow("order weights") << QVariantMap{{u"criteria"_s, c}, {u"method"_s, u"owa"_s}, {u"order_weights"_s, u"1"_s}} << u"order_weights"_s;
    QTest::newRow("ahp size") << QVariantMap{{u"criteria"_s, c}, {u"ahp_matrix"_s, u"1,3,5;1/3,1,3;1/5,1/3,1"_s}} << u"3 rows for 2 criteria"_s;
    QTest::newRow("ahp not reciprocal") << QVariantMap{{u"criteria"_s, c}, {u"ahp_matrix"_s, u"1,3;3,1"_s}} << u"not reciprocal"_s;
    QTest::newRow("breakpoints order") << QVariantMap{{u"criteria"_s, u"x1:value:5=1:2=0"_s}} << u"lowest x to the highest"_s;
    QTest::newRow("breakpoint text") << QVariantMap{{u"criteria"_s, u"x1:value:0=0:alto"_s}} << u"“alto” is not a breakpoint"_s;
    QTest::newRow("one breakpoint") << QVariantMap{{u"criteria"_s, u"x1:value:0=0"_s}} << u"at least two breakpoints"_s;
    QTest::newRow("rank out of range") << QVariantMap{{u"criteria"_s, c}, {u"weights"_s, u"rank_sum:1,5"_s}} << u"“5” must be a whole number from 1 to 2"_s;
    QTest::newRow("rank kind") << QVariantMap{{u"criteria"_s, c}, {u"weights"_s, u"rank_product"_s}} << u"rank_sum or rank_reciprocal"_s;
    QTest::newRow("both inputs") << QVariantMap{{u"criteria"_s, c}, {u"rasters"_s, u"a.tif,b.tif"_s}} << u"either"_s;
}

void TestMcdaAlgorithm::badParameters()
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

QTEST_GUILESS_MAIN(TestMcdaAlgorithm)
#include "tst_mcdaalgorithm.moc"
