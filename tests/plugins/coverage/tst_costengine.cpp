// The tiled, out-of-core engine against the one-grid engine: the same float times
// on random grids (barriers, DEM slopes, per-cell modes, both directions, 8 and
// 16 neighbours, a time limit), with tiles small enough that paths cross many of
// them and a cache smaller than the tile count.
#include "costengine.h"
#include "tiledengine.h"

#include <QDir>
#include <QTest>

#include <cmath>
#include <cstring>
#include <random>

using namespace territoria::coverage;

namespace {

struct Case {
    int width = 53;
    int height = 41;
    int tile = 8;
    int neighbours = 16;
    SlopeMode slope = SlopeMode::None;
    Direction direction = Direction::FromSources;
    double maxSeconds = std::numeric_limits<double>::infinity();
    bool allocation = true;
    int threads = 2;
    size_t memory = 0; // 0: the smallest cache
    int sources = 3;
    double barrierShare = 0.15;
    unsigned seed = 1;
};

struct Inputs {
    std::vector<float> cost, dem;
    std::vector<uint8_t> modes;
    std::vector<Source> sources;
};

Inputs makeInputs(const Case &c)
{
    std::mt19937 rng(c.seed);
    std::uniform_real_distribution<float> cost(5.0f, 60.0f), z(0.0f, 40.0f), u(0.0f, 1.0f);
    Inputs in;
    const size_t n = size_t(c.width) * c.height;
    in.cost.resize(n);
    in.dem.resize(n);
    in.modes.resize(n);
    for (size_t i = 0; i < n; ++i) {
        in.cost[i] = u(rng) < c.barrierShare ? std::numeric_limits<float>::quiet_NaN() : cost(rng);
        in.dem[i] = z(rng);
        in.modes[i] = uint8_t(rng() % 3);
    }
    for (int k = 0; k < c.sources; ++k)
        in.sources.push_back({int(rng() % unsigned(c.height)), int(rng() % unsigned(c.width)), 100 + k});
    return in;
}

bool withDem(const Case &c)
{
    return c.slope != SlopeMode::None;
}

EngineOptions optionsOf(const Case &c)
{
    EngineOptions o;
    o.neighbours = c.neighbours;
    o.slope = c.slope;
    o.direction = c.direction;
    o.maxSeconds = c.maxSeconds;
    o.allocation = c.allocation;
    return o;
}

struct Output {
    std::vector<float> time;
    std::vector<int32_t> nearest;
};

Output inMemory(const Case &c, const Inputs &in)
{
    CostGrid grid;
    const bool modes = c.slope == SlopeMode::PerCell;
    grid.allocate(c.width, c.height, 30, 30, withDem(c), modes);
    for (int r = 0; r < c.height; ++r) {
        for (int col = 0; col < c.width; ++col) {
            const size_t i = size_t(r) * c.width + col;
            grid.row(r)[col].cost = in.cost[i];
            if (withDem(c))
                grid.demRow(r)[col] = in.dem[i];
            if (modes)
                grid.modeRow(r)[col] = in.modes[i];
        }
    }
    EngineResult result = computeTravelTime(grid, in.sources, optionsOf(c));
    Output out;
    for (int r = 0; r < c.height; ++r) {
        for (int col = 0; col < c.width; ++col) {
            out.time.push_back(grid.row(r)[col].time);
            out.nearest.push_back(c.allocation ? result.nearest[grid.index(r, col)] : -1);
        }
    }
    return out;
}

std::unique_ptr<TiledCostEngine> makeTiled(const Case &c, const Inputs &in, QString *error = nullptr)
{
    auto engine = std::make_unique<TiledCostEngine>();
    TiledCostEngine::Config config;
    config.width = c.width;
    config.height = c.height;
    config.cellWidth = config.cellHeight = 30;
    config.withDem = withDem(c);
    config.withModes = c.slope == SlopeMode::PerCell;
    config.allocation = c.allocation;
    config.tileSize = c.tile;
    config.memoryBytes = c.memory;
    config.threads = c.threads;
    config.tempDir = QDir::tempPath().toStdString();
    const bool ok = engine->init(config, [&](int row0, int rows, float *cost, float *dem, uint8_t *modes) {
        const size_t off = size_t(row0) * c.width, n = size_t(rows) * c.width;
        std::copy_n(in.cost.data() + off, n, cost);
        if (dem)
            std::copy_n(in.dem.data() + off, n, dem);
        if (modes)
            std::copy_n(in.modes.data() + off, n, modes);
        return true;
    });
    if (!ok) {
        if (error)
            *error = QString::fromStdString(engine->error());
        return nullptr;
    }
    return engine;
}

Output runTiled(TiledCostEngine &engine, const Case &c, const std::vector<Source> &sources, TiledCostEngine::RunResult *run = nullptr)
{
    const TiledCostEngine::RunResult r = engine.run(sources, optionsOf(c));
    if (run)
        *run = r;
    Output out;
    out.time.assign(size_t(c.width) * c.height, -1);
    out.nearest.assign(size_t(c.width) * c.height, -2);
    engine.write({0, 0, c.height, c.width}, [&](int row0, int rows, int cols, const float *time, const int32_t *nearest) {
        for (int r = 0; r < rows; ++r) {
            std::copy_n(time + size_t(r) * cols, cols, out.time.data() + size_t(row0 + r) * c.width);
            if (nearest)
                std::copy_n(nearest + size_t(r) * cols, cols, out.nearest.data() + size_t(row0 + r) * c.width);
            else
                std::fill_n(out.nearest.data() + size_t(row0 + r) * c.width, cols, -1);
        }
        return true;
    });
    return out;
}

// Bit for bit, +inf included.
int firstDifference(const std::vector<float> &a, const std::vector<float> &b)
{
    for (size_t i = 0; i < a.size(); ++i)
        if (std::memcmp(&a[i], &b[i], sizeof(float)) != 0)
            return int(i);
    return -1;
}

} // namespace

class TestCostEngine : public QObject
{
    Q_OBJECT

private:
    void compare(const Case &c)
    {
        const Inputs in = makeInputs(c);
        const Output want = inMemory(c, in);
        auto engine = makeTiled(c, in);
        QVERIFY(engine);
        TiledCostEngine::RunResult run;
        const Output got = runTiled(*engine, c, in.sources, &run);
        QVERIFY(!run.failed && !run.canceled);
        const int diff = firstDifference(want.time, got.time);
        QVERIFY2(diff < 0, qPrintable(QStringLiteral("cell %1: in memory %2, tiled %3")
                                          .arg(diff)
                                          .arg(diff >= 0 ? double(want.time[size_t(diff)]) : 0.0, 0, 'g', 9)
                                          .arg(diff >= 0 ? double(got.time[size_t(diff)]) : 0.0, 0, 'g', 9)));
        if (c.allocation) {
            // Random float costs: no two sources tie on any cell.
            QCOMPARE(got.nearest, want.nearest);
        }
        size_t reached = 0;
        for (float t : want.time)
            reached += std::isinf(t) ? 0 : 1;
        QCOMPARE(engine->reachedCells(), reached);
        QVERIFY(reached > 0);
    }

private slots:
    void sameAsOneGrid_data()
    {
        QTest::addColumn<int>("neighbours");
        QTest::addColumn<int>("slope");
        QTest::addColumn<bool>("toSources");
        QTest::addColumn<double>("maxSeconds");
        QTest::addColumn<int>("tile");
        QTest::addColumn<int>("threads");
        QTest::addColumn<unsigned>("seed");
        const double inf = std::numeric_limits<double>::infinity();
        QTest::newRow("16 n., isotropic") << 16 << int(SlopeMode::None) << false << inf << 8 << 2 << 1u;
        QTest::newRow("8 n., isotropic") << 8 << int(SlopeMode::None) << false << inf << 8 << 2 << 2u;
        QTest::newRow("16 n., walk, from") << 16 << int(SlopeMode::Walk) << false << inf << 8 << 2 << 3u;
        QTest::newRow("16 n., walk, to") << 16 << int(SlopeMode::Walk) << true << inf << 8 << 2 << 4u;
        QTest::newRow("8 n., bicycle") << 8 << int(SlopeMode::Bicycle) << false << inf << 9 << 2 << 5u;
        QTest::newRow("16 n., per cell") << 16 << int(SlopeMode::PerCell) << true << inf << 8 << 2 << 6u;
        QTest::newRow("16 n., time limit") << 16 << int(SlopeMode::None) << false << 600.0 << 8 << 2 << 7u;
        QTest::newRow("one thread, tile 16") << 16 << int(SlopeMode::Walk) << false << inf << 16 << 1 << 8u;
        QTest::newRow("one tile") << 16 << int(SlopeMode::None) << false << inf << 64 << 2 << 9u;
    }

    void sameAsOneGrid()
    {
        QFETCH(int, neighbours);
        QFETCH(int, slope);
        QFETCH(bool, toSources);
        QFETCH(double, maxSeconds);
        QFETCH(int, tile);
        QFETCH(int, threads);
        QFETCH(unsigned, seed);
        for (unsigned k = 0; k < 4; ++k) {
            Case c;
            c.neighbours = neighbours;
            c.slope = SlopeMode(slope);
            c.direction = toSources ? Direction::ToSources : Direction::FromSources;
            c.maxSeconds = maxSeconds;
            c.tile = tile;
            c.threads = threads;
            c.seed = seed * 100 + k;
            c.sources = 1 + int(k);
            compare(c);
            if (QTest::currentTestFailed())
                return;
        }
    }

    // A cache smaller than the tile count: tiles go to the file and come back.
    void smallCacheEvicts()
    {
        Case c;
        c.width = 97;
        c.height = 83;
        c.tile = 8; // 13 x 11 tiles
        c.barrierShare = 0.3; // winding paths: tiles solved again and again
        const Inputs in = makeInputs(c);
        auto engine = makeTiled(c, in);
        QVERIFY(engine);
        QCOMPARE(engine->tileCount(), size_t(13 * 11));
        QCOMPARE(engine->cacheCapacity(), size_t(c.threads + 2));
        TiledCostEngine::RunResult run;
        const Output got = runTiled(*engine, c, in.sources, &run);
        QVERIFY(run.tileRuns > run.tilesTouched); // tiles solved again as times fell in their halos
        QCOMPARE(firstDifference(inMemory(c, in).time, got.time), -1);
    }

    // One engine, runs after runs: each as from scratch.
    void rerunForgetsThePreviousRun()
    {
        Case c;
        c.slope = SlopeMode::Walk;
        const Inputs in = makeInputs(c);
        auto engine = makeTiled(c, in);
        QVERIFY(engine);
        runTiled(*engine, c, in.sources);
        for (const Source &s : in.sources) {
            Inputs one = in;
            one.sources = {s};
            const Output want = inMemory(c, one);
            const Output got = runTiled(*engine, c, one.sources);
            QCOMPARE(firstDifference(want.time, got.time), -1);
            QCOMPARE(got.nearest, want.nearest);
        }
    }

    // The window of the reached cells, and writing only that window.
    void reachedBoundsAndWindow()
    {
        Case c;
        c.width = 60;
        c.height = 50;
        c.barrierShare = 0;
        c.maxSeconds = 200; // costs 5..60 s a cell: a few cells around the source
        Inputs in = makeInputs(c);
        in.sources = {{20, 30, 7}};
        auto engine = makeTiled(c, in);
        QVERIFY(engine);
        const Output all = runTiled(*engine, c, in.sources);
        int r0 = c.height, r1 = -1, c0 = c.width, c1 = -1;
        for (int r = 0; r < c.height; ++r)
            for (int col = 0; col < c.width; ++col)
                if (!std::isinf(all.time[size_t(r) * c.width + col])) {
                    r0 = std::min(r0, r), r1 = std::max(r1, r);
                    c0 = std::min(c0, col), c1 = std::max(c1, col);
                }
        const TiledCostEngine::Bounds b = engine->reachedBounds();
        QCOMPARE(b.row0, r0);
        QCOMPARE(b.col0, c0);
        QCOMPARE(b.rows, r1 - r0 + 1);
        QCOMPARE(b.cols, c1 - c0 + 1);
        QVERIFY(b.rows < c.height && b.cols < c.width);
        std::vector<float> window(size_t(b.rows) * b.cols, -1);
        QVERIFY(engine->write(b, [&](int row0, int rows, int cols, const float *time, const int32_t *) {
            std::copy_n(time, size_t(rows) * cols, window.data() + size_t(row0) * cols);
            return true;
        }));
        for (int r = 0; r < b.rows; ++r)
            for (int col = 0; col < b.cols; ++col)
                QCOMPARE(window[size_t(r) * b.cols + col], all.time[size_t(r + b.row0) * c.width + col + b.col0]);
    }

    void cancel()
    {
        Case c;
        const Inputs in = makeInputs(c);
        auto engine = makeTiled(c, in);
        QVERIFY(engine);
        EngineOptions o;
        const TiledCostEngine::RunResult r = engine->run(in.sources, o, [](double) { return false; });
        QVERIFY(r.canceled);
        QVERIFY(engine->canceled());
    }

    void unwritableTempDir()
    {
        Case c;
        const Inputs in = makeInputs(c);
        TiledCostEngine engine;
        TiledCostEngine::Config config;
        config.width = c.width;
        config.height = c.height;
        config.tempDir = "/nonexistent/territoria";
        QVERIFY(!engine.init(config, [](int, int, float *, float *, uint8_t *) { return true; }));
        QVERIFY2(QString::fromStdString(engine.error()).contains(u"/nonexistent/territoria"),
                 engine.error().c_str());
    }

    void readerFailureStops()
    {
        TiledCostEngine engine;
        TiledCostEngine::Config config;
        config.width = 40;
        config.height = 40;
        config.tileSize = 8;
        config.tempDir = QDir::tempPath().toStdString();
        QVERIFY(!engine.init(config, [](int row0, int, float *, float *, uint8_t *) { return row0 < 16; }));
        QVERIFY(!engine.error().empty());
    }
};

QTEST_GUILESS_MAIN(TestCostEngine)
#include "tst_costengine.moc"
