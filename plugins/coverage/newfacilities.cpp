#include "newfacilities.h"

#include "costengine.h"
#include "coverageio.h"
#include "data/gdalutil.h"
#include "task/feedback.h"

#include <QVariantList>

#include <algorithm>
#include <cmath>
#include <cstdint>
#include <limits>
#include <new>
#include <optional>
#include <queue>
#include <tuple>

using namespace Qt::StringLiterals;

namespace territoria {

namespace {

using namespace coverage;

// At most this many (candidate, cell) pairs are kept (4 bytes each).
constexpr uint64_t maxCoverageEntries = 250'000'000;

struct Candidate {
    double x = 0; // in the CRS of the population raster
    double y = 0;
    qint64 fid = -1; // point candidates
    int row = -1;    // raster candidates
    int col = -1;
};

// Cells of `grid` whose centre lies within `radius` of (x, y).
template<typename Fn>
void forEachCellInDisc(const RasterInput &grid, double x, double y, double radius, Fn &&fn)
{
    const double x0 = grid.geoTransform[0], y0 = grid.geoTransform[3];
    const double dx = grid.geoTransform[1], dy = -grid.geoTransform[5];
    const double r2 = radius * radius * (1 + 1e-9);
    const int c0 = std::max(0, int(std::ceil((x - radius - x0) / dx - 0.5)));
    const int c1 = std::min(grid.width - 1, int(std::floor((x + radius - x0) / dx - 0.5)));
    const int r0 = std::max(0, int(std::ceil((y0 - y - radius) / dy - 0.5)));
    const int r1 = std::min(grid.height - 1, int(std::floor((y0 - y + radius) / dy - 0.5)));
    for (int r = r0; r <= r1; ++r) {
        const double cy = y0 - (r + 0.5) * dy - y;
        for (int c = c0; c <= c1; ++c) {
            const double cx = x0 + (c + 0.5) * dx - x;
            if (cx * cx + cy * cy <= r2)
                fn(size_t(r) * size_t(grid.width) + size_t(c));
        }
    }
}

// Reads `input` strip by strip as Float32 and calls fn(cell, value) for every cell.
template<typename Fn>
Result<void> forEachValue(const RasterInput &input, Feedback &feedback, const QString &algorithmId, Fn &&fn)
{
    GdalErrorCollector errors;
    const int width = input.width, height = input.height;
    const int strip = std::max(1, std::min(height, int(2'000'000 / std::max(1, width))));
    std::vector<float> values;
    for (int r0 = 0; r0 < height; r0 += strip) {
        if (feedback.isCanceled())
            return std::unexpected(canceledError(algorithmId));
        const int n = std::min(strip, height - r0);
        values.resize(size_t(n) * size_t(width));
        if (input.band->RasterIO(GF_Read, 0, r0, width, n, values.data(), width, n, GDT_Float32, 0, 0, nullptr) != CE_None)
            return fail(QCoreApplication::translate("NewFacilitiesAlgorithm", "Cannot read %1.").arg(input.path), input.path,
                        errors.lastFailure());
        const size_t base = size_t(r0) * size_t(width);
        for (size_t i = 0; i < values.size(); ++i) {
            const float v = values[i];
            if (std::isnan(v) || (input.hasNodata && v == float(input.nodata)))
                continue;
            fn(base + i, v);
        }
    }
    return {};
}

// Reads the whole of `input` as Float32, no data as NaN.
Result<void> readAll(const RasterInput &input, std::vector<float> &values, Feedback &feedback, const QString &algorithmId)
{
    GdalErrorCollector errors;
    const int width = input.width, height = input.height;
    try {
        values.assign(size_t(width) * size_t(height), 0.0f);
    } catch (const std::bad_alloc &) {
        return fail(QCoreApplication::translate("NewFacilitiesAlgorithm", "Not enough memory to read %1 (%2 x %3 cells).")
                        .arg(input.path)
                        .arg(width)
                        .arg(height),
                    input.path);
    }
    const int strip = std::max(1, std::min(height, int(2'000'000 / std::max(1, width))));
    const float nodata = float(input.nodata);
    for (int r0 = 0; r0 < height; r0 += strip) {
        if (feedback.isCanceled())
            return std::unexpected(canceledError(algorithmId));
        const int n = std::min(strip, height - r0);
        float *out = values.data() + size_t(r0) * size_t(width);
        if (input.band->RasterIO(GF_Read, 0, r0, width, n, out, width, n, GDT_Float32, 0, 0, nullptr) != CE_None)
            return fail(QCoreApplication::translate("NewFacilitiesAlgorithm", "Cannot read %1.").arg(input.path), input.path,
                        errors.lastFailure());
        if (input.hasNodata)
            std::replace(out, out + size_t(n) * size_t(width), nodata, std::numeric_limits<float>::quiet_NaN());
        input.band->FlushCache(); // the array holds the values
    }
    return {};
}

// Coverage by travel time: the crossing costs (seconds per cell width, as
// coverage:travel_time and r.cost) of the whole raster, read once, and one window
// CostGrid reused for every site. Every move across a column costs at least the
// least cost of the raster (a row: that times ns/ew), over the largest slope
// factor of the mode, so whatever is reached within the limit lies within the
// window's half-size (+2 cells: the cells a knight's move crosses) and the
// engine's work per site is bounded by the window, not by the raster.
class TravelCoverage
{
public:
    int width = 0;
    int height = 0;
    std::vector<float> costs; // NaN: impassable
    std::vector<float> dem;   // empty without a slope correction
    EngineOptions options;
    int windowWidth = 0;
    int windowHeight = 0;
    CostGrid window;

    // Sizes the window for `maxSeconds` and allocates it; false when memory is short.
    bool prepare(double cellWidth, double cellHeight, double maxSeconds)
    {
        double least = std::numeric_limits<double>::infinity();
        for (float c : costs)
            if (c < least) // false for NaN
                least = c;
        const double fastest = options.slope == SlopeMode::Walk      ? toblerFactor(-0.05)
                               : options.slope == SlopeMode::Bicycle ? bicycleFactor(-1.0)
                                                                     : 1.0;
        auto halfSize = [&](double perStep, int limit) {
            if (!(perStep > 0))
                return limit; // free crossings: no bound but the raster
            return int(std::min(double(limit), std::ceil(maxSeconds * fastest / perStep) + 2));
        };
        windowWidth = int(std::min<int64_t>(width, 2 * int64_t(halfSize(least, width)) + 1));
        windowHeight = int(std::min<int64_t>(height, 2 * int64_t(halfSize(least * cellHeight / cellWidth, height)) + 1));
        options.maxSeconds = maxSeconds;
        options.allocation = false;
        options.direction = Direction::ToSources;
        return window.allocate(windowWidth, windowHeight, cellWidth, cellHeight, !dem.empty());
    }

    // Calls fn(cell) for each cell of the raster from which the site in (row, col)
    // is reached within the limit (its own cell always). False when canceled.
    template<typename Fn>
    bool forEachReached(int row, int col, Feedback &feedback, Fn &&fn)
    {
        const int r0 = std::clamp(row - windowHeight / 2, 0, height - windowHeight);
        const int c0 = std::clamp(col - windowWidth / 2, 0, width - windowWidth);
        for (int r = 0; r < windowHeight; ++r) {
            const size_t from = size_t(r0 + r) * size_t(width) + size_t(c0);
            Cell *out = window.row(r);
            for (int c = 0; c < windowWidth; ++c)
                out[c].cost = costs[from + size_t(c)];
            if (!dem.empty())
                std::copy_n(dem.data() + from, windowWidth, window.demRow(r));
        }
        const EngineResult result = computeTravelTime(window, {Source{row - r0, col - c0, 0}}, options,
                                                      [&feedback](double) { return !feedback.isCanceled(); });
        if (result.canceled || feedback.isCanceled())
            return false;
        for (int r = 0; r < windowHeight; ++r) {
            const Cell *in = window.row(r);
            const size_t to = size_t(r0 + r) * size_t(width) + size_t(c0);
            for (int c = 0; c < windowWidth; ++c)
                if (std::isfinite(in[c].time)) // the engine leaves +inf beyond the limit
                    fn(to + size_t(c));
        }
        return true;
    }
};

} // namespace

QString NewFacilitiesAlgorithm::id() const
{
    return u"coverage:new_facilities"_s;
}

QString NewFacilitiesAlgorithm::displayName() const
{
    return tr("Where to build new facilities");
}

QString NewFacilitiesAlgorithm::group() const
{
    return tr("Accessibility");
}

QString NewFacilitiesAlgorithm::shortHelp() const
{
    return tr("Chooses up to “count” new facility sites among candidate points, or among the cells of a suitability raster "
              "(cells above 0), to cover the most people not yet covered (greedy maximum coverage). A site covers cells of "
              "the population raster by one of two rules. Straight line: the cells whose centre lies within radius_m metres "
              "of it. Travel time: give a speed raster (km/h; 0 or no data is impassable) or a friction raster (seconds to "
              "cross one cell, as GRASS r.cost) on the grid of the population, and site_minutes; the site covers the cells "
              "from which people reach it within site_minutes, moving as in coverage:travel_time (8 or 16 neighbours; "
              "walking or bicycling corrected for the slope of a DEM on the same grid, mode walk or bicycle). Give radius_m "
              "or the travel-time parameters, not both. People already covered by the existing facilities (cells of the "
              "“existing” travel-time raster within max_minutes, or the cells the “existing_facilities” points cover by "
              "the same rule as the sites) are left out. Each step takes the candidate that adds the most people still "
              "uncovered (ties: the first candidate), so the gain of each site accounts for the overlap with the sites "
              "chosen before it. The population raster must be in a projected CRS (metres). Raster candidates beyond "
              "max_candidates are thinned to a regular subsample of the mask.");
}

QList<ParameterDefinition> NewFacilitiesAlgorithm::parameterDefinitions() const
{
    using P = ParameterDefinition;
    return {
        P::make(u"population"_s, tr("Population raster (people per cell, projected CRS)"), ParameterType::RasterLayer),
        P::make(u"candidates"_s, tr("Candidate sites (points)"), ParameterType::VectorLayer).setOptional(),
        P::make(u"suitability"_s, tr("Suitability raster (cells above 0 are candidates; grid of the population)"),
                ParameterType::RasterLayer)
            .setOptional(),
        P::make(u"existing"_s, tr("Travel time to the existing facilities (minutes; grid of the population)"),
                ParameterType::RasterLayer)
            .setOptional(),
        P::make(u"max_minutes"_s, tr("Coverage limit of the existing travel time (minutes)"), ParameterType::Number)
            .withRange(0, 1e9)
            .withDefault(0.0),
        P::make(u"existing_facilities"_s, tr("Existing facilities (points, covering by the rule of the new sites)"),
                ParameterType::VectorLayer)
            .setOptional(),
        P::make(u"radius_m"_s, tr("Coverage radius of a site (m, straight line; not with travel time)"), ParameterType::Number)
            .withRange(0, 1e7)
            .setOptional(),
        P::make(u"speed"_s, tr("Speed raster for coverage by travel time (km/h; grid of the population)"),
                ParameterType::RasterLayer)
            .setOptional(),
        P::make(u"friction"_s, tr("Friction raster for coverage by travel time (seconds to cross one cell; grid of the population)"),
                ParameterType::RasterLayer)
            .setOptional(),
        P::make(u"site_minutes"_s, tr("Coverage limit of a site by travel time (minutes to reach it)"), ParameterType::Number)
            .withRange(0, 1e9)
            .setOptional(),
        P::make(u"neighbours"_s, tr("Neighbours of the travel-time moves (16: knight's move, more accurate)"), ParameterType::Enum)
            .withOptions({u"8"_s, u"16"_s})
            .withDefault(u"16"_s),
        P::make(u"dem"_s, tr("Elevation raster (m; grid of the population) for walking or bicycling"), ParameterType::RasterLayer)
            .setOptional(),
        P::make(u"mode"_s, tr("Travel mode (walking and bicycling are corrected for slope)"), ParameterType::Enum)
            .withOptions({u"motorized"_s, u"walk"_s, u"bicycle"_s})
            .withDefault(u"motorized"_s),
        P::make(u"count"_s, tr("Number of new facilities"), ParameterType::Integer).withRange(1, 1e6).withDefault(1),
        P::make(u"max_candidates"_s, tr("Most raster candidates (the mask is subsampled beyond)"), ParameterType::Integer)
            .withRange(1, 1e8)
            .withDefault(20000),
        P::make(u"output"_s, tr("Chosen sites"), ParameterType::FileOutput).withFile(FileKind::Vector, u"gpkg"_s),
    };
}

QList<OutputDefinition> NewFacilitiesAlgorithm::outputDefinitions() const
{
    return {
        OutputDefinition{u"output"_s, tr("Chosen sites"), OutputType::VectorFile},
        OutputDefinition{u"total_population"_s, tr("Population"), OutputType::Number},
        OutputDefinition{u"existing_covered"_s, tr("Population covered by the existing facilities"), OutputType::Number},
        OutputDefinition{u"uncovered_before"_s, tr("Population uncovered before the new sites"), OutputType::Number},
        OutputDefinition{u"new_covered"_s, tr("Population covered by the new sites"), OutputType::Number},
        OutputDefinition{u"covered_after"_s, tr("Population covered with the new sites"), OutputType::Number},
        OutputDefinition{u"uncovered_after"_s, tr("Population still uncovered"), OutputType::Number},
        OutputDefinition{u"gains"_s, tr("People added by each site, in order"), OutputType::Json},
        OutputDefinition{u"sites"_s, tr("Number of sites chosen"), OutputType::Number},
        OutputDefinition{u"candidate_count"_s, tr("Number of candidates considered"), OutputType::Number},
        OutputDefinition{u"coverage_rule"_s, tr("Coverage rule of a site (straight_line or travel_time)"), OutputType::String},
    };
}

Result<QVariantMap> NewFacilitiesAlgorithm::processAlgorithm(const QVariantMap &parameters, Feedback &feedback) const
{
    ensureGdalRegistered();
    GdalErrorCollector errors;
    const QString popPath = parameters.value(u"population"_s).toString();
    const QString candidatesSource = parameters.value(u"candidates"_s).toString();
    const QString suitabilityPath = parameters.value(u"suitability"_s).toString();
    const QString existingPath = parameters.value(u"existing"_s).toString();
    const double maxMinutes = parameters.value(u"max_minutes"_s).toDouble();
    const QString existingSource = parameters.value(u"existing_facilities"_s).toString();
    const double radius = parameters.value(u"radius_m"_s).toDouble();
    const qint64 count = parameters.value(u"count"_s).toLongLong();
    const qint64 maxCandidates = parameters.value(u"max_candidates"_s).toLongLong();
    const QString output = parameters.value(u"output"_s).toString();
    const QString speedPath = parameters.value(u"speed"_s).toString();
    const QString frictionPath = parameters.value(u"friction"_s).toString();
    const double siteMinutes = parameters.value(u"site_minutes"_s).toDouble();
    const int neighbours = parameters.value(u"neighbours"_s).toString() == "8"_L1 ? 8 : 16;
    const QString demPath = parameters.value(u"dem"_s).toString();
    const QString mode = parameters.value(u"mode"_s).toString();
    const bool byTravel = !speedPath.isEmpty() || !frictionPath.isEmpty();
    const bool byRadius = radius > 0; // the GUI gives 0 for a number left alone

    if (count < 1)
        return fail(tr("Parameter “count”: at least 1 new facility must be asked for."));
    if (!speedPath.isEmpty() && !frictionPath.isEmpty())
        return fail(tr("Give either a speed raster (“speed”) or a friction raster (“friction”) for coverage by travel time, "
                       "not both."));
    if (byTravel && byRadius)
        return fail(tr("Give one coverage rule: either “radius_m” (straight line) or “speed”/“friction” with “site_minutes” "
                       "(travel time), not both."));
    if (!byTravel && siteMinutes > 0)
        return fail(byRadius ? tr("Parameter “site_minutes” sets coverage by travel time: give a speed raster (“speed”) or a "
                                  "friction raster (“friction”) with it instead of “radius_m”, or leave it out.")
                             : tr("Parameter “site_minutes” sets coverage by travel time: give a speed raster (“speed”) or a "
                                  "friction raster (“friction”) with it."));
    if (!byTravel && !byRadius)
        return fail(tr("Give the coverage of a site: “radius_m” (metres, straight line), or a speed raster (“speed”) or a "
                       "friction raster (“friction”) with “site_minutes” (travel time)."));
    if (byTravel && !(siteMinutes > 0))
        return fail(tr("Parameter “site_minutes”: coverage by travel time needs the minutes within which people reach a site "
                       "(more than 0)."));
    if (!byTravel && !demPath.isEmpty())
        return fail(tr("Parameter “dem” corrects travel times for slope: give “speed” or “friction” and “site_minutes” too."));
    SlopeMode slope = SlopeMode::None;
    if (byTravel && mode != "motorized"_L1) {
        if (demPath.isEmpty())
            return fail(tr("Parameter “dem”: mode “%1” corrects speeds for slope and needs an elevation raster; give “dem”, or "
                           "use mode=motorized.")
                            .arg(mode));
        slope = mode == "walk"_L1 ? SlopeMode::Walk : SlopeMode::Bicycle;
    } else if (byTravel && !demPath.isEmpty()) {
        feedback.pushInfo(tr("The DEM %1 is not used: mode “%2” ignores slope.").arg(demPath, mode));
    } else if (!byTravel && mode != "motorized"_L1) {
        feedback.pushWarning(tr("Parameter “mode” is not used: the sites cover within radius_m in a straight line."));
    }
    if (candidatesSource.isEmpty() == suitabilityPath.isEmpty())
        return fail(tr("Give the candidate sites either as points (“candidates”) or as a suitability raster (“suitability”), "
                       "one of the two."));
    if (!existingPath.isEmpty() && !(maxMinutes > 0))
        return fail(tr("Parameter “max_minutes”: give the coverage limit (minutes) of the existing travel-time raster."));
    if (auto ok = checkOutputIsNotInput(
            output, {popPath, candidatesSource, suitabilityPath, existingPath, existingSource, speedPath, frictionPath, demPath});
        !ok)
        return std::unexpected(ok.error());

    auto pop = openRaster(popPath, u"population"_s, true);
    if (!pop)
        return std::unexpected(pop.error());
    const int width = pop->width, height = pop->height;
    const size_t cells = size_t(width) * size_t(height);
    if (cells > size_t(std::numeric_limits<uint32_t>::max()))
        return fail(tr("Parameter “population”: %1 has more than 4 294 967 295 cells; clip or resample it first.").arg(popPath), popPath);
    const OGRSpatialReference *srs = pop->dataset->GetSpatialRef();

    // People still uncovered per cell.
    std::vector<float> remaining(cells, 0.0f);
    double total = 0;
    if (auto ok = forEachValue(*pop, feedback, id(), [&](size_t cell, float v) {
            if (v > 0) {
                remaining[cell] = v;
                total += v;
            }
        });
        !ok)
        return std::unexpected(ok.error());
    feedback.setProgress(10);

    // Coverage by travel time: the costs (and the DEM) of the whole raster.
    std::optional<TravelCoverage> travel;
    const double *gt = pop->geoTransform.data();
    if (byTravel) {
        const bool isSpeed = !speedPath.isEmpty();
        const QString costParameter = isSpeed ? u"speed"_s : u"friction"_s;
        const QString costPath = isSpeed ? speedPath : frictionPath;
        auto costs = openRaster(costPath, costParameter, true);
        if (!costs)
            return std::unexpected(costs.error());
        if (auto ok = checkSameGrid(*pop, *costs, costParameter); !ok)
            return std::unexpected(ok.error());
        travel.emplace();
        travel->width = width;
        travel->height = height;
        if (auto ok = readAll(*costs, travel->costs, feedback, id()); !ok)
            return std::unexpected(ok.error());
        // As coverage:travel_time: seconds to cross one cell width.
        const double cellWidth = gt[1];
        size_t passable = 0;
        for (float &v : travel->costs) {
            if (isSpeed)
                v = !(v > 0) ? std::numeric_limits<float>::quiet_NaN() : float(3.6 * cellWidth / v);
            else if (!(v >= 0))
                v = std::numeric_limits<float>::quiet_NaN();
            passable += std::isnan(v) ? 0 : 1;
        }
        if (passable == 0)
            return fail(isSpeed ? tr("Parameter “speed”: every cell of %1 is 0 or no data, so nobody can travel.").arg(costPath)
                                : tr("Parameter “friction”: every cell of %1 is negative or no data, so nobody can travel.")
                                      .arg(costPath),
                        costPath);
        if (slope != SlopeMode::None) {
            auto dem = openRaster(demPath, u"dem"_s, true);
            if (!dem)
                return std::unexpected(dem.error());
            if (auto ok = checkSameGrid(*pop, *dem, u"dem"_s); !ok)
                return std::unexpected(ok.error());
            if (auto ok = readAll(*dem, travel->dem, feedback, id()); !ok)
                return std::unexpected(ok.error());
        }
        travel->options.neighbours = neighbours;
        travel->options.slope = slope;
        if (!travel->prepare(gt[1], -gt[5], siteMinutes * 60.0))
            return fail(tr("Not enough memory for a travel-time window of %1 x %2 cells; lower site_minutes.")
                            .arg(travel->windowWidth)
                            .arg(travel->windowHeight),
                        costPath);
        feedback.pushInfo(tr("Coverage by travel time within %1 min: each site is computed on a window of %2 x %3 cells.")
                              .arg(siteMinutes)
                              .arg(travel->windowWidth)
                              .arg(travel->windowHeight));
    }
    // The cell of a point inside the raster (points on the right or bottom edge: the last cell).
    auto cellOf = [&](double x, double y) {
        return std::pair(std::clamp(int(std::floor((y - gt[3]) / gt[5])), 0, height - 1),
                         std::clamp(int(std::floor((x - gt[0]) / gt[1])), 0, width - 1));
    };
    auto inside = [&](double x, double y) {
        return x >= gt[0] && x <= gt[0] + width * gt[1] && y >= gt[3] + height * gt[5] && y <= gt[3];
    };
    feedback.setProgress(15);

    // Existing coverage.
    double existingCovered = 0;
    if (!existingPath.isEmpty()) {
        auto existing = openRaster(existingPath, u"existing"_s, false);
        if (!existing)
            return std::unexpected(existing.error());
        if (auto ok = checkSameGrid(*pop, *existing, u"existing"_s); !ok)
            return std::unexpected(ok.error());
        if (auto ok = forEachValue(*existing, feedback, id(), [&](size_t cell, float t) {
                if (t >= 0 && t <= maxMinutes && remaining[cell] > 0) {
                    existingCovered += remaining[cell];
                    remaining[cell] = 0;
                }
            });
            !ok)
            return std::unexpected(ok.error());
    }
    if (!existingSource.isEmpty()) {
        auto input = openVector(existingSource);
        if (!input)
            return std::unexpected(input.error());
        auto points = readPoints(*input, srs, {});
        if (!points)
            return std::unexpected(points.error());
        auto cover = [&](size_t cell) {
            existingCovered += remaining[cell];
            remaining[cell] = 0;
        };
        int outside = 0;
        for (size_t i = 0; i < points->size(); ++i) {
            const FacilityPoint &p = (*points)[i];
            if (!travel) {
                forEachCellInDisc(*pop, p.x, p.y, radius, cover);
                continue;
            }
            feedback.setProgress(15.0 + 10.0 * double(i) / double(points->size()));
            if (!inside(p.x, p.y)) {
                ++outside;
                continue;
            }
            const auto [row, col] = cellOf(p.x, p.y);
            if (!travel->forEachReached(row, col, feedback, cover))
                return std::unexpected(canceledError(id()));
        }
        if (outside > 0)
            feedback.pushWarning(tr("%n existing facility(ies) of %1 lie outside the population raster: travel times are "
                                    "computed over its grid, so they cover nobody.",
                                    nullptr, outside)
                                     .arg(input->path));
    }
    double uncoveredBefore = 0;
    for (float v : remaining)
        uncoveredBefore += v;
    feedback.setProgress(25);

    // Candidates.
    std::vector<Candidate> candidates;
    const bool rasterCandidates = !suitabilityPath.isEmpty();
    std::optional<VectorInput> candidateInput;
    if (!rasterCandidates) {
        auto input = openVector(candidatesSource);
        if (!input)
            return std::unexpected(input.error());
        candidateInput = std::move(*input);
        auto points = readPoints(*candidateInput, srs, {});
        if (!points)
            return std::unexpected(points.error());
        for (const FacilityPoint &p : *points)
            if (inside(p.x, p.y)) {
                const auto [row, col] = cellOf(p.x, p.y);
                candidates.push_back({p.x, p.y, p.fid, row, col});
            }
        if (candidates.empty())
            return fail(tr("Parameter “candidates”: none of the %n point(s) of %1 lies inside the population raster %2.", nullptr,
                           int(points->size()))
                            .arg(candidateInput->path, popPath),
                        candidateInput->path);
        if (candidates.size() < points->size())
            feedback.pushWarning(tr("%n candidate(s) outside the population raster are left out.", nullptr,
                                    int(points->size() - candidates.size())));
    } else {
        auto mask = openRaster(suitabilityPath, u"suitability"_s, false);
        if (!mask)
            return std::unexpected(mask.error());
        if (auto ok = checkSameGrid(*pop, *mask, u"suitability"_s); !ok)
            return std::unexpected(ok.error());
        std::vector<bool> suitable(cells, false);
        size_t n = 0;
        if (auto ok = forEachValue(*mask, feedback, id(), [&](size_t cell, float v) {
                if (v > 0) {
                    suitable[cell] = true;
                    ++n;
                }
            });
            !ok)
            return std::unexpected(ok.error());
        if (n == 0)
            return fail(tr("Parameter “suitability”: no cell of %1 is above 0, so there is no candidate site.").arg(suitabilityPath),
                        suitabilityPath);
        // A regular subsample (every stride-th row and column) when there are too many.
        auto keptWith = [&](int stride) {
            size_t kept = 0;
            const int offset = stride / 2;
            for (int r = offset; r < height; r += stride)
                for (int c = offset; c < width; c += stride)
                    kept += suitable[size_t(r) * size_t(width) + size_t(c)] ? 1 : 0;
            return kept;
        };
        int stride = 1;
        if (n > size_t(maxCandidates)) {
            stride = std::max(2, int(std::ceil(std::sqrt(double(n) / double(maxCandidates)))));
            while (keptWith(stride) > size_t(maxCandidates))
                ++stride;
        }
        const int offset = stride / 2;
        for (int r = offset; r < height; r += stride)
            for (int c = offset; c < width; c += stride)
                if (suitable[size_t(r) * size_t(width) + size_t(c)])
                    candidates.push_back({gt[0] + (c + 0.5) * gt[1], gt[3] + (r + 0.5) * gt[5], -1, r, c});
        if (candidates.empty())
            return fail(tr("Parameter “max_candidates”: the subsample of the %1 suitable cells holds no cell; raise max_candidates.")
                            .arg(n),
                        suitabilityPath);
        if (stride > 1)
            feedback.pushWarning(tr("%1 suitable cells are more than max_candidates (%2): one cell in %3 x %3 is considered, "
                                    "%4 candidates in all. Raise max_candidates for a finer choice.")
                                     .arg(n)
                                     .arg(maxCandidates)
                                     .arg(stride)
                                     .arg(candidates.size()));
    }
    feedback.setProgress(30);

    // The still-uncovered populated cells of each candidate, found once.
    const size_t nc = candidates.size();
    std::vector<uint64_t> offsets(nc + 1, 0);
    std::vector<uint32_t> covered;
    int blocked = 0;
    for (size_t k = 0; k < nc; ++k) {
        if (travel || (k & 1023) == 0) {
            if (feedback.isCanceled())
                return std::unexpected(canceledError(id()));
            feedback.setProgress(30.0 + 40.0 * double(k) / double(nc));
        }
        auto add = [&](size_t cell) {
            if (remaining[cell] > 0)
                covered.push_back(uint32_t(cell));
        };
        if (travel) {
            const Candidate &c = candidates[k];
            if (std::isnan(travel->costs[size_t(c.row) * size_t(width) + size_t(c.col)]))
                ++blocked;
            if (!travel->forEachReached(c.row, c.col, feedback, add))
                return std::unexpected(canceledError(id()));
        } else {
            forEachCellInDisc(*pop, candidates[k].x, candidates[k].y, radius, add);
        }
        if (covered.size() > maxCoverageEntries)
            return fail(travel ? tr("Too many populated cells within site_minutes of the %1 candidates (more than %2 pairs): use "
                                    "fewer candidates (max_candidates, or fewer points), a shorter time or a coarser population "
                                    "raster.")
                                     .arg(nc)
                                     .arg(maxCoverageEntries)
                               : tr("Too many populated cells within radius_m of the %1 candidates (more than %2 pairs): use "
                                    "fewer candidates (max_candidates, or fewer points), a smaller radius or a coarser "
                                    "population raster.")
                                     .arg(nc)
                                     .arg(maxCoverageEntries));
        offsets[k + 1] = covered.size();
    }
    if (blocked > 0)
        feedback.pushWarning(tr("%n candidate(s) stand on impassable cells (no data, zero speed): they cover only their own cell.",
                                nullptr, blocked));
    travel.reset(); // the costs and the window are no longer needed
    auto gainOf = [&](size_t k) {
        double g = 0;
        for (uint64_t i = offsets[k]; i < offsets[k + 1]; ++i)
            g += remaining[covered[i]];
        return g;
    };

    // Lazy greedy: gains only shrink as sites are added, so a candidate whose gain,
    // recomputed at this step, still tops the queue is the best (ties: lowest index).
    using Entry = std::tuple<double, size_t, qint64>; // gain, candidate, step it was computed at
    auto after = [](const Entry &a, const Entry &b) {
        if (std::get<0>(a) != std::get<0>(b))
            return std::get<0>(a) < std::get<0>(b);
        return std::get<1>(a) > std::get<1>(b);
    };
    std::priority_queue<Entry, std::vector<Entry>, decltype(after)> queue(after);
    for (size_t k = 0; k < nc; ++k)
        queue.emplace(gainOf(k), k, 0);
    std::vector<std::pair<size_t, double>> chosen;
    for (qint64 step = 0; step < count && !queue.empty();) {
        if (feedback.isCanceled())
            return std::unexpected(canceledError(id()));
        auto [gain, k, at] = queue.top();
        queue.pop();
        if (at != step) {
            queue.emplace(gainOf(k), k, step);
            continue;
        }
        if (!(gain > 0))
            break;
        chosen.emplace_back(k, gain);
        for (uint64_t i = offsets[k]; i < offsets[k + 1]; ++i)
            remaining[covered[i]] = 0;
        ++step;
        feedback.setProgress(70.0 + 25.0 * double(step) / double(count));
    }
    if (qint64(chosen.size()) < count)
        feedback.pushWarning(tr("Only %n site(s) add uncovered people: the other candidates would cover nobody new.", nullptr,
                                int(chosen.size())));

    // The chosen sites.
    auto dataset = createVector(output);
    if (!dataset)
        return std::unexpected(dataset.error());
    recordParameters(dataset->get(), id(), parameters);
    OGRLayer *layer = (*dataset)->CreateLayer("new_facilities", const_cast<OGRSpatialReference *>(srs), wkbPoint, nullptr);
    if (!layer)
        return fail(tr("Cannot create a layer in %1.").arg(output), output, errors.lastFailure());
    OGRFieldDefn orderField("order", OFTInteger), gainField("gain", OFTReal), cumulativeField("cumulative", OFTReal),
        shareField("share_of_uncovered", OFTReal), fidField("candidate_fid", OFTInteger64), rowField("row", OFTInteger),
        colField("col", OFTInteger), ruleField("rule", OFTString), radiusField("radius_m", OFTReal),
        minutesField("site_minutes", OFTReal);
    // The coverage rule, on every site: straight_line (radius_m) or travel_time (site_minutes).
    std::vector<OGRFieldDefn *> fields{&orderField, &gainField, &cumulativeField, &shareField, &ruleField,
                                       byTravel ? &minutesField : &radiusField};
    if (rasterCandidates) {
        fields.push_back(&rowField);
        fields.push_back(&colField);
    } else {
        fields.push_back(&fidField);
    }
    for (OGRFieldDefn *field : fields)
        if (layer->CreateField(field) != OGRERR_NONE)
            return fail(tr("Cannot create the field %1 in %2.").arg(QString::fromUtf8(field->GetNameRef()), output), output,
                        errors.lastFailure());
    (*dataset)->StartTransaction();
    double cumulative = 0;
    QVariantList gains;
    for (size_t i = 0; i < chosen.size(); ++i) {
        const auto &[k, gain] = chosen[i];
        const Candidate &c = candidates[k];
        cumulative += gain;
        gains << gain;
        OGRFeatureUniquePtr f(OGRFeature::CreateFeature(layer->GetLayerDefn()));
        f->SetField("order", int(i + 1));
        f->SetField("gain", gain);
        f->SetField("cumulative", cumulative);
        f->SetField("share_of_uncovered", uncoveredBefore > 0 ? gain / uncoveredBefore : 0.0);
        f->SetField("rule", byTravel ? "travel_time" : "straight_line");
        if (byTravel)
            f->SetField("site_minutes", siteMinutes);
        else
            f->SetField("radius_m", radius);
        if (rasterCandidates) {
            f->SetField("row", c.row);
            f->SetField("col", c.col);
        } else {
            f->SetField("candidate_fid", GIntBig(c.fid));
        }
        f->SetGeometryDirectly(new OGRPoint(c.x, c.y));
        if (layer->CreateFeature(f.get()) != OGRERR_NONE)
            return fail(tr("Cannot write a feature to %1.").arg(output), output, errors.lastFailure());
    }
    (*dataset)->CommitTransaction();
    dataset->reset();
    if (errors.hasFailures())
        return fail(tr("Cannot write %1.").arg(output), output, errors.lastFailure());
    feedback.setProgress(100);

    return QVariantMap{{u"output"_s, output},
                       {u"total_population"_s, total},
                       {u"existing_covered"_s, existingCovered},
                       {u"uncovered_before"_s, uncoveredBefore},
                       {u"new_covered"_s, cumulative},
                       {u"covered_after"_s, existingCovered + cumulative},
                       {u"uncovered_after"_s, uncoveredBefore - cumulative},
                       {u"gains"_s, gains},
                       {u"sites"_s, qlonglong(chosen.size())},
                       {u"candidate_count"_s, qlonglong(nc)},
                       {u"coverage_rule"_s, byTravel ? u"travel_time"_s : u"straight_line"_s}};
}

} // namespace territoria
