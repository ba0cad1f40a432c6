#pragma once

#include "gui/maptool.h"

#include "geometry/geometry.h"
#include "render/snapping.h"

#include <QList>
#include <QPointF>
#include <QPointer>

#include <optional>
#include <QString>

namespace territoria {

class VectorLayer;

// The base of the tools that edit one vector layer (capture, move, vertex,
// split, reshape): the target layer, conversions between the canvas CRS (where
// the mouse is) and the layer CRS (where the data is), and the validity check
// after every edit.
class MapToolEdit : public MapTool
{
    Q_OBJECT
public:
    explicit MapToolEdit(MapCanvas *canvas);
    ~MapToolEdit() override;

    // The layer the tool edits (the current layer of the desktop). Setting another
    // layer drops any unfinished drawing. Null = none.
    VectorLayer *layer() const { return m_layer; }
    void setLayer(VectorLayer *layer);

    // Drops the unfinished drawing (reset()).
    void deactivate() override { reset(); }

Q_SIGNALS:
    // Emitted after the tool stored `fid` with a geometry GEOS finds invalid, so the
    // desktop can warn and offer "make valid".
    void invalidGeometry(territoria::VectorLayer *layer, qint64 fid, const QString &reason);
    void layerChanged(territoria::VectorLayer *layer);

protected:
    // Called by setLayer(), deactivate() and when the layer stops editing: drop
    // the unfinished drawing.
    virtual void reset() {}
    // The layer's edit buffer changed (an edit, undo or redo).
    virtual void layerEdited() {}

    // The layer is set and in an edit session; otherwise emits a translated
    // statusMessage saying why not and returns false.
    bool checkEditable();
    // Map point (canvas CRS) -> layer CRS and back; NaN when the transform fails.
    QPointF toLayerCoordinates(const QPointF &mapPoint) const;
    QPointF toMapCoordinates(const QPointF &layerPoint) const;
    Geometry toLayerGeometry(const Geometry &mapGeometry) const;
    Geometry toMapGeometry(const Geometry &layerGeometry) const;
    // Emits invalidGeometry() when `geometry` (as stored for `fid`) is invalid.
    void checkValidity(qint64 fid, const Geometry &geometry);

private:
    QPointer<VectorLayer> m_layer;
    QList<QMetaObject::Connection> m_connections;
};

// The base of the tools that place vertices one by one with the mouse (capture,
// split, reshape): the vertices placed so far and the mouse, followed with
// snapping. While there are vertices the tool takes Backspace/Delete, Esc and
// Return/Enter.
class MapToolVertexDrawing : public MapToolEdit
{
    Q_OBJECT
public:
    explicit MapToolVertexDrawing(MapCanvas *canvas);
    ~MapToolVertexDrawing() override;

    QList<QPointF> points() const { return m_points; } // canvas CRS

    bool mouseMove(QMouseEvent *event) override;
    bool mouseRelease(QMouseEvent *event) override;
    bool wantsKey(const QKeyEvent *event) const override;

protected:
    // Drops the vertices and the snap.
    void reset() override;
    // Hands the drawing over (with a statusMessage when it cannot).
    virtual bool finish() = 0;
    // The clicks of mousePress() that place no vertex: a right click finishes,
    // buttons other than the left one are not taken, and on a layer that cannot
    // be edited the click is taken (checkEditable()). The answer of mousePress()
    // then, or nullopt when the left click places a vertex.
    std::optional<bool> pressWithoutVertex(QMouseEvent *event);

    // The mouse: its pixel, whether it has been over the canvas, and what it snaps to.
    struct MouseFollow {
        QPointF pixel;
        bool present = false;
        SnapMatch snap;
        // Stores `position` and its snap, then repaints `canvas`.
        void move(MapCanvas &canvas, const QPointF &position);
    };

    QList<QPointF> m_points; // canvas CRS
    MouseFollow m_mouse;
};

} // namespace territoria
