#include "traveltime.h"

#include "costengine.h"
#include "coverageio.h"
#include "speedsurface.h"
#include "tiledengine.h"
#include "data/gdalutil.h"
#include "task/feedback.h"

#include <QDir>
#include <QFileInfo>
#include <QTemporaryDir>
#include <QThread>

#include <algorithm>
#include <array>
#include <cmath>
#include <limits>

using namespace Qt::StringLiterals;

namespace territoria {

namespace {

using namespace coverage;

constexpr float kTimeNodata = -9999.0f;
constexpr int32_t kAllocationNodata = -1;
constexpr int kStripRows = 256;

// Seconds to cross one cell width from a speed (km/h) or a friction (seconds per
// cell) value; NaN (impassable) for no data, zero or negative speeds, negative
// friction.
inline float costOf(float v, const RasterInput &input, bool isSpeed, double cellWidth)
{
    const bool missing = std::isnan(v) || (input.hasNodata && v == float(input.nodata));
    if (isSpeed)
        return missing || !(v > 0) ? std::numeric_limits<float>::quiet_NaN() : float(3.6 * cellWidth / v);
    return missing || v < 0 ? std::numeric_limits<float>::quiet_NaN() : v;
}

// Fills the grid's costs (seconds per cell width) from a speed (km/h) or a
// friction (seconds per cell) raster, strip by strip.
Result<void> readCosts(const RasterInput &input, bool isSpeed, CostGrid &grid, Feedback &feedback, const QString &algorithmId)
{
    GdalErrorCollector errors;
    const double cellWidth = grid.cellWidth();
    const size_t lineSpace = size_t(grid.stride()) * sizeof(Cell);
    for (int r0 = 0; r0 < grid.height(); r0 += kStripRows) {
        if (feedback.isCanceled())
            return std::unexpected(canceledError(algorithmId));
        feedback.setProgress(10.0 * r0 / grid.height());
        const int rows = std::min(kStripRows, grid.height() - r0);
        if (input.band->RasterIO(GF_Read, 0, r0, grid.width(), rows, &grid.row(r0)->cost, grid.width(), rows, GDT_Float32,
                                 GSpacing(sizeof(Cell)), GSpacing(lineSpace), nullptr)
            != CE_None)
            return fail(QCoreApplication::translate("TravelTimeAlgorithm", "Cannot read %1.").arg(input.path), input.path,
                        errors.lastFailure());
        for (int r = r0; r < r0 + rows; ++r) {
            Cell *row = grid.row(r);
            for (int c = 0; c < grid.width(); ++c)
                row[c].cost = costOf(row[c].cost, input, isSpeed, cellWidth);
        }
        input.band->FlushCache(); // drop the blocks read: the grid holds the values
    }
    return {};
}

Result<void> readDem(const RasterInput &input, CostGrid &grid, Feedback &feedback, const QString &algorithmId)
{
    GdalErrorCollector errors;
    const size_t lineSpace = size_t(grid.stride()) * sizeof(float);
    const float nodata = float(input.nodata);
    for (int r0 = 0; r0 < grid.height(); r0 += kStripRows) {
        if (feedback.isCanceled())
            return std::unexpected(canceledError(algorithmId));
        const int rows = std::min(kStripRows, grid.height() - r0);
        if (input.band->RasterIO(GF_Read, 0, r0, grid.width(), rows, grid.demRow(r0), grid.width(), rows, GDT_Float32, 0,
                                 GSpacing(lineSpace), nullptr)
            != CE_None)
            return fail(QCoreApplication::translate("TravelTimeAlgorithm", "Cannot read %1.").arg(input.path), input.path,
                        errors.lastFailure());
        if (input.hasNodata) {
            for (int r = r0; r < r0 + rows; ++r) {
                float *row = grid.demRow(r);
                for (int c = 0; c < grid.width(); ++c)
                    if (row[c] == nodata)
                        row[c] = std::numeric_limits<float>::quiet_NaN();
            }
        }
        input.band->FlushCache();
    }
    return {};
}

// The per-cell travel modes of a mixed speed surface (ModeCode, Byte MEM raster).
Result<void> readModes(GDALDataset &modes, CostGrid &grid, const QString &path)
{
    GdalErrorCollector errors;
    const GSpacing lineSpace = GSpacing(grid.stride());
    for (int r0 = 0; r0 < grid.height(); r0 += kStripRows) {
        const int rows = std::min(kStripRows, grid.height() - r0);
        if (modes.GetRasterBand(1)->RasterIO(GF_Read, 0, r0, grid.width(), rows, grid.modeRow(r0), grid.width(), rows, GDT_Byte,
                                             0, lineSpace, nullptr)
            != CE_None)
            return fail(QCoreApplication::translate("TravelTimeAlgorithm", "Cannot read %1.").arg(path), path, errors.lastFailure());
    }
    return {};
}

// Writes the window (row0, col0, rows x cols) of the engine's padded grids.
Result<void> writeTimes(const QString &path, const CostGrid &grid, int row0, int col0,
                        int rows, int cols, const double *gt, const OGRSpatialReference *srs, const QString &algorithmId,
                        const QVariantMap &parameters)
{
    GdalErrorCollector errors;
    const double windowGt[6] = {gt[0] + col0 * gt[1], gt[1], 0, gt[3] + row0 * gt[5], 0, gt[5]};
    auto ds = createRaster(path, cols, rows, GDT_Float32, windowGt, srs, kTimeNodata);
    if (!ds)
        return std::unexpected(ds.error());
    recordParameters(ds->get(), algorithmId, parameters);
    GDALRasterBand *band = (*ds)->GetRasterBand(1);
    std::vector<float> buffer;
    for (int r = 0; r < rows; r += kStripRows) {
        const int n = std::min(kStripRows, rows - r);
        buffer.resize(size_t(n) * size_t(cols));
        for (int i = 0; i < n; ++i) {
            const Cell *in = grid.row(row0 + r + i) + col0;
            float *out = buffer.data() + size_t(i) * size_t(cols);
            for (int c = 0; c < cols; ++c)
                out[c] = std::isinf(in[c].time) ? kTimeNodata : in[c].time / 60.0f;
        }
        if (band->RasterIO(GF_Write, 0, r, cols, n, buffer.data(), cols, n, GDT_Float32, 0, 0, nullptr) != CE_None)
            return fail(QCoreApplication::translate("TravelTimeAlgorithm", "Cannot write %1.").arg(path), path, errors.lastFailure());
        (*ds)->FlushCache(); // whole rows of tiles: keeps GDAL's cache from holding the whole raster
    }
    ds->reset();
    if (errors.hasFailures())
        return fail(QCoreApplication::translate("TravelTimeAlgorithm", "Cannot write %1.").arg(path), path, errors.lastFailure());
    return {};
}

Result<void> writeAllocation(const QString &path, const CostGrid &grid, const HugeArray<int32_t> &nearest, const double *gt,
                             const OGRSpatialReference *srs, const QString &algorithmId, const QVariantMap &parameters)
{
    GdalErrorCollector errors;
    auto ds = createRaster(path, grid.width(), grid.height(), GDT_Int32, gt, srs, kAllocationNodata);
    if (!ds)
        return std::unexpected(ds.error());
    recordParameters(ds->get(), algorithmId, parameters);
    GDALRasterBand *band = (*ds)->GetRasterBand(1);
    const GSpacing lineSpace = GSpacing(grid.stride()) * GSpacing(sizeof(int32_t));
    for (int r = 0; r < grid.height(); r += kStripRows) {
        const int n = std::min(kStripRows, grid.height() - r);
        if (band->RasterIO(GF_Write, 0, r, grid.width(), n, const_cast<int32_t *>(nearest.data() + grid.index(r, 0)),
                           grid.width(), n, GDT_Int32, 0, lineSpace, nullptr)
            != CE_None)
            return fail(QCoreApplication::translate("TravelTimeAlgorithm", "Cannot write %1.").arg(path), path, errors.lastFailure());
        (*ds)->FlushCache(); // whole rows of tiles: keeps GDAL's cache from holding the whole raster
    }
    ds->reset();
    if (errors.hasFailures())
        return fail(QCoreApplication::translate("TravelTimeAlgorithm", "Cannot write %1.").arg(path), path, errors.lastFailure());
    return {};
}

// A raster written strip by strip (the tiled engine's writer): minutes or ids.
class StripSink
{
public:
    Result<void> open(const QString &path, int width, int height, GDALDataType type, const double *gt,
                      const OGRSpatialReference *srs, double nodata, const QString &algorithmId, const QVariantMap &parameters)
    {
        m_path = path;
        auto ds = createRaster(path, width, height, type, gt, srs, nodata);
        if (!ds)
            return std::unexpected(ds.error());
        m_dataset = std::move(*ds);
        recordParameters(m_dataset.get(), algorithmId, parameters);
        return {};
    }
    bool write(int row0, int rows, int cols, void *data, GDALDataType type)
    {
        if (m_dataset->GetRasterBand(1)->RasterIO(GF_Write, 0, row0, cols, rows, data, cols, rows, type, 0, 0, nullptr) != CE_None)
            return false;
        m_dataset->FlushCache(); // rows of tiles: keeps GDAL's cache from holding the whole raster
        return true;
    }
    Result<void> close(GdalErrorCollector &errors)
    {
        m_dataset.reset();
        if (errors.hasFailures())
            return fail(QCoreApplication::translate("TravelTimeAlgorithm", "Cannot write %1.").arg(m_path), m_path,
                        errors.lastFailure());
        return {};
    }
    const QString &path() const { return m_path; }

private:
    QString m_path;
    GDALDatasetUniquePtr m_dataset;
};

struct TiledOutcome {
    size_t reached = 0;
    float maxSeconds = 0;
};

struct TiledJob {
    RasterInput *cost = nullptr;
    bool isSpeed = true;
    RasterInput *dem = nullptr;
    GDALDataset *modes = nullptr;
    QString costPath;
    QString modesPath;
    std::vector<Source> sources;
    EngineOptions options;
    QString output;
    QString allocation;
    QString perFacilityDir;
    const double *gt = nullptr;
    const OGRSpatialReference *srs = nullptr;
    size_t memoryBytes = 0;
};

// coverage:travel_time on the tiled, out-of-core engine: memory bounded by the
// budget whatever the raster's size; the same times as the one-grid engine.
Result<TiledOutcome> runTiled(const TiledJob &job, const QVariantMap &parameters, Feedback &feedback, const QString &algorithmId)
{
    GdalErrorCollector errors;
    const int width = job.cost->width, height = job.cost->height;
    TiledCostEngine::Config config;
    config.width = width;
    config.height = height;
    config.cellWidth = job.gt[1];
    config.cellHeight = -job.gt[5];
    config.withDem = job.dem != nullptr;
    config.withModes = job.modes != nullptr;
    config.allocation = !job.allocation.isEmpty();
    config.memoryBytes = job.memoryBytes;
    config.threads = std::max(1, std::min(2, QThread::idealThreadCount()));
    config.tempDir = QDir::tempPath().toStdString();

    QString readFailure;
    std::vector<uint8_t> blocked(job.sources.size(), 0);
    auto reader = [&](int row0, int rows, float *cost, float *dem, uint8_t *modes) {
        if (job.cost->band->RasterIO(GF_Read, 0, row0, width, rows, cost, width, rows, GDT_Float32, 0, 0, nullptr) != CE_None) {
            readFailure = job.costPath;
            return false;
        }
        job.cost->band->FlushCache();
        const size_t n = size_t(rows) * size_t(width);
        for (size_t i = 0; i < n; ++i)
            cost[i] = costOf(cost[i], *job.cost, job.isSpeed, config.cellWidth);
        for (size_t k = 0; k < job.sources.size(); ++k) {
            const Source &src = job.sources[k];
            if (src.row >= row0 && src.row < row0 + rows && std::isnan(cost[size_t(src.row - row0) * width + size_t(src.col)]))
                blocked[k] = 1;
        }
        if (dem) {
            if (job.dem->band->RasterIO(GF_Read, 0, row0, width, rows, dem, width, rows, GDT_Float32, 0, 0, nullptr) != CE_None) {
                readFailure = job.dem->path;
                return false;
            }
            job.dem->band->FlushCache();
            if (job.dem->hasNodata) {
                const float nodata = float(job.dem->nodata);
                for (size_t i = 0; i < n; ++i)
                    if (dem[i] == nodata)
                        dem[i] = std::numeric_limits<float>::quiet_NaN();
            }
        }
        if (modes
            && job.modes->GetRasterBand(1)->RasterIO(GF_Read, 0, row0, width, rows, modes, width, rows, GDT_Byte, 0, 0, nullptr)
                   != CE_None) {
            readFailure = job.modesPath;
            return false;
        }
        return true;
    };
    TiledCostEngine engine;
    const bool inited = engine.init(config, reader, [&](double f) {
        feedback.setProgress(10.0 * f);
        return !feedback.isCanceled();
    });
    if (!inited) {
        if (engine.canceled() || feedback.isCanceled())
            return std::unexpected(canceledError(algorithmId));
        if (!readFailure.isEmpty())
            return fail(QCoreApplication::translate("TravelTimeAlgorithm", "Cannot read %1.").arg(readFailure), readFailure,
                        errors.lastFailure());
        return fail(QCoreApplication::translate("TravelTimeAlgorithm", "The tiled travel-time engine failed on %1: %2.")
                        .arg(job.costPath, QString::fromStdString(engine.error())),
                    job.costPath);
    }
    feedback.pushInfo(QCoreApplication::translate("TravelTimeAlgorithm",
                                                  "Tiled engine: %1 tiles, %2 of them in memory at a time, the rest in a "
                                                  "temporary file in %3.")
                          .arg(engine.tileCount())
                          .arg(std::min(engine.cacheCapacity(), engine.tileCount()))
                          .arg(QDir::toNativeSeparators(QDir::tempPath())));
    if (const auto n = std::count(blocked.begin(), blocked.end(), uint8_t(1)); n > 0)
        feedback.pushWarning(QCoreApplication::translate("TravelTimeAlgorithm",
                                                         "%n facility(ies) stand on impassable cells of %1 (no data or zero "
                                                         "speed): they reach nothing.",
                                                         nullptr, int(n))
                                 .arg(job.costPath));

    auto engineFailure = [&]() -> Error {
        return Error{QCoreApplication::translate("TravelTimeAlgorithm", "The tiled travel-time engine failed on %1: %2.")
                         .arg(job.costPath, QString::fromStdString(engine.error())),
                     job.costPath, QString()};
    };
    const bool perFacility = !job.perFacilityDir.isEmpty();
    const double engineShare = perFacility ? 35.0 : 75.0;
    const TiledCostEngine::RunResult run = engine.run(job.sources, job.options, [&](double f) {
        feedback.setProgress(10.0 + engineShare * f);
        return !feedback.isCanceled();
    });
    if (run.canceled || feedback.isCanceled())
        return std::unexpected(canceledError(algorithmId));
    if (run.failed)
        return std::unexpected(engineFailure());
    feedback.pushInfo(QCoreApplication::translate("TravelTimeAlgorithm",
                                                  "Tiled engine: %1 tile runs over %2 tiles reached; %3 cell expansions "
                                                  "(%4 per cell).")
                          .arg(run.tileRuns)
                          .arg(run.tilesTouched)
                          .arg(run.settled)
                          .arg(double(run.settled) / (double(width) * height), 0, 'f', 2));

    // Writes a window of the last run: minutes (and ids) by strips of tiles.
    auto writeWindow = [&](const QString &path, const TiledCostEngine::Bounds &window, const QString &allocationPath)
        -> Result<void> {
        const double windowGt[6] = {job.gt[0] + window.col0 * job.gt[1], job.gt[1], 0, job.gt[3] + window.row0 * job.gt[5], 0,
                                    job.gt[5]};
        StripSink times, ids;
        if (auto ok = times.open(path, window.cols, window.rows, GDT_Float32, windowGt, job.srs, kTimeNodata, algorithmId,
                                 parameters);
            !ok)
            return ok;
        if (!allocationPath.isEmpty()) {
            if (auto ok = ids.open(allocationPath, window.cols, window.rows, GDT_Int32, windowGt, job.srs, kAllocationNodata,
                                   algorithmId, parameters);
                !ok)
                return ok;
        }
        std::vector<float> minutes;
        QString writeFailure;
        const bool ok = engine.write(window, [&](int row0, int rows, int cols, const float *time, const int32_t *nearest) {
            minutes.resize(size_t(rows) * size_t(cols));
            for (size_t i = 0; i < minutes.size(); ++i)
                minutes[i] = std::isinf(time[i]) ? kTimeNodata : time[i] / 60.0f;
            if (!times.write(row0, rows, cols, minutes.data(), GDT_Float32)) {
                writeFailure = path;
                return false;
            }
            if (!allocationPath.isEmpty() && !ids.write(row0, rows, cols, const_cast<int32_t *>(nearest), GDT_Int32)) {
                writeFailure = allocationPath;
                return false;
            }
            return true;
        });
        if (!writeFailure.isEmpty())
            return fail(QCoreApplication::translate("TravelTimeAlgorithm", "Cannot write %1.").arg(writeFailure), writeFailure,
                        errors.lastFailure());
        if (!ok)
            return std::unexpected(engineFailure());
        if (auto closed = times.close(errors); !closed)
            return closed;
        if (!allocationPath.isEmpty())
            return ids.close(errors);
        return {};
    };
    feedback.setProgress(10.0 + engineShare);
    if (auto ok = writeWindow(job.output, {0, 0, height, width}, job.allocation); !ok)
        return std::unexpected(ok.error());
    TiledOutcome outcome{engine.reachedCells(), engine.maxTime()};

    if (perFacility) {
        if (!QDir().mkpath(job.perFacilityDir))
            return fail(QCoreApplication::translate("TravelTimeAlgorithm", "Parameter “per_facility_dir”: cannot create the folder %1.")
                            .arg(job.perFacilityDir),
                        job.perFacilityDir);
        EngineOptions single = job.options;
        for (size_t k = 0; k < job.sources.size(); ++k) {
            if (feedback.isCanceled())
                return std::unexpected(canceledError(algorithmId));
            const TiledCostEngine::RunResult one = engine.run({job.sources[k]}, single, [&](double) { return !feedback.isCanceled(); });
            if (one.canceled || feedback.isCanceled())
                return std::unexpected(canceledError(algorithmId));
            if (one.failed)
                return std::unexpected(engineFailure());
            const TiledCostEngine::Bounds bounds = engine.reachedBounds();
            if (!engine.error().empty())
                return std::unexpected(engineFailure());
            feedback.setProgress(10.0 + engineShare + 50.0 * double(k + 1) / double(job.sources.size()));
            if (bounds.rows == 0)
                continue; // an impassable facility: nothing to write
            const QString path = QDir(job.perFacilityDir).filePath(u"facility_%1.tif"_s.arg(job.sources[k].id));
            if (auto ok = writeWindow(path, bounds, QString()); !ok)
                return std::unexpected(ok.error());
        }
    }
    return outcome;
}

} // namespace

QString TravelTimeAlgorithm::id() const
{
    return u"coverage:travel_time"_s;
}

QString TravelTimeAlgorithm::displayName() const
{
    return tr("Travel time to facilities");
}

QString TravelTimeAlgorithm::group() const
{
    return tr("Accessibility");
}

QString TravelTimeAlgorithm::shortHelp() const
{
    return tr("Minutes of travel from (or to) the nearest facility over a speed raster (km/h; 0 or no data is impassable) "
              "or a friction raster (seconds to cross one cell, as GRASS r.cost), or a speed surface merged from a land-cover "
              "raster and a speed table, roads burned over it (all cells they touch; the fastest road wins) and barrier "
              "polygons (impassable), stacked in the order given (later layers override earlier ones; roads and barriers "
              "in another CRS are reprojected); on 8 neighbours or 16 (knight's move). "
              "Each move costs its length times the mean cost of the cells it crosses, exactly as r.cost, so without slope "
              "the result equals r.cost's. Walking (Tobler's hiking function) and bicycling speeds are corrected for the "
              "slope of each move from a DEM on the same grid, uphill and downhill differently; motorized travel ignores "
              "slope. Over a land cover, each cell follows its own mode: its class's in the speed table (class:kmh:mode; "
              "default: the travel mode) and road_mode on the roads. Also writes the nearest-facility allocation raster and, on request, one raster per facility. The "
              "raster must be in a projected CRS; facilities are reprojected to it. Rasters above a million cells (or "
              "beyond memory_mb) are solved in tiles of 256 x 256 cells with memory bounded by memory_mb, the tiles "
              "beyond it waiting in a temporary file; the times are the same as in one grid.");
}

QList<ParameterDefinition> TravelTimeAlgorithm::parameterDefinitions() const
{
    using P = ParameterDefinition;
    return {
        P::make(u"facilities"_s, tr("Facilities (points)"), ParameterType::VectorLayer),
        P::make(u"facility_id_field"_s, tr("Facility id field (integer; default: feature id)"), ParameterType::Field)
            .withParent(u"facilities"_s)
            .setOptional(),
        P::make(u"speed"_s, tr("Speed raster (km/h)"), ParameterType::RasterLayer).setOptional(),
        P::make(u"friction"_s, tr("Friction raster (seconds to cross one cell)"), ParameterType::RasterLayer).setOptional(),
        P::make(u"landcover"_s, tr("Land-cover raster (integer classes; instead of speed or friction)"),
                ParameterType::RasterLayer)
            .setOptional(),
        P::make(u"speed_table"_s,
                tr("Speed table of the land cover: a CSV file (class,kmh[,mode] per line) or inline "
                   "“class:kmh[:mode];...”; mode walk, bicycle or motorized (default: the travel mode); 0 km/h is impassable"),
                ParameterType::String)
            .setOptional(),
        P::make(u"roads"_s, tr("Roads (lines burned over the land cover; reprojected if needed)"), ParameterType::VectorLayer)
            .setOptional(),
        P::make(u"road_speed_field"_s, tr("Road speed field (km/h; NULL: road skipped)"), ParameterType::Field)
            .withParent(u"roads"_s)
            .setOptional(),
        P::make(u"barriers"_s, tr("Barriers (impassable polygons; reprojected if needed)"), ParameterType::VectorLayer)
            .setOptional(),
        P::make(u"road_mode"_s, tr("Travel mode on the roads (slope correction; “same”: the travel mode)"), ParameterType::Enum)
            .withOptions({u"same"_s, u"motorized"_s, u"walk"_s, u"bicycle"_s})
            .withDefault(u"same"_s),
        P::make(u"stack_order"_s, tr("Stacking order of the speed layers (later ones override earlier ones)"),
                ParameterType::String)
            .withDefault(u"landcover,roads,barriers"_s),
        P::make(u"dem"_s, tr("Elevation raster (m), same grid"), ParameterType::RasterLayer).setOptional(),
        P::make(u"mode"_s, tr("Travel mode"), ParameterType::Enum)
            .withOptions({u"motorized"_s, u"walk"_s, u"bicycle"_s})
            .withDefault(u"motorized"_s),
        P::make(u"ignore_slope"_s, tr("Ignore slope (walking or bicycling on flat ground)"), ParameterType::Boolean)
            .withDefault(false),
        P::make(u"neighbours"_s, tr("Neighbours (16: knight's move, more accurate)"), ParameterType::Enum)
            .withOptions({u"8"_s, u"16"_s})
            .withDefault(u"16"_s),
        P::make(u"direction"_s, tr("Direction of travel"), ParameterType::Enum)
            .withOptions({u"from"_s, u"to"_s})
            .withDefault(u"from"_s),
        P::make(u"max_minutes"_s, tr("Maximum travel time (minutes; 0: no limit)"), ParameterType::Number)
            .withRange(0, 1e9)
            .withDefault(0.0),
        P::make(u"engine"_s, tr("Engine (auto: tiles above a million cells or beyond memory_mb, else one grid in memory)"), ParameterType::Enum)
            .withOptions({u"auto"_s, u"memory"_s, u"tiled"_s})
            .withDefault(u"auto"_s),
        P::make(u"memory_mb"_s, tr("Memory for the engine (MB; the tiles beyond it wait in a temporary file)"),
                ParameterType::Number)
            .withRange(16, 1e6)
            .withDefault(512.0),
        P::make(u"output"_s, tr("Travel time (minutes)"), ParameterType::FileOutput).withFile(FileKind::Raster, u"tif"_s),
        P::make(u"allocation"_s, tr("Nearest facility"), ParameterType::FileOutput)
            .withFile(FileKind::Raster, u"tif"_s)
            .setOptional(),
        P::make(u"per_facility_dir"_s, tr("Folder for one travel-time raster per facility"), ParameterType::String).setOptional(),
    };
}

QList<OutputDefinition> TravelTimeAlgorithm::outputDefinitions() const
{
    return {
        OutputDefinition{u"output"_s, tr("Travel time (minutes)"), OutputType::RasterFile},
        OutputDefinition{u"allocation"_s, tr("Nearest facility"), OutputType::RasterFile},
        OutputDefinition{u"per_facility_dir"_s, tr("Folder of the per-facility rasters"), OutputType::String},
        OutputDefinition{u"facilities_used"_s, tr("Facilities inside the raster"), OutputType::Number},
        OutputDefinition{u"reached_cells"_s, tr("Cells reached"), OutputType::Number},
        OutputDefinition{u"max_minutes_reached"_s, tr("Longest travel time reached (minutes)"), OutputType::Number},
    };
}

Result<QVariantMap> TravelTimeAlgorithm::processAlgorithm(const QVariantMap &parameters, Feedback &feedback) const
{
    ensureGdalRegistered();
    GdalErrorCollector errors;
    const QString facilitiesSource = parameters.value(u"facilities"_s).toString();
    const QString speedPath = parameters.value(u"speed"_s).toString();
    const QString frictionPath = parameters.value(u"friction"_s).toString();
    const QString demPath = parameters.value(u"dem"_s).toString();
    const QString mode = parameters.value(u"mode"_s).toString();
    const bool ignoreSlope = parameters.value(u"ignore_slope"_s).toBool();
    const int neighbours = parameters.value(u"neighbours"_s).toString().toInt();
    const bool toFacilities = parameters.value(u"direction"_s).toString() == "to"_L1;
    const double maxMinutes = parameters.value(u"max_minutes"_s).toDouble();
    const QString output = parameters.value(u"output"_s).toString();
    const QString allocationPath = parameters.value(u"allocation"_s).toString();
    const QString perFacilityDir = parameters.value(u"per_facility_dir"_s).toString();
    const QString idField = parameters.value(u"facility_id_field"_s).toString();

    const QString landcoverPath = parameters.value(u"landcover"_s).toString();
    const QString roadsSource = parameters.value(u"roads"_s).toString();
    const QString barriersSource = parameters.value(u"barriers"_s).toString();
    if (int(!speedPath.isEmpty()) + int(!frictionPath.isEmpty()) + int(!landcoverPath.isEmpty()) != 1)
        return fail(tr("Give exactly one of a speed raster (“speed”, km/h), a friction raster (“friction”, seconds per "
                       "cell) or a land-cover raster with a speed table (“landcover”, “speed_table”)."));
    if (landcoverPath.isEmpty() && (!roadsSource.isEmpty() || !barriersSource.isEmpty()))
        return fail(tr("Parameters “roads” and “barriers” are merged over a land cover: give “landcover” and “speed_table”."));
    if (!landcoverPath.isEmpty() && parameters.value(u"speed_table"_s).toString().trimmed().isEmpty())
        return fail(tr("Parameter “speed_table”: a land cover needs a speed table (class:kmh[:mode];... or a CSV file)."));
    const bool isSpeed = frictionPath.isEmpty();
    const QString costPath = !speedPath.isEmpty() ? speedPath : !frictionPath.isEmpty() ? frictionPath : landcoverPath;
    QString roadMode = parameters.value(u"road_mode"_s).toString();
    if (roadMode == "same"_L1)
        roadMode.clear();
    // The slope correction follows the travel mode; over a land cover, the mode of
    // each cell (its class's in the speed table, the roads' on roads), known once
    // the surface is built.
    auto slopeFor = [&](const QString &cellMode) -> Result<SlopeMode> {
        if (cellMode == "motorized"_L1 || ignoreSlope) {
            if (!demPath.isEmpty())
                feedback.pushInfo(ignoreSlope ? tr("The DEM %1 is not used: ignore_slope is set.").arg(demPath)
                                              : tr("The DEM %1 is not used: mode “%2” ignores slope.").arg(demPath, cellMode));
            return SlopeMode::None;
        }
        if (demPath.isEmpty()) {
            if (cellMode.isEmpty())
                return fail(tr("Parameter “dem”: the speed table or the roads give walking or bicycling cells, whose speeds are "
                               "corrected for slope; give “dem”, or set ignore_slope=true."));
            return fail(tr("Parameter “dem”: mode “%1” corrects speeds for slope and needs an elevation raster; give “dem”, "
                           "or set ignore_slope=true, or use mode=motorized.")
                            .arg(cellMode));
        }
        return cellMode.isEmpty() ? SlopeMode::PerCell : cellMode == "walk"_L1 ? SlopeMode::Walk : SlopeMode::Bicycle;
    };
    SlopeMode slope = SlopeMode::None;
    if (landcoverPath.isEmpty()) {
        auto s = slopeFor(mode);
        if (!s)
            return std::unexpected(s.error());
        slope = *s;
    }
    for (const QString &out : {output, allocationPath}) {
        if (auto ok = checkOutputIsNotInput(out, {facilitiesSource, costPath, demPath, roadsSource, barriersSource}); !ok)
            return std::unexpected(ok.error());
    }
    if (!allocationPath.isEmpty() && QFileInfo(allocationPath).absoluteFilePath() == QFileInfo(output).absoluteFilePath())
        return fail(tr("The allocation raster %1 must differ from the travel-time raster.").arg(allocationPath), allocationPath);

    // The speed surface's temporary files (large surfaces): declared first, so
    // removed after the datasets below are closed.
    std::shared_ptr<QTemporaryDir> surfaceFiles;
    GDALDatasetUniquePtr cellModes; // a land cover mixing travel modes: one per cell
    Result<RasterInput> raster = std::unexpected(Error{});
    if (landcoverPath.isEmpty()) {
        raster = openRaster(costPath, isSpeed ? u"speed"_s : u"friction"_s, true);
    } else {
        auto surface = buildSpeedSurface({landcoverPath, parameters.value(u"speed_table"_s).toString(), roadsSource,
                                          parameters.value(u"road_speed_field"_s).toString(), barriersSource,
                                          parameters.value(u"stack_order"_s).toString(), mode, roadMode,
                                          size_t(std::max(16.0, parameters.value(u"memory_mb"_s, 512.0).toDouble()) * 1048576.0)},
                                         feedback);
        if (!surface)
            return std::unexpected(surface.error());
        auto s = slopeFor(surface->modes ? QString() : surface->mode);
        if (!s)
            return std::unexpected(s.error());
        slope = *s;
        surfaceFiles = surface->temporaryDir;
        if (slope == SlopeMode::PerCell)
            cellModes = std::move(surface->modes);
        raster = std::move(surface->speed);
    }
    if (!raster)
        return std::unexpected(raster.error());
    std::optional<RasterInput> dem;
    if (slope != SlopeMode::None) {
        auto d = openRaster(demPath, u"dem"_s, true);
        if (!d)
            return std::unexpected(d.error());
        if (auto ok = checkSameGrid(*raster, *d, u"dem"_s); !ok)
            return std::unexpected(ok.error());
        dem = std::move(*d);
    }
    auto facilitiesInput = openVector(facilitiesSource);
    if (!facilitiesInput)
        return std::unexpected(facilitiesInput.error());
    const OGRSpatialReference srsCopy(*raster->dataset->GetSpatialRef());
    const OGRSpatialReference *rasterSrs = &srsCopy;
    auto points = readPoints(*facilitiesInput, rasterSrs, idField);
    if (!points)
        return std::unexpected(points.error());

    const double *gt = raster->geoTransform.data();
    const int width = raster->width, height = raster->height;
    std::vector<Source> sources;
    int outside = 0;
    for (const FacilityPoint &p : *points) {
        const double col = std::floor((p.x - gt[0]) / gt[1]);
        const double row = std::floor((p.y - gt[3]) / gt[5]);
        if (col < 0 || row < 0 || col >= width || row >= height) {
            ++outside;
            continue;
        }
        if (p.id < std::numeric_limits<int32_t>::min() + 1 || p.id > std::numeric_limits<int32_t>::max())
            return fail(tr("Facility %1 of %2 has an id that does not fit a 32-bit integer.").arg(p.fid).arg(facilitiesInput->path),
                        facilitiesInput->path);
        sources.push_back({int(row), int(col), int32_t(p.id)});
    }
    if (sources.empty())
        return fail(tr("No facility of %1 lies inside the extent of %2.").arg(facilitiesInput->path, costPath), facilitiesInput->path);
    if (outside > 0)
        feedback.pushWarning(tr("%n facility(ies) of %1 lie outside %2 and are left out.", nullptr, outside)
                                 .arg(facilitiesInput->path, costPath));

    EngineOptions options;
    options.neighbours = neighbours;
    options.direction = toFacilities ? Direction::ToSources : Direction::FromSources;
    options.slope = slope;
    options.maxSeconds = maxMinutes > 0 ? maxMinutes * 60.0 : std::numeric_limits<double>::infinity();
    options.allocation = !allocationPath.isEmpty();

    auto outputsOf = [&](size_t reached, float maxSeconds) {
        QVariantMap outputs;
        outputs.insert(u"output"_s, output);
        if (!allocationPath.isEmpty())
            outputs.insert(u"allocation"_s, allocationPath);
        if (!perFacilityDir.isEmpty())
            outputs.insert(u"per_facility_dir"_s, perFacilityDir);
        outputs.insert(u"facilities_used"_s, double(sources.size()));
        outputs.insert(u"reached_cells"_s, double(reached));
        outputs.insert(u"max_minutes_reached"_s, double(maxSeconds) / 60.0);
        return outputs;
    };
    // In memory when the grid fits the budget (the fastest), else in tiles.
    const QString engineChoice = parameters.value(u"engine"_s, u"auto"_s).toString();
    const size_t memoryBytes = size_t(std::max(16.0, parameters.value(u"memory_mb"_s, 512.0).toDouble()) * 1048576.0);
    // Above a million cells the tiles win even in memory: each fits the
    // processor's cache and two are solved at once (16 M cells: 4.1-4.6 s tiled,
    // 5.9-7.4 s on one grid).
    const bool tiled = engineChoice == "tiled"_L1
                       || (engineChoice != "memory"_L1
                           && (double(width) * height > 1e6
                               || inMemoryEngineBytes(width, height, dem.has_value(), cellModes != nullptr, options.allocation)
                                      > memoryBytes));
    if (tiled) {
        TiledJob job;
        job.cost = &*raster;
        job.isSpeed = isSpeed;
        job.dem = dem ? &*dem : nullptr;
        job.modes = cellModes.get();
        job.costPath = costPath;
        job.modesPath = landcoverPath;
        job.sources = sources;
        job.options = options;
        job.output = output;
        job.allocation = allocationPath;
        job.perFacilityDir = perFacilityDir;
        job.gt = gt;
        job.srs = rasterSrs;
        job.memoryBytes = memoryBytes;
        auto outcome = runTiled(job, parameters, feedback, id());
        if (!outcome)
            return std::unexpected(outcome.error());
        feedback.setProgress(100);
        return outputsOf(outcome->reached, outcome->maxSeconds);
    }

    CostGrid grid;
    if (!grid.allocate(width, height, gt[1], -gt[5], dem.has_value(), cellModes != nullptr))
        return fail(tr("Not enough memory for a %1 x %2 grid (%3 MB).")
                        .arg(width)
                        .arg(height)
                        .arg(double(width) * height * (dem ? 16 : 12) / 1e6, 0, 'f', 0),
                    costPath);
    if (auto ok = readCosts(*raster, isSpeed, grid, feedback, id()); !ok)
        return std::unexpected(ok.error());
    if (dem) {
        if (auto ok = readDem(*dem, grid, feedback, id()); !ok)
            return std::unexpected(ok.error());
    }
    if (cellModes) {
        if (auto ok = readModes(*cellModes, grid, landcoverPath); !ok)
            return std::unexpected(ok.error());
        cellModes.reset();
    }
    // The inputs are in the grid now: let GDAL drop their cached blocks.
    const std::array<double, 6> geoTransform = raster->geoTransform;
    gt = geoTransform.data();
    raster->dataset.reset();
    dem.reset();
    int blocked = 0;
    for (const Source &s : sources)
        if (std::isnan(grid.cells()[grid.index(s.row, s.col)].cost))
            ++blocked;
    if (blocked > 0)
        feedback.pushWarning(tr("%n facility(ies) stand on impassable cells of %1 (no data or zero speed): they reach nothing.",
                                nullptr, blocked)
                                 .arg(costPath));

    const bool perFacility = !perFacilityDir.isEmpty();
    const double engineShare = perFacility ? 35.0 : 75.0;
    EngineResult result = computeTravelTime(grid, sources, options, [&](double fraction) {
        feedback.setProgress(10.0 + engineShare * fraction);
        return !feedback.isCanceled();
    });
    if (result.outOfMemory)
        return fail(tr("Not enough memory for the travel times of a %1 x %2 grid.").arg(width).arg(height), costPath);
    if (result.canceled || feedback.isCanceled())
        return std::unexpected(canceledError(id()));

    float maxSeconds = 0;
    for (const Cell &cell : grid.cells())
        if (!std::isinf(cell.time))
            maxSeconds = std::max(maxSeconds, cell.time);
    feedback.setProgress(10.0 + engineShare);
    if (auto ok = writeTimes(output, grid, 0, 0, height, width, gt, rasterSrs, id(), parameters); !ok)
        return std::unexpected(ok.error());
    if (options.allocation) {
        if (auto ok = writeAllocation(allocationPath, grid, result.nearest, gt, rasterSrs, id(), parameters); !ok)
            return std::unexpected(ok.error());
    }
    const size_t reached = result.reached;
    result = {};

    if (perFacility) {
        // One run per facility: each raster covers only the cells it reaches.
        if (!QDir().mkpath(perFacilityDir))
            return fail(tr("Parameter “per_facility_dir”: cannot create the folder %1.").arg(perFacilityDir), perFacilityDir);
        EngineOptions single = options;
        single.allocation = false;
        for (size_t k = 0; k < sources.size(); ++k) {
            if (feedback.isCanceled())
                return std::unexpected(canceledError(id()));
            const double base = 10.0 + engineShare + 50.0 * double(k) / double(sources.size());
            EngineResult one = computeTravelTime(grid, {sources[k]}, single, [&](double) { return !feedback.isCanceled(); });
            if (one.outOfMemory)
                return fail(tr("Not enough memory for the travel times of a %1 x %2 grid.").arg(width).arg(height), costPath);
            if (one.canceled)
                return std::unexpected(canceledError(id()));
            feedback.setProgress(base);
            int r0 = height, r1 = -1, c0 = width, c1 = -1;
            for (int r = 0; r < height; ++r) {
                const Cell *row = grid.row(r);
                for (int c = 0; c < width; ++c) {
                    if (!std::isinf(row[c].time)) {
                        r0 = std::min(r0, r);
                        r1 = std::max(r1, r);
                        c0 = std::min(c0, c);
                        c1 = std::max(c1, c);
                    }
                }
            }
            const QString path = QDir(perFacilityDir).filePath(u"facility_%1.tif"_s.arg(sources[k].id));
            if (auto ok = writeTimes(path, grid, r0, c0, r1 - r0 + 1, c1 - c0 + 1, gt, rasterSrs, id(), parameters); !ok)
                return std::unexpected(ok.error());
        }
    }
    feedback.setProgress(100);
    return outputsOf(reached, maxSeconds);
}

} // namespace territoria
