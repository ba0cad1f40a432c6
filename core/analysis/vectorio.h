#pragma once

// Helpers of the analysis plugins around OGR: opening inputs and writing the
// zones back with new fields. In core so that every plugin shares one copy; the
// header needs GDAL's headers, which the plugins link anyway.
#include "error.h"
#include "territoria_core_export.h"

#include <gdal_priv.h>
#include <ogrsf_frmts.h>

#include <QList>
#include <QString>
#include <QStringList>
#include <QVariantList>

#include <memory>
#include <vector>

namespace territoria {

struct VectorInput {
    GDALDatasetUniquePtr dataset;
    OGRLayer *layer = nullptr;
    QString path;
};

// Opens "path" or "path|layername=NAME" (first layer by default).
TERRITORIA_CORE_EXPORT Result<VectorInput> openVector(const QString &source);

// Polygon, MultiPolygon, CurvePolygon, MultiSurface (any Z/M).
TERRITORIA_CORE_EXPORT bool isPolygonal(OGRwkbGeometryType type);
TERRITORIA_CORE_EXPORT bool isPoint(OGRwkbGeometryType type);

// The layer's features in order, or an error naming the path.
TERRITORIA_CORE_EXPORT Result<std::vector<OGRFeatureUniquePtr>> readFeatures(OGRLayer *layer, const QString &path);

// An error when `output` is one of the `inputs` (writing would destroy an input).
TERRITORIA_CORE_EXPORT Result<void> checkOutputIsNotInput(const QString &output, const QStringList &inputs);

struct NewField {
    QString name;
    OGRFieldType type = OFTReal;
};

// What ZoneWriter does with a source field named like one of the extra fields.
enum class ExistingField {
    Refuse,  // an error asking for another name or prefix (indicators: never overwrite data)
    Replace, // the extra field takes its place (a previous run's "score", "rank")
};

// A writer of the zones with extra fields: creates `path` (overwritten; the driver
// from the extension: .gpkg, .geojson, .shp, .csv), with the fields of `source`
// followed by `extra`.
class TERRITORIA_CORE_EXPORT ZoneWriter
{
public:
    static Result<std::unique_ptr<ZoneWriter>> create(const QString &path, OGRLayer *source, const QList<NewField> &extra,
                                                      ExistingField existing = ExistingField::Refuse);
    // Copies `feature` (geometry and attributes) and sets the extra fields, in
    // order: doubles (NaN: null), integers or strings; an invalid QVariant is null.
    // Returns an error naming the path.
    Result<void> write(const OGRFeature &feature, const QVariantList &values);
    // The same with numbers only (NaN: null).
    Result<void> write(const OGRFeature &feature, const std::vector<double> &values);
    Result<void> close();

private:
    GDALDatasetUniquePtr m_dataset;
    OGRLayer *m_layer = nullptr;
    QString m_path;
    int m_sourceFieldCount = 0;
    std::vector<int> m_sourceIndex; // output field of each source field, -1: replaced
    std::vector<int> m_extraIndex;
};

} // namespace territoria
