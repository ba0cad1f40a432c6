#pragma once

// The speed surface (km/h) of coverage:travel_time merged from a land-cover raster
// and a speed table, roads burned over it (ALL_TOUCHED) and barrier polygons
// (impassable), in a stacking order the user sets: later layers override earlier
// ones. The result is an in-memory GDAL raster on the land cover's grid, read by
// the travel-time engine like a ready-made speed raster (NaN: impassable).
#include "coverageio.h"

#include <QString>

#include <map>

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

struct SpeedSurfaceInputs {
    QString landcover;      // raster of integer classes (projected CRS)
    QString speedTable;     // see parseSpeedTable()
    QString roads;          // optional line layer
    QString roadSpeedField; // km/h per road; needed with roads
    QString barriers;       // optional polygon layer: impassable
    QString stackOrder;     // "landcover,roads,barriers" by default; later override earlier
    QString mode;           // the algorithm's mode: default of the table's records
};

// Builds the merged speed raster (Float32 km/h, NaN impassable, MEM driver) on the
// land cover's grid. Vector layers in another CRS are reprojected on the fly (OGR
// transformation before rasterizing). Errors: unknown classes (listed), bad table,
// bad stack order, missing road speed field.
Result<RasterInput> buildSpeedSurface(const SpeedSurfaceInputs &inputs, Feedback &feedback);

} // namespace territoria::coverage
