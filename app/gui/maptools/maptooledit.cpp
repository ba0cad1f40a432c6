#include "maptooledit.h"

#include "data/vectorlayer.h"
#include "gui/mapcanvas.h"
#include "toolutils.h"

#include <QKeyEvent>
#include <QMouseEvent>

namespace territoria {

MapToolEdit::MapToolEdit(MapCanvas *canvas)
    : MapTool(canvas)
{
}

MapToolEdit::~MapToolEdit() = default;

void MapToolEdit::setLayer(VectorLayer *layer)
{
    if (layer == m_layer)
        return;
    reset();
    for (const auto &c : std::as_const(m_connections))
        disconnect(c);
    m_connections.clear();
    m_layer = layer;
    if (layer) {
        m_connections << connect(layer, &VectorLayer::editingStopped, this, [this] { reset(); });
        m_connections << connect(layer, &VectorLayer::editsChanged, this, [this] { layerEdited(); });
    }
    if (canvas())
        canvas()->update();
    emit layerChanged(layer);
}

bool MapToolEdit::checkEditable()
{
    if (!m_layer) {
        emit statusMessage(tr("Choose a vector layer to edit first."));
        return false;
    }
    if (!m_layer->isEditable()) {
        emit statusMessage(tr("The layer \"%1\" is not in edit mode: toggle editing first.").arg(m_layer->name()));
        return false;
    }
    return true;
}

QPointF MapToolEdit::toLayerCoordinates(const QPointF &mapPoint) const
{
    return maptools::LayerMapTransform(canvas(), m_layer).toLayer(mapPoint);
}

QPointF MapToolEdit::toMapCoordinates(const QPointF &layerPoint) const
{
    return maptools::LayerMapTransform(canvas(), m_layer).toMap(layerPoint);
}

Geometry MapToolEdit::toLayerGeometry(const Geometry &mapGeometry) const
{
    const maptools::LayerMapTransform xf(canvas(), m_layer);
    if (xf.isIdentity())
        return xf.isValid() ? mapGeometry : Geometry();
    auto editable = EditableGeometry::fromGeometry(mapGeometry);
    if (!editable)
        return {};
    return xf.toLayer(*editable).toGeometry();
}

Geometry MapToolEdit::toMapGeometry(const Geometry &layerGeometry) const
{
    return maptools::LayerMapTransform(canvas(), m_layer).toMap(layerGeometry);
}

void MapToolEdit::checkValidity(qint64 fid, const Geometry &geometry)
{
    if (!m_layer || geometry.isNull())
        return;
    QString reason;
    if (!geometry.isValid(&reason)) {
        emit statusMessage(tr("The geometry of feature %1 is not valid: %2").arg(fid).arg(reason));
        emit invalidGeometry(m_layer, fid, reason);
    }
}

MapToolVertexDrawing::MapToolVertexDrawing(MapCanvas *canvas)
    : MapToolEdit(canvas)
{
}

MapToolVertexDrawing::~MapToolVertexDrawing() = default;

void MapToolVertexDrawing::reset()
{
    m_points.clear();
    m_mouse.snap = {};
    if (canvas())
        canvas()->update();
}

std::optional<bool> MapToolVertexDrawing::pressWithoutVertex(QMouseEvent *event)
{
    if (event->button() == Qt::RightButton) {
        if (!m_points.isEmpty())
            finish();
        return true;
    }
    if (event->button() != Qt::LeftButton)
        return false;
    if (!checkEditable())
        return true;
    return std::nullopt;
}

bool MapToolVertexDrawing::mouseMove(QMouseEvent *event)
{
    m_mouse.move(*canvas(), event->position());
    return true;
}

bool MapToolVertexDrawing::mouseRelease(QMouseEvent *event)
{
    return maptools::isDrawingButton(event);
}

bool MapToolVertexDrawing::wantsKey(const QKeyEvent *event) const
{
    return !m_points.isEmpty() && maptools::isVertexDrawingKey(event->key());
}

void MapToolVertexDrawing::MouseFollow::move(MapCanvas &canvas, const QPointF &position)
{
    pixel = position;
    present = true;
    snap = canvas.snap(position);
    canvas.update();
}

} // namespace territoria
