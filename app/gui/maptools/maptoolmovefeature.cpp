#include "maptoolmovefeature.h"

#include "data/vectorlayer.h"
#include "gui/mapcanvas.h"
#include "toolutils.h"

#include <QKeyEvent>
#include <QMouseEvent>
#include <QPainter>

namespace territoria {

MapToolMoveFeature::MapToolMoveFeature(MapCanvas *canvas)
    : MapToolEdit(canvas)
{
}

MapToolMoveFeature::~MapToolMoveFeature() = default;

QString MapToolMoveFeature::name() const
{
    return tr("Move features");
}

void MapToolMoveFeature::activate()
{
    emit statusMessage(tr("Press on a feature and drag it; selected features move together."));
}

void MapToolMoveFeature::reset()
{
    m_moving = false;
    m_mapGeometries.clear();
    m_originals.clear();
    if (canvas())
        canvas()->update();
}

bool MapToolMoveFeature::mousePress(QMouseEvent *event)
{
    if (event->button() == Qt::RightButton && m_moving) {
        reset();
        return true;
    }
    if (event->button() != Qt::LeftButton)
        return false;
    if (!checkEditable())
        return true;
    const QList<qint64> hits = maptools::featuresAtPixel(*canvas(), *layer(), event->position(), m_tolerance, true);
    if (hits.isEmpty())
        return false; // nothing to move here: the canvas pans
    const qint64 fid = hits.first();
    QSet<qint64> ids{fid};
    if (layer()->isSelected(fid))
        ids = layer()->selectedFeatureIds();
    const auto provider = layer()->dataProvider();
    const maptools::LayerMapTransform xf(canvas(), layer());
    for (qint64 id : std::as_const(ids)) {
        auto f = provider->feature(id);
        if (!f || f->geometry.isNull())
            continue;
        m_originals.insert(id, f->geometry);
        m_mapGeometries.insert(id, xf.toMap(f->geometry));
    }
    if (m_originals.isEmpty())
        return false;
    m_moving = true;
    m_startMap = canvas()->snap(event->position()).point;
    m_currentMap = m_startMap;
    emit statusMessage(tr("Drag to the new place and release; Esc cancels."));
    return true;
}

bool MapToolMoveFeature::mouseMove(QMouseEvent *event)
{
    if (!m_moving)
        return false;
    QList<QPair<const VectorLayer *, qint64>> exclude;
    for (auto it = m_originals.cbegin(); it != m_originals.cend(); ++it)
        exclude.append({layer(), it.key()});
    m_currentMap = canvas()->snap(event->position(), exclude).point;
    canvas()->update();
    return true;
}

bool MapToolMoveFeature::mouseRelease(QMouseEvent *event)
{
    if (!m_moving || event->button() != Qt::LeftButton)
        return false;
    const QPointF delta = m_currentMap - m_startMap;
    const QHash<qint64, Geometry> originals = m_originals;
    VectorLayer *target = layer();
    reset();
    if (delta.isNull() || !target || !target->isEditable())
        return true;
    const maptools::LayerMapTransform xf(canvas(), target);
    QHash<qint64, Geometry> moved;
    for (auto it = originals.cbegin(); it != originals.cend(); ++it) {
        auto editable = EditableGeometry::fromGeometry(it.value());
        if (!editable)
            continue;
        EditableGeometry g = *editable;
        if (xf.isIdentity()) {
            g.translate(delta.x(), delta.y());
        } else {
            g = xf.toMap(g);
            g.translate(delta.x(), delta.y());
            g = xf.toLayer(g);
        }
        moved.insert(it.key(), g.toGeometry());
    }
    if (moved.isEmpty()) {
        emit statusMessage(tr("The features could not be moved."));
        return true;
    }
    target->beginEditCommand(tr("Move %n feature(s)", nullptr, int(moved.size())));
    QSet<qint64> done;
    for (auto it = moved.cbegin(); it != moved.cend(); ++it) {
        if (!it.value().isNull() && target->changeGeometry(it.key(), it.value()))
            done.insert(it.key());
    }
    target->endEditCommand();
    for (qint64 fid : std::as_const(done))
        checkValidity(fid, moved.value(fid));
    emit featuresMoved(target, done);
    emit statusMessage(tr("%n feature(s) moved.", nullptr, int(done.size())));
    return true;
}

bool MapToolMoveFeature::wantsKey(const QKeyEvent *event) const
{
    return m_moving && event->key() == Qt::Key_Escape;
}

bool MapToolMoveFeature::keyPress(QKeyEvent *event)
{
    if (m_moving && event->key() == Qt::Key_Escape) {
        reset();
        emit statusMessage(tr("Move cancelled."));
        return true;
    }
    return false;
}

void MapToolMoveFeature::paint(QPainter &painter)
{
    if (!m_moving)
        return;
    const QPointF d = canvas()->toPixel(m_currentMap) - canvas()->toPixel(m_startMap);
    painter.save();
    painter.translate(d);
    for (const Geometry &g : std::as_const(m_mapGeometries))
        maptools::drawGeometryOutline(painter, *canvas(), g, QColor(220, 30, 30));
    painter.restore();
}

} // namespace territoria
