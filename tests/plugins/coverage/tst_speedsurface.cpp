// coverage:travel_time over a speed surface merged from a land cover and a speed
// table, roads burned over it and barrier polygons, on 5 x 5 grids of 100 m cells
// with hand-computed times (8 neighbours: a move costs its length times the mean
// of the two cells' seconds per cell). Then the bounded-memory surface: built in
// temporary tiled GeoTIFFs beyond half the memory budget, it holds the very cells
// of the in-memory one and of an independent GDAL reference.
#include "fixtures.h"
#include "speedsurface.h"

#include <gdal_alg.h>

#include <QDir>
#include <QFile>
#include <QTemporaryDir>
#include <QTest>

#include <algorithm>
#include <cmath>
#include <cstring>

using namespace Qt::StringLiterals;
using namespace territoria;
using coveragefixtures::Grid;
using coveragefixtures::writeGrid;
using coveragefixtures::writeLayer;

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
    void boundedSurfaceSameCells_data();
    void boundedSurfaceSameCells();
    void boundedSurfaceMatchesReference();
    void temporaryFilesRemovedOnError();
    void travelTimeTiledBoundedSurface();

private:
    // A 600 x 520 land cover of 30 m cells (4 classes in diagonal bands, a block of
    // no data), roads crossing the 256-row strips and barriers across them.
    struct BigFixture {
        Grid grid;
        QString landcover, roads, barriers;
        QString table = u"1:5:walk;2:3:walk;3:20:motorized;4:0"_s;
        QStringList roadWkts;
        QList<double> roadSpeeds;
        QStringList barrierWkts;
    };
    const BigFixture &big();
    coverage::SpeedSurfaceInputs bigInputs(std::size_t memoryBytes, const QString &stackOrder = {})
    {
        const BigFixture &f = big();
        coverage::SpeedSurfaceInputs in;
        in.landcover = f.landcover;
        in.speedTable = f.table;
        in.roads = f.roads;
        in.roadSpeedField = u"kmh"_s;
        in.barriers = f.barriers;
        in.stackOrder = stackOrder;
        in.mode = u"motorized"_s;
        in.roadMode = u"motorized"_s;
        in.memoryBytes = memoryBytes;
        return in;
    }
    // The temporary folders of speed surfaces in the (test's) temporary path.
    QStringList speedFolders() const
    {
        return QDir(QDir::tempPath()).entryList({u"territoria-speed-*"_s}, QDir::Dirs | QDir::NoDotAndDotDot);
    }
    std::unique_ptr<BigFixture> m_big;

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
    // The temporary folders of the speed surfaces go under the test's folder.
    QVERIFY(QDir().mkpath(path(u"tmp"_s)));
    qputenv("TMPDIR", QFile::encodeName(path(u"tmp"_s)));
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

namespace {

std::vector<float> readFloat(GDALDataset *ds)
{
    std::vector<float> v(size_t(ds->GetRasterXSize()) * size_t(ds->GetRasterYSize()));
    if (ds->GetRasterBand(1)->RasterIO(GF_Read, 0, 0, ds->GetRasterXSize(), ds->GetRasterYSize(), v.data(), ds->GetRasterXSize(),
                                       ds->GetRasterYSize(), GDT_Float32, 0, 0, nullptr)
        != CE_None)
        v.clear();
    return v;
}

std::vector<quint8> readByte(GDALDataset *ds)
{
    std::vector<quint8> v(size_t(ds->GetRasterXSize()) * size_t(ds->GetRasterYSize()));
    if (ds->GetRasterBand(1)->RasterIO(GF_Read, 0, 0, ds->GetRasterXSize(), ds->GetRasterYSize(), v.data(), ds->GetRasterXSize(),
                                       ds->GetRasterYSize(), GDT_Byte, 0, 0, nullptr)
        != CE_None)
        v.clear();
    return v;
}

// Index of the first cell where the two differ (NaN equals NaN), or -1.
qsizetype firstDifference(const std::vector<float> &a, const std::vector<float> &b)
{
    if (a.size() != b.size())
        return 0;
    for (size_t i = 0; i < a.size(); ++i)
        if (!(a[i] == b[i] || (std::isnan(a[i]) && std::isnan(b[i]))))
            return qsizetype(i);
    return -1;
}

} // namespace

const TestSpeedSurface::BigFixture &TestSpeedSurface::big()
{
    if (m_big)
        return *m_big;
    m_big = std::make_unique<BigFixture>();
    BigFixture &f = *m_big;
    f.grid = Grid::uniform(600, 520, 30, 0);
    for (int r = 0; r < f.grid.height; ++r)
        for (int c = 0; c < f.grid.width; ++c)
            f.grid.at(r, c) = (r < 100 || r > 120 || c < 400 || c > 450) ? double((r / 37 + c / 53) % 4 + 1) : f.grid.nodata;
    f.landcover = path(u"big_landcover.tif"_s);
    writeGrid(f.landcover, f.grid);
    const Grid &g = f.grid;
    const auto x = [&](double col) { return QString::number(g.x0 + col * g.cell, 'f', 3); };
    const auto y = [&](double row) { return QString::number(g.y0 - row * g.cell, 'f', 3); };
    // A diagonal over the whole raster, a line on the boundary of the first two
    // strips (row 256), a vertical one through three strips, a broken line, a slow
    // road crossing the fast ones (the fastest wins).
    f.roadWkts = {u"LINESTRING (%1 %2, %3 %4)"_s.arg(x(0), y(0), x(600), y(520)),
                  u"LINESTRING (%1 %2, %3 %2)"_s.arg(x(20.3), y(256), x(580.7)),
                  u"LINESTRING (%1 %2, %1 %3)"_s.arg(x(300.5), y(10.2), y(510.9)),
                  u"LINESTRING (%1 %2, %3 %4, %5 %6, %7 %8)"_s.arg(x(5.5), y(500.2), x(150.7), y(240.1), x(260.2), y(270.9), x(590.1), y(30.3)),
                  u"LINESTRING (%1 %2, %3 %4)"_s.arg(x(100.1), y(400.4), x(500.6), y(130.8))};
    f.roadSpeeds = {60, 40, 80, 30, 10};
    f.roads = path(u"big_roads.gpkg"_s);
    writeLayer(f.roads, f.roadWkts, 32719, {}, f.roadSpeeds, "kmh");
    f.barrierWkts = {u"POLYGON ((%1 %2, %3 %4, %5 %6, %7 %8, %1 %2))"_s.arg(x(50.2), y(230.4), x(260.7), y(250.3), x(250.1), y(290.6), x(40.9), y(275.2)),
                     u"POLYGON ((%1 %2, %3 %2, %3 %4, %1 %4, %1 %2))"_s.arg(x(420.5), y(480.5), x(599.5), y(519.9))};
    f.barriers = path(u"big_barriers.gpkg"_s);
    writeLayer(f.barriers, f.barrierWkts);
    return f;
}

void TestSpeedSurface::boundedSurfaceSameCells_data()
{
    QTest::addColumn<QString>("stackOrder");
    QTest::newRow("default order") << QString();
    QTest::newRow("roads and barriers first") << u"roads,barriers,landcover"_s;
    QTest::newRow("barriers under roads") << u"landcover,barriers,roads"_s;
}

void TestSpeedSurface::boundedSurfaceSameCells()
{
    // The same land cover, table, roads and barriers in memory (no budget) and in
    // temporary GeoTIFFs (a 1 kB budget): every speed and mode cell is the same.
    QFETCH(QString, stackOrder);
    QVERIFY(!big().landcover.isEmpty());
    Feedback feedback;
    QStringList infos;
    QObject::connect(&feedback, &Feedback::infoPushed, [&](const QString &m) { infos << m; });
    auto inMemory = coverage::buildSpeedSurface(bigInputs(0, stackOrder), feedback);
    QVERIFY2(inMemory, qPrintable(inMemory ? QString() : inMemory.error().toString()));
    QVERIFY(!inMemory->temporaryDir);
    QCOMPARE(QByteArray(inMemory->speed.dataset->GetDriver()->GetDescription()), QByteArray("MEM"));
    QVERIFY(inMemory->modes); // walk classes, motorized roads
    QCOMPARE(QByteArray(inMemory->modes->GetDriver()->GetDescription()), QByteArray("MEM"));

    const QStringList before = speedFolders();
    infos.clear();
    QString folder;
    {
        // 600 x 520 x 5 bytes = 1.49 MiB: beyond half of 2 MiB, not of 4 MiB.
        auto fits = coverage::buildSpeedSurface(bigInputs(4u << 20, stackOrder), feedback);
        QVERIFY(fits && !fits->temporaryDir);
        auto onDisk = coverage::buildSpeedSurface(bigInputs(2u << 20, stackOrder), feedback);
        QVERIFY2(onDisk, qPrintable(onDisk ? QString() : onDisk.error().toString()));
        QVERIFY(onDisk->temporaryDir);
        folder = onDisk->temporaryDir->path();
        QVERIFY(QFileInfo(folder).isDir());
        QVERIFY2(folder.startsWith(path(u"tmp"_s)), qPrintable(folder)); // QDir::tempPath()
        QVERIFY(infos.join(u'\n').contains(folder));
        QCOMPARE(QByteArray(onDisk->speed.dataset->GetDriver()->GetDescription()), QByteArray("GTiff"));
        QVERIFY(onDisk->modes);
        QCOMPARE(QByteArray(onDisk->modes->GetDriver()->GetDescription()), QByteArray("GTiff"));
        int bx = 0, by = 0;
        onDisk->speed.band->GetBlockSize(&bx, &by);
        QCOMPARE(bx, 256);
        QCOMPARE(by, 256);
        QCOMPARE(onDisk->speed.width, 600);
        QCOMPARE(onDisk->speed.height, 520);
        for (int i = 0; i < 6; ++i)
            QCOMPARE(onDisk->speed.geoTransform[size_t(i)], inMemory->speed.geoTransform[size_t(i)]);

        const auto a = readFloat(inMemory->speed.dataset.get()), b = readFloat(onDisk->speed.dataset.get());
        QCOMPARE(a.size(), size_t(600 * 520));
        QCOMPARE(firstDifference(a, b), qsizetype(-1));
        QVERIFY(readByte(inMemory->modes.get()) == readByte(onDisk->modes.get()));
        // Hand-checked cells: class 2 is 3 km/h, class 1 walk, class 4 impassable; the
        // vertical 80 km/h road at column 300 (rows 10-510) over the land cover.
        const auto cell = [&](int r, int c) { return b[size_t(r) * 600 + size_t(c)]; };
        QCOMPARE(cell(0, 60), 3.0f);       // class (0 / 37 + 60 / 53) % 4 + 1 = 2
        QVERIFY(std::isnan(cell(0, 170))); // class 4
        QCOMPARE(cell(200, 300), stackOrder.startsWith(u"roads"_s) ? 20.0f : 80.0f); // class 3 over the road
        QCOMPARE(readByte(onDisk->modes.get())[size_t(0) * 600 + 10], quint8(coverage::ModeCode::Walk));
        QCOMPARE(readByte(onDisk->modes.get())[size_t(200) * 600 + 300], quint8(coverage::ModeCode::Motorized));
        if (stackOrder.isEmpty()) {
            QVERIFY(std::isnan(cell(505, 500))); // the barrier bottom right
            QVERIFY(std::isnan(cell(110, 420))); // no data, no road
        }
    }
    // The result is gone: so is its folder.
    QVERIFY2(!QFileInfo::exists(folder), qPrintable(folder));
    QCOMPARE(speedFolders(), before);
}

void TestSpeedSurface::boundedSurfaceMatchesReference()
{
    // An independent reference: the table applied in the test, then GDAL burning the
    // roads (slowest first, all touched) and barriers in one call each, over the
    // whole raster at once (no CHUNKYSIZE), into a MEM raster. The surface, burned
    // in 256-row chunks in a temporary GeoTIFF, holds the same cells.
    const BigFixture &f = big();
    const Grid &g = f.grid;
    Feedback feedback;
    auto onDisk = coverage::buildSpeedSurface(bigInputs(1024), feedback);
    QVERIFY2(onDisk, qPrintable(onDisk ? QString() : onDisk.error().toString()));
    QVERIFY(onDisk->temporaryDir);

    GDALDatasetUniquePtr ref(GetGDALDriverManager()->GetDriverByName("MEM")->Create("", g.width, g.height, 1, GDT_Float32, nullptr));
    double gt[6] = {g.x0, g.cell, 0, g.y0, 0, -g.cell};
    ref->SetGeoTransform(gt);
    const float speeds[5] = {std::nanf(""), 5, 3, 20, std::nanf("")};
    std::vector<float> cells(g.values.size());
    for (size_t i = 0; i < cells.size(); ++i)
        cells[i] = g.values[i] == g.nodata ? std::nanf("") : speeds[int(g.values[i])];
    QCOMPARE(ref->GetRasterBand(1)->RasterIO(GF_Write, 0, 0, g.width, g.height, cells.data(), g.width, g.height, GDT_Float32, 0, 0,
                                             nullptr),
             CE_None);
    const auto burn = [&](const QStringList &wkts, std::vector<double> values, bool allTouched) {
        std::vector<OGRGeometryH> geometries;
        for (const QString &wkt : wkts) {
            OGRGeometry *geometry = nullptr;
            const QByteArray bytes = wkt.toUtf8();
            OGRGeometryFactory::createFromWkt(bytes.constData(), nullptr, &geometry);
            geometries.push_back(OGRGeometry::ToHandle(geometry));
        }
        CPLStringList options;
        if (allTouched)
            options.SetNameValue("ALL_TOUCHED", "TRUE");
        const int bands[1] = {1};
        const CPLErr err = GDALRasterizeGeometries(GDALDataset::ToHandle(ref.get()), 1, bands, int(geometries.size()), geometries.data(),
                                                   nullptr, nullptr, values.data(), options.List(), nullptr, nullptr);
        for (OGRGeometryH h : geometries)
            OGR_G_DestroyGeometry(h);
        return err;
    };
    // Slowest road first: 10, 30, 40, 60, 80 km/h.
    QStringList roads;
    std::vector<double> roadSpeeds;
    std::vector<int> byspeed(size_t(f.roadWkts.size()));
    for (size_t i = 0; i < byspeed.size(); ++i)
        byspeed[i] = int(i);
    std::stable_sort(byspeed.begin(), byspeed.end(), [&](int a, int b) { return f.roadSpeeds.at(a) < f.roadSpeeds.at(b); });
    for (int i : byspeed) {
        roads << f.roadWkts.at(i);
        roadSpeeds.push_back(f.roadSpeeds.at(i));
    }
    QCOMPARE(burn(roads, roadSpeeds, true), CE_None);
    QCOMPARE(burn(f.barrierWkts, std::vector<double>(size_t(f.barrierWkts.size()), std::nan("")), false), CE_None);

    const auto expected = readFloat(ref.get()), actual = readFloat(onDisk->speed.dataset.get());
    const qsizetype diff = firstDifference(expected, actual);
    QVERIFY2(diff < 0, qPrintable(u"cell (%1, %2): expected %3, got %4"_s.arg(diff / 600).arg(diff % 600)
                                      .arg(diff < 0 ? 0.0 : double(expected[size_t(diff)]))
                                      .arg(diff < 0 ? 0.0 : double(actual[size_t(diff)]))));
    // The roads and barriers did change cells in every strip: not a land-cover copy.
    size_t roadCells = 0, barrierCells = 0;
    for (size_t i = 0; i < actual.size(); ++i) {
        const bool impassableClass = std::isnan(cells[i]);
        if (!impassableClass && std::isnan(actual[i]))
            ++barrierCells;
        else if (actual[i] >= 10 && actual[i] != 20 && actual[i] != cells[i])
            ++roadCells;
    }
    QVERIFY2(roadCells > 2000, qPrintable(QString::number(roadCells)));
    QVERIFY2(barrierCells > 5000, qPrintable(QString::number(barrierCells)));
}

void TestSpeedSurface::temporaryFilesRemovedOnError()
{
    // An unknown class found while writing the temporary GeoTIFF: the error comes
    // back and the temporary folder is gone.
    Grid g = big().grid;
    g.at(400, 590) = 9;
    const QString lc = path(u"big_unknown.tif"_s);
    QVERIFY(writeGrid(lc, g));
    coverage::SpeedSurfaceInputs in = bigInputs(1024);
    in.landcover = lc;
    const QStringList before = speedFolders();
    Feedback feedback;
    QStringList infos;
    QObject::connect(&feedback, &Feedback::infoPushed, [&](const QString &m) { infos << m; });
    auto r = coverage::buildSpeedSurface(in, feedback);
    QVERIFY(!r);
    QVERIFY2(r.error().message.contains(u"give: 9."_s), qPrintable(r.error().message));
    QVERIFY(infos.join(u'\n').contains(u"temporary"_s)); // it was on disk
    QCOMPARE(speedFolders(), before);
    // A barrier layer that cannot be read, after the land cover was written.
    in = bigInputs(1024);
    in.barriers = path(u"nonexistent.gpkg"_s);
    r = coverage::buildSpeedSurface(in, feedback);
    QVERIFY(!r);
    QVERIFY2(r.error().message.contains(u"nonexistent.gpkg"_s), qPrintable(r.error().message));
    QCOMPARE(speedFolders(), before);
}

void TestSpeedSurface::travelTimeTiledBoundedSurface()
{
    // coverage:travel_time over a 1400 x 1300 land cover (1.82 M cells, 9.1 MB of
    // surface with per-cell modes): with engine=tiled and memory_mb=16 the surface
    // is built on disk (beyond 8 MB) and solved in tiles; the times and allocation
    // are those of engine=memory over the in-memory surface.
    Grid g = Grid::uniform(1400, 1300, 30, 1);
    for (int r = 0; r < g.height; ++r)
        for (int c = 0; c < g.width; ++c)
            g.at(r, c) = double((r / 41 + c / 67) % 3 + 1);
    const QString lc = path(u"tt_landcover.tif"_s);
    QVERIFY(writeGrid(lc, g));
    const auto x = [&](double col) { return QString::number(g.x0 + col * g.cell, 'f', 3); };
    const auto y = [&](double row) { return QString::number(g.y0 - row * g.cell, 'f', 3); };
    const QString roads = path(u"tt_roads.gpkg"_s);
    QVERIFY(writeLayer(roads, {u"LINESTRING (%1 %2, %3 %4)"_s.arg(x(10.5), y(20.5), x(1390.5), y(1280.5)),
                               u"LINESTRING (%1 %2, %3 %2)"_s.arg(x(0.5), y(1100.5), x(1399.5))},
                       32719, {}, {50.0, 30.0}, "kmh"));
    const QString barriers = path(u"tt_barriers.gpkg"_s);
    QVERIFY(writeLayer(barriers, {u"POLYGON ((%1 %2, %3 %2, %3 %4, %1 %4, %1 %2))"_s.arg(x(600), y(0), x(620), y(1000))}));
    const QString facilities = path(u"tt_facilities.gpkg"_s);
    QVERIFY(writeLayer(facilities, {u"POINT (%1 %2)"_s.arg(x(100.5), y(100.5)), u"POINT (%1 %2)"_s.arg(x(1200.5), y(1100.5))}, 32719,
                       {1, 2}));
    QMap<QString, QVariantMap> results;
    QMap<QString, QStringList> infos;
    const QStringList before = speedFolders();
    for (const QString &engine : {u"memory"_s, u"tiled"_s}) {
        QVariantMap p{{u"facilities"_s, facilities},
                      {u"facility_id_field"_s, u"code"_s},
                      {u"landcover"_s, lc},
                      {u"speed_table"_s, u"1:5:walk;2:3:walk;3:12:bicycle"_s},
                      {u"roads"_s, roads},
                      {u"road_speed_field"_s, u"kmh"_s},
                      {u"road_mode"_s, u"motorized"_s},
                      {u"barriers"_s, barriers},
                      {u"mode"_s, u"walk"_s},
                      {u"ignore_slope"_s, true},
                      {u"neighbours"_s, u"8"_s},
                      {u"engine"_s, engine},
                      {u"output"_s, path(u"tt_%1_time.tif"_s.arg(engine))},
                      {u"allocation"_s, path(u"tt_%1_alloc.tif"_s.arg(engine))}};
        if (engine == "tiled"_L1)
            p.insert(u"memory_mb"_s, 16.0);
        Feedback feedback;
        QObject::connect(&feedback, &Feedback::infoPushed, [&](const QString &m) { infos[engine] << m; });
        auto result = m_algorithm->run(p, feedback);
        QVERIFY2(result, qPrintable(result ? QString() : result.error().toString()));
        results.insert(engine, *result);
    }
    QVERIFY(!infos[u"memory"_s].join(u'\n').contains(u"temporary files"_s));
    QVERIFY2(infos[u"tiled"_s].join(u'\n').contains(u"temporary files"_s), qPrintable(infos[u"tiled"_s].join(u'\n')));
    QCOMPARE(speedFolders(), before);
    QCOMPARE(results[u"tiled"_s].value(u"reached_cells"_s), results[u"memory"_s].value(u"reached_cells"_s));
    QCOMPARE(results[u"tiled"_s].value(u"max_minutes_reached"_s), results[u"memory"_s].value(u"max_minutes_reached"_s));
    QVERIFY(results[u"tiled"_s].value(u"reached_cells"_s).toDouble() > 1e6);
    for (const QString &what : {u"time"_s, u"alloc"_s}) {
        const auto a = coveragefixtures::readRaster(path(u"tt_memory_%1.tif"_s.arg(what)));
        const auto b = coveragefixtures::readRaster(path(u"tt_tiled_%1.tif"_s.arg(what)));
        QCOMPARE(a.width, 1400);
        QCOMPARE(b.height, 1300);
        QVERIFY(a.values == b.values);
    }
    // The barrier (columns 600-619, rows 0-999) is impassable; below it, the road of row 1100 is fast.
    const auto t = coveragefixtures::readRaster(path(u"tt_tiled_time.tif"_s));
    QCOMPARE(t.at(500, 610), t.nodata);
    QVERIFY(t.at(1100, 610) > 0);
    QVERIFY(t.at(1100, 610) < t.at(1090, 610));
}

QTEST_GUILESS_MAIN(TestSpeedSurface)
#include "tst_speedsurface.moc"
