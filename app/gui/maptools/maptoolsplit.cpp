#include "maptoolsplit.h"

#include "data/vectorlayer.h"
#include "gui/mapcanvas.h"
#include "toolutils.h"

#include <QKeyEvent>
#include <QMouseEvent>
#include <QPainter>

using namespace Qt::StringLiterals;

namespace territoria {

namespace {

// `g` as single or multi to match the layer's declared type.
Geometry matchLayerType(const Geometry &g, const VectorLayer &layer)
{
    const bool multi = layer.dataProvider()->geometryTypeName().contains(u"Multi"_s, Qt::CaseInsensitive);
    auto editable = EditableGeometry::fromGeometry(g);
    if (!editable || editable->isMulti() == multi)
        return g;
    if (!multi && editable->parts().size() != 1)
        return g; // cannot become single: keep it (the layer may still take it)
    EditableGeometry out(editable->kind(), multi);
    out.setHasZ(editable->hasZ());
    out.parts() = editable->parts();
    return out.toGeometry();
}

} // namespace

MapToolLineEdit::MapToolLineEdit(MapCanvas *canvas)
    : MapToolVertexDrawing(canvas)
{
}

MapToolLineEdit::~MapToolLineEdit() = default;

void MapToolLineEdit::activate()
{
    emit statusMessage(hint());
}

int MapToolLineEdit::applyLine(const QList<QPointF> &mapPoints)
{
    if (!checkEditable())
        return 0;
    QList<QPointF> pts;
    const maptools::LayerMapTransform xf(canvas(), layer());
    for (const QPointF &p : mapPoints) {
        const QPointF q = xf.toLayer(p);
        if (!maptools::isFinitePoint(q)) {
            emit statusMessage(tr("The line leaves the area where the CRS of the layer \"%1\" is defined.")
                                   .arg(layer()->name()));
            return 0;
        }
        if (pts.isEmpty() || pts.last() != q)
            pts.append(q);
    }
    if (pts.size() < 2) {
        emit statusMessage(tr("Draw a line of at least 2 points."));
        return 0;
    }
    EditableGeometry line(GeometryKind::Line, false);
    line.parts().append({pts});
    const Geometry g = line.toGeometry();
    const auto candidates = maptools::featuresIntersecting(*layer(), g);
    if (!candidates || candidates->isEmpty()) {
        emit statusMessage(tr("The line crosses no feature of \"%1\".").arg(layer()->name()));
        return 0;
    }
    return apply(g, *candidates);
}

bool MapToolLineEdit::finish()
{
    const QList<QPointF> pts = m_points;
    reset();
    return applyLine(pts) > 0;
}

bool MapToolLineEdit::mousePress(QMouseEvent *event)
{
    if (const std::optional<bool> taken = pressWithoutVertex(event))
        return *taken;
    m_mouse.move(*canvas(), event->position()); // repaints
    m_points.append(m_mouse.snap.point);
    return true;
}

bool MapToolLineEdit::keyPress(QKeyEvent *event)
{
    if (m_points.isEmpty())
        return false;
    switch (event->key()) {
    case Qt::Key_Escape:
        reset();
        emit statusMessage(hint());
        return true;
    case Qt::Key_Backspace:
    case Qt::Key_Delete:
        m_points.removeLast();
        canvas()->update();
        return true;
    case Qt::Key_Return:
    case Qt::Key_Enter:
        finish();
        return true;
    default:
        return false;
    }
}

void MapToolLineEdit::paint(QPainter &painter)
{
    maptools::drawVertexDrawing(painter, *canvas(), m_points, false, m_mouse.present, m_mouse.snap.point, m_mouse.snap);
}

MapToolSplit::MapToolSplit(MapCanvas *canvas)
    : MapToolLineEdit(canvas)
{
}

QString MapToolSplit::name() const
{
    return tr("Split features");
}

QString MapToolSplit::hint() const
{
    return tr("Draw a line across the features to split; right click or Enter splits, Esc cancels.");
}

int MapToolSplit::apply(const Geometry &line, const QList<qint64> &candidates)
{
    VectorLayer *target = layer();
    const auto provider = target->dataProvider();
    struct Cut {
        qint64 fid;
        QVariantList attributes;
        QList<Geometry> pieces;
    };
    QList<Cut> cuts;
    QString lastError;
    for (qint64 fid : candidates) {
        auto f = provider->feature(fid);
        if (!f || f->geometry.isNull())
            continue;
        auto pieces = splitGeometry(f->geometry, line);
        if (!pieces) {
            lastError = pieces.error().message;
            continue;
        }
        if (pieces->size() < 2)
            continue;
        Cut cut{fid, f->attributes, {}};
        for (const Geometry &piece : std::as_const(*pieces))
            cut.pieces.append(matchLayerType(piece, *target));
        cuts.append(std::move(cut));
    }
    if (cuts.isEmpty()) {
        emit statusMessage(lastError.isEmpty() ? tr("The line does not cut any feature through.") : lastError);
        return 0;
    }
    QList<QPair<qint64, Geometry>> stored;
    target->beginEditCommand(tr("Split %n feature(s)", nullptr, int(cuts.size())));
    for (const Cut &cut : std::as_const(cuts)) {
        // The first piece keeps the feature; the others are new with its attributes.
        if (target->changeGeometry(cut.fid, cut.pieces.first()))
            stored.append({cut.fid, cut.pieces.first()});
        for (qsizetype i = 1; i < cut.pieces.size(); ++i) {
            auto fid = target->addFeature(cut.pieces[i], cut.attributes);
            if (fid)
                stored.append({*fid, cut.pieces[i]});
            else
                lastError = fid.error().message;
        }
    }
    target->endEditCommand();
    for (const auto &[fid, g] : std::as_const(stored))
        checkValidity(fid, g);
    emit featuresSplit(target, int(cuts.size()));
    emit statusMessage(lastError.isEmpty() ? tr("%n feature(s) split.", nullptr, int(cuts.size())) : lastError);
    return int(cuts.size());
}

MapToolReshape::MapToolReshape(MapCanvas *canvas)
    : MapToolLineEdit(canvas)
{
}

QString MapToolReshape::name() const
{
    return tr("Reshape features");
}

QString MapToolReshape::hint() const
{
    return tr("Draw a line that crosses the boundary twice; right click or Enter reshapes, Esc cancels.");
}

int MapToolReshape::apply(const Geometry &line, const QList<qint64> &candidates)
{
    VectorLayer *target = layer();
    const auto provider = target->dataProvider();
    QList<QPair<qint64, Geometry>> changes;
    QString lastError;
    for (qint64 fid : candidates) {
        auto f = provider->feature(fid);
        if (!f || f->geometry.isNull())
            continue;
        auto reshaped = reshapeGeometry(f->geometry, line);
        if (!reshaped) {
            lastError = reshaped.error().message;
            continue;
        }
        changes.append({fid, matchLayerType(*reshaped, *target)});
    }
    if (changes.isEmpty()) {
        emit statusMessage(lastError.isEmpty() ? tr("The line does not reshape any feature.") : lastError);
        return 0;
    }
    int done = 0;
    target->beginEditCommand(tr("Reshape %n feature(s)", nullptr, int(changes.size())));
    for (const auto &[fid, g] : std::as_const(changes))
        done += target->changeGeometry(fid, g) ? 1 : 0;
    target->endEditCommand();
    for (const auto &[fid, g] : std::as_const(changes))
        checkValidity(fid, g);
    emit statusMessage(tr("%n feature(s) reshaped.", nullptr, done));
    return done;
}

} // namespace territoria
