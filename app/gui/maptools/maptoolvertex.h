#pragma once

#include "gui/maptools/maptooledit.h"

#include "geometry/editablegeometry.h"
#include "render/snapping.h"

#include <QPointF>

namespace territoria {

// Edits the vertices of one feature at a time: hovering shows the vertices of the
// feature under the mouse; dragging a vertex moves it (snapped, not to the
// feature itself); a double click on a segment adds a vertex there; a click
// selects a vertex and Delete/Backspace removes it. Edits go through
// VectorLayer::changeGeometry() (one undo command each).
class MapToolVertex : public MapToolEdit
{
    Q_OBJECT
public:
    explicit MapToolVertex(MapCanvas *canvas);
    ~MapToolVertex() override;

    QString name() const override;
    // Pick radius in pixels for vertices and segments (default 8).
    int pickTolerancePixels() const { return m_tolerance; }
    void setPickTolerancePixels(int pixels) { m_tolerance = pixels; }

    // The feature whose vertices are shown (-1 = none) and the selected vertex.
    qint64 currentFeature() const { return m_fid; }
    VertexId selectedVertex() const { return m_selected; }
    // Removes the selected vertex (the Delete key).
    bool deleteSelectedVertex();

    void activate() override;
    bool mousePress(QMouseEvent *event) override;
    bool mouseMove(QMouseEvent *event) override;
    bool mouseRelease(QMouseEvent *event) override;
    bool mouseDoubleClick(QMouseEvent *event) override;
    bool keyPress(QKeyEvent *event) override;
    bool wantsKey(const QKeyEvent *event) const override;
    void paint(QPainter &painter) override;

protected:
    void reset() override;
    void layerEdited() override;

private:
    // Sets the feature under `pixel` current (keeps the current one when it is
    // still under the mouse). False when there is none.
    bool pickFeature(const QPointF &pixel);
    bool loadFeature(qint64 fid);
    bool store(const EditableGeometry &layerGeometry);
    void updateStatus();

    int m_tolerance = 8;
    qint64 m_fid = -1;
    EditableGeometry m_layerGeometry; // layer CRS, as stored
    EditableGeometry m_mapGeometry;   // canvas CRS, for picking and drawing
    VertexId m_hover;
    VertexId m_selected;
    bool m_dragging = false;
    bool m_pressedOnVertex = false;
    QPointF m_pressPixel;
    QPointF m_dragMap;  // current drag position (canvas CRS, snapped)
    SnapMatch m_snap;
};

} // namespace territoria
