#include "maptoolselect.h"

#include "gui/mapcanvas.h"
#include "toolutils.h"

#include <QKeyEvent>
#include <QMouseEvent>
#include <QPainter>

using namespace Qt::StringLiterals;

namespace territoria {

namespace {
constexpr int DragThreshold = 3;
}

MapToolSelect::MapToolSelect(MapCanvas *canvas)
    : MapTool(canvas)
{
}

MapToolSelect::~MapToolSelect() = default;

QString MapToolSelect::name() const
{
    switch (m_mode) {
    case Mode::Click:
        return tr("Select features by click");
    case Mode::Rectangle:
        return tr("Select features by rectangle");
    case Mode::Polygon:
        return tr("Select features by polygon");
    }
    return {};
}

QCursor MapToolSelect::cursor() const
{
    return Qt::ArrowCursor;
}

void MapToolSelect::setMode(Mode mode)
{
    if (mode == m_mode)
        return;
    resetDrawing();
    m_mode = mode;
    updateStatus();
    emit modeChanged(mode);
}

void MapToolSelect::setLayer(VectorLayer *layer)
{
    if (layer == m_layer)
        return;
    resetDrawing();
    m_layer = layer;
}

void MapToolSelect::activate()
{
    updateStatus();
}

void MapToolSelect::deactivate()
{
    resetDrawing();
}

void MapToolSelect::resetDrawing()
{
    m_dragging = false;
    m_polygon.clear();
    if (canvas())
        canvas()->update();
}

void MapToolSelect::updateStatus()
{
    switch (m_mode) {
    case Mode::Click:
    case Mode::Rectangle:
        emit statusMessage(tr("Click on a feature or drag a rectangle to select; Shift adds, Ctrl removes."));
        break;
    case Mode::Polygon:
        emit statusMessage(m_polygon.isEmpty()
                               ? tr("Click the vertices of a polygon to select with; Shift adds, Ctrl removes.")
                               : tr("Click to add vertices; right click, Enter or a double click selects, "
                                    "Backspace removes the last vertex, Esc cancels."));
        break;
    }
}

VectorLayer::SelectionMode MapToolSelect::selectionMode(Qt::KeyboardModifiers modifiers)
{
    if (modifiers & Qt::ShiftModifier)
        return VectorLayer::SelectionMode::Add;
    if (modifiers & Qt::ControlModifier)
        return VectorLayer::SelectionMode::Remove;
    return VectorLayer::SelectionMode::Replace;
}

int MapToolSelect::selectByShape(const Geometry &shape, VectorLayer::SelectionMode mode)
{
    if (!m_layer) {
        emit statusMessage(tr("Choose a vector layer to select in first."));
        return -1;
    }
    const maptools::LayerMapTransform xf(canvas(), m_layer);
    Geometry layerShape;
    if (xf.isIdentity()) {
        layerShape = shape;
    } else if (xf.isValid()) {
        if (auto editable = EditableGeometry::fromGeometry(shape))
            layerShape = xf.toLayer(*editable).toGeometry();
    }
    const auto hits = layerShape.isNull() ? std::nullopt : maptools::featuresIntersecting(*m_layer, layerShape);
    if (!hits) {
        emit statusMessage(tr("The selection shape cannot be used with the CRS of the layer \"%1\".").arg(m_layer->name()));
        return -1;
    }
    m_layer->selectFeatures(QSet<qint64>(hits->cbegin(), hits->cend()), mode);
    emit statusMessage(tr("%n feature(s) selected in \"%1\".", nullptr, int(m_layer->selectedFeatureCount()))
                           .arg(m_layer->name()));
    return int(hits->size());
}

bool MapToolSelect::mousePress(QMouseEvent *event)
{
    if (m_mode == Mode::Polygon) {
        if (event->button() == Qt::RightButton) {
            finishPolygon(event->modifiers());
            return true;
        }
        if (event->button() != Qt::LeftButton)
            return false;
        m_polygon.append(canvas()->toMapCoordinates(event->position()));
        m_mousePixel = event->position();
        canvas()->update();
        updateStatus();
        return true;
    }
    if (event->button() != Qt::LeftButton)
        return false;
    m_dragging = true;
    m_dragStart = m_dragEnd = event->position();
    return true;
}

bool MapToolSelect::mouseMove(QMouseEvent *event)
{
    m_mousePixel = event->position();
    if (m_mode == Mode::Polygon) {
        if (!m_polygon.isEmpty())
            canvas()->update();
        return true;
    }
    if (m_dragging) {
        m_dragEnd = event->position();
        canvas()->update();
    }
    return true;
}

bool MapToolSelect::mouseRelease(QMouseEvent *event)
{
    if (m_mode == Mode::Polygon)
        return event->button() == Qt::LeftButton || event->button() == Qt::RightButton;
    if (event->button() != Qt::LeftButton || !m_dragging)
        return false;
    m_dragging = false;
    m_dragEnd = event->position();
    canvas()->update();
    const auto mode = selectionMode(event->modifiers());
    if (!m_layer) {
        emit statusMessage(tr("Choose a vector layer to select in first."));
        return true;
    }
    if ((m_dragEnd - m_dragStart).manhattanLength() < DragThreshold) {
        // A click: the nearest feature within the tolerance, or nothing.
        const QList<qint64> hits = maptools::featuresAtPixel(*canvas(), *m_layer, m_dragEnd, m_tolerance);
        QSet<qint64> ids;
        if (!hits.isEmpty())
            ids.insert(hits.first());
        if (ids.isEmpty() && mode != VectorLayer::SelectionMode::Replace)
            return true; // Shift/Ctrl-click on nothing keeps the selection
        m_layer->selectFeatures(ids, mode);
        emit statusMessage(tr("%n feature(s) selected in \"%1\".", nullptr, int(m_layer->selectedFeatureCount()))
                               .arg(m_layer->name()));
        return true;
    }
    const QPointF a = canvas()->toMapCoordinates(m_dragStart);
    const QPointF b = canvas()->toMapCoordinates(m_dragEnd);
    selectByShape(maptools::polygonGeometry(maptools::densifiedRectangle(a, b)), mode);
    return true;
}

bool MapToolSelect::mouseDoubleClick(QMouseEvent *event)
{
    if (m_mode != Mode::Polygon || event->button() != Qt::LeftButton)
        return false;
    // The first click already added this vertex.
    finishPolygon(event->modifiers());
    return true;
}

void MapToolSelect::finishPolygon(Qt::KeyboardModifiers modifiers)
{
    QList<QPointF> ring;
    for (const QPointF &p : std::as_const(m_polygon))
        if (ring.isEmpty() || ring.last() != p)
            ring.append(p);
    resetDrawing();
    if (ring.size() < 3) {
        emit statusMessage(tr("A selection polygon needs at least 3 vertices."));
        return;
    }
    selectByShape(maptools::polygonGeometry(ring), selectionMode(modifiers));
}

bool MapToolSelect::wantsKey(const QKeyEvent *event) const
{
    if (m_dragging && event->key() == Qt::Key_Escape)
        return true;
    return m_mode == Mode::Polygon && !m_polygon.isEmpty() && maptools::isVertexDrawingKey(event->key());
}

bool MapToolSelect::keyPress(QKeyEvent *event)
{
    if (m_mode == Mode::Polygon && !m_polygon.isEmpty()) {
        switch (event->key()) {
        case Qt::Key_Escape:
            resetDrawing();
            updateStatus();
            return true;
        case Qt::Key_Backspace:
        case Qt::Key_Delete:
            m_polygon.removeLast();
            canvas()->update();
            updateStatus();
            return true;
        case Qt::Key_Return:
        case Qt::Key_Enter:
            finishPolygon(event->modifiers());
            return true;
        default:
            break;
        }
    }
    if (m_dragging && event->key() == Qt::Key_Escape) {
        resetDrawing();
        return true;
    }
    return false;
}

void MapToolSelect::paint(QPainter &painter)
{
    const QColor color(30, 110, 230);
    if (m_dragging && (m_dragEnd - m_dragStart).manhattanLength() >= DragThreshold) {
        QColor fill = color;
        fill.setAlpha(45);
        painter.setPen(QPen(color, 1.5, Qt::DashLine));
        painter.setBrush(fill);
        painter.drawRect(QRectF(m_dragStart, m_dragEnd).normalized());
    }
    if (m_mode == Mode::Polygon && !m_polygon.isEmpty()) {
        QPolygonF px = maptools::toPixels(*canvas(), m_polygon);
        px.append(m_mousePixel);
        maptools::drawRubberBand(painter, px, true, true, color);
    }
}

} // namespace territoria
