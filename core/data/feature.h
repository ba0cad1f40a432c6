#pragma once

#include "data/field.h"
#include "geometry/geometry.h"

#include <QVariantList>

namespace territoria {

struct Feature {
    qint64 id = -1;
    Geometry geometry;
    QVariantList attributes; // in Fields order; invalid QVariant = NULL
};

// What to read. An empty `filterExtent` means everything; `attributes` empty
// with `noAttributes` false means all fields.
struct FeatureRequest {
    Extent filterExtent;            // in the layer's CRS; uses the spatial index
    bool noGeometry = false;
    bool noAttributes = false;
    QList<int> attributes;          // subset of field indexes (others left invalid)
    qint64 limit = -1;
};

} // namespace territoria
