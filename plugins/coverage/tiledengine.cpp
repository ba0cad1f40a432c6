#include "tiledengine.h"

#include <algorithm>
#include <atomic>
#include <cerrno>
#include <cmath>
#include <condition_variable>
#include <cstdlib>
#include <cstring>
#include <limits>
#include <mutex>
#include <queue>
#include <thread>

#include <fcntl.h>
#include <unistd.h>

namespace territoria::coverage {

namespace {

constexpr float kInf = std::numeric_limits<float>::infinity();
constexpr float kNaN = std::numeric_limits<float>::quiet_NaN();
constexpr int kHalo = 2; // the reach of a knight's move

size_t align8(size_t n)
{
    return (n + 7) / 8 * 8;
}

} // namespace

size_t inMemoryEngineBytes(int width, int height, bool withDem, bool withModes, bool allocation)
{
    const size_t cells = size_t(width + 2 * CostGrid::kPad) * size_t(height + 2 * CostGrid::kPad);
    return cells * (sizeof(Cell) + (withDem ? 4 : 0) + (withModes ? 1 : 0) + (allocation ? 4 : 0));
}

struct TiledCostEngine::Impl {
    // One tile's cells (T x T, row-major) in memory.
    struct Tile {
        std::vector<float> cost;
        std::vector<float> dem;
        std::vector<uint8_t> modes;
        std::vector<float> time;
        std::vector<int32_t> nearest;
        bool dirty = false; // times newer than the file's
        bool stale = false; // times of an earlier run: cleared when next used
        int pins = 0;
        uint64_t lastUse = 0;
    };

    // A worker's frame: a tile and its halo on the layout of the one-grid engine.
    struct Frame {
        CostGrid grid;
        HugeArray<int32_t> nearest;
        std::vector<Seed> seeds;
    };

    Config cfg;
    int T = 0;
    int tilesX = 0;
    int tilesY = 0;
    size_t tiles = 0;
    size_t TT = 0;
    size_t R = 0; // ring cells per tile
    int fd = -1;
    size_t demOffset = 0, modesOffset = 0, dynamicOffset = 0, nearestOffset = 0, recordBytes = 0;

    // The rings: the two outer rows and columns of every tile, authoritative for
    // their times (a tile's own copy of its ring is stale).
    std::vector<float> ringCost, ringDem, ringTime;
    std::vector<uint8_t> ringModes;
    std::vector<int32_t> ringNearest;

    // Per tile.
    std::vector<uint8_t> onDisk;  // the file holds this run's times of the tile
    std::vector<uint8_t> touched; // solved at least once in this run
    std::vector<float> pendingKey;
    std::vector<uint8_t> running;
    std::vector<std::vector<Source>> tileSources;

    // The cache.
    std::mutex cacheMutex;
    std::vector<std::unique_ptr<Tile>> cache;
    std::vector<std::unique_ptr<Tile>> spare;
    size_t loaded = 0;
    size_t capacity = 0;
    uint64_t clock = 0;

    std::mutex errorMutex;
    std::string error;
    std::atomic<bool> failed{false};

    ~Impl()
    {
        if (fd >= 0)
            ::close(fd);
    }

    void setError(const std::string &message)
    {
        std::lock_guard lock(errorMutex);
        if (error.empty())
            error = message;
        failed = true;
    }

    size_t ringIndex(int lr, int lc) const
    {
        if (lr < 2)
            return size_t(lr) * T + lc;
        if (lr >= T - 2)
            return size_t(2 * T) + size_t(lr - (T - 2)) * T + lc;
        return size_t(4 * T) + size_t(lr - 2) * 4 + size_t(lc < 2 ? lc : lc - (T - 2) + 2);
    }
    bool inRing(int lr, int lc) const { return lr < 2 || lr >= T - 2 || lc < 2 || lc >= T - 2; }
    // Calls fn(lr, lc) for each ring cell of a tile.
    template<class Fn>
    void forEachRingCell(Fn &&fn) const
    {
        for (int lr = 0; lr < T; ++lr) {
            if (lr < 2 || lr >= T - 2) {
                for (int lc = 0; lc < T; ++lc)
                    fn(lr, lc);
            } else {
                fn(lr, 0);
                fn(lr, 1);
                fn(lr, T - 2);
                fn(lr, T - 1);
            }
        }
    }

    bool ioAt(bool write, void *data, size_t bytes, size_t offset)
    {
        auto *p = static_cast<char *>(data);
        while (bytes > 0) {
            const ssize_t n = write ? ::pwrite(fd, p, bytes, off_t(offset)) : ::pread(fd, p, bytes, off_t(offset));
            if (n < 0 && errno == EINTR)
                continue;
            if (n <= 0) {
                setError(std::string(write ? "cannot write the temporary tile file: " : "cannot read the temporary tile file: ")
                         + (n < 0 ? std::strerror(errno) : "unexpected end of file"));
                return false;
            }
            p += n;
            bytes -= size_t(n);
            offset += size_t(n);
        }
        return true;
    }

    size_t tileBytes() const
    {
        return TT * (4 + 4 + (cfg.withDem ? 4 : 0) + (cfg.withModes ? 1 : 0) + (cfg.allocation ? 4 : 0));
    }

    std::unique_ptr<Tile> newTile()
    {
        if (!spare.empty()) {
            auto t = std::move(spare.back());
            spare.pop_back();
            return t;
        }
        auto t = std::make_unique<Tile>();
        t->cost.resize(TT);
        t->time.resize(TT);
        if (cfg.withDem)
            t->dem.resize(TT);
        if (cfg.withModes)
            t->modes.resize(TT);
        if (cfg.allocation)
            t->nearest.resize(TT);
        return t;
    }

    bool writeDynamic(size_t t, Tile &tile)
    {
        const size_t base = t * recordBytes;
        if (!ioAt(true, tile.time.data(), TT * 4, base + dynamicOffset))
            return false;
        if (cfg.allocation && !ioAt(true, tile.nearest.data(), TT * 4, base + nearestOffset))
            return false;
        onDisk[t] = 1;
        tile.dirty = false;
        return true;
    }

    bool readDynamic(size_t t, float *time, int32_t *nearest)
    {
        const size_t base = t * recordBytes;
        if (!onDisk[t]) {
            std::fill_n(time, TT, kInf);
            if (nearest)
                std::fill_n(nearest, TT, -1);
            return true;
        }
        if (!ioAt(false, time, TT * 4, base + dynamicOffset))
            return false;
        return !nearest || ioAt(false, nearest, TT * 4, base + nearestOffset);
    }

    // The tile, loaded and pinned; null on an I/O error.
    Tile *acquire(size_t t)
    {
        std::lock_guard lock(cacheMutex);
        if (Tile *tile = cache[t].get()) {
            if (tile->stale) {
                std::fill(tile->time.begin(), tile->time.end(), kInf);
                std::fill(tile->nearest.begin(), tile->nearest.end(), -1);
                tile->stale = false;
            }
            ++tile->pins;
            tile->lastUse = ++clock;
            return tile;
        }
        while (loaded >= capacity) {
            size_t victim = tiles;
            uint64_t oldest = std::numeric_limits<uint64_t>::max();
            for (size_t i = 0; i < tiles; ++i) {
                const Tile *c = cache[i].get();
                if (c && c->pins == 0 && c->lastUse < oldest) {
                    oldest = c->lastUse;
                    victim = i;
                }
            }
            if (victim == tiles)
                break; // all pinned: go over the budget by a tile rather than stall
            if (cache[victim]->dirty && !writeDynamic(victim, *cache[victim]))
                return nullptr;
            spare.push_back(std::move(cache[victim]));
            --loaded;
        }
        std::unique_ptr<Tile> tile = newTile();
        const size_t base = t * recordBytes;
        if (!ioAt(false, tile->cost.data(), TT * 4, base) || (cfg.withDem && !ioAt(false, tile->dem.data(), TT * 4, base + demOffset))
            || (cfg.withModes && !ioAt(false, tile->modes.data(), TT, base + modesOffset))
            || !readDynamic(t, tile->time.data(), cfg.allocation ? tile->nearest.data() : nullptr)) {
            spare.push_back(std::move(tile));
            return nullptr;
        }
        tile->dirty = false;
        tile->stale = false;
        tile->pins = 1;
        tile->lastUse = ++clock;
        cache[t] = std::move(tile);
        ++loaded;
        return cache[t].get();
    }

    void release(Tile *tile)
    {
        std::lock_guard lock(cacheMutex);
        --tile->pins;
    }

    // This run's times (and ids) of a solved tile, its ring included.
    bool tileTimes(size_t t, float *time, int32_t *nearest)
    {
        {
            std::lock_guard lock(cacheMutex);
            if (const Tile *tile = cache[t].get()) {
                std::copy_n(tile->time.data(), TT, time);
                if (nearest)
                    std::copy_n(tile->nearest.data(), TT, nearest);
            } else if (!readDynamic(t, time, nearest)) {
                return false;
            }
        }
        const size_t ring = t * R;
        forEachRingCell([&](int lr, int lc) {
            const size_t i = size_t(lr) * T + lc;
            const size_t ri = ring + ringIndex(lr, lc);
            time[i] = ringTime[ri];
            if (nearest)
                nearest[i] = ringNearest[ri];
        });
        return true;
    }

    // Solves tile t on `frame`; `keys` (3 x 3 around t) get the smallest time
    // that fell in the frame of each neighbour.
    bool solveTile(size_t t, Frame &frame, const EngineOptions &options, float keys[3][3], size_t &settled)
    {
        const int ty = int(t / size_t(tilesX)), tx = int(t % size_t(tilesX));
        Tile *tile = acquire(t);
        if (!tile)
            return false;
        CostGrid &g = frame.grid;
        const bool withNearest = cfg.allocation;
        int32_t *nearest = withNearest ? frame.nearest.data() : nullptr;
        const size_t ring = t * R;
        // Interior.
        for (int lr = 0; lr < T; ++lr) {
            Cell *row = g.row(lr + kHalo) + kHalo;
            const size_t base = size_t(lr) * T;
            for (int lc = 0; lc < T; ++lc)
                row[lc] = Cell{tile->cost[base + lc], tile->time[base + lc]};
            if (cfg.withDem)
                std::copy_n(tile->dem.data() + base, T, g.demRow(lr + kHalo) + kHalo);
            if (cfg.withModes)
                std::copy_n(tile->modes.data() + base, T, g.modeRow(lr + kHalo) + kHalo);
            if (withNearest)
                std::copy_n(tile->nearest.data() + base, T, nearest + g.index(lr + kHalo, kHalo));
        }
        frame.seeds.clear();
        forEachRingCell([&](int lr, int lc) {
            const size_t ri = ring + ringIndex(lr, lc);
            const size_t fi = g.index(lr + kHalo, lc + kHalo);
            g.cells()[fi].time = ringTime[ri];
            if (withNearest)
                nearest[fi] = ringNearest[ri];
            if (!std::isinf(ringTime[ri]))
                frame.seeds.push_back({uint32_t(fi), ringTime[ri], withNearest ? ringNearest[ri] : 0});
        });
        // Halo: the neighbours' rings.
        const int fs = T + 2 * kHalo;
        auto forEachHaloCell = [&](auto &&fn) {
            for (int fr = 0; fr < fs; ++fr) {
                if (fr < kHalo || fr >= T + kHalo) {
                    for (int fc = 0; fc < fs; ++fc)
                        fn(fr, fc);
                } else {
                    fn(fr, 0);
                    fn(fr, 1);
                    fn(fr, T + kHalo);
                    fn(fr, T + kHalo + 1);
                }
            }
        };
        // The owner tile and ring slot of a halo cell, or false beyond the tiles.
        auto owner = [&](int fr, int fc, size_t &n, size_t &ri) {
            const int gr = ty * T + fr - kHalo, gc = tx * T + fc - kHalo;
            if (gr < 0 || gc < 0 || gr >= tilesY * T || gc >= tilesX * T)
                return false;
            n = size_t(gr / T) * size_t(tilesX) + size_t(gc / T);
            ri = n * R + ringIndex(gr % T, gc % T);
            return true;
        };
        forEachHaloCell([&](int fr, int fc) {
            const size_t fi = g.index(fr, fc);
            size_t n, ri;
            if (!owner(fr, fc, n, ri)) {
                g.cells()[fi] = Cell{kNaN, kInf};
                if (cfg.withDem)
                    g.demRow(fr)[fc] = kNaN;
                if (cfg.withModes)
                    g.modeRow(fr)[fc] = 0;
                if (withNearest)
                    nearest[fi] = -1;
                return;
            }
            g.cells()[fi] = Cell{ringCost[ri], ringTime[ri]};
            if (cfg.withDem)
                g.demRow(fr)[fc] = ringDem[ri];
            if (cfg.withModes)
                g.modeRow(fr)[fc] = ringModes[ri];
            if (withNearest)
                nearest[fi] = ringNearest[ri];
            if (!std::isinf(ringTime[ri]))
                frame.seeds.push_back({uint32_t(fi), ringTime[ri], withNearest ? ringNearest[ri] : 0});
        });
        if (!touched[t]) {
            for (const Source &s : tileSources[t])
                frame.seeds.push_back({uint32_t(g.index(s.row - ty * T + kHalo, s.col - tx * T + kHalo)), 0.0f, s.id});
        }

        const PropagateResult result = propagate(g, nearest, frame.seeds, options);
        settled += result.settled;

        // Back: the interior to the tile, the ring and the halo to the rings.
        for (int lr = 0; lr < T; ++lr) {
            const Cell *row = g.row(lr + kHalo) + kHalo;
            const size_t base = size_t(lr) * T;
            for (int lc = 0; lc < T; ++lc)
                tile->time[base + lc] = row[lc].time;
            if (withNearest)
                std::copy_n(nearest + g.index(lr + kHalo, kHalo), T, tile->nearest.data() + base);
        }
        {
            std::lock_guard lock(cacheMutex);
            tile->dirty = true;
        }
        release(tile);
        for (int i = 0; i < 3; ++i)
            std::fill_n(keys[i], 3, kInf);
        // A cell that fell: every other tile whose frame holds it must see it.
        auto fell = [&](int gr, int gc, float time) {
            const int gy = gr / T, gx = gc / T;
            for (int dy = -1; dy <= 1; ++dy) {
                for (int dx = -1; dx <= 1; ++dx) {
                    const int zy = gy + dy, zx = gx + dx;
                    if (zy < 0 || zx < 0 || zy >= tilesY || zx >= tilesX || (zy == ty && zx == tx))
                        continue;
                    if (gr < zy * T - kHalo || gr >= zy * T + T + kHalo || gc < zx * T - kHalo || gc >= zx * T + T + kHalo)
                        continue;
                    float &key = keys[zy - ty + 1][zx - tx + 1];
                    key = std::min(key, time);
                }
            }
        };
        forEachRingCell([&](int lr, int lc) {
            const size_t ri = ring + ringIndex(lr, lc);
            const size_t fi = g.index(lr + kHalo, lc + kHalo);
            const float now = g.cells()[fi].time;
            if (now < ringTime[ri]) {
                ringTime[ri] = now;
                if (withNearest)
                    ringNearest[ri] = nearest[fi];
                fell(ty * T + lr, tx * T + lc, now);
            }
        });
        forEachHaloCell([&](int fr, int fc) {
            size_t n, ri;
            if (!owner(fr, fc, n, ri))
                return;
            const size_t fi = g.index(fr, fc);
            const float now = g.cells()[fi].time;
            if (now < ringTime[ri]) {
                ringTime[ri] = now;
                if (withNearest)
                    ringNearest[ri] = nearest[fi];
                fell(ty * T + fr - kHalo, tx * T + fc - kHalo, now);
            }
        });
        return true;
    }
};

TiledCostEngine::TiledCostEngine() = default;
TiledCostEngine::~TiledCostEngine() = default;

size_t TiledCostEngine::cacheCapacity() const
{
    return d ? d->capacity : 0;
}

size_t TiledCostEngine::tileCount() const
{
    return d ? d->tiles : 0;
}

bool TiledCostEngine::init(const Config &config, const RowReader &reader, const ProgressFunction &progress)
{
    m_error.clear();
    m_canceled = false;
    d = std::make_unique<Impl>();
    Impl &e = *d;
    e.cfg = config;
    e.cfg.threads = std::max(1, config.threads);
    e.T = std::max(8, config.tileSize);
    const int T = e.T;
    e.tilesX = (config.width + T - 1) / T;
    e.tilesY = (config.height + T - 1) / T;
    e.tiles = size_t(e.tilesX) * size_t(e.tilesY);
    e.TT = size_t(T) * size_t(T);
    e.R = size_t(8 * T - 16);
    e.demOffset = e.TT * 4;
    e.modesOffset = e.demOffset + (config.withDem ? e.TT * 4 : 0);
    e.dynamicOffset = align8(e.modesOffset + (config.withModes ? e.TT : 0));
    e.nearestOffset = e.dynamicOffset + e.TT * 4;
    e.recordBytes = align8(e.nearestOffset + (config.allocation ? e.TT * 4 : 0));

    try {
        const size_t ringCells = e.tiles * e.R;
        e.ringCost.assign(ringCells, kNaN);
        e.ringTime.assign(ringCells, kInf);
        if (config.withDem)
            e.ringDem.assign(ringCells, kNaN);
        if (config.withModes)
            e.ringModes.assign(ringCells, 0);
        if (config.allocation)
            e.ringNearest.assign(ringCells, -1);
        e.onDisk.assign(e.tiles, 0);
        e.touched.assign(e.tiles, 0);
        e.pendingKey.assign(e.tiles, kInf);
        e.running.assign(e.tiles, 0);
        e.tileSources.assign(e.tiles, {});
        e.cache.resize(e.tiles);
    } catch (const std::bad_alloc &) {
        m_error = "not enough memory for the tile borders";
        return false;
    }
    // The budget: rings, frames and strips first; the cache gets the rest.
    const size_t ringBytes = e.tiles * e.R * (8 + (config.withDem ? 4 : 0) + (config.withModes ? 1 : 0) + (config.allocation ? 4 : 0));
    const size_t frameBytes = size_t(e.cfg.threads) * inMemoryEngineBytes(T + 2 * kHalo, T + 2 * kHalo, config.withDem,
                                                                           config.withModes, config.allocation);
    const size_t stripBytes = size_t(config.width) * size_t(T) * (4 + 4 + 4 + 1);
    const size_t fixed = ringBytes + frameBytes + stripBytes;
    const size_t budget = config.memoryBytes > fixed ? config.memoryBytes - fixed : 0;
    e.capacity = std::max<size_t>(size_t(e.cfg.threads) + 2, budget / e.tileBytes());

    std::string pattern = (config.tempDir.empty() ? std::string("/tmp") : config.tempDir) + "/territoria-cost-XXXXXX";
    e.fd = ::mkstemp(pattern.data());
    if (e.fd < 0) {
        m_error = "cannot create a temporary tile file in " + config.tempDir + ": " + std::strerror(errno);
        return false;
    }
    ::unlink(pattern.c_str()); // gone with the engine, even after a crash

    // Copy the raster into the tile file, a row of tiles at a time.
    std::vector<float> cost, dem;
    std::vector<uint8_t> modes;
    std::vector<char> record(e.dynamicOffset);
    try {
        cost.resize(size_t(config.width) * T);
        if (config.withDem)
            dem.resize(size_t(config.width) * T);
        if (config.withModes)
            modes.resize(size_t(config.width) * T);
    } catch (const std::bad_alloc &) {
        m_error = "not enough memory for a row of tiles";
        return false;
    }
    for (int ty = 0; ty < e.tilesY; ++ty) {
        if (progress && !progress(double(ty) / e.tilesY)) {
            m_canceled = true;
            return false;
        }
        const int row0 = ty * T;
        const int rows = std::min(T, config.height - row0);
        if (!reader(row0, rows, cost.data(), config.withDem ? dem.data() : nullptr, config.withModes ? modes.data() : nullptr)) {
            m_error = "cannot read the input rows";
            return false;
        }
        for (int tx = 0; tx < e.tilesX; ++tx) {
            const size_t t = size_t(ty) * e.tilesX + tx;
            auto *tc = reinterpret_cast<float *>(record.data());
            auto *td = reinterpret_cast<float *>(record.data() + e.demOffset);
            auto *tm = reinterpret_cast<uint8_t *>(record.data() + e.modesOffset);
            const int col0 = tx * T;
            const int cols = std::min(T, config.width - col0);
            for (int lr = 0; lr < T; ++lr) {
                for (int lc = 0; lc < T; ++lc) {
                    const size_t i = size_t(lr) * T + lc;
                    const bool inside = lr < rows && lc < cols;
                    const size_t src = size_t(lr) * config.width + size_t(col0 + lc);
                    tc[i] = inside ? cost[src] : kNaN;
                    if (config.withDem)
                        td[i] = inside ? dem[src] : kNaN;
                    if (config.withModes)
                        tm[i] = inside ? modes[src] : 0;
                }
            }
            if (!e.ioAt(true, record.data(), e.dynamicOffset, t * e.recordBytes)) {
                m_error = e.error;
                return false;
            }
            e.forEachRingCell([&](int lr, int lc) {
                const size_t i = size_t(lr) * T + lc;
                const size_t ri = t * e.R + e.ringIndex(lr, lc);
                e.ringCost[ri] = tc[i];
                if (config.withDem)
                    e.ringDem[ri] = td[i];
                if (config.withModes)
                    e.ringModes[ri] = tm[i];
            });
        }
    }
    return true;
}

TiledCostEngine::RunResult TiledCostEngine::run(const std::vector<Source> &sources, const EngineOptions &optionsIn,
                                                 const ProgressFunction &progress)
{
    RunResult out;
    m_canceled = false;
    m_reached = 0;
    m_maxTime = 0;
    if (!d) {
        out.failed = true;
        m_error = "the tiled engine was not initialized";
        return out;
    }
    Impl &e = *d;
    const int T = e.T;
    EngineOptions options = optionsIn;
    options.allocation = e.cfg.allocation;

    // A fresh run: no times anywhere.
    std::fill(e.ringTime.begin(), e.ringTime.end(), kInf);
    std::fill(e.ringNearest.begin(), e.ringNearest.end(), -1);
    std::fill(e.onDisk.begin(), e.onDisk.end(), 0);
    std::fill(e.touched.begin(), e.touched.end(), 0);
    std::fill(e.pendingKey.begin(), e.pendingKey.end(), kInf);
    for (auto &s : e.tileSources)
        s.clear();
    for (size_t t = 0; t < e.tiles; ++t) {
        if (Impl::Tile *tile = e.cache[t].get()) {
            tile->stale = true; // cleared if this run reaches it: runs from one facility touch few tiles
            tile->dirty = false;
        }
    }
    using Entry = std::pair<float, uint32_t>;
    std::priority_queue<Entry, std::vector<Entry>, std::greater<>> queue;
    for (const Source &s : sources) {
        if (s.row < 0 || s.col < 0 || s.row >= e.cfg.height || s.col >= e.cfg.width)
            continue;
        const size_t t = size_t(s.row / T) * e.tilesX + size_t(s.col / T);
        e.tileSources[t].push_back(s);
        if (e.pendingKey[t] != 0) {
            e.pendingKey[t] = 0;
            queue.push({0.0f, uint32_t(t)});
        }
    }

    std::mutex mutex;
    std::condition_variable wake;
    int active = 0;
    std::atomic<bool> canceled{false};
    std::atomic<size_t> settled{0};
    size_t tileRuns = 0;
    const double total = double(e.cfg.width) * double(e.cfg.height);

    auto conflicts = [&](size_t t) {
        const int ty = int(t / size_t(e.tilesX)), tx = int(t % size_t(e.tilesX));
        for (int y = std::max(0, ty - 1); y <= std::min(e.tilesY - 1, ty + 1); ++y)
            for (int x = std::max(0, tx - 1); x <= std::min(e.tilesX - 1, tx + 1); ++x)
                if (e.running[size_t(y) * e.tilesX + x])
                    return true;
        return false;
    };

    auto worker = [&](int index) {
        Impl::Frame frame;
        const bool withDem = e.cfg.withDem, withModes = e.cfg.withModes;
        if (!frame.grid.allocate(T + 2 * kHalo, T + 2 * kHalo, e.cfg.cellWidth, e.cfg.cellHeight, withDem, withModes)) {
            e.setError("not enough memory for a tile");
            wake.notify_all();
            return;
        }
        if (e.cfg.allocation) {
            try {
                frame.nearest.assign(frame.grid.cells().size(), -1);
            } catch (const std::bad_alloc &) {
                e.setError("not enough memory for a tile");
                wake.notify_all();
                return;
            }
        }
        std::unique_lock lock(mutex);
        std::vector<Entry> aside;
        while (true) {
            if (canceled || e.failed)
                break;
            // The caller's thread reports progress (and hears a cancel) before each
            // pick, also after waking while the other thread solved a tile.
            if (index == 0 && progress) {
                lock.unlock();
                const bool go = progress(std::min(0.99, double(settled) / total));
                lock.lock();
                if (!go) {
                    canceled = true;
                    break;
                }
            }
            int picked = -1;
            float pickedKey = kInf;
            aside.clear();
            while (!queue.empty()) {
                const Entry top = queue.top();
                queue.pop();
                if (top.first != e.pendingKey[top.second])
                    continue; // stale
                if (conflicts(top.second)) {
                    aside.push_back(top);
                    continue;
                }
                picked = int(top.second);
                pickedKey = top.first;
                break;
            }
            for (const Entry &a : aside)
                queue.push(a);
            if (picked < 0) {
                if (active == 0)
                    break; // nothing queued, nothing running: done
                wake.wait(lock);
                continue;
            }
            (void)pickedKey;
            const size_t t = size_t(picked);
            e.pendingKey[t] = kInf;
            e.running[t] = 1;
            ++active;
            ++tileRuns;
            lock.unlock();

            float keys[3][3];
            size_t mySettled = 0;
            const bool ok = e.solveTile(t, frame, options, keys, mySettled);
            settled += mySettled;

            lock.lock();
            e.touched[t] = 1;
            e.running[t] = 0;
            --active;
            if (ok) {
                const int ty = int(t / size_t(e.tilesX)), tx = int(t % size_t(e.tilesX));
                for (int dy = -1; dy <= 1; ++dy) {
                    for (int dx = -1; dx <= 1; ++dx) {
                        const float key = keys[dy + 1][dx + 1];
                        if (std::isinf(key))
                            continue;
                        const size_t z = size_t(ty + dy) * e.tilesX + size_t(tx + dx);
                        if (key < e.pendingKey[z]) {
                            e.pendingKey[z] = key;
                            queue.push({key, uint32_t(z)});
                        }
                    }
                }
            }
            wake.notify_all();
        }
        wake.notify_all();
    };

    const int threads = int(std::min<size_t>(size_t(e.cfg.threads), std::max<size_t>(1, e.tiles / 4)));
    std::vector<std::thread> pool;
    for (int i = 1; i < threads; ++i)
        pool.emplace_back(worker, i);
    worker(0);
    for (std::thread &th : pool)
        th.join();

    out.settled = settled;
    out.tileRuns = tileRuns;
    out.tilesTouched = size_t(std::count(e.touched.begin(), e.touched.end(), uint8_t(1)));
    out.canceled = canceled;
    m_canceled = canceled;
    if (e.failed) {
        out.failed = true;
        m_error = e.error;
    }
    return out;
}

TiledCostEngine::Bounds TiledCostEngine::reachedBounds()
{
    Bounds b;
    if (!d)
        return b;
    Impl &e = *d;
    const int T = e.T;
    std::vector<float> time(e.TT);
    int r0 = e.cfg.height, r1 = -1, c0 = e.cfg.width, c1 = -1;
    for (size_t t = 0; t < e.tiles; ++t) {
        if (!e.touched[t])
            continue;
        if (!e.tileTimes(t, time.data(), nullptr)) {
            m_error = e.error;
            return b;
        }
        const int ty = int(t / size_t(e.tilesX)), tx = int(t % size_t(e.tilesX));
        for (int lr = 0; lr < T; ++lr) {
            for (int lc = 0; lc < T; ++lc) {
                if (std::isinf(time[size_t(lr) * T + lc]))
                    continue;
                r0 = std::min(r0, ty * T + lr);
                r1 = std::max(r1, ty * T + lr);
                c0 = std::min(c0, tx * T + lc);
                c1 = std::max(c1, tx * T + lc);
            }
        }
    }
    if (r1 < 0)
        return b;
    return Bounds{r0, c0, r1 - r0 + 1, c1 - c0 + 1};
}

bool TiledCostEngine::write(const Bounds &window, const RowWriter &writer)
{
    if (!d) {
        m_error = "the tiled engine was not initialized";
        return false;
    }
    Impl &e = *d;
    const int T = e.T;
    const bool withNearest = e.cfg.allocation;
    m_reached = 0;
    m_maxTime = 0;
    if (window.rows <= 0 || window.cols <= 0)
        return true;
    std::vector<float> time, tileTime(e.TT);
    std::vector<int32_t> nearest, tileNearest(withNearest ? e.TT : 0);
    try {
        time.resize(size_t(window.cols) * T);
        if (withNearest)
            nearest.resize(size_t(window.cols) * T);
    } catch (const std::bad_alloc &) {
        m_error = "not enough memory for a row of tiles";
        return false;
    }
    const int rowEnd = window.row0 + window.rows, colEnd = window.col0 + window.cols;
    for (int r0 = window.row0; r0 < rowEnd;) {
        const int ty = r0 / T;
        const int r1 = std::min(rowEnd, (ty + 1) * T);
        const int rows = r1 - r0;
        for (int c0 = window.col0; c0 < colEnd;) {
            const int tx = c0 / T;
            const int c1 = std::min(colEnd, (tx + 1) * T);
            const size_t t = size_t(ty) * e.tilesX + tx;
            const bool solved = e.touched[t];
            if (solved && !e.tileTimes(t, tileTime.data(), withNearest ? tileNearest.data() : nullptr)) {
                m_error = e.error;
                return false;
            }
            for (int r = r0; r < r1; ++r) {
                float *out = time.data() + size_t(r - r0) * window.cols + (c0 - window.col0);
                int32_t *outNearest = withNearest ? nearest.data() + size_t(r - r0) * window.cols + (c0 - window.col0) : nullptr;
                const size_t base = size_t(r - ty * T) * T + size_t(c0 - tx * T);
                for (int c = 0; c < c1 - c0; ++c) {
                    const float v = solved ? tileTime[base + c] : kInf;
                    out[c] = v;
                    if (!std::isinf(v)) {
                        ++m_reached;
                        m_maxTime = std::max(m_maxTime, v);
                    }
                    if (outNearest)
                        outNearest[c] = solved ? tileNearest[base + c] : -1;
                }
            }
            c0 = c1;
        }
        if (!writer(r0 - window.row0, rows, window.cols, time.data(), withNearest ? nearest.data() : nullptr)) {
            m_error = "cannot write the output rows";
            return false;
        }
        r0 = r1;
    }
    return true;
}

} // namespace territoria::coverage
