#pragma once

// Multi-criteria evaluation of aligned rasters, block by block on a thread pool.
#include "error.h"
#include "mcdacore.h"

#include <QString>
#include <QStringList>

#include <vector>

namespace territoria {
class Feedback;
}

namespace territoria::prioritization {

struct RasterMcdaResult {
    qlonglong validCells = 0;  // cells with a score
    qlonglong nodataCells = 0; // cells where some input has no data
    std::vector<double> idealRaw, antiIdealRaw; // best and worst data value per criterion (when a statistics pass ran)
    bool statisticsPass = false;
};

// Scores the cells of `paths` (band 1 of each; same size, geotransform and CRS)
// with `setup` and writes a Float32 tiled GeoTIFF to `output` (no data -9999 where
// any input has no data or NaN). WLC and OWA need a statistics pass first unless
// every criterion has a value function; TOPSIS always does (ideal and anti-ideal).
// `constraintPath` (optional, aligned too) leaves out the cells where it is 0 or has
// no data. `threads` <= 0: one per core.
Result<RasterMcdaResult> runRasterMcda(const QStringList &criterionPaths, const QString &constraintPath, const Setup &setup,
                                       const QString &output, int threads, Feedback &feedback);

} // namespace territoria::prioritization
