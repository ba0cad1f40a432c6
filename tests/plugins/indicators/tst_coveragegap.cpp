// indicators:coverage_gap by hand. Zones A (300000-301000) and B (301000-302000),
// 1 km squares in EPSG:32719; coverage: x 300000-300300 (in A) and 301500-302500
// (half of B, reaching outside it).
#include "fixtures.h"

#include <QTemporaryDir>
#include <QTest>

#include <cmath>

using namespace Qt::StringLiterals;
using namespace territoria;

namespace {

const QString zoneA = u"POLYGON ((300000 8200000, 301000 8200000, 301000 8201000, 300000 8201000, 300000 8200000))"_s;
const QString zoneB = u"POLYGON ((301000 8200000, 302000 8200000, 302000 8201000, 301000 8201000, 301000 8200000))"_s;
const QString coverWest = u"POLYGON ((300000 8200000, 300300 8200000, 300300 8201000, 300000 8201000, 300000 8200000))"_s;
const QString coverEast = u"POLYGON ((301500 8199000, 302500 8199000, 302500 8202000, 301500 8202000, 301500 8199000))"_s;

} // namespace

class TestCoverageGap : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void populationField();
    void populationRaster();
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
    QString m_coverage;
};

void TestCoverageGap::initTestCase()
{
    m_registry.loadPlugins();
    m_algorithm = m_registry.algorithm(u"indicators:coverage_gap"_s);
    QVERIFY(m_algorithm);
    m_zones = m_tmp.filePath(u"zones.gpkg"_s);
    QVERIFY(fixtures::writeLayer(m_zones, {zoneA, zoneB}, 32719, 32719, {1000.0, 500.0}));
    // The coverage is stored in longitude/latitude: reprojected by the algorithm.
    m_coverage = m_tmp.filePath(u"coverage.gpkg"_s);
    QVERIFY(fixtures::writeLayer(m_coverage, {coverWest, coverEast}, 32719, 4326));
}

void TestCoverageGap::populationField()
{
    // A: 30% of its area covered -> 700 of 1000 outside; B: half covered -> 250 of 500.
    const QString output = m_tmp.filePath(u"gap_field.gpkg"_s);
    auto result = run({{u"zones"_s, m_zones},
                       {u"coverage"_s, m_coverage},
                       {u"population_field"_s, u"population"_s},
                       {u"output"_s, output}});
    QVERIFY2(result, qPrintable(result ? QString() : result.error().toString()));
    const QList<QVariantMap> rows = fixtures::readFeatures(output);
    QCOMPARE(rows.size(), 2);
    // Straight UTM edges become slightly curved in the equal-area projection: 0.05 people.
    QVERIFY2(std::abs(rows[0].value(u"gap_uncovered"_s).toDouble() - 700) < 0.05,
             qPrintable(rows[0].value(u"gap_uncovered"_s).toString()));
    QVERIFY(std::abs(rows[0].value(u"gap_covered"_s).toDouble() - 300) < 0.05);
    QVERIFY(std::abs(rows[0].value(u"gap_share"_s).toDouble() - 0.7) < 1e-4);
    QCOMPARE(rows[0].value(u"gap_population"_s).toDouble(), 1000.0);
    QVERIFY(std::abs(rows[1].value(u"gap_uncovered"_s).toDouble() - 250) < 0.05);
    QVERIFY(std::abs(rows[1].value(u"gap_share"_s).toDouble() - 0.5) < 1e-4);
    QCOMPARE(result->value(u"total_population"_s).toDouble(), 1500.0);
    QVERIFY(std::abs(result->value(u"uncovered_population"_s).toDouble() - 950) < 0.1);
    QVERIFY(std::abs(result->value(u"uncovered_share"_s).toDouble() - 950.0 / 1500.0) < 1e-4);
}

void TestCoverageGap::populationRaster()
{
    // 20 x 10 pixels of 100 m over A and B; a pixel holds column + 1 (1..20), one
    // nodata pixel (row 0, column 5). Pixel centres inside the coverage: columns
    // 0-2 (centres 300050..300250) and 15-19 (301550..301950).
    fixtures::Grid grid;
    grid.width = 20;
    grid.height = 10;
    grid.cell = 100;
    grid.x0 = 300000;
    grid.y0 = 8201000;
    for (int r = 0; r < grid.height; ++r)
        for (int c = 0; c < grid.width; ++c)
            grid.values.push_back(r == 0 && c == 5 ? grid.nodata : double(c + 1));
    const QString raster = m_tmp.filePath(u"population.tif"_s);
    QVERIFY(fixtures::writeGrid(raster, grid));
    const QString output = m_tmp.filePath(u"gap_raster.gpkg"_s);
    auto result = run({{u"zones"_s, m_zones},
                       {u"coverage"_s, m_coverage},
                       {u"population"_s, raster},
                       {u"prefix"_s, u"m_"_s},
                       {u"output"_s, output}});
    QVERIFY2(result, qPrintable(result ? QString() : result.error().toString()));
    const QList<QVariantMap> rows = fixtures::readFeatures(output);
    QCOMPARE(rows.size(), 2);
    // A: 10 rows x (1+...+10) - 6 (nodata) = 544; covered 10 x (1+2+3) = 60; outside 484.
    QCOMPARE(rows[0].value(u"m_population"_s).toDouble(), 544.0);
    QCOMPARE(rows[0].value(u"m_uncovered"_s).toDouble(), 484.0);
    QCOMPARE(rows[0].value(u"m_covered"_s).toDouble(), 60.0);
    QVERIFY(std::abs(rows[0].value(u"m_share"_s).toDouble() - 484.0 / 544.0) < 1e-12);
    // B: 10 x (11+...+20) = 1550; covered 10 x (16+...+20) = 900; outside 650.
    QCOMPARE(rows[1].value(u"m_population"_s).toDouble(), 1550.0);
    QCOMPARE(rows[1].value(u"m_uncovered"_s).toDouble(), 650.0);
    QCOMPARE(result->value(u"total_population"_s).toDouble(), 2094.0);
    QCOMPARE(result->value(u"uncovered_population"_s).toDouble(), 1134.0);
}

void TestCoverageGap::badParameters()
{
    auto neither = run({{u"zones"_s, m_zones}, {u"coverage"_s, m_coverage}, {u"output"_s, m_tmp.filePath(u"x.gpkg"_s)}});
    QVERIFY(!neither);
    QVERIFY(neither.error().message.contains(u"population_field"_s));
    const QString points = m_tmp.filePath(u"points.gpkg"_s);
    QVERIFY(fixtures::writeLayer(points, {u"POINT (300100 8200100)"_s}));
    auto pointsAsCoverage = run({{u"zones"_s, m_zones},
                                 {u"coverage"_s, points},
                                 {u"population_field"_s, u"population"_s},
                                 {u"output"_s, m_tmp.filePath(u"x.gpkg"_s)}});
    QVERIFY(!pointsAsCoverage);
    QVERIFY2(pointsAsCoverage.error().message.contains(u"polygons"_s), qPrintable(pointsAsCoverage.error().toString()));
}

QTEST_GUILESS_MAIN(TestCoverageGap)
#include "tst_coveragegap.moc"
