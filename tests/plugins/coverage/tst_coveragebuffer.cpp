// coverage:buffer: a circle's area against GEOS's polygon (n/2 r² sin(2π/n)) and
// π r², the union of two overlapping circles (lens formula), a geographic input
// measured in its UTM zone, and bad parameters.
#include "fixtures.h"

#include <QTemporaryDir>
#include <QTest>

#include <cmath>

using namespace Qt::StringLiterals;
using namespace territoria;

class TestCoverageBuffer : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void onePoint();
    void twoPointsDissolved();
    void geographicInput();
    void badParameters();

private:
    Result<QVariantMap> run(const QVariantMap &parameters)
    {
        Feedback feedback;
        return m_algorithm->run(parameters, feedback);
    }
    static double polygonArea(double r, int segments) { return 2.0 * segments * r * r * std::sin(M_PI / (2.0 * segments)); }
    AlgorithmRegistry m_registry;
    const Algorithm *m_algorithm = nullptr;
    QTemporaryDir m_tmp;
};

void TestCoverageBuffer::initTestCase()
{
    m_registry.loadPlugins();
    m_algorithm = m_registry.algorithm(u"coverage:buffer"_s);
    QVERIFY(m_algorithm);
}

void TestCoverageBuffer::onePoint()
{
    const QString input = m_tmp.filePath(u"one.gpkg"_s);
    QVERIFY(coveragefixtures::writeLayer(input, {u"POINT (300000 8200000)"_s}));
    const QString output = m_tmp.filePath(u"one_buffers.gpkg"_s);
    auto result = run({{u"facilities"_s, input}, {u"distance"_s, 1000.0}, {u"segments"_s, 8}, {u"output"_s, output}});
    QVERIFY2(result, qPrintable(result ? QString() : result.error().toString()));
    // 32 segments: 16 r² sin(π/16)... exactly 2·8·4/2 r² sin(2π/32).
    const double exact = polygonArea(1000, 8);
    const double area = result->value(u"covered_area_m2"_s).toDouble();
    QVERIFY2(std::abs(area - exact) < 1.0, qPrintable(QString::number(area, 'f', 2)));
    QVERIFY(std::abs(area - M_PI * 1e6) / (M_PI * 1e6) < 0.0065); // the quadrant-segment tolerance
    GDALDatasetUniquePtr ds(GDALDataset::Open(output.toUtf8().constData(), GDAL_OF_VECTOR));
    QVERIFY(ds);
    OGRLayer *layer = ds->GetLayerByName("buffers");
    QVERIFY(layer);
    QCOMPARE(layer->GetFeatureCount(), GIntBig(1));
    OGRFeatureUniquePtr f(layer->GetNextFeature());
    QCOMPARE(f->GetFieldAsInteger("code"), 100);
    QVERIFY(std::abs(f->GetFieldAsDouble("area_m2") - exact) < 1.0);
    QCOMPARE(f->GetFieldAsDouble("buffer_m"), 1000.0);
    QCOMPARE(result->value(u"working_crs"_s).toString(), u"EPSG:32719"_s);
}

void TestCoverageBuffer::twoPointsDissolved()
{
    // Centres 1000 m apart, r = 1000 m: union = 2π r² - lens, lens = 2 r² acos(1/2) - (r/2) √3 r.
    const QString input = m_tmp.filePath(u"two.gpkg"_s);
    QVERIFY(coveragefixtures::writeLayer(input, {u"POINT (300000 8200000)"_s, u"POINT (301000 8200000)"_s}));
    const QString output = m_tmp.filePath(u"two_buffers.gpkg"_s), dissolved = m_tmp.filePath(u"two_union.geojson"_s);
    auto result = run({{u"facilities"_s, input},
                       {u"distance"_s, 1000.0},
                       {u"segments"_s, 64},
                       {u"output"_s, output},
                       {u"dissolved"_s, dissolved}});
    QVERIFY2(result, qPrintable(result ? QString() : result.error().toString()));
    const double lens = 2 * std::acos(0.5) - 0.5 * std::sqrt(3.0);
    const double expected = (2 * M_PI - lens) * 1e6;
    const double area = result->value(u"covered_area_m2"_s).toDouble();
    QVERIFY2(std::abs(area - expected) / expected < 0.001, qPrintable(QString::number(area, 'f', 1)));
    GDALDatasetUniquePtr ds(GDALDataset::Open(dissolved.toUtf8().constData(), GDAL_OF_VECTOR));
    QVERIFY(ds);
    QCOMPARE(ds->GetLayer(0)->GetFeatureCount(), GIntBig(1));
    OGRFeatureUniquePtr f(ds->GetLayer(0)->GetNextFeature());
    QCOMPARE(f->GetFieldAsInteger("facilities"), 2);
    QVERIFY(std::abs(f->GetGeometryRef()->toMultiPolygon()->get_Area() - area) < 1.0);
}

void TestCoverageBuffer::geographicInput()
{
    // A point in longitude/latitude near Arequipa: buffered in UTM 19S, written back in EPSG:4326.
    const QString input = m_tmp.filePath(u"geo.gpkg"_s);
    QVERIFY(coveragefixtures::writeLayer(input, {u"POINT (-71.5 -16.4)"_s}, 4326));
    const QString output = m_tmp.filePath(u"geo_buffers.gpkg"_s);
    auto result = run({{u"facilities"_s, input}, {u"distance"_s, 1000.0}, {u"output"_s, output}});
    QVERIFY2(result, qPrintable(result ? QString() : result.error().toString()));
    QCOMPARE(result->value(u"working_crs"_s).toString(), u"EPSG:32719"_s);
    QVERIFY(std::abs(result->value(u"covered_area_m2"_s).toDouble() - polygonArea(1000, 8)) < 1.0);
    GDALDatasetUniquePtr ds(GDALDataset::Open(output.toUtf8().constData(), GDAL_OF_VECTOR));
    QVERIFY(ds);
    OGRLayer *layer = ds->GetLayer(0);
    QVERIFY(layer->GetSpatialRef()->IsGeographic());
    OGREnvelope env;
    layer->GetExtent(&env);
    // About 1000 m of latitude = 0.009°.
    QVERIFY2(std::abs((env.MaxY - env.MinY) / 2 - 0.00904) < 0.0001, qPrintable(QString::number(env.MaxY - env.MinY)));
}

void TestCoverageBuffer::badParameters()
{
    const QString input = m_tmp.filePath(u"bad.gpkg"_s);
    QVERIFY(coveragefixtures::writeLayer(input, {u"POINT (300000 8200000)"_s}));
    auto result = run({{u"facilities"_s, input}, {u"distance"_s, 0.0}, {u"output"_s, m_tmp.filePath(u"bad_out.gpkg"_s)}});
    QVERIFY(!result);
    QVERIFY2(result.error().message.contains(u"distance"_s), qPrintable(result.error().message));
    result = run({{u"facilities"_s, input}, {u"distance"_s, 10.0}, {u"output"_s, m_tmp.filePath(u"bad_out.xyz"_s)}});
    QVERIFY(!result);
    QVERIFY2(result.error().message.contains(u"bad_out.xyz"_s), qPrintable(result.error().message));
    result = run({{u"facilities"_s, m_tmp.filePath(u"missing.gpkg"_s)}, {u"distance"_s, 10.0}, {u"output"_s, m_tmp.filePath(u"o.gpkg"_s)}});
    QVERIFY(!result);
    QVERIFY2(result.error().message.contains(u"missing.gpkg"_s), qPrintable(result.error().message));
}

QTEST_GUILESS_MAIN(TestCoverageBuffer)
#include "tst_coveragebuffer.moc"
