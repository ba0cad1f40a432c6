#pragma once

#include "gui/maptool.h"

#include "data/vectorlayer.h"
#include "geometry/geometry.h"

#include <QPointer>
#include <QPolygonF>

namespace territoria {

// Selects features of one layer on the map: by click (a pixel tolerance), by a
// dragged rectangle, or by a polygon (click vertices; right click, Enter or a
// double click closes; Backspace removes the last vertex; Esc cancels). In the
// Click and Rectangle modes both gestures work (a click picks the nearest
// feature, a drag selects what the rectangle touches), as in QGIS.
// Shift adds to the selection, Ctrl removes from it, a plain gesture replaces it;
// a click on nothing clears it. Shapes are transformed to the layer's CRS and
// tested with GEOS (intersects).
class MapToolSelect : public MapTool
{
    Q_OBJECT
public:
    enum class Mode { Click, Rectangle, Polygon };
    Q_ENUM(Mode)

    explicit MapToolSelect(MapCanvas *canvas);
    ~MapToolSelect() override;

    QString name() const override;
    QCursor cursor() const override;

    Mode mode() const { return m_mode; }
    void setMode(Mode mode);
    // The layer to select in (the current layer). Null = nothing happens.
    VectorLayer *layer() const { return m_layer; }
    void setLayer(VectorLayer *layer);
    // Search radius of a click, in pixels (default 4).
    int clickTolerancePixels() const { return m_tolerance; }
    void setClickTolerancePixels(int pixels) { m_tolerance = pixels; }

    // Selects the features of layer() intersecting `shape`, given in the canvas
    // CRS (any polygon or point geometry). Returns the number of features hit, or
    // -1 when the shape could not be transformed / tested.
    int selectByShape(const Geometry &shape, VectorLayer::SelectionMode mode);

    void activate() override;
    void deactivate() override;
    bool mousePress(QMouseEvent *event) override;
    bool mouseMove(QMouseEvent *event) override;
    bool mouseRelease(QMouseEvent *event) override;
    bool mouseDoubleClick(QMouseEvent *event) override;
    bool keyPress(QKeyEvent *event) override;
    bool wantsKey(const QKeyEvent *event) const override;
    void paint(QPainter &painter) override;

Q_SIGNALS:
    void modeChanged(territoria::MapToolSelect::Mode mode);

private:
    static VectorLayer::SelectionMode selectionMode(Qt::KeyboardModifiers modifiers);
    void finishPolygon(Qt::KeyboardModifiers modifiers);
    void resetDrawing();
    void updateStatus();

    Mode m_mode = Mode::Click;
    QPointer<VectorLayer> m_layer;
    int m_tolerance = 4;
    // Rectangle drag (widget pixels).
    bool m_dragging = false;
    QPointF m_dragStart;
    QPointF m_dragEnd;
    // Polygon vertices (canvas CRS) and the mouse position (pixels).
    QList<QPointF> m_polygon;
    QPointF m_mousePixel;
};

} // namespace territoria
