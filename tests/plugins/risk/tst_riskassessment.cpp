// risk:hazard, risk:vulnerability and risk:level against hand computation. The
// AHP matrices are consistent (a_ij = w_i / w_j), so their principal eigenvector
// is w exactly: the expected weights, values and CENEPRED ranges follow in closed
// form from the chosen w, independently of the plugin's power iteration.
#include "analysis/algorithmregistry.h"
#include "style/vectorstyle.h"
#include "task/feedback.h"

#include "fixtures.h"

#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

#include <algorithm>
#include <cmath>

using namespace Qt::StringLiterals;
using namespace territoria;
using riskfixtures::Column;

namespace {

// "n1/n1,n1/n2,…;n2/n1,…": the consistent matrix of the weights n_i / Σ n.
QString consistentMatrix(const QList<int> &n)
{
    QStringList rows;
    for (int i : n) {
        QStringList row;
        for (int j : n)
            row << u"%1/%2"_s.arg(i).arg(j);
        rows << row.join(u',');
    }
    return rows.join(u';');
}

std::vector<double> normalized(const QList<double> &n)
{
    double sum = 0;
    for (double v : n)
        sum += v;
    std::vector<double> w;
    for (double v : n)
        w.push_back(v / sum);
    return w;
}

// CENEPRED: low < v4 <= medium < v3 <= high < v2 <= very high.
int levelOf(double value, const std::vector<double> &v /* v1 >= ... >= v5 */)
{
    if (value >= v[1])
        return 4;
    if (value >= v[2])
        return 3;
    if (value >= v[3])
        return 2;
    return 1;
}

QList<double> doubles(const QVariant &list)
{
    QList<double> out;
    for (const QVariant &v : list.toList())
        out << v.toDouble();
    return out;
}

} // namespace

class TestRiskAssessment : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void registered();
    void hazardFromAhp();
    void hazardRangesAndNamesOverride();
    void hazardRaster();
    void hazardErrors_data();
    void hazardErrors();
    void vulnerabilityDimensions();
    void levelTable();
    void levelProduct();
    void levelRaster();
    void levelErrors();

private:
    Result<QVariantMap> run(const QString &id, const QVariantMap &parameters, QStringList *warnings = nullptr)
    {
        const Algorithm *algorithm = m_registry.algorithm(id);
        if (!algorithm)
            return std::unexpected(Error{u"no algorithm "_s + id, {}, {}});
        Feedback feedback;
        QSignalSpy spy(&feedback, &Feedback::warningPushed);
        auto result = algorithm->run(parameters, feedback);
        if (warnings)
            for (const auto &args : spy)
                *warnings << args.at(0).toString();
        return result;
    }
    QString path(const QString &name) const { return m_dir.filePath(name); }

    AlgorithmRegistry m_registry;
    QTemporaryDir m_dir;
    // Factor A: w = (16, 8, 4, 2, 1)/31; factor B: (5, 4, 3, 2, 1)/15; factors 3:1.
    const QList<int> m_a{16, 8, 4, 2, 1};
    const QList<int> m_b{5, 4, 3, 2, 1};
};

void TestRiskAssessment::initTestCase()
{
    QVERIFY(m_dir.isValid());
    m_registry.loadPlugins();
}

void TestRiskAssessment::registered()
{
    QStringList providers;
    for (const PluginInfo &p : m_registry.plugins())
        if (p.loaded)
            providers << p.id;
    QVERIFY2(providers.contains(u"risk"_s), qPrintable(providers.join(u", "_s)));
    for (const char *id : {"risk:hazard", "risk:vulnerability", "risk:level", "risk:exposure"})
        QVERIFY2(m_registry.algorithm(QString::fromLatin1(id)), id);
}

void TestRiskAssessment::hazardFromAhp()
{
    const std::vector<double> wa = normalized({16, 8, 4, 2, 1}), wb = normalized({5, 4, 3, 2, 1});
    const double fa = 0.75, fb = 0.25; // "1,3;1/3,1"
    std::vector<double> v;
    for (size_t k = 0; k < 5; ++k)
        v.push_back(fa * wa[k] + fb * wb[k]);
    std::sort(v.begin(), v.end(), std::greater<>());
    // v = 0.47043, 0.26022, 0.14677, 0.08172, 0.04086.
    QVERIFY(std::abs(v[0] - 0.470430) < 1e-6 && std::abs(v[3] - 0.081720) < 1e-6);

    const QList<QPair<int, int>> units{{1, 1}, {1, 5}, {2, 3}, {3, 4}, {4, 2}, {5, 5}, {4, 5}};
    QStringList wkts;
    Column a{u"fa"_s, OFTInteger, {}}, b{u"fb"_s, OFTInteger, {}};
    for (int i = 0; i < units.size(); ++i) {
        wkts << riskfixtures::box(i * 10, 0, i * 10 + 10, 10, 300000, 8200000);
        a.values << units[i].first;
        b.values << units[i].second;
    }
    QVERIFY(riskfixtures::writeLayer(path(u"units.gpkg"_s), wkts, {a, b}));
    auto result = run(u"risk:hazard"_s, {{u"units"_s, path(u"units.gpkg"_s)},
                                         {u"factor_fields"_s, u"fa,fb"_s},
                                         {u"descriptor_weights"_s, QString(consistentMatrix(m_a) + u'|' + consistentMatrix(m_b))},
                                         {u"factor_weights"_s, u"1,3;1/3,1"_s},
                                         {u"output"_s, path(u"hazard.gpkg"_s)}});
    QVERIFY2(result, result ? "" : qPrintable(result.error().message));
    const QList<double> weights = doubles(result->value(u"weights"_s));
    QCOMPARE(weights.size(), 2);
    QVERIFY(std::abs(weights[0] - 0.75) < 1e-12 && std::abs(weights[1] - 0.25) < 1e-12);
    const QList<double> possible = doubles(result->value(u"possible_values"_s));
    QCOMPARE(possible.size(), 5);
    for (int k = 0; k < 5; ++k)
        QVERIFY2(std::abs(possible[k] - v[size_t(k)]) < 1e-12, qPrintable(QString::number(possible[k])));
    const QList<double> ranges = doubles(result->value(u"ranges"_s));
    QCOMPARE(ranges.size(), 5);
    for (int k = 0; k < 5; ++k)
        QVERIFY(std::abs(ranges[k] - v[size_t(4 - k)]) < 1e-12); // ascending v5 .. v1

    const QList<QVariantMap> rows = territoria::test::readOgrRows(path(u"hazard.gpkg"_s));
    QCOMPARE(rows.size(), units.size());
    const QList<int> expectedLevels{4, 4, 3, 2, 2, 1, 1}; // by hand from the values below
    for (int i = 0; i < units.size(); ++i) {
        const double expected = fa * wa[size_t(units[i].first - 1)] + fb * wb[size_t(units[i].second - 1)];
        QVERIFY2(std::abs(rows[i].value(u"hazard_value"_s).toDouble() - expected) < 1e-12, qPrintable(QString::number(i)));
        QCOMPARE(rows[i].value(u"hazard_level"_s).toInt(), levelOf(expected, v));
        QCOMPARE(rows[i].value(u"hazard_level"_s).toInt(), expectedLevels[i]);
        QVERIFY(!rows[i].value(u"hazard_level_name"_s).toString().isEmpty());
    }
    QCOMPARE(doubles(result->value(u"per_level"_s)), (QList<double>{2, 2, 1, 2}));
}

void TestRiskAssessment::hazardRangesAndNamesOverride()
{
    // Text classes on one factor; explicit ranges and names.
    QStringList wkts;
    Column a{u"slope"_s, OFTString, {u"muy fuerte"_s, u"suave"_s, u"moderada"_s}}, b{u"geology"_s, OFTInteger, {5, 1, 3}};
    for (int i = 0; i < 3; ++i)
        wkts << riskfixtures::box(i * 10, 0, i * 10 + 10, 10, 300000, 8200000);
    QVERIFY(riskfixtures::writeLayer(path(u"units2.gpkg"_s), wkts, {a, b}));
    auto result = run(u"risk:hazard"_s, {{u"units"_s, path(u"units2.gpkg"_s)},
                                         {u"factor_fields"_s, u"slope,geology"_s},
                                         {u"descriptor_weights"_s, u"0.4,0.3,0.2,0.1|0.5,0.2,0.15,0.1,0.05"_s},
                                         {u"descriptor_classes"_s, u"muy fuerte,fuerte,moderada,suave|1,2,3,4,5"_s},
                                         {u"factor_weights"_s, u"0.5,0.5"_s},
                                         {u"ranges"_s, u"0.05,0.1,0.2,0.3"_s},
                                         {u"level_names"_s, u"bajo,medio,alto,muy alto"_s},
                                         {u"output"_s, path(u"hazard2.gpkg"_s)}});
    QVERIFY2(result, result ? "" : qPrintable(result.error().message));
    const QList<QVariantMap> rows = territoria::test::readOgrRows(path(u"hazard2.gpkg"_s));
    QCOMPARE(rows.size(), 3);
    // 0.5 × 0.4 + 0.5 × 0.05 = 0.225 (alto); 0.5 × 0.1 + 0.5 × 0.5 = 0.3 (muy alto, the
    // bound belongs to the upper level); 0.5 × 0.2 + 0.5 × 0.15 = 0.175 (medio).
    QVERIFY(std::abs(rows[0].value(u"hazard_value"_s).toDouble() - 0.225) < 1e-12);
    QCOMPARE(rows[0].value(u"hazard_level_name"_s).toString(), u"alto"_s);
    QVERIFY(std::abs(rows[1].value(u"hazard_value"_s).toDouble() - 0.3) < 1e-12);
    QCOMPARE(rows[1].value(u"hazard_level"_s).toInt(), 4);
    QCOMPARE(rows[1].value(u"hazard_level_name"_s).toString(), u"muy alto"_s);
    QVERIFY(std::abs(rows[2].value(u"hazard_value"_s).toDouble() - 0.175) < 1e-12);
    QCOMPARE(rows[2].value(u"hazard_level"_s).toInt(), 2);
    QCOMPARE(rows[2].value(u"hazard_level_name"_s).toString(), u"medio"_s);
    // Different numbers of descriptors: the manual's ranges cannot be derived.
    auto noRanges = run(u"risk:hazard"_s, {{u"units"_s, path(u"units2.gpkg"_s)},
                                           {u"factor_fields"_s, u"slope,geology"_s},
                                           {u"descriptor_weights"_s, u"0.4,0.3,0.2,0.1|0.5,0.2,0.15,0.1,0.05"_s},
                                           {u"descriptor_classes"_s, u"muy fuerte,fuerte,moderada,suave|1,2,3,4,5"_s},
                                           {u"factor_weights"_s, u"0.5,0.5"_s},
                                           {u"output"_s, path(u"hazard3.gpkg"_s)}});
    QVERIFY(!noRanges);
    QVERIFY2(noRanges.error().message.contains(u"ranges"_s), qPrintable(noRanges.error().message));
}

void TestRiskAssessment::hazardRaster()
{
    // 3 x 2 cells of class codes, one no-data cell.
    const std::vector<double> a{1, 2, 3, 4, 5, -9999}, b{5, 4, 3, 2, 1, 1};
    QVERIFY(riskfixtures::writeRaster(path(u"fa.tif"_s), 3, 2, 300000, 8200000, 10, a));
    QVERIFY(riskfixtures::writeRaster(path(u"fb.tif"_s), 3, 2, 300000, 8200000, 10, b));
    auto result = run(u"risk:hazard"_s, {{u"factor_rasters"_s, QString(path(u"fa.tif"_s) + u',' + path(u"fb.tif"_s))},
                                         {u"descriptor_weights"_s, QString(consistentMatrix(m_a) + u'|' + consistentMatrix(m_b))},
                                         {u"factor_weights"_s, u"0.75,0.25"_s},
                                         {u"level_raster"_s, path(u"level.tif"_s)},
                                         {u"value_raster"_s, path(u"value.tif"_s)}});
    QVERIFY2(result, result ? "" : qPrintable(result.error().message));
    const std::vector<double> wa = normalized({16, 8, 4, 2, 1}), wb = normalized({5, 4, 3, 2, 1});
    std::vector<double> v;
    for (size_t k = 0; k < 5; ++k)
        v.push_back(0.75 * wa[k] + 0.25 * wb[k]);
    std::sort(v.begin(), v.end(), std::greater<>());
    const std::vector<double> levels = riskfixtures::readRaster(path(u"level.tif"_s));
    const std::vector<double> values = riskfixtures::readRaster(path(u"value.tif"_s));
    QCOMPARE(levels.size(), size_t(6));
    for (size_t i = 0; i < 5; ++i) {
        const double expected = 0.75 * wa[size_t(a[i] - 1)] + 0.25 * wb[size_t(b[i] - 1)];
        QVERIFY(std::abs(values[i] - expected) < 1e-6); // Float32
        QCOMPARE(int(levels[i]), levelOf(expected, v));
    }
    QCOMPARE(levels[5], 0.0);    // no data
    QCOMPARE(values[5], -9999.0);
    QCOMPARE(int(levels[0]), 4); // (1, 5): 0.3871 + 0.0167 = 0.4038
    QCOMPARE(int(levels[4]), 2); // (5, 1): 0.0242 + 0.0833 = 0.1075, in [v4, v3) = [0.0817, 0.1468)
}

void TestRiskAssessment::hazardErrors_data()
{
    QTest::addColumn<QString>("fields");
    QTest::addColumn<QString>("descriptors");
    QTest::addColumn<QString>("factorWeights");
    QTest::addColumn<QString>("expected");
    const QString five = u"5,4,3,2,1"_s;
    QTest::newRow("factor weights count") << u"fa,fb"_s << five + u'|' + five << u"1,2,3"_s << u"factor_weights"_s;
    QTest::newRow("descriptor lists count") << u"fa,fb"_s << five << u"1,1"_s << u"descriptor_weights"_s;
    QTest::newRow("missing field") << u"fa,nothing"_s << five + u'|' + five << u"1,1"_s << u"nothing"_s;
    QTest::newRow("not reciprocal") << u"fa,fb"_s << five + u'|' + five << u"1,3;3,1"_s << u"factor_weights"_s;
    QTest::newRow("unknown class") << u"fa,fb"_s << five + u'|' + five << u"1,1"_s << u"“9” in field “fa”"_s;
}

void TestRiskAssessment::hazardErrors()
{
    QFETCH(QString, fields);
    QFETCH(QString, descriptors);
    QFETCH(QString, factorWeights);
    QFETCH(QString, expected);
    Column a{u"fa"_s, OFTInteger, {1, 4, 9}}, b{u"fb"_s, OFTInteger, {1, 2, 3}};
    QStringList wkts;
    for (int i = 0; i < 3; ++i)
        wkts << riskfixtures::box(i, 0, i + 1, 1, 300000, 8200000);
    QVERIFY(riskfixtures::writeLayer(path(u"bad.gpkg"_s), wkts, {a, b}));
    auto result = run(u"risk:hazard"_s, {{u"units"_s, path(u"bad.gpkg"_s)},
                                         {u"factor_fields"_s, fields},
                                         {u"descriptor_weights"_s, descriptors},
                                         {u"factor_weights"_s, factorWeights},
                                         {u"output"_s, path(u"bad_out.gpkg"_s)}});
    QVERIFY(!result);
    QVERIFY2(result.error().message.contains(expected), qPrintable(result.error().message));
}

void TestRiskAssessment::vulnerabilityDimensions()
{
    // p1 social exposure, p2 social fragility, p3 economic fragility.
    // Dimensions 3:2 (0.6, 0.4); components exposure:fragility 1:3 (0.25, 0.75).
    // Social has both components: W1 = 0.6 × 0.25 = 0.15, W2 = 0.6 × 0.75 = 0.45;
    // economic only fragility (renormalized to 1): W3 = 0.4.
    const std::vector<double> w1 = normalized({16, 8, 4, 2, 1}), w2 = normalized({5, 4, 3, 2, 1}),
                              w3 = normalized({0.4, 0.3, 0.15, 0.1, 0.05});
    const double W1 = 0.15, W2 = 0.45, W3 = 0.4;
    std::vector<double> v;
    for (size_t k = 0; k < 5; ++k)
        v.push_back(W1 * w1[k] + W2 * w2[k] + W3 * w3[k]);
    std::sort(v.begin(), v.end(), std::greater<>());
    const QList<QList<int>> units{{1, 1, 1}, {3, 2, 4}, {5, 5, 5}, {2, 4, 1}, {4, 3, 3}};
    Column p1{u"p1"_s, OFTInteger, {}}, p2{u"p2"_s, OFTInteger, {}}, p3{u"p3"_s, OFTInteger, {}};
    QStringList wkts;
    for (int i = 0; i < units.size(); ++i) {
        wkts << riskfixtures::box(i * 10, 0, i * 10 + 10, 10, 300000, 8200000);
        p1.values << units[i][0];
        p2.values << units[i][1];
        p3.values << units[i][2];
    }
    QVERIFY(riskfixtures::writeLayer(path(u"blocks.gpkg"_s), wkts, {p1, p2, p3}));
    auto result = run(u"risk:vulnerability"_s, {{u"units"_s, path(u"blocks.gpkg"_s)},
                                                {u"parameter_fields"_s, u"p1,p2,p3"_s},
                                                {u"dimensions"_s, u"social,social,económica"_s},
                                                {u"components"_s, u"exposure,fragilidad,fragility"_s},
                                                {u"descriptor_weights"_s, QString(consistentMatrix(m_a) + u"|5,4,3,2,1|0.4,0.3,0.15,0.1,0.05"_s)},
                                                {u"dimension_weights"_s, u"1,3/2;2/3,1"_s},
                                                {u"component_weights"_s, u"1,1/3;3,1"_s},
                                                {u"output"_s, path(u"vulnerability.gpkg"_s)}});
    QVERIFY2(result, result ? "" : qPrintable(result.error().message));
    const QList<double> weights = doubles(result->value(u"weights"_s));
    QCOMPARE(weights.size(), 3);
    QVERIFY(std::abs(weights[0] - W1) < 1e-12 && std::abs(weights[1] - W2) < 1e-12 && std::abs(weights[2] - W3) < 1e-12);
    const QList<QVariantMap> rows = territoria::test::readOgrRows(path(u"vulnerability.gpkg"_s));
    QCOMPARE(rows.size(), units.size());
    for (int i = 0; i < units.size(); ++i) {
        const double expected = W1 * w1[size_t(units[i][0] - 1)] + W2 * w2[size_t(units[i][1] - 1)] + W3 * w3[size_t(units[i][2] - 1)];
        QVERIFY2(std::abs(rows[i].value(u"vulnerability_value"_s).toDouble() - expected) < 1e-12, qPrintable(QString::number(i)));
        QCOMPARE(rows[i].value(u"vulnerability_level"_s).toInt(), levelOf(expected, v));
    }
    QCOMPARE(rows[0].value(u"vulnerability_level"_s).toInt(), 4);
    QCOMPARE(rows[2].value(u"vulnerability_level"_s).toInt(), 1);

    // A dimension that is not one of the three.
    auto bad = run(u"risk:vulnerability"_s, {{u"units"_s, path(u"blocks.gpkg"_s)},
                                             {u"parameter_fields"_s, u"p1,p2,p3"_s},
                                             {u"dimensions"_s, u"social,political,social"_s},
                                             {u"components"_s, u"exposure,fragility,fragility"_s},
                                             {u"descriptor_weights"_s, u"5,4,3,2,1|5,4,3,2,1|5,4,3,2,1"_s},
                                             {u"output"_s, path(u"vulnerability_bad.gpkg"_s)}});
    QVERIFY(!bad);
    QVERIFY2(bad.error().message.contains(u"political"_s), qPrintable(bad.error().message));
}

void TestRiskAssessment::levelTable()
{
    Column h{u"hazard_level"_s, OFTInteger, {4, 4, 1, 2, 3, QVariant()}};
    Column v{u"vulnerability_level"_s, OFTString, {u"muy alto"_s, u"bajo"_s, u"Bajo"_s, u"alto"_s, u"medio"_s, u"alto"_s}};
    QStringList wkts;
    for (int i = 0; i < 6; ++i)
        wkts << riskfixtures::box(i * 10, 0, i * 10 + 10, 10, 300000, 8200000);
    QVERIFY(riskfixtures::writeLayer(path(u"hv.gpkg"_s), wkts, {h, v}));
    QStringList warnings;
    auto result = run(u"risk:level"_s, {{u"units"_s, path(u"hv.gpkg"_s)}, {u"output"_s, path(u"risk.gpkg"_s)}}, &warnings);
    QVERIFY2(result, result ? "" : qPrintable(result.error().message));
    // Default table 4,4,3,3;4,3,3,2;3,3,2,2;3,2,2,1 (rows hazard 4..1, columns vulnerability 4..1).
    const QList<int> expected{4, 3, 1, 3, 3};
    const QStringList colors{u"#d7191c"_s, u"#fdae61"_s, u"#1a9641"_s, u"#fdae61"_s, u"#fdae61"_s};
    const QList<QVariantMap> rows = territoria::test::readOgrRows(path(u"risk.gpkg"_s));
    QCOMPARE(rows.size(), 6);
    for (int i = 0; i < 5; ++i) {
        QCOMPARE(rows[i].value(u"risk_level"_s).toInt(), expected[i]);
        QCOMPARE(rows[i].value(u"risk_color"_s).toString(), colors[i]);
    }
    QVERIFY(!rows[5].contains(u"risk_level"_s)); // no hazard: no risk
    QCOMPARE(warnings.size(), 1);
    QCOMPARE(doubles(result->value(u"per_level"_s)), (QList<double>{1, 0, 3, 1}));
    QCOMPARE(result->value(u"colors"_s).toList().at(3).toString(), u"#d7191c"_s);
    // The style the desktop applies: categorized on risk_level, conventional colours.
    const VectorStyle style = VectorStyle::fromJson(result->value(u"style"_s).toJsonObject());
    QCOMPARE(style.renderer, RendererType::Categorized);
    QCOMPARE(style.field, u"risk_level"_s);
    QCOMPARE(style.categories.size(), 4);
    const Symbol *veryHigh = style.symbolFor(4);
    const Symbol *low = style.symbolFor(1);
    QVERIFY(veryHigh && low);
    QCOMPARE(veryHigh->fillColor, QColor(u"#d7191c"_s));
    QCOMPARE(low->fillColor, QColor(u"#1a9641"_s));
    QCOMPARE(style.symbolFor(2)->fillColor, QColor(u"#ffffbf"_s));
    QCOMPARE(style.symbolFor(3)->fillColor, QColor(u"#fdae61"_s));

    // An edited table: everything low except very high × very high.
    auto edited = run(u"risk:level"_s, {{u"units"_s, path(u"hv.gpkg"_s)},
                                        {u"table"_s, u"muy alto,1,1,1;1,1,1,1;1,1,1,1;1,1,1,1"_s},
                                        {u"output"_s, path(u"risk_edited.gpkg"_s)}});
    QVERIFY2(edited, edited ? "" : qPrintable(edited.error().message));
    const QList<QVariantMap> rows2 = territoria::test::readOgrRows(path(u"risk_edited.gpkg"_s));
    QCOMPARE(rows2[0].value(u"risk_level"_s).toInt(), 4);
    for (int i = 1; i < 5; ++i)
        QCOMPARE(rows2[i].value(u"risk_level"_s).toInt(), 1);
}

void TestRiskAssessment::levelProduct()
{
    Column h{u"hazard_value"_s, OFTReal, {0.3, 0.1, 0.2, 0.05}};
    Column v{u"vulnerability_value"_s, OFTReal, {0.4, 0.15, 0.25, 0.06}};
    QStringList wkts;
    for (int i = 0; i < 4; ++i)
        wkts << riskfixtures::box(i * 10, 0, i * 10 + 10, 10, 300000, 8200000);
    QVERIFY(riskfixtures::writeLayer(path(u"pv.gpkg"_s), wkts, {h, v}));
    auto result = run(u"risk:level"_s, {{u"units"_s, path(u"pv.gpkg"_s)},
                                        {u"method"_s, u"product"_s},
                                        {u"hazard_ranges"_s, u"0.04,0.08,0.15,0.26,0.47"_s},
                                        {u"vulnerability_ranges"_s, u"0.05,0.1,0.2,0.3,0.5"_s},
                                        {u"output"_s, path(u"risk_product.gpkg"_s)}});
    QVERIFY2(result, result ? "" : qPrintable(result.error().message));
    // Risk bounds: 0.002, 0.008, 0.03, 0.078, 0.235. R = 0.12, 0.015, 0.05, 0.003.
    const QList<double> ranges = doubles(result->value(u"ranges"_s));
    const QList<double> expectedRanges{0.002, 0.008, 0.03, 0.078, 0.235};
    for (int i = 0; i < 5; ++i)
        QVERIFY(std::abs(ranges[i] - expectedRanges[i]) < 1e-12);
    const QList<QVariantMap> rows = territoria::test::readOgrRows(path(u"risk_product.gpkg"_s));
    const QList<int> expected{4, 2, 3, 1};
    const QList<double> values{0.12, 0.015, 0.05, 0.003};
    for (int i = 0; i < 4; ++i) {
        QVERIFY(std::abs(rows[i].value(u"risk_value"_s).toDouble() - values[i]) < 1e-12);
        QCOMPARE(rows[i].value(u"risk_level"_s).toInt(), expected[i]);
    }
}

void TestRiskAssessment::levelRaster()
{
    QVERIFY(riskfixtures::writeRaster(path(u"hl.tif"_s), 2, 2, 300000, 8200000, 10, {4, 1, 2, 0}, 32719, GDT_Byte, 0));
    QVERIFY(riskfixtures::writeRaster(path(u"vl.tif"_s), 2, 2, 300000, 8200000, 10, {4, 1, 4, 3}, 32719, GDT_Byte, 0));
    auto result = run(u"risk:level"_s, {{u"hazard_raster"_s, path(u"hl.tif"_s)},
                                        {u"vulnerability_raster"_s, path(u"vl.tif"_s)},
                                        {u"level_raster"_s, path(u"rl.tif"_s)}});
    QVERIFY2(result, result ? "" : qPrintable(result.error().message));
    // (4,4) → 4; (1,1) → 1; (2,4) → row 3 "3,3,2,2" column 1 → 3; no data.
    QCOMPARE(riskfixtures::readRaster(path(u"rl.tif"_s)), (std::vector<double>{4, 1, 3, 0}));
}

void TestRiskAssessment::levelErrors()
{
    auto badTable = run(u"risk:level"_s, {{u"units"_s, path(u"hv.gpkg"_s)},
                                          {u"table"_s, u"4,4,3;4,3,3,2;3,3,2,2;3,2,2,1"_s},
                                          {u"output"_s, path(u"risk_bad.gpkg"_s)}});
    QVERIFY(!badTable);
    QVERIFY2(badTable.error().message.contains(u"table"_s), qPrintable(badTable.error().message));
    auto noRanges = run(u"risk:level"_s, {{u"units"_s, path(u"pv.gpkg"_s)}, {u"method"_s, u"product"_s}, {u"output"_s, path(u"risk_bad2.gpkg"_s)}});
    QVERIFY(!noRanges);
    QVERIFY2(noRanges.error().message.contains(u"hazard_ranges"_s), qPrintable(noRanges.error().message));
    auto noField = run(u"risk:level"_s, {{u"units"_s, path(u"pv.gpkg"_s)}, {u"output"_s, path(u"risk_bad3.gpkg"_s)}});
    QVERIFY(!noField);
    QVERIFY2(noField.error().message.contains(u"hazard_level"_s), qPrintable(noField.error().message));
}

QTEST_GUILESS_MAIN(TestRiskAssessment)
#include "tst_riskassessment.moc"
