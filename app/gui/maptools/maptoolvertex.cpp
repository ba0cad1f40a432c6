#include "maptoolvertex.h"

#include "data/vectorlayer.h"
#include "gui/mapcanvas.h"
#include "toolutils.h"

#include <QKeyEvent>
#include <QMouseEvent>
#include <QPainter>

namespace territoria {

namespace {
constexpr int DragThreshold = 3;
}

MapToolVertex::MapToolVertex(MapCanvas *canvas)
    : MapToolEdit(canvas)
{
}

MapToolVertex::~MapToolVertex() = default;

QString MapToolVertex::name() const
{
    return tr("Vertex tool");
}

void MapToolVertex::activate()
{
    updateStatus();
}

void MapToolVertex::reset()
{
    m_fid = -1;
    m_layerGeometry = {};
    m_mapGeometry = {};
    m_hover = {};
    m_selected = {};
    m_dragging = false;
    m_pressedOnVertex = false;
    m_snap = {};
    if (canvas())
        canvas()->update();
}

void MapToolVertex::layerEdited()
{
    // An undo/redo or another tool changed the data: show the feature as it is now.
    if (m_fid < 0 || m_dragging)
        return;
    const VertexId selected = m_selected;
    if (!loadFeature(m_fid)) {
        reset();
        return;
    }
    const auto &parts = m_layerGeometry.parts();
    const bool exists = selected.isValid() && selected.part < parts.size() && selected.ring < parts[selected.part].size()
                        && selected.vertex < parts[selected.part][selected.ring].size();
    m_selected = exists ? selected : VertexId{};
    if (!exists)
        m_hover = {};
}

void MapToolVertex::updateStatus()
{
    if (m_fid < 0)
        emit statusMessage(tr("Point at a feature to see its vertices."));
    else if (m_selected.isValid())
        emit statusMessage(tr("Drag the vertex to move it; Delete removes it; double click on a segment adds a vertex."));
    else
        emit statusMessage(tr("Drag a vertex to move it, click to select it; double click on a segment adds a vertex."));
}

bool MapToolVertex::loadFeature(qint64 fid)
{
    if (!layer())
        return false;
    auto f = layer()->dataProvider()->feature(fid);
    if (!f || f->geometry.isNull())
        return false;
    auto editable = EditableGeometry::fromGeometry(f->geometry);
    if (!editable) {
        emit statusMessage(editable.error().message);
        return false;
    }
    const maptools::LayerMapTransform xf(canvas(), layer());
    if (!xf.isValid())
        return false;
    if (fid != m_fid) {
        m_selected = {};
        m_hover = {};
    }
    m_fid = fid;
    m_layerGeometry = *editable;
    m_mapGeometry = xf.toMap(m_layerGeometry);
    canvas()->update();
    return true;
}

bool MapToolVertex::pickFeature(const QPointF &pixel)
{
    if (!layer())
        return false;
    const QList<qint64> hits = maptools::featuresAtPixel(*canvas(), *layer(), pixel, m_tolerance);
    if (hits.isEmpty())
        return false;
    if (hits.contains(m_fid))
        return loadFeature(m_fid); // re-read: an undo may have changed it
    for (qint64 fid : hits)
        if (loadFeature(fid))
            return true;
    return false;
}

bool MapToolVertex::store(const EditableGeometry &layerGeometry)
{
    if (!checkEditable() || m_fid < 0)
        return false;
    const Geometry g = layerGeometry.toGeometry();
    if (g.isNull() || !layer()->changeGeometry(m_fid, g)) {
        emit statusMessage(tr("The geometry of feature %1 could not be changed.").arg(m_fid));
        loadFeature(m_fid);
        return false;
    }
    checkValidity(m_fid, g);
    loadFeature(m_fid);
    return true;
}

bool MapToolVertex::deleteSelectedVertex()
{
    if (m_fid < 0 || !m_selected.isValid())
        return false;
    if (!checkEditable())
        return false;
    EditableGeometry g = m_layerGeometry;
    if (!g.deleteVertex(m_selected)) {
        emit statusMessage(tr("This vertex cannot be removed: the geometry would have too few vertices."));
        return false;
    }
    m_selected = {};
    m_hover = {};
    const bool ok = store(g);
    updateStatus();
    return ok;
}

bool MapToolVertex::mousePress(QMouseEvent *event)
{
    if (event->button() != Qt::LeftButton)
        return false;
    if (!checkEditable())
        return true;
    const QPointF mapPoint = canvas()->toMapCoordinates(event->position());
    const double tol = m_tolerance * canvas()->mapUnitsPerPixel();
    m_pressPixel = event->position();
    m_pressedOnVertex = false;
    m_dragging = false;
    if (m_fid >= 0) {
        loadFeature(m_fid); // the data may have changed (undo, another tool)
        double d = 0;
        const VertexId v = m_mapGeometry.closestVertex(mapPoint, &d);
        if (v.isValid() && d <= tol) {
            m_selected = v;
            m_pressedOnVertex = true;
            m_dragMap = m_mapGeometry.vertex(v);
            canvas()->update();
            updateStatus();
            return true;
        }
    }
    if (!pickFeature(event->position())) {
        // A click on nothing: drop the feature, let the canvas pan.
        if (m_fid >= 0) {
            reset();
            updateStatus();
        }
        return false;
    }
    double d = 0;
    const VertexId v = m_mapGeometry.closestVertex(mapPoint, &d);
    m_selected = v.isValid() && d <= tol ? v : VertexId{};
    m_pressedOnVertex = m_selected.isValid();
    if (m_pressedOnVertex)
        m_dragMap = m_mapGeometry.vertex(m_selected);
    canvas()->update();
    updateStatus();
    return true;
}

bool MapToolVertex::mouseMove(QMouseEvent *event)
{
    if (m_pressedOnVertex) {
        if (!m_dragging && (event->position() - m_pressPixel).manhattanLength() >= DragThreshold)
            m_dragging = true;
        if (m_dragging) {
            m_snap = canvas()->snap(event->position(), {{layer(), m_fid}});
            m_dragMap = m_snap.point;
            canvas()->update();
        }
        return true;
    }
    if (!layer())
        return false;
    // Hover: show the vertices of the feature under the mouse.
    const QPointF mapPoint = canvas()->toMapCoordinates(event->position());
    const double tol = m_tolerance * canvas()->mapUnitsPerPixel();
    VertexId hover;
    double d = 0;
    if (m_fid >= 0) {
        const VertexId v = m_mapGeometry.closestVertex(mapPoint, &d);
        if (v.isValid() && d <= tol)
            hover = v;
    }
    if (!hover.isValid() && pickFeature(event->position())) {
        const VertexId v = m_mapGeometry.closestVertex(mapPoint, &d);
        if (v.isValid() && d <= tol)
            hover = v;
    }
    if (!(hover == m_hover)) {
        m_hover = hover;
        canvas()->setCursor(hover.isValid() ? Qt::PointingHandCursor : cursor());
    }
    canvas()->update();
    return true;
}

bool MapToolVertex::mouseRelease(QMouseEvent *event)
{
    if (event->button() != Qt::LeftButton)
        return false;
    const bool wasDragging = m_dragging;
    m_dragging = false;
    const bool pressedOnVertex = m_pressedOnVertex;
    m_pressedOnVertex = false;
    if (!pressedOnVertex)
        return m_fid >= 0;
    if (wasDragging && m_selected.isValid()) {
        const QPointF to = toLayerCoordinates(m_dragMap);
        m_snap = {};
        if (!maptools::isFinitePoint(to)) {
            emit statusMessage(tr("The vertex cannot be placed there: outside the area of the layer's CRS."));
            canvas()->update();
            return true;
        }
        EditableGeometry g = m_layerGeometry;
        if (g.moveVertex(m_selected, to))
            store(g);
    }
    canvas()->update();
    return true;
}

bool MapToolVertex::mouseDoubleClick(QMouseEvent *event)
{
    if (event->button() != Qt::LeftButton || m_fid < 0)
        return false;
    if (!checkEditable())
        return true;
    const QPointF mapPoint = canvas()->toMapCoordinates(event->position());
    const double tol = m_tolerance * canvas()->mapUnitsPerPixel();
    double dv = 0;
    const VertexId v = m_mapGeometry.closestVertex(mapPoint, &dv);
    if (v.isValid() && dv <= tol)
        return true; // on a vertex: nothing to add
    VertexId after;
    double ds = 0;
    const QPointF onSegment = m_mapGeometry.closestSegmentPoint(mapPoint, &after, &ds);
    if (!after.isValid() || ds > tol)
        return true;
    const QPointF layerPoint = toLayerCoordinates(onSegment);
    if (!maptools::isFinitePoint(layerPoint))
        return true;
    EditableGeometry g = m_layerGeometry;
    if (!g.insertVertex(after, layerPoint))
        return true;
    m_pressedOnVertex = false;
    if (store(g)) {
        m_selected = after; // the new vertex takes the place of `after`
        emit statusMessage(tr("Vertex added."));
    }
    canvas()->update();
    return true;
}

bool MapToolVertex::wantsKey(const QKeyEvent *event) const
{
    switch (event->key()) {
    case Qt::Key_Delete:
    case Qt::Key_Backspace:
        return m_selected.isValid();
    case Qt::Key_Escape:
        return m_fid >= 0 || m_dragging;
    default:
        return false;
    }
}

bool MapToolVertex::keyPress(QKeyEvent *event)
{
    switch (event->key()) {
    case Qt::Key_Delete:
    case Qt::Key_Backspace:
        if (!m_selected.isValid())
            return false;
        deleteSelectedVertex();
        return true;
    case Qt::Key_Escape:
        if (m_dragging) {
            m_dragging = false;
            m_pressedOnVertex = false;
            m_snap = {};
            canvas()->update();
            return true;
        }
        if (m_fid < 0)
            return false;
        reset();
        updateStatus();
        return true;
    default:
        return false;
    }
}

void MapToolVertex::paint(QPainter &painter)
{
    if (m_fid < 0)
        return;
    EditableGeometry shown = m_mapGeometry;
    if (m_dragging && m_selected.isValid())
        shown.moveVertex(m_selected, m_dragMap);
    painter.save();
    painter.setRenderHint(QPainter::Antialiasing);
    painter.setPen(QPen(QColor(220, 30, 30), 2, m_dragging ? Qt::DashLine : Qt::SolidLine));
    painter.setBrush(Qt::NoBrush);
    const auto &parts = shown.parts();
    for (int p = 0; p < parts.size(); ++p) {
        for (int r = 0; r < parts[p].size(); ++r) {
            const QPolygonF px = maptools::toPixels(*canvas(), parts[p][r]);
            if (px.size() > 1)
                painter.drawPolyline(px);
        }
    }
    // A polygon ring's closing vertex is its first one: one handle, and picking
    // either index highlights it.
    const bool rings = shown.kind() == GeometryKind::Polygon;
    for (int p = 0; p < parts.size(); ++p) {
        for (int r = 0; r < parts[p].size(); ++r) {
            const auto &ring = parts[p][r];
            const int last = int(ring.size()) - 1;
            const bool closed = rings && last > 0 && ring.first() == ring.last();
            auto same = [&](const VertexId &a, int i) {
                if (a.part != p || a.ring != r)
                    return false;
                const int v = closed && a.vertex == last ? 0 : a.vertex;
                return v == i;
            };
            for (int i = 0; i < (closed ? last : int(ring.size())); ++i) {
                const bool highlighted = same(m_selected, i) || same(m_hover, i);
                maptools::drawVertexHandle(painter, canvas()->toPixel(ring[i]), highlighted);
            }
        }
    }
    painter.restore();
    if (m_dragging && m_snap.isValid())
        MapCanvas::drawSnapMarker(painter, canvas()->toPixel(m_snap.point), m_snap.type);
}

} // namespace territoria
