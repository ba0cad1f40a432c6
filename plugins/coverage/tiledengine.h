#pragma once

// The out-of-core front of the travel-time engine: the same shortest travel times
// as computeTravelTime() (bit for bit), with memory bounded by a budget instead of
// growing with the raster.
//
// The raster is cut into square tiles kept in a temporary file; a bounded cache
// holds the tiles in use. Each tile is solved by the in-memory engine
// (propagate()) on a frame of the tile plus a two-cell halo (the reach of a
// knight's move), seeded from the halo and from the tile's own two-cell border
// ring. The rings of all tiles stay in memory (0.27 B per cell at the default
// tile size); a tile whose halo or ring falls is queued again, keyed by the
// smallest time that fell, and tiles are solved in the order of their keys (a
// Dijkstra over tiles). At the end no move can shorten any time: the times are
// the least fixed point, which is what the one-grid Dijkstra computes too, so
// both give the same float values. Tiles two apart share no cell of their
// frames and are solved on separate threads.
//
// No GDAL, no Qt: the caller reads and writes the raster through callbacks.
#include "costengine.h"

#include <cstddef>
#include <cstdint>
#include <functional>
#include <memory>
#include <string>
#include <vector>

namespace territoria::coverage {

class TiledCostEngine
{
public:
    struct Config {
        int width = 0;
        int height = 0;
        double cellWidth = 1;  // metres
        double cellHeight = 1; // metres
        bool withDem = false;
        bool withModes = false;
        bool allocation = false;
        int tileSize = 256;                  // cells; at least 8
        size_t memoryBytes = size_t(512) << 20; // cache, rings and frames together
        int threads = 2;
        std::string tempDir = "/tmp";
    };

    // Rows [row0, row0 + rows) of the whole raster, `width` values a row:
    // costs (seconds to cross one cell width, NaN: impassable) and, when the
    // config asks for them, the DEM (m, NaN: no data) and the per-cell modes
    // (0 none, 1 walk, 2 bicycle). False stops with an error the caller knows.
    using RowReader = std::function<bool(int row0, int rows, float *cost, float *dem, uint8_t *modes)>;
    // Rows [row0, row0 + rows) of a window `cols` wide: times in seconds (+inf:
    // not reached) and, with an allocation, the nearest source ids (-1).
    using RowWriter = std::function<bool(int row0, int rows, int cols, const float *time, const int32_t *nearest)>;

    struct Bounds {
        int row0 = 0;
        int col0 = 0;
        int rows = 0; // 0: nothing reached
        int cols = 0;
    };

    struct RunResult {
        size_t settled = 0;  // cells expanded, with the re-expansions
        size_t tileRuns = 0; // tiles solved, with the repeats
        size_t tilesTouched = 0;
        bool canceled = false;
        bool failed = false; // see error()
    };

    TiledCostEngine();
    ~TiledCostEngine();
    TiledCostEngine(const TiledCostEngine &) = delete;
    TiledCostEngine &operator=(const TiledCostEngine &) = delete;

    // Creates the temporary tile file and copies the raster into it.
    // `progress` gets 0..1 of the rows read; false cancels (returns false,
    // canceled() true). On failure, error() says why.
    bool init(const Config &config, const RowReader &reader, const ProgressFunction &progress = {});

    // Travel times from (or to) `sources`, replacing the previous run's.
    RunResult run(const std::vector<Source> &sources, const EngineOptions &options, const ProgressFunction &progress = {});

    // The smallest window holding every cell the last run reached.
    Bounds reachedBounds();
    // Writes a window of the last run's times, in row strips of one tile.
    // Also counts the cells reached and the largest time.
    bool write(const Bounds &window, const RowWriter &writer);

    size_t reachedCells() const { return m_reached; }
    float maxTime() const { return m_maxTime; }
    bool canceled() const { return m_canceled; }
    // Why init(), run() or write() failed (English, for the log; the caller
    // wraps it in a translated message naming the raster).
    const std::string &error() const { return m_error; }
    // Tiles the cache can hold, and the tile count.
    size_t cacheCapacity() const;
    size_t tileCount() const;

private:
    struct Impl;
    std::unique_ptr<Impl> d;
    size_t m_reached = 0;
    float m_maxTime = 0;
    bool m_canceled = false;
    std::string m_error;
};

// The bytes computeTravelTime() needs for a grid (cells, DEM, modes, allocation).
size_t inMemoryEngineBytes(int width, int height, bool withDem, bool withModes, bool allocation);

} // namespace territoria::coverage
