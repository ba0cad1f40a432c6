#pragma once

// The speed surface (km/h) of coverage:travel_time merged from a land-cover raster
// and a speed table, roads burned over it (ALL_TOUCHED) and barrier polygons
// (impassable), in a stacking order the user sets: later layers override earlier
// ones. The result is a GDAL raster on the land cover's grid, read by the
// travel-time engine like a ready-made speed raster (NaN: impassable): in memory
// (MEM driver) for the usual rasters, or, beyond half the memory budget, a
// temporary tiled GeoTIFF written strip by strip so that memory stays bounded.
#include "coverageio.h"

#include <QString>
#include <QTemporaryDir>

#include <cstddef>
#include <map>
#include <memory>

namespace territoria {
class Feedback;
}

namespace territoria::coverage {

struct SpeedClass {
    double kmh = 0;   // 0: impassable
    QString mode;     // walk, bicycle or motorized
};

// A speed table: either the path of a CSV file (one "class,kmh[,mode]" record per
// line; a header line and lines starting with # are skipped) or inline text
// "class:kmh[:mode];class:kmh[:mode];...". A missing mode is `defaultMode`.
Result<std::map<qint64, SpeedClass>> parseSpeedTable(const QString &text, const QString &defaultMode);

// The travel modes as stored per cell (SpeedSurfaceResult::modes).
enum class ModeCode : quint8 { Motorized = 0, Walk = 1, Bicycle = 2 };
// "walk", "bicycle", "motorized" (anything else: Motorized).
ModeCode modeCode(const QString &mode);

struct SpeedSurfaceInputs {
    QString landcover;      // raster of integer classes (projected CRS)
    QString speedTable;     // see parseSpeedTable()
    QString roads;          // optional line layer
    QString roadSpeedField; // km/h per road; needed with roads
    QString barriers;       // optional polygon layer: impassable
    QString stackOrder;     // "landcover,roads,barriers" by default; later override earlier
    QString mode;           // the algorithm's mode: default of the table's records
    QString roadMode;       // the roads' mode (walk, bicycle, motorized); empty: `mode`
    // Memory budget (bytes; 0: unlimited). A surface of more than half of it
    // (width x height x (4 + 1 with per-cell modes) bytes) is built as temporary
    // tiled GeoTIFFs instead of in memory.
    std::size_t memoryBytes = 0;
};

struct SpeedSurfaceResult {
    // The folder of the temporary GeoTIFFs (null with MEM rasters), removed when the
    // last copy of the pointer goes. Declared first so that it is destroyed last,
    // after the datasets below are closed; whoever moves `speed` or `modes` out
    // should keep a copy of it until those datasets are closed (on POSIX systems an
    // open file removed early stays readable; elsewhere the removal may fail).
    std::shared_ptr<QTemporaryDir> temporaryDir;
    RasterInput speed;          // km/h, NaN impassable (MEM or temporary GTiff)
    // When the cells do not all share one mode (the table's classes and the roads
    // mix walk, bicycle and motorized): one ModeCode per cell, in a Byte MEM
    // raster on the same grid (impassable cells: 0; MEM or temporary GTiff like
    // `speed`). Null otherwise.
    GDALDatasetUniquePtr modes;
    QString mode;               // the mode of every cell when `modes` is null
};

// Builds the merged speed raster (Float32 km/h, NaN impassable, MEM driver or,
// beyond inputs.memoryBytes / 2, a temporary tiled GeoTIFF flushed strip by strip)
// on the land cover's grid, and the travel mode of each cell: a land-cover cell takes its
// class's mode, a road cell the roads' mode, in the same stacking order. Vector
// layers in another CRS are reprojected on the fly (OGR transformation before
// rasterizing). Errors: unknown classes (listed), bad table, bad stack order,
// missing road speed field, unknown road mode.
Result<SpeedSurfaceResult> buildSpeedSurface(const SpeedSurfaceInputs &inputs, Feedback &feedback);

} // namespace territoria::coverage
