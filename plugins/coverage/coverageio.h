#pragma once

// GDAL/OGR helpers of the coverage plugin: opening inputs with messages that name
// the file, reading facility points, writing rasters strip by strip.
#include "error.h"

#include <gdal_priv.h>
#include <ogr_spatialref.h>
#include <ogrsf_frmts.h>

#include <QString>
#include <QStringList>
#include <QVariantMap>

#include <array>
#include <functional>
#include <memory>
#include <vector>

namespace territoria::coverage {

struct VectorInput {
    GDALDatasetUniquePtr dataset;
    OGRLayer *layer = nullptr;
    QString path;
};

// Opens "path" or "path|layername=NAME" (first layer by default).
Result<VectorInput> openVector(const QString &source);

struct RasterInput {
    GDALDatasetUniquePtr dataset;
    GDALRasterBand *band = nullptr;
    QString path;
    std::array<double, 6> geoTransform{};
    int width = 0;
    int height = 0;
    bool hasNodata = false;
    double nodata = 0;
};

// Opens band 1 of a north-up raster with a CRS; `projected`: refuse geographic
// CRSs (distances need metres).
Result<RasterInput> openRaster(const QString &path, const QString &parameter, bool projected);

// An error unless `other` has the grid (size, origin, cell size) of `reference`.
Result<void> checkSameGrid(const RasterInput &reference, const RasterInput &other, const QString &parameter);

struct FacilityPoint {
    double x = 0; // in the target CRS
    double y = 0;
    qint64 fid = 0;
    qint64 id = 0; // facility id: the id field, or the FID
    OGRFeatureUniquePtr feature;
};

// The points of `input` (multipoints give their first point) in `target`'s CRS.
// `idField` (optional) gives the facility ids.
Result<std::vector<FacilityPoint>> readPoints(VectorInput &input, const OGRSpatialReference *target, const QString &idField);

// Float32 or Int32 GeoTIFF (tiled, BIGTIFF if needed) with `srs` and `geoTransform`.
Result<GDALDatasetUniquePtr> createRaster(const QString &path, int width, int height, GDALDataType type,
                                          const double *geoTransform, const OGRSpatialReference *srs, double nodata);

// A new vector dataset at `path` (overwritten); the driver from the extension:
// .gpkg, .geojson, .shp.
Result<GDALDatasetUniquePtr> createVector(const QString &path);

// A projected CRS in metres for work on `srs` around (x, y) given in `srs`: `srs`
// itself when it is projected, else the UTM zone of that point (WGS 84).
Result<OGRSpatialReference> workingCrs(const OGRSpatialReference &srs, double x, double y, const QString &path);

// Records how a result was made: TERRITORIA_ALGORITHM and TERRITORIA_PARAMETERS
// (JSON) as dataset metadata, so the CLI can reproduce it.
void recordParameters(GDALDataset *dataset, const QString &algorithmId, const QVariantMap &parameters);
QString parametersJson(const QVariantMap &parameters);

// An error when `output` is one of the `inputs`.
Result<void> checkOutputIsNotInput(const QString &output, const QStringList &inputs);

// Transformation between two CRSs in x/y order; nullptr when they are the same.
std::unique_ptr<OGRCoordinateTransformation> transformBetween(const OGRSpatialReference *from, const OGRSpatialReference *to);

} // namespace territoria::coverage
