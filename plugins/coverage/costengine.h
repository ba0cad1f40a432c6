#pragma once

// The shortest-travel-time engine of the coverage plugin: multi-source Dijkstra
// over a raster of crossing costs, with GRASS r.cost's move costs (isotropic) and
// Tobler's hiking function over a DEM (anisotropic). No GDAL, no Qt: plain arrays.
//
// Memory (W x H cells): cost and time side by side, 8 B per cell, plus 4 B for the
// nearest source (only when an allocation is asked for) and 4 B for a DEM (walk,
// bicycle). 64 M cells: 512 MB. The frontier lives in a radix heap of (float
// time, uint32 cell) pairs holding only the cells on the wave front.
#include <atomic>
#include <cstdint>
#include <functional>
#include <limits>
#include <memory>
#include <vector>

namespace territoria::coverage {

// A fixed-size array in 2 MB-aligned memory marked for transparent huge pages:
// the engine's accesses hop between rows far apart, and 4 KB pages would make
// nearly every one of them a TLB miss.
template<class T>
class HugeArray
{
public:
    HugeArray() = default;
    // Throws std::bad_alloc when memory is short.
    void assign(size_t count, T value);
    void clear() { m_data.reset(); m_size = 0; }
    T *data() { return m_data.get(); }
    const T *data() const { return m_data.get(); }
    size_t size() const { return m_size; }
    bool empty() const { return m_size == 0; }
    T &operator[](size_t i) { return m_data[i]; }
    const T &operator[](size_t i) const { return m_data[i]; }
    T *begin() { return data(); }
    T *end() { return data() + m_size; }
    const T *begin() const { return data(); }
    const T *end() const { return data() + m_size; }

private:
    struct Free {
        void operator()(T *p) const;
    };
    std::unique_ptr<T[], Free> m_data;
    size_t m_size = 0;
};

enum class SlopeMode {
    None,     // motorized, or no DEM: isotropic (r.cost)
    Walk,     // Tobler's hiking function, uphill and downhill differ
    Bicycle,  // see bicycleFactor()
    PerCell,  // each cell's own mode (CostGrid::modes(): 0 none, 1 walk, 2 bicycle)
};

// Travel from the sources outwards, or towards them (reverses slopes).
enum class Direction { FromSources, ToSources };

// One cell of the engine: its crossing cost and its travel time, side by side so
// that a move reads one cache line, not two.
struct Cell {
    float cost; // seconds to cross one cell width; NaN: impassable
    float time; // seconds; +inf: not reached
};

// A grid padded by two cells of impassable border on each side, so that the
// 16 moves from any inner cell never leave the array.
class CostGrid
{
public:
    static constexpr int kPad = 2;

    CostGrid() = default;
    // `cellWidth`/`cellHeight` in metres. All cells start impassable. False when
    // memory is short.
    // `withModes`: a travel mode per cell too (SlopeMode::PerCell), all 0 (none).
    bool allocate(int width, int height, double cellWidth, double cellHeight, bool withDem, bool withModes = false);

    int width() const { return m_width; }
    int height() const { return m_height; }
    int stride() const { return m_width + 2 * kPad; }
    double cellWidth() const { return m_cellWidth; }
    double cellHeight() const { return m_cellHeight; }
    bool hasDem() const { return !m_dem.empty(); }
    bool hasModes() const { return !m_modes.empty(); }
    size_t index(int row, int col) const { return size_t(row + kPad) * size_t(stride()) + size_t(col + kPad); }

    // A row of the inner grid, `width()` cells.
    Cell *row(int r) { return m_cells.data() + index(r, 0); }
    const Cell *row(int r) const { return m_cells.data() + index(r, 0); }
    float *demRow(int r) { return m_dem.data() + index(r, 0); }
    uint8_t *modeRow(int r) { return m_modes.data() + index(r, 0); }

    HugeArray<Cell> &cells() { return m_cells; }
    const HugeArray<Cell> &cells() const { return m_cells; }
    const HugeArray<float> &dem() const { return m_dem; }
    const HugeArray<uint8_t> &modes() const { return m_modes; }

private:
    int m_width = 0;
    int m_height = 0;
    double m_cellWidth = 1;
    double m_cellHeight = 1;
    HugeArray<Cell> m_cells;
    HugeArray<float> m_dem;
    HugeArray<uint8_t> m_modes;
};

struct Source {
    int row = 0;
    int col = 0;
    int32_t id = 0; // written to the allocation grid
};

struct EngineOptions {
    int neighbours = 8;                 // 8 or 16 (knight's move)
    Direction direction = Direction::FromSources;
    SlopeMode slope = SlopeMode::None;
    double maxSeconds = std::numeric_limits<double>::infinity();
    bool allocation = true;             // fill nearest source ids
};

// The travel times are left in the grid's cells (Cell::time, seconds, +inf where
// not reached or beyond maxSeconds); the allocation on the padded layout of the
// grid (CostGrid::index()).
struct EngineResult {
    HugeArray<int32_t> nearest; // source id, or -1; empty without allocation
    size_t reached = 0;
    bool canceled = false;
    bool outOfMemory = false;
};

// Progress callback: fraction 0..1 of the cells settled; returns false to cancel.
using ProgressFunction = std::function<bool(double)>;

// Multi-source shortest travel times. Each move costs its length in cell widths
// times the mean cost of the cells it touches, like GRASS r.cost: orthogonal and
// diagonal moves average the two cells, a knight's move averages the four cells
// it crosses (and is blocked when one of them is impassable). With a slope mode
// and a DEM, that cost is divided by the slope factor of the move; with
// SlopeMode::PerCell, each crossed cell's cost is divided by the factor of that
// cell's own mode (motorized cells: 1), the move's slope being the same.
EngineResult computeTravelTime(CostGrid &grid, const std::vector<Source> &sources, const EngineOptions &options,
                               const ProgressFunction &progress = {});

// A cell (CostGrid::index()) known to be reached at `time` seconds from source `id`.
struct Seed {
    uint32_t cell = 0;
    float time = 0;
    int32_t id = 0;
};

struct PropagateResult {
    size_t settled = 0; // cells expanded
    bool canceled = false;
};

// The engine's core, for callers that keep times between runs (the tiled engine):
// relaxes outwards from `seeds` over a grid whose times (and `nearest`, on the
// padded layout, or null for no allocation) already hold upper bounds. Times only
// fall; a seed at a cell's own time is expanded again.
PropagateResult propagate(CostGrid &grid, int32_t *nearest, const std::vector<Seed> &seeds, const EngineOptions &options,
                          const ProgressFunction &progress = {});

// Tobler (1993): km/h = 6 exp(-3.5 |s + 0.05|), s = rise/run. The factor is that
// speed over the speed on the flat (6 exp(-0.175) = 5.04 km/h), so a speed raster
// keeps its meaning on flat ground.
double toblerFactor(double slope);
// Bicycle: on the flat 1; uphill the speed falls as 1 / (1 + 12.5 s) (half speed
// on an 8 % grade); downhill it rises as 1 + 5 |s|, capped at 1.5.
double bicycleFactor(double slope);

} // namespace territoria::coverage
