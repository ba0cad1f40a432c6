// FieldCalculator: geometry measures (area, centroid) of known rectangles in a
// projected CRS and, for a geographic layer, after reprojection; arithmetic over
// fields; overwriting a field; invalid expressions rejected with SQLite's reason.
#include "../common/ogrrows.h"
#include "analysis/fieldcalculator.h"

#include <gdal_priv.h>
#include <ogr_spatialref.h>
#include <ogrsf_frmts.h>

#include <QTemporaryDir>
#include <QTest>

#include <cmath>
#include <memory>

using namespace Qt::StringLiterals;
using namespace territoria;

namespace {

// A 100 m x 200 m rectangle (20,000 m²) and a 300 m x 300 m square (90,000 m²) in
// EPSG:32719, stored in EPSG:`epsg`, with fields a, b (integers) and name.
bool writeLayer(const QString &path, int epsg)
{
    GDALAllRegister();
    GDALDatasetUniquePtr ds(GetGDALDriverManager()->GetDriverByName("GPKG")->Create(path.toUtf8().constData(), 0, 0, 0,
                                                                                      GDT_Unknown, nullptr));
    if (!ds)
        return false;
    OGRSpatialReference utm, dst;
    utm.importFromEPSG(32719);
    dst.importFromEPSG(epsg);
    utm.SetAxisMappingStrategy(OAMS_TRADITIONAL_GIS_ORDER);
    dst.SetAxisMappingStrategy(OAMS_TRADITIONAL_GIS_ORDER);
    std::unique_ptr<OGRCoordinateTransformation> ct(OGRCreateCoordinateTransformation(&utm, &dst));
    OGRLayer *layer = ds->CreateLayer("zonas", &dst, wkbPolygon, nullptr);
    OGRFieldDefn a("a", OFTInteger), b("b", OFTInteger), name("name", OFTString);
    layer->CreateField(&a);
    layer->CreateField(&b);
    layer->CreateField(&name);
    const char *wkts[] = {"POLYGON ((300000 8200000, 300100 8200000, 300100 8200200, 300000 8200200, 300000 8200000))",
                          "POLYGON ((301000 8200000, 301300 8200000, 301300 8200300, 301000 8200300, 301000 8200000))"};
    const int as[] = {3, 10}, bs[] = {4, 0};
    for (int i = 0; i < 2; ++i) {
        OGRFeatureUniquePtr f(OGRFeature::CreateFeature(layer->GetLayerDefn()));
        f->SetField(0, as[i]);
        f->SetField(1, bs[i]);
        f->SetField(2, i == 0 ? "uno" : "dos");
        OGRGeometry *g = nullptr;
        OGRGeometryFactory::createFromWkt(wkts[i], nullptr, &g);
        if (epsg != 32719)
            g->transform(ct.get());
        f->SetGeometryDirectly(g);
        if (layer->CreateFeature(f.get()) != OGRERR_NONE)
            return false;
    }
    return true;
}

QList<QVariantMap> readRows(const QString &path)
{
    return test::readOgrRows(path, test::GeometryPresence::Omit);
}

} // namespace

class TestFieldCalculator : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void areaAndCentroid();
    void arithmeticOverFields();
    void overwriteField();
    void geographicLayerIsReprojected();
    void invalidExpressions_data();
    void invalidExpressions();

private:
    Result<FieldCalculatorResult> calc(const QString &input, const QString &field, const QString &expression,
                                       CalculatedFieldType type, const QString &output, const QString &crs = {})
    {
        FieldCalculatorOptions options;
        options.field = field;
        options.expression = expression;
        options.type = type;
        options.measureCrs = crs;
        return FieldCalculator::calculate(input, options, output);
    }
    QTemporaryDir m_tmp;
    QString m_utm;
    QString m_geographic;
};

void TestFieldCalculator::initTestCase()
{
    m_utm = m_tmp.filePath(u"utm.gpkg"_s);
    m_geographic = m_tmp.filePath(u"lonlat.gpkg"_s);
    QVERIFY(writeLayer(m_utm, 32719));
    QVERIFY(writeLayer(m_geographic, 4326));
}

void TestFieldCalculator::areaAndCentroid()
{
    const QString output = m_tmp.filePath(u"area.gpkg"_s);
    auto result = calc(m_utm, u"area_m2"_s, u"ST_Area(geometry)"_s, CalculatedFieldType::Real, output);
    QVERIFY2(result, qPrintable(result ? QString() : result.error().toString()));
    QCOMPARE(result->featureCount, 2);
    QVERIFY(!result->reprojected);
    QVERIFY(!result->replacedField);
    QList<QVariantMap> rows = readRows(output);
    QCOMPARE(rows.size(), 2);
    QCOMPARE(rows[0].value(u"area_m2"_s).toDouble(), 20000.0);
    QCOMPARE(rows[1].value(u"area_m2"_s).toDouble(), 90000.0);
    QCOMPARE(rows[0].value(u"a"_s).toLongLong(), 3); // the other fields are copied

    const QString centroid = m_tmp.filePath(u"centroid.gpkg"_s);
    result = calc(m_utm, u"cx"_s, u"ST_X(ST_Centroid(geometry))"_s, CalculatedFieldType::Real, centroid);
    QVERIFY(result);
    rows = readRows(centroid);
    QCOMPARE(rows[0].value(u"cx"_s).toDouble(), 300050.0);
    QCOMPARE(rows[1].value(u"cx"_s).toDouble(), 301150.0);
}

void TestFieldCalculator::arithmeticOverFields()
{
    const QString output = m_tmp.filePath(u"arith.gpkg"_s);
    auto result = calc(m_utm, u"ab"_s, u"a * b + 1"_s, CalculatedFieldType::Integer, output);
    QVERIFY2(result, qPrintable(result ? QString() : result.error().toString()));
    QList<QVariantMap> rows = readRows(output);
    QCOMPARE(rows[0].value(u"ab"_s).toLongLong(), 13);
    QCOMPARE(rows[1].value(u"ab"_s).toLongLong(), 1);
    // Division by zero is NULL in SQLite: reported, the field stays empty.
    const QString ratio = m_tmp.filePath(u"ratio.gpkg"_s);
    result = calc(m_utm, u"ratio"_s, u"CAST(a AS REAL) / b"_s, CalculatedFieldType::Real, ratio);
    QVERIFY(result);
    QCOMPARE(result->nullCount, 1);
    rows = readRows(ratio);
    QCOMPARE(rows[0].value(u"ratio"_s).toDouble(), 0.75);
    QVERIFY(!rows[1].contains(u"ratio"_s));
    // Text.
    const QString text = m_tmp.filePath(u"text.gpkg"_s);
    result = calc(m_utm, u"label"_s, u"name || '-' || a"_s, CalculatedFieldType::Text, text);
    QVERIFY(result);
    QCOMPARE(readRows(text)[1].value(u"label"_s).toString(), u"dos-10"_s);
}

void TestFieldCalculator::overwriteField()
{
    const QString output = m_tmp.filePath(u"overwrite.gpkg"_s);
    auto result = calc(m_utm, u"a"_s, u"a * 10"_s, CalculatedFieldType::Integer, output);
    QVERIFY(result);
    QVERIFY(result->replacedField);
    const QList<QVariantMap> rows = readRows(output);
    QCOMPARE(rows[0].value(u"a"_s).toLongLong(), 30);
    QCOMPARE(rows[1].value(u"a"_s).toLongLong(), 100);
    QCOMPARE(rows[0].size(), 3); // a, b, name: no new field
}

void TestFieldCalculator::geographicLayerIsReprojected()
{
    const QString output = m_tmp.filePath(u"geo_area.gpkg"_s);
    auto result = calc(m_geographic, u"area_m2"_s, u"ST_Area(geometry)"_s, CalculatedFieldType::Real, output, u"EPSG:32719"_s);
    QVERIFY2(result, qPrintable(result ? QString() : result.error().toString()));
    QVERIFY(result->reprojected);
    QVERIFY2(result->measureCrs.contains(u"19S"_s), qPrintable(result->measureCrs));
    QList<QVariantMap> rows = readRows(output);
    QVERIFY(std::abs(rows[0].value(u"area_m2"_s).toDouble() - 20000.0) < 0.01);
    QVERIFY(std::abs(rows[1].value(u"area_m2"_s).toDouble() - 90000.0) < 0.01);
    // Without a measure CRS: the UTM zone of the layer's centre (-70.9°: zone 19 south).
    result = calc(m_geographic, u"area_m2"_s, u"ST_Area(geometry)"_s, CalculatedFieldType::Real, output);
    QVERIFY(result);
    QVERIFY2(result->measureCrs.contains(u"UTM zone 19S"_s), qPrintable(result->measureCrs));
    rows = readRows(output);
    QVERIFY(std::abs(rows[0].value(u"area_m2"_s).toDouble() - 20000.0) < 0.01);
    // A geographic measure CRS is refused.
    result = calc(m_geographic, u"area_m2"_s, u"ST_Area(geometry)"_s, CalculatedFieldType::Real, output, u"EPSG:4326"_s);
    QVERIFY(!result);
    QVERIFY(result.error().message.contains(u"projected"_s));
}

void TestFieldCalculator::invalidExpressions_data()
{
    QTest::addColumn<QString>("expression");
    QTest::addColumn<QString>("why");
    QTest::newRow("syntax") << u"a +* b"_s << u"syntax error"_s;
    QTest::newRow("unknown field") << u"poblacion / 2"_s << u"no such column: poblacion"_s;
    QTest::newRow("unknown function") << u"SUPERFICIE(geometry)"_s << u"no such function: SUPERFICIE"_s;
    QTest::newRow("two statements") << u"1; DROP TABLE layer"_s << u";"_s;
    QTest::newRow("empty") << u"  "_s << u"empty"_s;
}

void TestFieldCalculator::invalidExpressions()
{
    QFETCH(QString, expression);
    QFETCH(QString, why);
    auto check = FieldCalculator::validate(m_utm, expression);
    QVERIFY(!check);
    QVERIFY2(check.error().message.contains(why), qPrintable(check.error().toString()));
    auto result = calc(m_utm, u"x"_s, expression, CalculatedFieldType::Real, m_tmp.filePath(u"invalid.gpkg"_s));
    QVERIFY(!result);
    QVERIFY2(result.error().message.contains(why), qPrintable(result.error().toString()));
    QVERIFY(FieldCalculator::validate(m_utm, u"ST_Area(geometry) / 1e6 + a"_s));
}

QTEST_GUILESS_MAIN(TestFieldCalculator)
#include "tst_fieldcalculator.moc"
