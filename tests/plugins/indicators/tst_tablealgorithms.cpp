// indicators:join_table and indicators:field_calculator through the registry: the
// report in the outputs, a type mismatch refused with its hint, decimal-comma CSV
// options, and expressions (area of a known square, an invalid expression).
#include "fixtures.h"

#include <QFile>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace territoria;

namespace {

QString data(const QString &name)
{
    return QStringLiteral(TERRITORIA_TEST_DATA) + u"/indicators/"_s + name;
}

const QString square = u"POLYGON ((300000 8200000, 301000 8200000, 301000 8201000, 300000 8201000, 300000 8200000))"_s;

} // namespace

class TestTableAlgorithms : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void joinArequipa();
    void joinDecimalCommaAndMismatch();
    void fieldCalculator();
    void fieldCalculatorInvalid();

private:
    Result<QVariantMap> run(const QString &id, const QVariantMap &parameters)
    {
        Feedback feedback;
        const Algorithm *algorithm = m_registry.algorithm(id);
        if (!algorithm)
            return fail(u"no algorithm "_s + id);
        return algorithm->run(parameters, feedback);
    }
    AlgorithmRegistry m_registry;
    QTemporaryDir m_tmp;
    QString m_districts = QStringLiteral(TERRITORIA_SOURCE_DIR) + u"/resources/demo/distritos_arequipa.geojson"_s;
};

void TestTableAlgorithms::initTestCase()
{
    m_registry.loadPlugins();
    for (const char *id : {"indicators:join_table", "indicators:field_calculator", "indicators:composite_index",
                           "indicators:coverage_gap"})
        QVERIFY2(m_registry.algorithm(QString::fromLatin1(id)), id);
}

void TestTableAlgorithms::joinArequipa()
{
    const QString output = m_tmp.filePath(u"arequipa.gpkg"_s);
    auto result = run(u"indicators:join_table"_s, {{u"input"_s, m_districts},
                                                   {u"input_field"_s, u"IDDIST"_s},
                                                   {u"table"_s, data(u"ubigeo_arequipa.csv"_s)},
                                                   {u"table_field"_s, u"inei"_s},
                                                   {u"prefix"_s, u"u_"_s},
                                                   {u"output"_s, output}});
    QVERIFY2(result, qPrintable(result ? QString() : result.error().toString()));
    QCOMPARE(result->value(u"matched_count"_s).toInt(), 29);
    QCOMPARE(result->value(u"unmatched_layer_count"_s).toInt(), 0);
    QCOMPARE(result->value(u"unmatched_table_count"_s).toInt(), 0);
    QCOMPARE(result->value(u"duplicate_key_count"_s).toInt(), 0);
    const QVariantMap report = result->value(u"report"_s).toMap();
    QCOMPARE(report.value(u"layer_feature_count"_s).toInt(), 29);
    QCOMPARE(report.value(u"table_row_count"_s).toInt(), 29);
    const QList<QVariantMap> rows = fixtures::readFeatures(output);
    QCOMPARE(rows.size(), 29);
    for (const QVariantMap &row : rows)
        if (row.value(u"IDDIST"_s).toString() == u"040101"_s)
            QCOMPARE(row.value(u"u_idh_2019"_s).toDouble(), 0.76216713599223895);
}

void TestTableAlgorithms::joinDecimalCommaAndMismatch()
{
    // Zones with an integer key 40101..40102 against the ';' table keyed "040101".
    const QString zones = m_tmp.filePath(u"zones.gpkg"_s);
    QVERIFY(fixtures::writeLayer(zones, {square, square}));
    // zone_id is 1, 2: make a layer whose integer key is 40101, 40102 with the field calculator.
    const QString keyed = m_tmp.filePath(u"keyed.gpkg"_s);
    auto calc = run(u"indicators:field_calculator"_s, {{u"input"_s, zones},
                                                        {u"field"_s, u"codigo"_s},
                                                        {u"expression"_s, u"40100 + zone_id"_s},
                                                        {u"type"_s, u"integer"_s},
                                                        {u"output"_s, keyed}});
    QVERIFY2(calc, qPrintable(calc ? QString() : calc.error().toString()));
    QVariantMap parameters{{u"input"_s, keyed},
                           {u"input_field"_s, u"codigo"_s},
                           {u"table"_s, data(u"indicadores_coma_decimal.csv"_s)},
                           {u"table_field"_s, u"ubigeo"_s},
                           {u"decimal_separator"_s, u"comma"_s},
                           {u"thousands_separator"_s, u"point"_s},
                           {u"output"_s, m_tmp.filePath(u"joined.gpkg"_s)}};
    auto refused = run(u"indicators:join_table"_s, parameters);
    QVERIFY(!refused);
    QVERIFY2(refused.error().message.contains(u"width 6"_s), qPrintable(refused.error().toString()));
    parameters.insert(u"zero_pad"_s, 6);
    auto padded = run(u"indicators:join_table"_s, parameters);
    QVERIFY2(padded, qPrintable(padded ? QString() : padded.error().toString()));
    QCOMPARE(padded->value(u"matched_count"_s).toInt(), 2);
    QCOMPARE(padded->value(u"unmatched_table_count"_s).toInt(), 2);
    QCOMPARE(padded->value(u"report"_s).toMap().value(u"unmatched_table_keys"_s).toStringList(),
             (QStringList{u"040103"_s, u"040104"_s}));
    const QList<QVariantMap> rows = fixtures::readFeatures(m_tmp.filePath(u"joined.gpkg"_s));
    QCOMPARE(rows[0].value(u"poblacion"_s).toLongLong(), 55437);
    QCOMPARE(rows[1].value(u"idh"_s).toDouble(), 0.6601);
    // A table column that does not exist.
    parameters.insert(u"table_field"_s, u"ubigeo_inei"_s);
    auto missing = run(u"indicators:join_table"_s, parameters);
    QVERIFY(!missing);
    QVERIFY2(missing.error().message.contains(u"ubigeo_inei"_s), qPrintable(missing.error().toString()));
}

void TestTableAlgorithms::fieldCalculator()
{
    const QString zones = m_tmp.filePath(u"square.gpkg"_s);
    QVERIFY(fixtures::writeLayer(zones, {square}, 32719, 4326, {2500.0}));
    const QString output = m_tmp.filePath(u"density.gpkg"_s);
    auto result = run(u"indicators:field_calculator"_s, {{u"input"_s, zones},
                                                         {u"field"_s, u"density"_s},
                                                         {u"expression"_s, u"population / (ST_Area(geometry) / 1e6)"_s},
                                                         {u"measure_crs"_s, u"EPSG:32719"_s},
                                                         {u"output"_s, output}});
    QVERIFY2(result, qPrintable(result ? QString() : result.error().toString()));
    QCOMPARE(result->value(u"feature_count"_s).toInt(), 1);
    const QList<QVariantMap> rows = fixtures::readFeatures(output);
    QVERIFY2(std::abs(rows[0].value(u"density"_s).toDouble() - 2500.0) < 1e-3, qPrintable(rows[0].value(u"density"_s).toString()));
}

void TestTableAlgorithms::fieldCalculatorInvalid()
{
    const QString zones = m_tmp.filePath(u"square2.gpkg"_s);
    QVERIFY(fixtures::writeLayer(zones, {square}));
    auto result = run(u"indicators:field_calculator"_s, {{u"input"_s, zones},
                                                         {u"field"_s, u"x"_s},
                                                         {u"expression"_s, u"population * (2"_s},
                                                         {u"output"_s, m_tmp.filePath(u"x.gpkg"_s)}});
    QVERIFY(!result);
    QVERIFY2(result.error().message.contains(u"population * (2"_s), qPrintable(result.error().toString()));
    QVERIFY2(result.error().message.contains(u"syntax error"_s) || result.error().message.contains(u"incomplete"_s),
             qPrintable(result.error().toString()));
}

QTEST_GUILESS_MAIN(TestTableAlgorithms)
#include "tst_tablealgorithms.moc"
