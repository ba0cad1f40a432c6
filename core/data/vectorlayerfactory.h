#pragma once

#include "crs/coordinatetransform.h"
#include "crs/crs.h"
#include "data/feature.h"
#include "data/field.h"
#include "error.h"
#include "territoria_core_export.h"

namespace territoria {

class VectorLayer;

// A new, empty vector layer on disk.
struct NewVectorLayerSpec {
    QString path;                 // .gpkg or .shp
    QString driver = QStringLiteral("GPKG");  // "GPKG" or "ESRI Shapefile" (from the suffix if empty)
    QString layerName;            // GeoPackage table (default: file base name)
    GeometryKind geometryKind = GeometryKind::Point; // Null = attribute-only table (GPKG)
    bool multi = false;
    Crs crs;                      // required unless geometryKind is Null
    Fields fields;
    QString encoding = QStringLiteral("UTF-8"); // Shapefile: written to .cpg
};

// Creates the layer (a new table in an existing GeoPackage is fine; an existing
// table or shapefile of that name is an Error naming it). Field names are checked
// (empty, duplicate, > 10 characters for Shapefile) before anything is written.
TERRITORIA_CORE_EXPORT Result<void> createEmptyVectorLayer(const NewVectorLayerSpec &spec);

// Features copied from one layer, ready to add to another: fields matched by name
// (exact, then case-insensitive), values converted to the destination's types,
// geometries reprojected from `sourceCrs` to the destination's CRS and promoted
// single->multi (or multi with one part -> single) to fit its geometry type.
struct PastedFeatures {
    QList<Feature> features;        // attributes in the destination's field order
    QStringList unmatchedFields;    // source fields with no destination field
    int convertedToNull = 0;        // values that could not be converted
    int skippedGeometryType = 0;    // points pasted into a polygon layer, ...
    QStringList messages;           // translated lines for the message bar about what did not fit (empty if all did)
};
TERRITORIA_CORE_EXPORT Result<PastedFeatures> convertFeaturesForLayer(const QList<Feature> &features,
                                                                     const Fields &sourceFields,
                                                                     const Crs &sourceCrs,
                                                                     const VectorLayer &destination,
                                                                     const TransformContext &context = {});

// `value` as the type a field of `type` stores (Integer from "12" or 12.0, Real
// from "3.5", Date from "2024-05-01", Boolean from "true"/"sí"/1...). An invalid
// QVariant (NULL) stays NULL. `ok` is false when the value does not fit (then the
// result is NULL): 12.5 into an Integer, "abc" into a Real, an out-of-range number.
TERRITORIA_CORE_EXPORT QVariant convertValueToFieldType(const QVariant &value, FieldType type, bool *ok = nullptr);

} // namespace territoria
