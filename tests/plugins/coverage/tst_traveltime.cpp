// coverage:travel_time on small hand-built grids: uniform speed (8 and 16
// neighbours), allocation at the midline, barriers, max_minutes, Tobler's uphill
// and downhill factors, per-cell travel modes (speed table and roads), r.cost's move costs on a varied friction grid, per-facility
// rasters and bad parameters.
#include "fixtures.h"

#include <QDir>
#include <QFileInfo>
#include <QTemporaryDir>
#include <QTest>

#include <cmath>
#include <limits>

using namespace Qt::StringLiterals;
using namespace territoria;
using coveragefixtures::Grid;

namespace {

QString pointWkt(const Grid &g, int row, int col)
{
    return u"POINT (%1 %2)"_s.arg(g.centreX(col), 0, 'f', 3).arg(g.centreY(row), 0, 'f', 3);
}

// r.cost's recurrence solved by Bellman-Ford sweeps (an independent reference for
// the Dijkstra engine): friction in seconds per cell, square cells, result in seconds.
std::vector<double> rcostReference(const Grid &g, int sr, int sc, bool knight)
{
    const double inf = std::numeric_limits<double>::infinity();
    const int W = g.width, H = g.height;
    auto f = [&](int r, int c) {
        if (r < 0 || c < 0 || r >= H || c >= W)
            return std::numeric_limits<double>::quiet_NaN();
        const double v = g.values[size_t(r) * W + c];
        return v == g.nodata ? std::numeric_limits<double>::quiet_NaN() : v;
    };
    std::vector<double> t(size_t(W) * H, inf);
    t[size_t(sr) * W + sc] = 0;
    struct M {
        int dr, dc;
    };
    const M moves8[] = {{0, 1}, {0, -1}, {1, 0}, {-1, 0}, {1, 1}, {1, -1}, {-1, 1}, {-1, -1}};
    const M knights[] = {{2, 1}, {2, -1}, {-2, 1}, {-2, -1}, {1, 2}, {1, -2}, {-1, 2}, {-1, -2}};
    for (bool changed = true; changed;) {
        changed = false;
        for (int r = 0; r < H; ++r)
            for (int c = 0; c < W; ++c) {
                const double tu = t[size_t(r) * W + c];
                if (std::isinf(tu))
                    continue;
                auto relax = [&](int vr, int vc, double w) {
                    if (vr < 0 || vc < 0 || vr >= H || vc >= W || std::isnan(w))
                        return;
                    double &tv = t[size_t(vr) * W + vc];
                    if (tu + w < tv - 1e-9) {
                        tv = tu + w;
                        changed = true;
                    }
                };
                for (const M &m : moves8)
                    relax(r + m.dr, c + m.dc, (f(r, c) + f(r + m.dr, c + m.dc)) / 2 * std::hypot(m.dr, m.dc));
                if (knight)
                    for (const M &m : knights) {
                        // the two cells beside the knight's path
                        const int ar = std::abs(m.dr) == 2 ? m.dr / 2 : 0, ac = std::abs(m.dc) == 2 ? m.dc / 2 : 0;
                        const int br = std::abs(m.dr) == 2 ? m.dr / 2 : m.dr, bc = std::abs(m.dc) == 2 ? m.dc / 2 : m.dc;
                        const double sum = f(r, c) + f(r + ar, c + ac) + f(r + br, c + bc) + f(r + m.dr, c + m.dc);
                        relax(r + m.dr, c + m.dc, sum / 4 * std::sqrt(5.0));
                    }
            }
    }
    return t;
}

} // namespace

class TestTravelTime : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void uniformSpeed_data();
    void uniformSpeed();
    void allocationMidline();
    void barriers();
    void maxMinutes();
    void toblerUphillDownhill();
    void perCellModes();
    void rcostFormula_data();
    void rcostFormula();
    void perFacilityRasters();
    void tiledEngineSameOutputs();
    void badParameters();

private:
    Result<QVariantMap> run(const QVariantMap &parameters)
    {
        Feedback feedback;
        return m_algorithm->run(parameters, feedback);
    }
    QString path(const QString &name) const { return m_tmp.filePath(name); }
    AlgorithmRegistry m_registry;
    const Algorithm *m_algorithm = nullptr;
    QTemporaryDir m_tmp;
    Grid m_uniform;
    QString m_speed;
    QString m_centre;
};

void TestTravelTime::initTestCase()
{
    m_registry.loadPlugins();
    m_algorithm = m_registry.algorithm(u"coverage:travel_time"_s);
    QVERIFY(m_algorithm);
    // 11 x 11 cells of 100 m at 6 km/h: 60 s to cross a cell.
    m_uniform = Grid::uniform(11, 11, 100, 6.0);
    m_speed = path(u"speed.tif"_s);
    QVERIFY(coveragefixtures::writeGrid(m_speed, m_uniform));
    m_centre = path(u"centre.gpkg"_s);
    QVERIFY(coveragefixtures::writeLayer(m_centre, {pointWkt(m_uniform, 5, 5)}, 32719, {7}));
}

void TestTravelTime::uniformSpeed_data()
{
    QTest::addColumn<QString>("neighbours");
    QTest::addColumn<int>("row");
    QTest::addColumn<int>("col");
    QTest::addColumn<double>("minutes");
    const double s2 = std::sqrt(2.0), s5 = std::sqrt(5.0);
    QTest::newRow("8 source") << u"8"_s << 5 << 5 << 0.0;
    QTest::newRow("8 orthogonal 60 s") << u"8"_s << 5 << 6 << 1.0;
    QTest::newRow("8 diagonal 84.85 s") << u"8"_s << 4 << 4 << s2;
    QTest::newRow("8 knight cell: diagonal + orthogonal") << u"8"_s << 3 << 4 << s2 + 1;
    QTest::newRow("8 edge 5 cells") << u"8"_s << 5 << 10 << 5.0;
    QTest::newRow("8 corner 5 diagonals") << u"8"_s << 0 << 0 << 5 * s2;
    QTest::newRow("16 knight 134.16 s") << u"16"_s << 3 << 4 << s5;
    QTest::newRow("16 knight east") << u"16"_s << 6 << 7 << s5;
    QTest::newRow("16 two knights") << u"16"_s << 1 << 3 << 2 * s5;
    QTest::newRow("16 diagonal") << u"16"_s << 4 << 6 << s2;
    QTest::newRow("16 corner") << u"16"_s << 0 << 0 << 5 * s2;
}

void TestTravelTime::uniformSpeed()
{
    QFETCH(QString, neighbours);
    QFETCH(int, row);
    QFETCH(int, col);
    QFETCH(double, minutes);
    const QString out = path(u"uniform_%1.tif"_s.arg(neighbours));
    auto result = run({{u"facilities"_s, m_centre}, {u"speed"_s, m_speed}, {u"neighbours"_s, neighbours}, {u"output"_s, out}});
    QVERIFY2(result, qPrintable(result ? QString() : result.error().toString()));
    const auto r = coveragefixtures::readRaster(out);
    QCOMPARE(r.width, 11);
    QVERIFY2(std::abs(r.at(row, col) - minutes) < 1e-5, qPrintable(QString::number(r.at(row, col), 'g', 10)));
    QCOMPARE(result->value(u"facilities_used"_s).toDouble(), 1.0);
    QCOMPARE(result->value(u"reached_cells"_s).toDouble(), 121.0);
}

void TestTravelTime::allocationMidline()
{
    // Facilities 7 (col 2) and 9 (col 7) on a 10-column grid: columns 0-4 go to 7, 5-9 to 9.
    Grid g = Grid::uniform(10, 11, 100, 6.0);
    const QString speed = path(u"speed10.tif"_s);
    QVERIFY(coveragefixtures::writeGrid(speed, g));
    const QString facilities = path(u"two.gpkg"_s);
    QVERIFY(coveragefixtures::writeLayer(facilities, {pointWkt(g, 5, 2), pointWkt(g, 5, 7)}, 32719, {7, 9}));
    for (const QString &n : {u"8"_s, u"16"_s}) {
        const QString out = path(u"alloc_time_%1.tif"_s.arg(n)), alloc = path(u"alloc_%1.tif"_s.arg(n));
        auto result = run({{u"facilities"_s, facilities},
                           {u"facility_id_field"_s, u"code"_s},
                           {u"speed"_s, speed},
                           {u"neighbours"_s, n},
                           {u"output"_s, out},
                           {u"allocation"_s, alloc}});
        QVERIFY2(result, qPrintable(result ? QString() : result.error().toString()));
        const auto a = coveragefixtures::readRaster(alloc);
        QCOMPARE(a.width, 10);
        for (int r = 0; r < 11; ++r)
            for (int c = 0; c < 10; ++c)
                QCOMPARE(a.at(r, c), c <= 4 ? 7.0 : 9.0);
        const auto t = coveragefixtures::readRaster(out);
        QVERIFY(std::abs(t.at(5, 4) - 2.0) < 1e-5); // two cells from facility 7
        QVERIFY(std::abs(t.at(5, 5) - 2.0) < 1e-5); // two cells from facility 9
    }
}

void TestTravelTime::barriers()
{
    // A wall of zero speed in column 6: the right side is unreachable, also by knight's moves.
    Grid g = m_uniform;
    for (int r = 0; r < 11; ++r)
        g.at(r, 6) = 0;
    g.at(0, 0) = g.nodata; // no data is impassable too
    const QString speed = path(u"wall.tif"_s);
    QVERIFY(coveragefixtures::writeGrid(speed, g));
    const QString out = path(u"wall_time.tif"_s), alloc = path(u"wall_alloc.tif"_s);
    auto result = run({{u"facilities"_s, m_centre}, {u"speed"_s, speed}, {u"output"_s, out}, {u"allocation"_s, alloc}});
    QVERIFY2(result, qPrintable(result ? QString() : result.error().toString()));
    const auto t = coveragefixtures::readRaster(out);
    const auto a = coveragefixtures::readRaster(alloc);
    QCOMPARE(t.nodata, -9999.0);
    QCOMPARE(a.nodata, -1.0);
    for (int r = 0; r < 11; ++r)
        for (int c = 6; c < 11; ++c) {
            QCOMPARE(t.at(r, c), -9999.0);
            QCOMPARE(a.at(r, c), -1.0);
        }
    QCOMPARE(t.at(0, 0), -9999.0);
    QVERIFY(std::abs(t.at(5, 5 - 1) - 1.0) < 1e-5);
    QVERIFY(t.at(0, 1) > 0);     // reached
    QCOMPARE(a.at(5, 0), 1.0);   // no id field: the feature id
    QCOMPARE(result->value(u"reached_cells"_s).toDouble(), 11.0 * 6 - 1);

    // A gap at the bottom: the far side is reached around the wall.
    g.at(10, 6) = 6.0;
    QVERIFY(coveragefixtures::writeGrid(speed, g));
    result = run({{u"facilities"_s, m_centre}, {u"speed"_s, speed}, {u"neighbours"_s, u"8"_s}, {u"output"_s, out}});
    QVERIFY2(result, qPrintable(result ? QString() : result.error().toString()));
    const auto t2 = coveragefixtures::readRaster(out);
    // (5,5) -> (9,5): 4 cells; (10,6) diagonal; (9,7) diagonal; (5,7): 4 cells up.
    const double s2 = std::sqrt(2.0);
    QVERIFY2(std::abs(t2.at(10, 6) - (4 + s2)) < 1e-5, qPrintable(QString::number(t2.at(10, 6))));
    QVERIFY2(std::abs(t2.at(5, 7) - (4 + s2 + s2 + 4)) < 1e-5, qPrintable(QString::number(t2.at(5, 7))));
}

void TestTravelTime::maxMinutes()
{
    const QString out = path(u"max.tif"_s);
    auto result = run({{u"facilities"_s, m_centre},
                       {u"speed"_s, m_speed},
                       {u"neighbours"_s, u"8"_s},
                       {u"max_minutes"_s, 3.0},
                       {u"output"_s, out}});
    QVERIFY2(result, qPrintable(result ? QString() : result.error().toString()));
    const auto t = coveragefixtures::readRaster(out);
    QVERIFY(std::abs(t.at(5, 8) - 3.0) < 1e-5);  // exactly 3 minutes: kept
    QCOMPARE(t.at(5, 9), -9999.0);              // 4 minutes: beyond reach
    QVERIFY(std::abs(t.at(3, 3) - 2 * std::sqrt(2.0)) < 1e-5); // 2.83 min
    QCOMPARE(t.at(2, 2), -9999.0);              // 4.24 min
    QVERIFY(result->value(u"max_minutes_reached"_s).toDouble() <= 3.0 + 1e-6);
}

void TestTravelTime::toblerUphillDownhill()
{
    // The ground rises 10 m per 100 m cell eastwards (slope 0.1). Tobler: uphill
    // 6 exp(-3.5 * 0.15) km/h, downhill 6 exp(-3.5 * 0.05); on the flat 6 exp(-0.175).
    // Speed raster 6 km/h on the flat -> 60 s per cell; uphill 60 s * exp(0.35) =
    // 85.14 s, downhill 60 s * exp(0) = 60 s.
    Grid dem = m_uniform;
    for (int r = 0; r < 11; ++r)
        for (int c = 0; c < 11; ++c)
            dem.at(r, c) = 2000 + 10.0 * c;
    const QString demPath = path(u"dem.tif"_s);
    QVERIFY(coveragefixtures::writeGrid(demPath, dem));
    const double up = std::exp(0.35), down = 1.0;
    for (const QString &direction : {u"from"_s, u"to"_s}) {
        const QString out = path(u"walk_%1.tif"_s.arg(direction));
        auto result = run({{u"facilities"_s, m_centre},
                           {u"speed"_s, m_speed},
                           {u"dem"_s, demPath},
                           {u"mode"_s, u"walk"_s},
                           {u"neighbours"_s, u"8"_s},
                           {u"direction"_s, direction},
                           {u"output"_s, out}});
        QVERIFY2(result, qPrintable(result ? QString() : result.error().toString()));
        const auto t = coveragefixtures::readRaster(out);
        const bool from = direction == "from"_L1;
        // East of the facility: uphill when leaving it, downhill when coming to it.
        QVERIFY2(std::abs(t.at(5, 6) - (from ? up : down)) < 1e-5, qPrintable(QString::number(t.at(5, 6), 'g', 10)));
        QVERIFY2(std::abs(t.at(5, 4) - (from ? down : up)) < 1e-5, qPrintable(QString::number(t.at(5, 4), 'g', 10)));
        // North: flat, the speed on the flat.
        QVERIFY(std::abs(t.at(4, 5) - 1.0) < 1e-5);
        const double ratio = from ? t.at(5, 6) / t.at(5, 4) : t.at(5, 4) / t.at(5, 6);
        QVERIFY(std::abs(ratio - std::exp(0.35)) < 1e-5);
    }
    // Bicycle: uphill 1 / (1 + 12.5 * 0.1) = 1/2.25 of the flat speed, downhill 1 + 5 * 0.1 = 1.5 times.
    {
        const QString out = path(u"bicycle.tif"_s);
        auto result = run({{u"facilities"_s, m_centre},
                           {u"speed"_s, m_speed},
                           {u"dem"_s, demPath},
                           {u"mode"_s, u"bicycle"_s},
                           {u"output"_s, out}});
        QVERIFY2(result, qPrintable(result ? QString() : result.error().toString()));
        const auto t = coveragefixtures::readRaster(out);
        QVERIFY2(std::abs(t.at(5, 6) - 2.25) < 1e-5, qPrintable(QString::number(t.at(5, 6), 'g', 10)));
        QVERIFY2(std::abs(t.at(5, 4) - 1 / 1.5) < 1e-5, qPrintable(QString::number(t.at(5, 4), 'g', 10)));
        // Walking on the flat without a DEM, when asked to ignore slope.
        auto flat = run({{u"facilities"_s, m_centre},
                         {u"speed"_s, m_speed},
                         {u"mode"_s, u"walk"_s},
                         {u"ignore_slope"_s, true},
                         {u"output"_s, out}});
        QVERIFY2(flat, qPrintable(flat ? QString() : flat.error().toString()));
        QVERIFY(std::abs(coveragefixtures::readRaster(out).at(5, 6) - 1.0) < 1e-5);
    }
    // Motorized ignores the slope.
    const QString out = path(u"motor.tif"_s);
    auto result = run({{u"facilities"_s, m_centre}, {u"speed"_s, m_speed}, {u"dem"_s, demPath}, {u"output"_s, out}});
    QVERIFY2(result, qPrintable(result ? QString() : result.error().toString()));
    QVERIFY(std::abs(coveragefixtures::readRaster(out).at(5, 6) - 1.0) < 1e-5);
}

void TestTravelTime::perCellModes()
{
    // The ground rises 10 m per 100 m cell eastwards (slope 0.1), 6 km/h on the
    // flat everywhere (60 s per cell). Land cover: class 1 (walk) in columns 0-5,
    // class 2 (motorized) in columns 6-10; the algorithm's mode is the default
    // (motorized). Each crossed cell's cost is divided by its own mode's factor:
    // from the facility at (5, 5) east to (5, 6), uphill: the walking cell costs
    // 60 s * exp(0.35), the motorized one 60 s, half of each: (exp(0.35) + 1) / 2 min;
    // one more motorized cell to (5, 7): + 1 min. West, downhill, Tobler's factor
    // is exp(0) = 1: 1 min per cell. Walking TO the facility reverses the slopes.
    Grid dem = m_uniform, cover = m_uniform;
    for (int r = 0; r < 11; ++r)
        for (int c = 0; c < 11; ++c) {
            dem.at(r, c) = 2000 + 10.0 * c;
            cover.at(r, c) = c <= 5 ? 1 : 2;
        }
    const QString demPath = path(u"modes_dem.tif"_s), coverPath = path(u"modes_cover.tif"_s);
    QVERIFY(coveragefixtures::writeGrid(demPath, dem));
    QVERIFY(coveragefixtures::writeGrid(coverPath, cover));
    const double mixed = (std::exp(0.35) + 1) / 2;
    for (const QString &direction : {u"from"_s, u"to"_s}) {
        const QString out = path(u"modes_%1.tif"_s.arg(direction));
        auto result = run({{u"facilities"_s, m_centre},
                           {u"landcover"_s, coverPath},
                           {u"speed_table"_s, u"1:6:walk;2:6:motorized"_s},
                           {u"dem"_s, demPath},
                           {u"neighbours"_s, u"8"_s},
                           {u"direction"_s, direction},
                           {u"output"_s, out}});
        QVERIFY2(result, qPrintable(result ? QString() : result.error().toString()));
        const auto t = coveragefixtures::readRaster(out);
        const bool from = direction == "from"_L1;
        QVERIFY2(std::abs(t.at(5, 6) - (from ? mixed : 1.0)) < 1e-5, qPrintable(QString::number(t.at(5, 6), 'g', 10)));
        QVERIFY2(std::abs(t.at(5, 7) - (from ? mixed + 1 : 2.0)) < 1e-5, qPrintable(QString::number(t.at(5, 7), 'g', 10)));
        QVERIFY2(std::abs(t.at(5, 4) - (from ? 1.0 : std::exp(0.35))) < 1e-5, qPrintable(QString::number(t.at(5, 4), 'g', 10)));
        QVERIFY2(std::abs(t.at(5, 3) - (from ? 2.0 : 2 * std::exp(0.35))) < 1e-5,
                 qPrintable(QString::number(t.at(5, 3), 'g', 10)));
    }
    // Roads take road_mode: a motorized road along row 5 from column 6 east, over
    // walking land (class 1 everywhere, mode walk). Same numbers on the road; with
    // the roads walking too ("same" as mode=walk), the uphill cell costs exp(0.35).
    const QString walkCover = path(u"modes_walk.tif"_s);
    QVERIFY(coveragefixtures::writeGrid(walkCover, Grid::uniform(11, 11, 100, 1)));
    const QString roads = path(u"modes_road.gpkg"_s);
    QVERIFY(coveragefixtures::writeLayer(roads,
                                         {u"LINESTRING (%1 %2, %3 %2)"_s.arg(m_uniform.centreX(6), 0, 'f', 3)
                                              .arg(m_uniform.centreY(5), 0, 'f', 3)
                                              .arg(m_uniform.centreX(10), 0, 'f', 3)},
                                         32719, {1}, {6.0}, "kmh"));
    for (const QString &roadMode : {u"motorized"_s, u"same"_s}) {
        const QString out = path(u"modes_road_%1.tif"_s.arg(roadMode));
        auto result = run({{u"facilities"_s, m_centre},
                           {u"landcover"_s, walkCover},
                           {u"speed_table"_s, u"1:6"_s},
                           {u"mode"_s, u"walk"_s},
                           {u"roads"_s, roads},
                           {u"road_speed_field"_s, u"kmh"_s},
                           {u"road_mode"_s, roadMode},
                           {u"dem"_s, demPath},
                           {u"neighbours"_s, u"8"_s},
                           {u"output"_s, out}});
        QVERIFY2(result, qPrintable(result ? QString() : result.error().toString()));
        const auto t = coveragefixtures::readRaster(out);
        const double expected = roadMode == "motorized"_L1 ? mixed : std::exp(0.35);
        QVERIFY2(std::abs(t.at(5, 6) - expected) < 1e-5, qPrintable(QString::number(t.at(5, 6), 'g', 10)));
        QVERIFY2(std::abs(t.at(5, 7) - (roadMode == "motorized"_L1 ? mixed + 1 : 2 * std::exp(0.35))) < 1e-5,
                 qPrintable(QString::number(t.at(5, 7), 'g', 10)));
    }
    // Walking cells need the DEM; a table of motorized classes does not, even with mode=walk.
    auto noDem = run({{u"facilities"_s, m_centre},
                      {u"landcover"_s, coverPath},
                      {u"speed_table"_s, u"1:6:walk;2:6:motorized"_s},
                      {u"output"_s, path(u"modes_nodem.tif"_s)}});
    QVERIFY(!noDem);
    QVERIFY2(noDem.error().message.contains(u"“dem”"_s), qPrintable(noDem.error().message));
    auto motorized = run({{u"facilities"_s, m_centre},
                          {u"landcover"_s, coverPath},
                          {u"speed_table"_s, u"1:6:motorized;2:6:motorized"_s},
                          {u"mode"_s, u"walk"_s},
                          {u"output"_s, path(u"modes_motor.tif"_s)}});
    QVERIFY2(motorized, qPrintable(motorized ? QString() : motorized.error().toString()));
    QVERIFY(std::abs(coveragefixtures::readRaster(path(u"modes_motor.tif"_s)).at(5, 7) - 2.0) < 1e-5);
    auto badRoadMode = run({{u"facilities"_s, m_centre},
                            {u"landcover"_s, walkCover},
                            {u"speed_table"_s, u"1:6"_s},
                            {u"roads"_s, roads},
                            {u"road_speed_field"_s, u"kmh"_s},
                            {u"road_mode"_s, u"car"_s},
                            {u"output"_s, path(u"modes_bad.tif"_s)}});
    QVERIFY(!badRoadMode);
}

void TestTravelTime::rcostFormula_data()
{
    QTest::addColumn<QString>("neighbours");
    QTest::newRow("8") << u"8"_s;
    QTest::newRow("16") << u"16"_s;
}

void TestTravelTime::rcostFormula()
{
    // A friction grid (seconds per cell) with varied values, a no-data hole and a
    // cheap corridor; r.cost's formula by hand for a few cells and by an
    // independent Bellman-Ford solution for all.
    QFETCH(QString, neighbours);
    Grid g = Grid::uniform(7, 6, 30, 0);
    for (int r = 0; r < g.height; ++r)
        for (int c = 0; c < g.width; ++c)
            g.at(r, c) = 10 + ((r * 7 + c * 13) % 17) * 3;
    g.at(2, 3) = g.nodata;
    g.at(3, 1) = 1;
    const QString friction = path(u"friction_%1.tif"_s.arg(neighbours));
    QVERIFY(coveragefixtures::writeGrid(friction, g));
    const QString facility = path(u"rcost_facility.gpkg"_s);
    QVERIFY(coveragefixtures::writeLayer(facility, {pointWkt(g, 3, 2)}));
    const QString out = path(u"rcost_%1.tif"_s.arg(neighbours));
    auto result = run({{u"facilities"_s, facility}, {u"friction"_s, friction}, {u"neighbours"_s, neighbours}, {u"output"_s, out}});
    QVERIFY2(result, qPrintable(result ? QString() : result.error().toString()));
    const auto t = coveragefixtures::readRaster(out);
    const bool knight = neighbours == "16"_L1;
    // By hand: (3,2) -> (3,1) west: (f(3,1) + f(3,2)) / 2 = (1 + f) / 2 seconds.
    const double f32 = g.at(3, 2), f31 = g.at(3, 1);
    QVERIFY(std::abs(t.at(3, 1) * 60 - (f31 + f32) / 2) < 1e-3);
    const auto ref = rcostReference(g, 3, 2, knight);
    for (int r = 0; r < g.height; ++r)
        for (int c = 0; c < g.width; ++c) {
            const double expected = ref[size_t(r) * g.width + c];
            if (std::isinf(expected)) {
                QCOMPARE(t.at(r, c), -9999.0);
                continue;
            }
            QVERIFY2(std::abs(t.at(r, c) * 60 - expected) < 1e-3 * std::max(1.0, expected / 100),
                     qPrintable(u"(%1,%2): %3 s vs r.cost %4 s"_s.arg(r).arg(c).arg(t.at(r, c) * 60).arg(expected)));
        }
    QCOMPARE(t.at(2, 3), -9999.0); // the no-data hole
    if (knight) {
        // A knight's move by hand: (3,2) -> (1,3) crosses (2,2), (2,3) - the hole -
        // so it is blocked; (3,2) -> (5,3) averages (3,2), (4,2), (4,3), (5,3).
        const double knightMove = (g.at(4, 2) + g.at(4, 3) + g.at(5, 3) + g.at(3, 2)) / 4 * std::sqrt(5.0);
        QVERIFY(t.at(5, 3) * 60 <= knightMove + 1e-3);
    }
}

void TestTravelTime::perFacilityRasters()
{
    Grid g = Grid::uniform(10, 11, 100, 6.0);
    const QString speed = path(u"speed_pf.tif"_s);
    QVERIFY(coveragefixtures::writeGrid(speed, g));
    const QString facilities = path(u"two_pf.gpkg"_s);
    QVERIFY(coveragefixtures::writeLayer(facilities, {pointWkt(g, 5, 2), pointWkt(g, 5, 7)}, 32719, {7, 9}));
    const QString dir = path(u"per"_s);
    auto result = run({{u"facilities"_s, facilities},
                       {u"facility_id_field"_s, u"code"_s},
                       {u"speed"_s, speed},
                       {u"neighbours"_s, u"8"_s},
                       {u"max_minutes"_s, 2.0},
                       {u"output"_s, path(u"pf_time.tif"_s)},
                       {u"per_facility_dir"_s, dir}});
    QVERIFY2(result, qPrintable(result ? QString() : result.error().toString()));
    for (const auto &[id, col] : {std::pair{7, 2}, std::pair{9, 7}}) {
        const auto t = coveragefixtures::readRaster(QDir(dir).filePath(u"facility_%1.tif"_s.arg(id)));
        // Cropped to the 5 x 5 cells within 2 minutes (8 neighbours: 2 diagonals = 2.83 min, out).
        QCOMPARE(t.width, 5);
        QCOMPARE(t.height, 5);
        QCOMPARE(t.gt[0], g.x0 + (col - 2) * 100.0);
        QCOMPARE(t.at(2, 2), 0.0);
        QCOMPARE(t.at(2, 4), 2.0);
        QCOMPARE(t.at(0, 0), -9999.0);
        QVERIFY(std::abs(t.at(1, 1) - std::sqrt(2.0)) < 1e-5);
    }
}

void TestTravelTime::tiledEngineSameOutputs()
{
    // 300 x 270 cells (2 x 2 tiles of 256) of varied speeds, a wall with one gap, a
    // slope: the tiled, out-of-core engine writes the very rasters of the one-grid
    // engine (times, allocation, per-facility windows).
    Grid speed = Grid::uniform(300, 270, 30, 0);
    Grid dem = Grid::uniform(300, 270, 30, 0);
    for (int r = 0; r < speed.height; ++r)
        for (int c = 0; c < speed.width; ++c) {
            speed.at(r, c) = 2 + ((r * 31 + c * 17) % 23) * 0.5;
            dem.at(r, c) = 100 + 0.8 * r + 20 * std::sin(c / 15.0);
        }
    for (int r = 0; r < speed.height; ++r)
        if (r < 200 || r > 205)
            speed.at(r, 260) = 0; // a wall across the right tiles, a gap at rows 200-205
    const QString speedPath = path(u"tiled_speed.tif"_s), demPath = path(u"tiled_dem.tif"_s);
    QVERIFY(coveragefixtures::writeGrid(speedPath, speed));
    QVERIFY(coveragefixtures::writeGrid(demPath, dem));
    const QString facilities = path(u"tiled_facilities.gpkg"_s);
    QVERIFY(coveragefixtures::writeLayer(facilities, {pointWkt(speed, 10, 10), pointWkt(speed, 250, 120), pointWkt(speed, 130, 290)},
                                         32719, {1, 2, 3}));
    QMap<QString, QVariantMap> results;
    for (const QString &engine : {u"memory"_s, u"tiled"_s}) {
        auto result = run({{u"facilities"_s, facilities},
                           {u"facility_id_field"_s, u"code"_s},
                           {u"speed"_s, speedPath},
                           {u"dem"_s, demPath},
                           {u"mode"_s, u"walk"_s},
                           {u"direction"_s, u"to"_s},
                           {u"max_minutes"_s, 90.0},
                           {u"engine"_s, engine},
                           {u"output"_s, path(u"tiled_%1_time.tif"_s.arg(engine))},
                           {u"allocation"_s, path(u"tiled_%1_alloc.tif"_s.arg(engine))},
                           {u"per_facility_dir"_s, path(u"tiled_%1_per"_s.arg(engine))}});
        QVERIFY2(result, qPrintable(result ? QString() : result.error().toString()));
        results.insert(engine, *result);
    }
    QCOMPARE(results[u"tiled"_s].value(u"reached_cells"_s), results[u"memory"_s].value(u"reached_cells"_s));
    QCOMPARE(results[u"tiled"_s].value(u"max_minutes_reached"_s), results[u"memory"_s].value(u"max_minutes_reached"_s));
    QVERIFY(results[u"tiled"_s].value(u"reached_cells"_s).toDouble() > 10000);
    QVERIFY(results[u"tiled"_s].value(u"reached_cells"_s).toDouble() < 300 * 270); // the time limit bites
    auto same = [&](const QString &a, const QString &b) {
        const auto x = coveragefixtures::readRaster(a), y = coveragefixtures::readRaster(b);
        QCOMPARE(x.width, y.width);
        QCOMPARE(x.height, y.height);
        for (int i = 0; i < 6; ++i)
            QCOMPARE(x.gt[i], y.gt[i]);
        QVERIFY(!x.values.empty());
        QVERIFY(x.values == y.values);
    };
    same(path(u"tiled_memory_time.tif"_s), path(u"tiled_tiled_time.tif"_s));
    if (QTest::currentTestFailed())
        return;
    same(path(u"tiled_memory_alloc.tif"_s), path(u"tiled_tiled_alloc.tif"_s));
    if (QTest::currentTestFailed())
        return;
    for (int id : {1, 2, 3}) {
        const QString name = u"facility_%1.tif"_s.arg(id);
        same(QDir(path(u"tiled_memory_per"_s)).filePath(name), QDir(path(u"tiled_tiled_per"_s)).filePath(name));
        if (QTest::currentTestFailed())
            return;
    }
    // The wall's gap: the facility right of the wall reaches the left side only through it.
    const auto alloc = coveragefixtures::readRaster(path(u"tiled_tiled_alloc.tif"_s));
    QCOMPARE(alloc.at(130, 290), 3.0);
    QCOMPARE(alloc.at(10, 10), 1.0);
}

void TestTravelTime::badParameters()
{
    auto expectError = [&](const QVariantMap &parameters, const QString &needle) {
        auto result = run(parameters);
        QVERIFY2(!result, qPrintable(needle));
        QVERIFY2(result.error().message.contains(needle), qPrintable(result.error().message));
    };
    // A geographic raster.
    Grid geo = Grid::uniform(5, 5, 0.001, 6.0);
    geo.x0 = -71.5;
    geo.y0 = -16.4;
    const QString geoPath = path(u"geo.tif"_s);
    QVERIFY(coveragefixtures::writeGrid(geoPath, geo, 4326));
    expectError({{u"facilities"_s, m_centre}, {u"speed"_s, geoPath}, {u"output"_s, path(u"x.tif"_s)}}, u"geographic"_s);
    // No facility inside.
    const QString far = path(u"far.gpkg"_s);
    QVERIFY(coveragefixtures::writeLayer(far, {u"POINT (500000 8000000)"_s}));
    expectError({{u"facilities"_s, far}, {u"speed"_s, m_speed}, {u"output"_s, path(u"x.tif"_s)}}, u"No facility"_s);
    // Walking needs a DEM.
    expectError({{u"facilities"_s, m_centre}, {u"speed"_s, m_speed}, {u"mode"_s, u"walk"_s}, {u"output"_s, path(u"x.tif"_s)}},
                u"dem"_s);
    // Speed and friction together, or neither.
    expectError({{u"facilities"_s, m_centre}, {u"speed"_s, m_speed}, {u"friction"_s, m_speed}, {u"output"_s, path(u"x.tif"_s)}},
                u"friction"_s);
    expectError({{u"facilities"_s, m_centre}, {u"output"_s, path(u"x.tif"_s)}}, u"speed"_s);
    // A DEM on another grid.
    Grid small = Grid::uniform(5, 5, 100, 100);
    const QString smallDem = path(u"small_dem.tif"_s);
    QVERIFY(coveragefixtures::writeGrid(smallDem, small));
    expectError({{u"facilities"_s, m_centre},
                 {u"speed"_s, m_speed},
                 {u"dem"_s, smallDem},
                 {u"mode"_s, u"walk"_s},
                 {u"output"_s, path(u"x.tif"_s)}},
                u"grid"_s);
    // Polygons are not facilities.
    const QString polygons = path(u"poly.gpkg"_s);
    QVERIFY(coveragefixtures::writeLayer(polygons, {u"POLYGON ((300000 8199000, 300100 8199000, 300100 8199100, 300000 8199000))"_s}));
    expectError({{u"facilities"_s, polygons}, {u"speed"_s, m_speed}, {u"output"_s, path(u"x.tif"_s)}}, u"points"_s);
    // Output over an input.
    expectError({{u"facilities"_s, m_centre}, {u"speed"_s, m_speed}, {u"output"_s, m_speed}}, u"also an input"_s);
}

QTEST_GUILESS_MAIN(TestTravelTime)
#include "tst_traveltime.moc"
