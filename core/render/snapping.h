#pragma once

#include "crs/coordinatetransform.h"
#include "geometry/editablegeometry.h"
#include "geometry/extent.h"
#include "territoria_core_export.h"

#include <QList>
#include <QPointF>
#include <QPointer>

namespace territoria {

class VectorLayer;

enum class SnapType { None = 0, Vertex = 1, Segment = 2, VertexAndSegment = 3 };

struct SnapLayerSetting {
    QPointer<VectorLayer> layer;
    SnapType type = SnapType::VertexAndSegment;
};

struct SnapMatch {
    SnapType type = SnapType::None;  // None = no match
    QPointF point;                   // destination CRS
    double distance = 0;             // map units
    QPointer<VectorLayer> layer;
    qint64 fid = -1;
    VertexId vertex;                 // the vertex (Vertex) or the vertex after the segment (Segment)
    bool isValid() const { return type != SnapType::None; }
};

// Snaps map points to the vertices and segments of chosen layers. The geometries
// near the view are read (through the layers' current dataProvider(), so
// uncommitted edits count) and transformed to the destination CRS once per
// prepare() call and kept in a grid index; snap() is then cheap enough for every
// mouse move. Vertices win over segments within the tolerance.
class TERRITORIA_CORE_EXPORT SnappingIndex
{
public:
    void setLayers(const QList<SnapLayerSetting> &layers);
    QList<SnapLayerSetting> layers() const { return m_layers; }
    // Reads the geometries inside `extent` (destination CRS). Call when the view,
    // the layers or their data change.
    Result<void> prepare(const Extent &extent, const Crs &destinationCrs, const TransformContext &context);
    // `tolerance` in map units (the canvas converts its pixel tolerance). Features
    // in `exclude` (layer, fid) are ignored (the one being edited).
    SnapMatch snap(const QPointF &point, double tolerance,
                   const QList<QPair<const VectorLayer *, qint64>> &exclude = {}) const;

    struct Private;
private:
    QList<SnapLayerSetting> m_layers;
    std::shared_ptr<Private> d;
};

} // namespace territoria
