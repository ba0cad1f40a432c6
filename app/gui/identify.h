#pragma once

#include "data/layer.h"
#include "geometry/geometry.h"
#include "render/mapsettings.h"

#include <QCoreApplication>
#include <QList>
#include <QPair>
#include <QVariant>

namespace territoria {

// What the identify tool found under a click.
struct IdentifyResult {
    QString layerId;
    QString layerName;
    LayerKind kind = LayerKind::Vector;
    qint64 featureId = -1;                       // vector features
    QList<QPair<QString, QVariant>> attributes;  // field -> value, or "Band 1" -> value
    Geometry geometry;                           // vector features, in the layer CRS
    double distance = 0;                         // from the click, in layer units (0 inside polygons)
};

// Identifies the features (and raster cell values) at `mapPoint` (in settings'
// destination CRS) on the visible `layers` (top first). The point is transformed
// into each layer's CRS; points and lines match within `tolerancePixels`.
// `firstLayerOnly`: stop at the topmost layer with a hit. Results are ordered by
// layer (top first), then by distance.
class Identifier
{
    Q_DECLARE_TR_FUNCTIONS(territoria::Identifier)
public:
    static QList<IdentifyResult> identify(const QList<Layer *> &layers, const QPointF &mapPoint,
                                          const MapSettings &settings, double tolerancePixels = 5,
                                          bool firstLayerOnly = false, int maxFeaturesPerLayer = 50);
};

} // namespace territoria
