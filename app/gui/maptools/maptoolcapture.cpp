#include "maptoolcapture.h"

#include "data/vectorlayer.h"
#include "gui/mapcanvas.h"
#include "toolutils.h"

#include <QKeyEvent>
#include <QMouseEvent>
#include <QPainter>

using namespace Qt::StringLiterals;

namespace territoria {

MapToolCapture::MapToolCapture(MapCanvas *canvas)
    : MapToolVertexDrawing(canvas)
{
}

MapToolCapture::~MapToolCapture() = default;

QString MapToolCapture::name() const
{
    switch (captureKind()) {
    case GeometryKind::Point:
        return tr("Add point feature");
    case GeometryKind::Line:
        return tr("Add line feature");
    case GeometryKind::Polygon:
        return tr("Add polygon feature");
    default:
        return tr("Add feature");
    }
}

GeometryKind MapToolCapture::captureKind() const
{
    if (!layer())
        return GeometryKind::Null;
    const GeometryKind kind = layer()->geometryKind();
    switch (kind) {
    case GeometryKind::Point:
    case GeometryKind::Line:
    case GeometryKind::Polygon:
        return kind;
    default:
        return GeometryKind::Null;
    }
}

void MapToolCapture::activate()
{
    updateStatus();
}

void MapToolCapture::cancel()
{
    const bool had = !m_points.isEmpty();
    reset();
    if (had)
        emit statusMessage(tr("Digitizing cancelled."));
}

void MapToolCapture::removeLastVertex()
{
    if (m_points.isEmpty())
        return;
    m_points.removeLast();
    canvas()->update();
    updateStatus();
}

void MapToolCapture::updateStatus()
{
    switch (captureKind()) {
    case GeometryKind::Point:
        emit statusMessage(tr("Click on the map to add a point."));
        break;
    case GeometryKind::Line:
    case GeometryKind::Polygon:
        if (m_points.isEmpty())
            emit statusMessage(tr("Click to add vertices; right click or Enter finishes, Esc cancels."));
        else
            emit statusMessage(tr("%n vertices. Click to add more; Backspace removes the last one; "
                                  "right click or Enter finishes, Esc cancels.",
                                  nullptr, int(m_points.size())));
        break;
    default:
        emit statusMessage(layer() ? tr("The layer \"%1\" has no point, line or polygon geometry to digitize.")
                                         .arg(layer()->name())
                                   : tr("Choose a vector layer to edit first."));
    }
}

Result<Geometry> MapToolCapture::buildGeometry(const QList<QPointF> &mapPoints) const
{
    const GeometryKind kind = captureKind();
    if (kind == GeometryKind::Null || !layer())
        return fail(tr("The current layer cannot take digitized features."));
    // Consecutive duplicates (a double click) are not vertices.
    QList<QPointF> pts;
    for (const QPointF &p : mapPoints) {
        if (pts.isEmpty() || pts.last() != p)
            pts.append(p);
    }
    if (kind == GeometryKind::Polygon && pts.size() > 1 && pts.first() == pts.last())
        pts.removeLast();
    const qsizetype needed = kind == GeometryKind::Point ? 1 : kind == GeometryKind::Line ? 2 : 3;
    if (pts.size() < needed) {
        return fail(kind == GeometryKind::Line ? tr("A line needs at least 2 vertices.")
                                               : tr("A polygon needs at least 3 vertices."));
    }
    const maptools::LayerMapTransform xf(canvas(), layer());
    if (!xf.isValid())
        return fail(tr("The map coordinates cannot be transformed to the CRS of the layer \"%1\".").arg(layer()->name()));
    QList<QPointF> layerPts;
    for (const QPointF &p : std::as_const(pts)) {
        const QPointF q = xf.toLayer(p);
        if (!maptools::isFinitePoint(q))
            return fail(tr("A vertex lies outside the area where the CRS of the layer \"%1\" is defined.")
                            .arg(layer()->name()));
        layerPts.append(q);
    }
    if (kind == GeometryKind::Point)
        layerPts = {layerPts.first()};
    if (kind == GeometryKind::Polygon)
        layerPts.append(layerPts.first()); // rings are stored closed
    const QString typeName = layer()->dataProvider()->geometryTypeName();
    const bool multi = typeName.contains(u"Multi"_s, Qt::CaseInsensitive);
    EditableGeometry g(kind, multi);
    g.setHasZ(typeName.contains(u"3D"_s) || typeName.endsWith(u" Z"_s));
    g.parts().append({layerPts});
    Geometry out = g.toGeometry();
    if (out.isNull())
        return fail(tr("The digitized geometry could not be built."));
    return out;
}

bool MapToolCapture::finish()
{
    if (!checkEditable())
        return false;
    auto geometry = buildGeometry(m_points);
    if (!geometry) {
        emit statusMessage(geometry.error().message);
        return false;
    }
    VectorLayer *target = layer();
    reset();
    if (m_creator) {
        m_creator(target, *geometry);
    } else {
        auto fid = target->addFeature(*geometry);
        if (!fid) {
            emit statusMessage(fid.error().message);
            return false;
        }
        emit featureAdded(target, *fid);
        emit statusMessage(tr("Feature added."));
        checkValidity(*fid, *geometry);
    }
    return true;
}

bool MapToolCapture::mousePress(QMouseEvent *event)
{
    if (const std::optional<bool> taken = pressWithoutVertex(event))
        return *taken;
    if (captureKind() == GeometryKind::Null) {
        updateStatus();
        return true;
    }
    m_mouse.move(*canvas(), event->position()); // repaints
    m_points.append(m_mouse.snap.point);
    if (captureKind() == GeometryKind::Point)
        finish();
    else
        updateStatus();
    return true;
}

bool MapToolCapture::mouseDoubleClick(QMouseEvent *event)
{
    if (event->button() != Qt::LeftButton)
        return false;
    // The first click of the double click added the vertex: finish there.
    if (captureKind() == GeometryKind::Point || m_points.isEmpty())
        return mousePress(event);
    const QPointF p = canvas()->snap(event->position()).point;
    if (m_points.last() != p)
        m_points.append(p);
    finish();
    return true;
}

bool MapToolCapture::keyPress(QKeyEvent *event)
{
    switch (event->key()) {
    case Qt::Key_Backspace:
    case Qt::Key_Delete:
        if (m_points.isEmpty())
            return false;
        removeLastVertex();
        return true;
    case Qt::Key_Escape:
        if (m_points.isEmpty())
            return false;
        cancel();
        return true;
    case Qt::Key_Return:
    case Qt::Key_Enter:
        if (m_points.isEmpty())
            return false;
        finish();
        return true;
    default:
        return false;
    }
}

void MapToolCapture::paint(QPainter &painter)
{
    const QPointF mouseMap = m_mouse.snap.isValid() ? m_mouse.snap.point : canvas()->toMapCoordinates(m_mouse.pixel);
    maptools::drawVertexDrawing(painter, *canvas(), m_points, captureKind() == GeometryKind::Polygon, m_mouse.present,
                                mouseMap, m_mouse.snap);
}

} // namespace territoria
