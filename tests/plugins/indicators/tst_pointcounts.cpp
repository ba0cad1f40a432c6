// indicators:point_counts, loaded from the build tree through AlgorithmRegistry:
// counts by hand, rates per 1,000 inhabitants, areas against an equal-area projection.
#include "fixtures.h"

#include <QTemporaryDir>
#include <QTest>

#include <cmath>

using namespace Qt::StringLiterals;
using namespace territoria;

namespace {

const QString squareA = u"POLYGON ((300000 8200000, 301000 8200000, 301000 8201000, 300000 8201000, 300000 8200000))"_s;
const QString squareB = u"POLYGON ((301000 8200000, 302000 8200000, 302000 8201000, 301000 8201000, 301000 8200000))"_s;

// Area in km² of a EPSG:32719 WKT polygon in a Lambert azimuthal equal-area
// projection centred on it: an independent check of the geodesic area.
double equalAreaKm2(const QString &wkt)
{
    OGRGeometry *g = nullptr;
    OGRGeometryFactory::createFromWkt(wkt.toUtf8().constData(), nullptr, &g);
    std::unique_ptr<OGRGeometry> geometry(g);
    OGRSpatialReference utm, laea;
    utm.importFromEPSG(32719);
    laea.importFromProj4("+proj=laea +lat_0=-16.3 +lon_0=-70.9 +datum=WGS84 +units=m");
    utm.SetAxisMappingStrategy(OAMS_TRADITIONAL_GIS_ORDER);
    laea.SetAxisMappingStrategy(OAMS_TRADITIONAL_GIS_ORDER);
    std::unique_ptr<OGRCoordinateTransformation> ct(OGRCreateCoordinateTransformation(&utm, &laea));
    geometry->segmentize(10); // 10 m steps: straight UTM edges stay faithful
    geometry->transform(ct.get());
    return geometry->toPolygon()->get_Area() / 1e6;
}

} // namespace

class TestPointCounts : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void countsRatesAndAreas();
    void borderPointCountsOnce();
    void badParameters_data();
    void badParameters();

private:
    Result<QVariantMap> run(const QVariantMap &parameters)
    {
        Feedback feedback;
        return m_algorithm->run(parameters, feedback);
    }

    AlgorithmRegistry m_registry;
    const Algorithm *m_algorithm = nullptr;
    QTemporaryDir m_tmp;
    QString m_zones;
};

void TestPointCounts::initTestCase()
{
    QVERIFY(m_tmp.isValid());
    m_registry.loadPlugins();
    m_algorithm = m_registry.algorithm(u"indicators:point_counts"_s);
    QVERIFY(m_algorithm);
    m_zones = m_tmp.filePath(u"zones.gpkg"_s);
    QVERIFY(fixtures::writeLayer(m_zones, {squareA, squareB}, 32719, 32719, {2000.0, std::nan("")}));
}

void TestPointCounts::countsRatesAndAreas()
{
    // Three points in A, one in B, one outside; stored in EPSG:4326.
    const QString points = m_tmp.filePath(u"points.gpkg"_s);
    QVERIFY(fixtures::writeLayer(points,
                                 {u"POINT (300100 8200100)"_s, u"POINT (300500 8200500)"_s, u"POINT (300900 8200900)"_s,
                                  u"POINT (301500 8200500)"_s, u"POINT (305000 8200500)"_s},
                                 32719, 4326));
    const QString output = m_tmp.filePath(u"counts.gpkg"_s);
    auto result = run({{u"points"_s, points},
                       {u"zones"_s, m_zones},
                       {u"population_field"_s, u"population"_s},
                       {u"output"_s, output}});
    QVERIFY2(result, qPrintable(result ? QString() : result.error().toString()));
    QCOMPARE(result->value(u"point_count"_s).toLongLong(), 5);
    QCOMPARE(result->value(u"points_outside"_s).toLongLong(), 1);

    const QList<QVariantMap> rows = fixtures::readFeatures(output);
    QCOMPARE(rows.size(), 2);
    QCOMPARE(rows[0].value(u"points_count"_s).toLongLong(), 3);
    QCOMPARE(rows[1].value(u"points_count"_s).toLongLong(), 1);
    QCOMPARE(rows[0].value(u"points_per_1000_inhabitants"_s).toDouble(), 3 * 1000.0 / 2000.0);
    QVERIFY(!rows[1].contains(u"points_per_1000_inhabitants"_s)); // no population: null
    const double areaA = equalAreaKm2(squareA);
    const double areaB = equalAreaKm2(squareB);
    // A 1 km UTM square 200 km west of the central meridian is ~0.02% smaller on the ground.
    QVERIFY(areaA < 0.9999 && areaA > 0.999);
    QVERIFY2(std::abs(rows[0].value(u"points_area_km2"_s).toDouble() - areaA) < 1e-6,
             qPrintable(u"%1 vs %2"_s.arg(rows[0].value(u"points_area_km2"_s).toDouble(), 0, 'g', 12).arg(areaA, 0, 'g', 12)));
    QVERIFY(std::abs(rows[1].value(u"points_area_km2"_s).toDouble() - areaB) < 1e-6);
    QVERIFY(std::abs(rows[0].value(u"points_per_km2"_s).toDouble() - 3 / areaA) < 1e-5);
    QVERIFY(std::abs(rows[1].value(u"points_per_km2"_s).toDouble() - 1 / areaB) < 1e-5);
    // The zones' own fields come first, unchanged.
    QCOMPARE(rows[0].value(u"zone_id"_s).toInt(), 1);
    QCOMPARE(rows[0].value(u"population"_s).toDouble(), 2000.0);
}

void TestPointCounts::borderPointCountsOnce()
{
    const QString points = m_tmp.filePath(u"border.gpkg"_s);
    QVERIFY(fixtures::writeLayer(points, {u"POINT (301000 8200500)"_s, u"POINT (301000 8201000)"_s}));
    const QString output = m_tmp.filePath(u"border_counts.gpkg"_s);
    auto result = run({{u"points"_s, points}, {u"zones"_s, m_zones}, {u"prefix"_s, u"p_"_s}, {u"output"_s, output}});
    QVERIFY2(result, qPrintable(result ? QString() : result.error().toString()));
    const QList<QVariantMap> rows = fixtures::readFeatures(output);
    QCOMPARE(rows.size(), 2);
    QCOMPARE(rows[0].value(u"p_count"_s).toLongLong() + rows[1].value(u"p_count"_s).toLongLong(), 2);
    QCOMPARE(rows[0].value(u"p_count"_s).toLongLong(), 2); // the first zone takes border points
    QCOMPARE(result->value(u"points_outside"_s).toLongLong(), 0);
}

void TestPointCounts::badParameters_data()
{
    QTest::addColumn<QString>("case_");
    QTest::addColumn<QString>("mention");
    QTest::newRow("polygons as points") << u"polygons"_s << u"must be points"_s;
    QTest::newRow("points as zones") << u"pointzones"_s << u"must be polygons"_s;
    QTest::newRow("unknown population field") << u"field"_s << u"nofield"_s;
    QTest::newRow("missing points file") << u"missing"_s << u"/nonexistent/stops.gpkg"_s;
}

void TestPointCounts::badParameters()
{
    QFETCH(QString, case_);
    QFETCH(QString, mention);
    const QString points = m_tmp.filePath(u"ok_points.gpkg"_s);
    QVERIFY(fixtures::writeLayer(points, {u"POINT (300100 8200100)"_s}));
    QVariantMap parameters{{u"points"_s, points}, {u"zones"_s, m_zones}, {u"output"_s, m_tmp.filePath(u"bad.gpkg"_s)}};
    if (case_ == u"polygons"_s)
        parameters.insert(u"points"_s, m_zones);
    else if (case_ == u"pointzones"_s)
        parameters.insert(u"zones"_s, points);
    else if (case_ == u"field"_s)
        parameters.insert(u"population_field"_s, u"nofield"_s);
    else if (case_ == u"missing"_s)
        parameters.insert(u"points"_s, u"/nonexistent/stops.gpkg"_s);
    auto result = run(parameters);
    QVERIFY(!result);
    QVERIFY2(result.error().message.contains(mention), qPrintable(result.error().toString()));
}

QTEST_GUILESS_MAIN(TestPointCounts)
#include "tst_pointcounts.moc"
