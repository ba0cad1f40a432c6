// coverage:travel_time over a speed surface merged from a land cover and a speed
// table, roads burned over it and barrier polygons, on 5 x 5 grids of 100 m cells
// with hand-computed times (8 neighbours: a move costs its length times the mean
// of the two cells' seconds per cell).
#include "fixtures.h"

#include <QFile>
#include <QTemporaryDir>
#include <QTest>

#include <cmath>

using namespace Qt::StringLiterals;
using namespace territoria;
using coveragefixtures::Grid;

class TestSpeedSurface : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void landcoverTable();
    void csvTable();
    void roadFaster();
    void barrierBlocks();
    void stackOrder();
    void reprojectedBarrier();
    void unknownClasses();
    void tableErrors_data();
    void tableErrors();
    void badCombinations();

private:
    struct Run {
        Result<QVariantMap> result;
        QStringList warnings;
        coveragefixtures::Raster times;
    };
    Run run(QVariantMap parameters)
    {
        parameters.insert(u"facilities"_s, m_facility);
        parameters.insert(u"neighbours"_s, u"8"_s);
        if (!parameters.contains(u"output"_s))
            parameters.insert(u"output"_s, path(u"out_%1.tif"_s.arg(++m_runs)));
        Feedback feedback;
        Run r;
        QObject::connect(&feedback, &Feedback::warningPushed, [&](const QString &m) { r.warnings << m; });
        r.result = m_algorithm->run(parameters, feedback);
        if (r.result)
            r.times = coveragefixtures::readRaster(parameters.value(u"output"_s).toString());
        return r;
    }
    QString path(const QString &name) const { return m_tmp.filePath(name); }
    // A horizontal line through the centres of row `row`, from column c0 to c1.
    QString rowLine(int row, int c0, int c1) const
    {
        return u"LINESTRING (%1 %3, %2 %3)"_s.arg(m_grid.centreX(c0), 0, 'f', 3)
            .arg(m_grid.centreX(c1), 0, 'f', 3)
            .arg(m_grid.centreY(row), 0, 'f', 3);
    }
    // Column `col` over the whole grid height.
    QString columnPolygon(int col) const
    {
        const double xa = m_grid.x0 + col * 100.0, xb = xa + 100.0, ya = m_grid.y0, yb = m_grid.y0 - 500.0;
        return u"POLYGON ((%1 %3, %2 %3, %2 %4, %1 %4, %1 %3))"_s.arg(xa, 0, 'f', 3).arg(xb, 0, 'f', 3).arg(ya, 0, 'f', 3).arg(yb, 0, 'f', 3);
    }

    AlgorithmRegistry m_registry;
    const Algorithm *m_algorithm = nullptr;
    QTemporaryDir m_tmp;
    Grid m_grid;
    QString m_twoClasses; // columns 0-2 class 1, columns 3-4 class 2
    QString m_uniform;    // class 1 everywhere
    QString m_facility;   // centre of cell (2, 0)
    QString m_road;       // along row 2, 60 km/h, and a road along row 4 with NULL speed
    QString m_barrier;    // column 2
    int m_runs = 0;
};

void TestSpeedSurface::initTestCase()
{
    m_registry.loadPlugins();
    m_algorithm = m_registry.algorithm(u"coverage:travel_time"_s);
    QVERIFY(m_algorithm);
    m_grid = Grid::uniform(5, 5, 100, 1);
    m_uniform = path(u"uniform.tif"_s);
    QVERIFY(coveragefixtures::writeGrid(m_uniform, m_grid));
    Grid two = m_grid;
    for (int r = 0; r < 5; ++r)
        for (int c = 3; c < 5; ++c)
            two.at(r, c) = 2;
    m_twoClasses = path(u"two.tif"_s);
    QVERIFY(coveragefixtures::writeGrid(m_twoClasses, two));
    m_facility = path(u"facility.gpkg"_s);
    QVERIFY(coveragefixtures::writeLayer(m_facility, {u"POINT (%1 %2)"_s.arg(m_grid.centreX(0)).arg(m_grid.centreY(2))}));
    m_road = path(u"roads.gpkg"_s);
    QVERIFY(coveragefixtures::writeLayer(m_road, {rowLine(2, 0, 4), rowLine(4, 0, 4)}, 32719, {}, {60.0}, "kmh"));
    m_barrier = path(u"barrier.gpkg"_s);
    QVERIFY(coveragefixtures::writeLayer(m_barrier, {columnPolygon(2)}));
}

void TestSpeedSurface::landcoverTable()
{
    // Class 1: 6 km/h = 60 s per cell; class 2: 3 km/h = 120 s per cell.
    auto r = run({{u"landcover"_s, m_twoClasses}, {u"speed_table"_s, u"1:6; 2:3"_s}});
    QVERIFY2(r.result, qPrintable(r.result ? QString() : r.result.error().toString()));
    QCOMPARE(r.times.at(2, 0), 0.0);
    QCOMPARE(r.times.at(2, 1), 1.0);
    QCOMPARE(r.times.at(2, 2), 2.0);
    QVERIFY(std::abs(r.times.at(2, 3) - 3.5) < 1e-5); // + (60 + 120) / 2 s
    QVERIFY(std::abs(r.times.at(2, 4) - 5.5) < 1e-5); // + 120 s
    QVERIFY(std::abs(r.times.at(1, 1) - std::sqrt(2.0)) < 1e-5);
}

void TestSpeedSurface::csvTable()
{
    const QString csv = path(u"table.csv"_s);
    QFile f(csv);
    QVERIFY(f.open(QIODevice::WriteOnly));
    f.write("class,kmh,mode\n# comment\n1,6,motorized\n2,3\n");
    f.close();
    auto r = run({{u"landcover"_s, m_twoClasses}, {u"speed_table"_s, csv}});
    QVERIFY2(r.result, qPrintable(r.result ? QString() : r.result.error().toString()));
    QVERIFY(std::abs(r.times.at(2, 4) - 5.5) < 1e-5);
    QVERIFY(r.warnings.isEmpty());
}

void TestSpeedSurface::roadFaster()
{
    // Road of 60 km/h along row 2: 6 s per cell. The road along row 4 has no speed: skipped.
    auto r = run({{u"landcover"_s, m_uniform}, {u"speed_table"_s, u"1:6"_s}, {u"roads"_s, m_road}, {u"road_speed_field"_s, u"kmh"_s}});
    QVERIFY2(r.result, qPrintable(r.result ? QString() : r.result.error().toString()));
    QVERIFY(std::abs(r.times.at(2, 4) - 0.4) < 1e-5);                  // 4 x 6 s
    QVERIFY(std::abs(r.times.at(1, 4) - 0.95) < 1e-5);                 // 24 + (6 + 60) / 2 s
    QVERIFY(std::abs(r.times.at(4, 4) - 1.95) < 1e-5);                 // 57 + 60 s: row 4 is no road
    QCOMPARE(r.warnings.size(), 1);
    QVERIFY2(r.warnings.first().contains(u"kmh"_s), qPrintable(r.warnings.first()));
}

void TestSpeedSurface::barrierBlocks()
{
    auto r = run({{u"landcover"_s, m_uniform}, {u"speed_table"_s, u"1:6"_s}, {u"barriers"_s, m_barrier}});
    QVERIFY2(r.result, qPrintable(r.result ? QString() : r.result.error().toString()));
    QCOMPARE(r.times.at(2, 1), 1.0);
    for (int row = 0; row < 5; ++row)
        for (int col = 2; col < 5; ++col)
            QCOMPARE(r.times.at(row, col), -9999.0);
}

void TestSpeedSurface::stackOrder()
{
    const QVariantMap base{{u"landcover"_s, m_uniform}, {u"speed_table"_s, u"1:6"_s}, {u"roads"_s, m_road},
                           {u"road_speed_field"_s, u"kmh"_s}};
    // Land cover over the roads hides them: 4 cells at 60 s.
    QVariantMap p = base;
    p.insert(u"stack_order"_s, u"roads,landcover"_s);
    auto r = run(p);
    QVERIFY2(r.result, qPrintable(r.result ? QString() : r.result.error().toString()));
    QCOMPARE(r.times.at(2, 4), 4.0);
    // Default: barriers over roads block the road.
    p = base;
    p.insert(u"barriers"_s, m_barrier);
    r = run(p);
    QVERIFY(r.result);
    QCOMPARE(r.times.at(2, 4), -9999.0);
    // Roads over barriers: a bridge, only the road's cell crosses.
    p.insert(u"stack_order"_s, u"landcover, barriers, roads"_s);
    r = run(p);
    QVERIFY(r.result);
    QVERIFY(std::abs(r.times.at(2, 4) - 0.4) < 1e-5);
    QCOMPARE(r.times.at(1, 2), -9999.0);
    QCOMPARE(r.times.at(3, 2), -9999.0);
}

void TestSpeedSurface::reprojectedBarrier()
{
    // The column-2 barrier in longitude/latitude: reprojected before rasterizing.
    OGRSpatialReference utm, wgs84;
    utm.importFromEPSG(32719);
    wgs84.importFromEPSG(4326);
    wgs84.SetAxisMappingStrategy(OAMS_TRADITIONAL_GIS_ORDER);
    utm.SetAxisMappingStrategy(OAMS_TRADITIONAL_GIS_ORDER);
    OGRGeometry *g = nullptr;
    // Slightly inside the column so that reprojection round-off stays within it.
    const double xa = m_grid.x0 + 201, xb = m_grid.x0 + 299;
    const QByteArray wkt = u"POLYGON ((%1 8200100, %2 8200100, %2 8199400, %1 8199400, %1 8200100))"_s.arg(xa).arg(xb).toUtf8();
    QCOMPARE(OGRGeometryFactory::createFromWkt(wkt.constData(), &utm, &g), OGRERR_NONE);
    OGRGeometryUniquePtr owned(g);
    g->segmentize(10); // reprojected edges stay straight enough
    std::unique_ptr<OGRCoordinateTransformation> ct(OGRCreateCoordinateTransformation(&utm, &wgs84));
    QVERIFY(ct && g->transform(ct.get()) == OGRERR_NONE);
    char *out = nullptr;
    g->exportToWkt(&out);
    const QString geoWkt = QString::fromUtf8(out);
    CPLFree(out);
    const QString barrier = path(u"barrier4326.gpkg"_s);
    QVERIFY(coveragefixtures::writeLayer(barrier, {geoWkt}, 4326));
    auto r = run({{u"landcover"_s, m_uniform}, {u"speed_table"_s, u"1:6"_s}, {u"barriers"_s, barrier}});
    QVERIFY2(r.result, qPrintable(r.result ? QString() : r.result.error().toString()));
    QCOMPARE(r.times.at(2, 1), 1.0);
    QCOMPARE(r.times.at(2, 2), -9999.0);
    QCOMPARE(r.times.at(2, 4), -9999.0);
}

void TestSpeedSurface::unknownClasses()
{
    Grid g = m_grid;
    g.at(0, 0) = 7;
    g.at(4, 4) = 2;
    g.at(3, 3) = 7;
    const QString lc = path(u"unknown.tif"_s);
    QVERIFY(coveragefixtures::writeGrid(lc, g));
    auto r = run({{u"landcover"_s, lc}, {u"speed_table"_s, u"1:6"_s}});
    QVERIFY(!r.result);
    QVERIFY2(r.result.error().message.contains(u"2, 7"_s), qPrintable(r.result.error().message));
}

void TestSpeedSurface::tableErrors_data()
{
    QTest::addColumn<QString>("table");
    QTest::addColumn<QString>("needle");
    QTest::newRow("speed not a number") << u"1:fast"_s << u"not a number"_s;
    QTest::newRow("negative speed") << u"1:-3"_s << u"not a number"_s;
    QTest::newRow("class not integer") << u"x:5"_s << u"not an integer"_s;
    QTest::newRow("unknown mode") << u"1:5:car"_s << u"unknown mode"_s;
    QTest::newRow("duplicate") << u"1:5;1:6"_s << u"twice"_s;
    QTest::newRow("one field") << u"1:6;2"_s << u"expected"_s;
    QTest::newRow("missing file") << u"/nonexistent/table.csv"_s << u"neither a readable CSV"_s;
    QTest::newRow("no records") << u"#1:5; "_s << u"no records"_s;
}

void TestSpeedSurface::tableErrors()
{
    QFETCH(QString, table);
    QFETCH(QString, needle);
    auto r = run({{u"landcover"_s, m_uniform}, {u"speed_table"_s, table}});
    QVERIFY(!r.result);
    QVERIFY2(r.result.error().message.contains(needle), qPrintable(r.result.error().message));
}

void TestSpeedSurface::badCombinations()
{
    auto expectError = [&](const QVariantMap &p, const QString &needle) {
        auto r = run(p);
        QVERIFY(!r.result);
        QVERIFY2(r.result.error().message.contains(needle), qPrintable(r.result.error().message));
    };
    expectError({{u"landcover"_s, m_uniform}, {u"speed"_s, m_uniform}, {u"speed_table"_s, u"1:6"_s}}, u"exactly one"_s);
    expectError({{u"landcover"_s, m_uniform}}, u"speed_table"_s);
    expectError({{u"speed"_s, m_uniform}, {u"roads"_s, m_road}}, u"landcover"_s);
    expectError({{u"landcover"_s, m_uniform}, {u"speed_table"_s, u"1:6"_s}, {u"roads"_s, m_road}}, u"road_speed_field"_s);
    expectError({{u"landcover"_s, m_uniform}, {u"speed_table"_s, u"1:6"_s}, {u"roads"_s, m_road}, {u"road_speed_field"_s, u"nope"_s}},
                u"nope"_s);
    expectError({{u"landcover"_s, m_uniform}, {u"speed_table"_s, u"1:6"_s}, {u"stack_order"_s, u"landcover,rivers"_s}}, u"rivers"_s);
    expectError({{u"landcover"_s, m_uniform}, {u"speed_table"_s, u"1:6"_s}, {u"barriers"_s, m_barrier}, {u"stack_order"_s, u"landcover"_s}},
                u"leaves out"_s);
}

QTEST_GUILESS_MAIN(TestSpeedSurface)
#include "tst_speedsurface.moc"
