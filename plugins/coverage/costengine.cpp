#include "costengine.h"

#include <algorithm>
#include <bit>
#include <cmath>
#include <cstdlib>
#include <cstring>
#include <new>

#if __has_include(<sys/mman.h>)
#include <sys/mman.h>
#endif

namespace territoria::coverage {

template<class T>
void HugeArray<T>::Free::operator()(T *p) const
{
    std::free(p);
}

template<class T>
void HugeArray<T>::assign(size_t count, T value)
{
    m_data.reset();
    m_size = 0;
    if (count == 0)
        return;
    constexpr size_t kHuge = size_t(2) << 20;
    const size_t bytes = (count * sizeof(T) + kHuge - 1) / kHuge * kHuge;
    void *p = std::aligned_alloc(kHuge, bytes);
    if (!p)
        throw std::bad_alloc();
#ifdef MADV_HUGEPAGE
    madvise(p, bytes, MADV_HUGEPAGE);
#endif
    m_data.reset(static_cast<T *>(p));
    m_size = count;
    std::fill_n(m_data.get(), count, value);
}

template class HugeArray<float>;
template class HugeArray<Cell>;
template class HugeArray<int32_t>;
template class HugeArray<uint8_t>;

namespace {

constexpr float kInf = std::numeric_limits<float>::infinity();

// A monotone priority queue (radix heap) over non-negative float keys: the bits
// of a non-negative float order like the float, and Dijkstra never pushes a key
// below the last one popped. Push is O(1), pop amortized O(log range).
class RadixHeap
{
public:
    struct Item {
        uint32_t key;
        uint32_t cell;
    };

    bool empty() const { return m_size == 0; }
    // Empties the heap, keeping the buckets' memory for the next run.
    void reset()
    {
        for (std::vector<Item> &b : m_buckets)
            b.clear();
        m_last = 0;
        m_size = 0;
    }
    // The cell most likely popped next (to prefetch), or -1.
    int64_t likelyNext() const { return m_buckets[0].empty() ? -1 : int64_t(m_buckets[0].back().cell); }

    void push(float time, uint32_t cell)
    {
        const uint32_t key = std::bit_cast<uint32_t>(time);
        m_buckets[bucketOf(key)].push_back({key, cell});
        ++m_size;
    }

    Item pop()
    {
        if (m_buckets[0].empty()) {
            int i = 1;
            while (m_buckets[i].empty())
                ++i;
            std::vector<Item> &from = m_buckets[i];
            uint32_t least = from.front().key;
            for (const Item &item : from)
                least = std::min(least, item.key);
            m_last = least;
            for (const Item &item : from)
                m_buckets[bucketOf(item.key)].push_back(item);
            from.clear();
        }
        const Item item = m_buckets[0].back();
        m_buckets[0].pop_back();
        --m_size;
        return item;
    }

private:
    int bucketOf(uint32_t key) const { return key == m_last ? 0 : 32 - std::countl_zero(key ^ m_last); }
    std::vector<Item> m_buckets[33];
    uint32_t m_last = 0;
    size_t m_size = 0;
};

struct Move {
    int dr;
    int dc;
    double length;  // in metres
    double factor;  // length in cell widths / number of cells averaged (r.cost's EW/NS/DIAG/V/H_DIAG_fac)
};

template<SlopeMode Mode>
inline double slopeFactor(double slope)
{
    if constexpr (Mode == SlopeMode::Walk)
        return toblerFactor(slope);
    else if constexpr (Mode == SlopeMode::Bicycle)
        return bicycleFactor(slope);
    else
        return 1.0;
}

// SlopeMode::PerCell: the factor of one cell's mode (0 none, 1 walk, 2 bicycle).
inline double cellFactor(uint8_t mode, double slope)
{
    return mode == 1 ? toblerFactor(slope) : mode == 2 ? bicycleFactor(slope) : 1.0;
}

struct RunStatus {
    size_t settled = 0;
    bool canceled = false;
};

template<int Neighbours, SlopeMode Mode, bool Allocation>
void run(CostGrid &grid, int32_t *nearest, const std::vector<Seed> &seeds, const EngineOptions &options, RunStatus &status,
         const ProgressFunction &progress)
{
    const ptrdiff_t S = grid.stride();
    Cell *cells = grid.cells().data();
    const float *dem = Mode == SlopeMode::None ? nullptr : grid.dem().data();
    const uint8_t *modes = Mode == SlopeMode::PerCell ? grid.modes().data() : nullptr;
    const float maxSeconds = std::isinf(options.maxSeconds) ? kInf : float(options.maxSeconds);
    const double sign = options.direction == Direction::FromSources ? 1.0 : -1.0;

    // r.cost: EW_fac = 1/2, NS_fac = (ns/ew)/2, DIAG_fac = sqrt(1 + r^2)/2,
    // V_DIAG_fac = sqrt(4 r^2 + 1)/4, H_DIAG_fac = sqrt(r^2 + 4)/4, r = ns/ew.
    const double ew = grid.cellWidth(), ns = grid.cellHeight(), r = ns / ew;
    const double fEW = 0.5, fNS = r / 2, fD = std::sqrt(1 + r * r) / 2;
    const double fV = std::sqrt(4 * r * r + 1) / 4, fH = std::sqrt(r * r + 4) / 4;
    const double lEW = ew, lNS = ns, lD = std::hypot(ew, ns), lV = std::hypot(ew, 2 * ns), lH = std::hypot(2 * ew, ns);

    // One heap per thread, kept: the tiled engine runs thousands of small
    // propagations, each of which would otherwise grow 33 vectors anew.
    static thread_local RadixHeap threadHeap;
    RadixHeap &heap = threadHeap; // one TLS lookup, not one a push
    heap.reset();
    for (const Seed &s : seeds) {
        if (s.time < cells[s.cell].time) {
            cells[s.cell].time = s.time;
            if constexpr (Allocation)
                nearest[s.cell] = s.id;
        }
        if (s.time == cells[s.cell].time) // a seed already known (a tile's border): expand it again
            heap.push(s.time, s.cell);
    }

    size_t settled = 0;
    size_t nextReport = 1u << 20;
    const double total = double(grid.width()) * double(grid.height());
    while (!heap.empty()) {
        const RadixHeap::Item item = heap.pop();
        if (const int64_t next = heap.likelyNext(); next >= 0)
            __builtin_prefetch(cells + next);
        const ptrdiff_t u = ptrdiff_t(item.cell);
        // The five rows a move touches, fetched together rather than one cache
        // miss after another (the popped cells are scattered over the grid).
        __builtin_prefetch(cells + u - 2 * S - 2);
        __builtin_prefetch(cells + u - 2 * S + 2);
        __builtin_prefetch(cells + u - S - 2);
        __builtin_prefetch(cells + u - S + 2);
        __builtin_prefetch(cells + u + S - 2);
        __builtin_prefetch(cells + u + S + 2);
        __builtin_prefetch(cells + u + 2 * S - 2);
        __builtin_prefetch(cells + u + 2 * S + 2);
        const float tu = std::bit_cast<float>(item.key);
        if (tu != cells[u].time)
            continue; // stale: improved since it was pushed
        if (++settled >= nextReport) {
            nextReport += 1u << 20;
            if (progress && !progress(std::min(1.0, double(settled) / total))) {
                status.settled = settled;
                status.canceled = true;
                return;
            }
        }
        const double t = tu;
        const double a = cells[u].cost;
        if (std::isnan(a))
            continue; // an impassable source cell: nothing leaves it
        const double zu = Mode == SlopeMode::None ? 0.0 : double(dem[u]);
        const int32_t id = Allocation ? nearest[u] : 0;

        // w: crossing cost (sum of the cells' costs times r.cost's factor).
        auto relax = [&](ptrdiff_t v, double w, double length) {
            if constexpr (Mode != SlopeMode::None) {
                const double slope = sign * (double(dem[v]) - zu) / length;
                w /= slopeFactor<Mode>(slope);
            } else {
                (void)length;
            }
            const float candidate = float(t + w);
            if (candidate < cells[v].time && candidate <= maxSeconds) { // false for NaN
                cells[v].time = candidate;
                if constexpr (Allocation)
                    nearest[v] = id;
                heap.push(candidate, uint32_t(v));
            }
        };

        if constexpr (Mode == SlopeMode::PerCell) {
            (void)relax;
            // Each crossed cell's cost over its own mode's factor for the move's slope.
            auto relaxCells = [&](ptrdiff_t v, double factor, double length, std::initializer_list<ptrdiff_t> crossed) {
                const double slope = sign * (double(dem[v]) - zu) / length;
                double w = 0;
                for (ptrdiff_t i : crossed)
                    w += double(cells[i].cost) / cellFactor(modes[i], slope);
                const float candidate = float(t + w * factor);
                if (candidate < cells[v].time && candidate <= maxSeconds) { // false for NaN
                    cells[v].time = candidate;
                    if constexpr (Allocation)
                        nearest[v] = id;
                    heap.push(candidate, uint32_t(v));
                }
            };
            relaxCells(u - 1, fEW, lEW, {u - 1, u});
            relaxCells(u + 1, fEW, lEW, {u + 1, u});
            relaxCells(u - S, fNS, lNS, {u - S, u});
            relaxCells(u + S, fNS, lNS, {u + S, u});
            relaxCells(u - S - 1, fD, lD, {u - S - 1, u});
            relaxCells(u - S + 1, fD, lD, {u - S + 1, u});
            relaxCells(u + S + 1, fD, lD, {u + S + 1, u});
            relaxCells(u + S - 1, fD, lD, {u + S - 1, u});
            if constexpr (Neighbours == 16) {
                relaxCells(u - 2 * S - 1, fV, lV, {u - S, u - S - 1, u - 2 * S - 1, u});
                relaxCells(u - 2 * S + 1, fV, lV, {u - S, u - S + 1, u - 2 * S + 1, u});
                relaxCells(u + 2 * S + 1, fV, lV, {u + S, u + S + 1, u + 2 * S + 1, u});
                relaxCells(u + 2 * S - 1, fV, lV, {u + S, u + S - 1, u + 2 * S - 1, u});
                relaxCells(u - S - 2, fH, lH, {u - 1, u - S - 1, u - S - 2, u});
                relaxCells(u - S + 2, fH, lH, {u + 1, u - S + 1, u - S + 2, u});
                relaxCells(u + S + 2, fH, lH, {u + 1, u + S + 1, u + S + 2, u});
                relaxCells(u + S - 2, fH, lH, {u - 1, u + S - 1, u + S - 2, u});
            }
            continue;
        }

        // The order and sums of r.cost (main.c): neighbour + own cost.
        const double W = cells[u - 1].cost, E = cells[u + 1].cost, N = cells[u - S].cost, So = cells[u + S].cost;
        const double NW = cells[u - S - 1].cost, NE = cells[u - S + 1].cost, SE = cells[u + S + 1].cost, SW = cells[u + S - 1].cost;
        relax(u - 1, (W + a) * fEW, lEW);
        relax(u + 1, (E + a) * fEW, lEW);
        relax(u - S, (N + a) * fNS, lNS);
        relax(u + S, (So + a) * fNS, lNS);
        relax(u - S - 1, (NW + a) * fD, lD);
        relax(u - S + 1, (NE + a) * fD, lD);
        relax(u + S + 1, (SE + a) * fD, lD);
        relax(u + S - 1, (SW + a) * fD, lD);
        if constexpr (Neighbours == 16) {
            relax(u - 2 * S - 1, (N + NW + double(cells[u - 2 * S - 1].cost) + a) * fV, lV);
            relax(u - 2 * S + 1, (N + NE + double(cells[u - 2 * S + 1].cost) + a) * fV, lV);
            relax(u + 2 * S + 1, (So + SE + double(cells[u + 2 * S + 1].cost) + a) * fV, lV);
            relax(u + 2 * S - 1, (So + SW + double(cells[u + 2 * S - 1].cost) + a) * fV, lV);
            relax(u - S - 2, (W + NW + double(cells[u - S - 2].cost) + a) * fH, lH);
            relax(u - S + 2, (E + NE + double(cells[u - S + 2].cost) + a) * fH, lH);
            relax(u + S + 2, (E + SE + double(cells[u + S + 2].cost) + a) * fH, lH);
            relax(u + S - 2, (W + SW + double(cells[u + S - 2].cost) + a) * fH, lH);
        }
    }
    status.settled = settled;
}

template<int Neighbours, SlopeMode Mode>
void runAllocation(CostGrid &grid, int32_t *nearest, const std::vector<Seed> &seeds, const EngineOptions &options,
                   RunStatus &status, const ProgressFunction &progress)
{
    if (nearest)
        run<Neighbours, Mode, true>(grid, nearest, seeds, options, status, progress);
    else
        run<Neighbours, Mode, false>(grid, nearest, seeds, options, status, progress);
}

template<int Neighbours>
void runMode(CostGrid &grid, int32_t *nearest, const std::vector<Seed> &seeds, const EngineOptions &options,
             RunStatus &status, const ProgressFunction &progress)
{
    switch (grid.hasDem() ? options.slope : SlopeMode::None) {
    case SlopeMode::None: runAllocation<Neighbours, SlopeMode::None>(grid, nearest, seeds, options, status, progress); break;
    case SlopeMode::Walk: runAllocation<Neighbours, SlopeMode::Walk>(grid, nearest, seeds, options, status, progress); break;
    case SlopeMode::Bicycle:
        runAllocation<Neighbours, SlopeMode::Bicycle>(grid, nearest, seeds, options, status, progress);
        break;
    case SlopeMode::PerCell:
        if (grid.hasModes())
            runAllocation<Neighbours, SlopeMode::PerCell>(grid, nearest, seeds, options, status, progress);
        else // no modes: every cell is motorized
            runAllocation<Neighbours, SlopeMode::None>(grid, nearest, seeds, options, status, progress);
        break;
    }
}

} // namespace

bool CostGrid::allocate(int width, int height, double cellWidth, double cellHeight, bool withDem, bool withModes)
{
    m_width = width;
    m_height = height;
    m_cellWidth = cellWidth;
    m_cellHeight = cellHeight;
    const size_t count = size_t(width + 2 * kPad) * size_t(height + 2 * kPad);
    try {
        m_cells.assign(count, Cell{std::numeric_limits<float>::quiet_NaN(), kInf});
        if (withDem)
            m_dem.assign(count, std::numeric_limits<float>::quiet_NaN());
        else
            m_dem.clear();
        if (withModes)
            m_modes.assign(count, 0);
        else
            m_modes.clear();
    } catch (const std::bad_alloc &) {
        m_cells.clear();
        m_dem.clear();
        m_modes.clear();
        return false;
    }
    return true;
}

double toblerFactor(double slope)
{
    return std::exp(-3.5 * std::abs(slope + 0.05) + 3.5 * 0.05);
}

double bicycleFactor(double slope)
{
    if (slope >= 0)
        return 1.0 / (1.0 + 12.5 * slope);
    return std::min(1.5, 1.0 - 5.0 * slope);
}

PropagateResult propagate(CostGrid &grid, int32_t *nearest, const std::vector<Seed> &seeds, const EngineOptions &options,
                          const ProgressFunction &progress)
{
    RunStatus status;
    if (options.neighbours == 16)
        runMode<16>(grid, nearest, seeds, options, status, progress);
    else
        runMode<8>(grid, nearest, seeds, options, status, progress);
    return {status.settled, status.canceled};
}

EngineResult computeTravelTime(CostGrid &grid, const std::vector<Source> &sources, const EngineOptions &options,
                               const ProgressFunction &progress)
{
    EngineResult result;
    const size_t count = grid.cells().size();
    for (Cell &cell : grid.cells())
        cell.time = kInf;
    try {
        if (options.allocation)
            result.nearest.assign(count, -1);
    } catch (const std::bad_alloc &) {
        result.outOfMemory = true;
        return result;
    }
    std::vector<Seed> seeds;
    seeds.reserve(sources.size());
    std::vector<uint32_t> seen;
    for (const Source &s : sources) {
        const uint32_t i = uint32_t(grid.index(s.row, s.col));
        if (grid.cells()[i].time == -1)
            continue; // two sources in one cell: the first one keeps it
        grid.cells()[i].time = -1; // marks the cell taken (reset below)
        seen.push_back(i);
        seeds.push_back({i, 0.0f, s.id});
    }
    for (uint32_t i : seen)
        grid.cells()[i].time = kInf;
    const PropagateResult run = propagate(grid, options.allocation ? result.nearest.data() : nullptr, seeds, options, progress);
    result.reached = run.settled;
    result.canceled = run.canceled;
    return result;
}

} // namespace territoria::coverage
