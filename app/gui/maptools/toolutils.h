#pragma once

// Internal helpers of the map tools (not a public API): CRS conversions between
// the canvas and a layer, pick shapes tested with GEOS, and the rubber-band look.

#include "crs/coordinatetransform.h"
#include "geometry/editablegeometry.h"
#include "geometry/geometry.h"
#include "render/snapping.h"

#include <QColor>
#include <QList>
#include <QPointF>
#include <QPolygonF>

#include <memory>
#include <optional>

class QMouseEvent;
class QPainter;

namespace territoria {

class MapCanvas;
class VectorLayer;

namespace maptools {

// Layer CRS <-> canvas CRS. Identity when either CRS is unknown or they are equal.
// The canvas -> layer direction uses the inverse of the layer -> canvas transform
// (the operation the project pinned for the pair, if any).
class LayerMapTransform
{
public:
    LayerMapTransform(const MapCanvas *canvas, const VectorLayer *layer);
    bool isValid() const { return m_valid; }
    bool isIdentity() const { return !m_ct; }
    QPointF toMap(const QPointF &layerPoint) const;
    QPointF toLayer(const QPointF &mapPoint) const;
    Geometry toMap(const Geometry &layerGeometry) const;
    // Every vertex through `toMap` / `toLayer`.
    EditableGeometry toMap(const EditableGeometry &layerGeometry) const;
    EditableGeometry toLayer(const EditableGeometry &mapGeometry) const;

private:
    std::shared_ptr<CoordinateTransform> m_ct; // layer -> map; null = identity
    bool m_valid = true;
};

bool isFinitePoint(const QPointF &p);

// A polygon geometry (one closed ring) from points; the ring is closed here.
Geometry polygonGeometry(const QList<QPointF> &ring);
// The rectangle of two corners with `perEdge` points per edge, for transforms.
QList<QPointF> densifiedRectangle(const QPointF &a, const QPointF &b, int perEdge = 16);

// FIDs of `layer` whose geometry intersects `layerShape` (layer CRS): the
// provider's spatial index, then GEOS (PreparedGeometry). nullopt when the shape is unusable.
std::optional<QList<qint64>> featuresIntersecting(const VectorLayer &layer, const Geometry &layerShape);

// Features of `layer` within `tolerancePixels` of `pixel`, the nearest first
// (selected features first when `selectedFirst`).
QList<qint64> featuresAtPixel(const MapCanvas &canvas, const VectorLayer &layer, const QPointF &pixel,
                              int tolerancePixels, bool selectedFirst = false);

// Map points -> widget pixels.
QPolygonF toPixels(const MapCanvas &canvas, const QList<QPointF> &mapPoints);

// The rubber band of a tool: a line (or a filled polygon when `closed`) with
// small squares at the vertices; `dashedTail` draws the last segment dashed (the
// part following the mouse).
void drawRubberBand(QPainter &painter, const QPolygonF &pixels, bool closed, bool dashedTail,
                    const QColor &color = QColor(220, 30, 30));
void drawVertexHandle(QPainter &painter, const QPointF &pixel, bool highlighted, double size = 7);
// Every line and ring of `mapGeometry` (canvas CRS) as pixel polygons.
void drawGeometryOutline(QPainter &painter, const MapCanvas &canvas, const Geometry &mapGeometry,
                         const QColor &color);
// The drawing in progress of a tool that places vertices one by one: `mapPoints`
// (canvas CRS) with, when `hasMouse`, `mouseMap` appended as a dashed tail, then
// the marker of `snap` when it is valid.
void drawVertexDrawing(QPainter &painter, const MapCanvas &canvas, const QList<QPointF> &mapPoints, bool closed,
                       bool hasMouse, const QPointF &mouseMap, const SnapMatch &snap);
// The keys such a tool takes while it has vertices: Backspace/Delete (remove the
// last one), Esc (cancel), Return/Enter (finish).
bool isVertexDrawingKey(int key);
// A left or right button (the buttons that place or finish vertices).
bool isDrawingButton(const QMouseEvent *event);

// A text box with a light background at `anchor` (offset to the lower right).
void drawLabel(QPainter &painter, const QPointF &anchor, const QString &text);

} // namespace maptools
} // namespace territoria
