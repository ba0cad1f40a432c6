#pragma once

// Helpers of the prioritization plugin (after the indicators plugin) around OGR: opening inputs and writing the
// zones back with new fields.
#include "error.h"

#include <gdal_priv.h>
#include <ogrsf_frmts.h>

#include <QList>
#include <QString>
#include <QStringList>
#include <QVariantList>

#include <memory>
#include <vector>

namespace territoria::prioritization {

struct VectorInput {
    GDALDatasetUniquePtr dataset;
    OGRLayer *layer = nullptr;
    QString path;
};

// Opens "path" or "path|layername=NAME" (first layer by default).
Result<VectorInput> openVector(const QString &source);

// Polygon, MultiPolygon, CurvePolygon, MultiSurface (any Z/M).
bool isPolygonal(OGRwkbGeometryType type);
bool isPoint(OGRwkbGeometryType type);

// The layer's features in order, or an error naming the path.
Result<std::vector<OGRFeatureUniquePtr>> readFeatures(OGRLayer *layer, const QString &path);

// An error when `output` is one of the `inputs` (writing would destroy an input).
Result<void> checkOutputIsNotInput(const QString &output, const QStringList &inputs);

struct NewField {
    QString name;
    OGRFieldType type = OFTReal;
};

// A writer of the zones with extra fields: creates `path` (overwritten; the driver
// from the extension: .gpkg, .geojson, .shp, .csv), with the fields of `source`
// followed by `extra` (a source field named like an extra one is replaced).
class ZoneWriter
{
public:
    static Result<std::unique_ptr<ZoneWriter>> create(const QString &path, OGRLayer *source, const QList<NewField> &extra);
    // Copies `feature` (geometry and attributes) and sets the extra fields, in
    // order: doubles (NaN: null), integers or strings; an invalid QVariant is null.
    // Returns an error naming the path.
    Result<void> write(const OGRFeature &feature, const QVariantList &values);
    Result<void> close();

private:
    GDALDatasetUniquePtr m_dataset;
    OGRLayer *m_layer = nullptr;
    QString m_path;
    int m_sourceFieldCount = 0;
    std::vector<int> m_sourceIndex; // output field of each source field, -1: replaced
    std::vector<int> m_extraIndex;
};

} // namespace territoria::prioritization
