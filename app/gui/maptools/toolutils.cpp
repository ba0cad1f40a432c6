#include "toolutils.h"

#include "data/vectorlayer.h"
#include "geometry/preparedgeometry.h"
#include "geometry/wkbreader.h"
#include "gui/mapcanvas.h"

#include <QFontMetricsF>
#include <QMouseEvent>
#include <QPainter>
#include <QPainterPath>

#include <algorithm>
#include <cmath>
#include <cstring>

using namespace Qt::StringLiterals;

namespace territoria::maptools {

namespace {

void appendUInt32(QByteArray &out, quint32 v)
{
    char b[4];
    std::memcpy(b, &v, 4); // host order; the byte order flag below says which
    out.append(b, 4);
}

void appendDouble(QByteArray &out, double v)
{
    char b[8];
    std::memcpy(b, &v, 8);
    out.append(b, 8);
}

char hostByteOrder()
{
    return std::endian::native == std::endian::little ? 1 : 0;
}

} // namespace

bool isFinitePoint(const QPointF &p)
{
    return std::isfinite(p.x()) && std::isfinite(p.y());
}

LayerMapTransform::LayerMapTransform(const MapCanvas *canvas, const VectorLayer *layer)
{
    if (!canvas || !layer)
        return;
    const Crs map = canvas->destinationCrs();
    const Crs source = layer->crs();
    if (!map.isValid() || !source.isValid() || source == map)
        return;
    auto ct = CoordinateTransform::create(source, map, canvas->transformContext());
    if (!ct) {
        m_valid = false;
        return;
    }
    m_ct = std::make_shared<CoordinateTransform>(std::move(*ct));
}

QPointF LayerMapTransform::toMap(const QPointF &p) const
{
    if (!m_valid)
        return {qQNaN(), qQNaN()};
    return m_ct ? m_ct->transform(p) : p;
}

QPointF LayerMapTransform::toLayer(const QPointF &p) const
{
    if (!m_valid)
        return {qQNaN(), qQNaN()};
    return m_ct ? m_ct->transform(p, CoordinateTransform::Direction::Inverse) : p;
}

Geometry LayerMapTransform::toMap(const Geometry &g) const
{
    if (!m_valid)
        return {};
    return m_ct ? g.transformed(*m_ct) : g;
}

static EditableGeometry mapVertices(const EditableGeometry &g, const std::function<QPointF(const QPointF &)> &fn)
{
    EditableGeometry out = g;
    for (auto &part : out.parts())
        for (auto &ring : part)
            for (QPointF &p : ring)
                p = fn(p);
    return out;
}

EditableGeometry LayerMapTransform::toMap(const EditableGeometry &g) const
{
    if (!m_ct && m_valid)
        return g;
    return mapVertices(g, [this](const QPointF &p) { return toMap(p); });
}

EditableGeometry LayerMapTransform::toLayer(const EditableGeometry &g) const
{
    if (!m_ct && m_valid)
        return g;
    return mapVertices(g, [this](const QPointF &p) { return toLayer(p); });
}

Geometry polygonGeometry(const QList<QPointF> &ring)
{
    QList<QPointF> pts = ring;
    if (pts.isEmpty())
        return {};
    if (pts.first() != pts.last())
        pts.append(pts.first());
    QByteArray wkb;
    wkb.reserve(13 + pts.size() * 16);
    wkb.append(hostByteOrder());
    appendUInt32(wkb, 3); // Polygon
    appendUInt32(wkb, 1); // one ring
    appendUInt32(wkb, quint32(pts.size()));
    for (const QPointF &p : std::as_const(pts)) {
        appendDouble(wkb, p.x());
        appendDouble(wkb, p.y());
    }
    return Geometry::fromWkb(wkb);
}

QList<QPointF> densifiedRectangle(const QPointF &a, const QPointF &b, int perEdge)
{
    const double x0 = std::min(a.x(), b.x()), x1 = std::max(a.x(), b.x());
    const double y0 = std::min(a.y(), b.y()), y1 = std::max(a.y(), b.y());
    const QPointF corners[4] = {{x0, y0}, {x1, y0}, {x1, y1}, {x0, y1}};
    QList<QPointF> out;
    perEdge = std::max(1, perEdge);
    for (int e = 0; e < 4; ++e) {
        const QPointF &p = corners[e];
        const QPointF &q = corners[(e + 1) % 4];
        for (int i = 0; i < perEdge; ++i)
            out.append(p + (q - p) * (double(i) / perEdge));
    }
    out.append(out.first());
    return out;
}

std::optional<QList<qint64>> featuresIntersecting(const VectorLayer &layer, const Geometry &layerShape)
{
    const Extent box = layerShape.boundingBox();
    if (box.isNull() || !box.isFinite())
        return std::nullopt;
    PreparedGeometry tester(layerShape);
    if (!tester.isValid())
        return std::nullopt;
    FeatureRequest request;
    // A point or a thin shape: the index wants a box with some extent.
    request.filterExtent = box;
    request.noAttributes = true;
    QList<qint64> out;
    const auto provider = layer.dataProvider();
    auto visited = provider->forEachFeature(request, [&](Feature &&f) {
        if (!f.geometry.isNull() && tester.intersects(f.geometry))
            out.append(f.id);
        return true;
    });
    if (!visited)
        return std::nullopt;
    return out;
}

QList<qint64> featuresAtPixel(const MapCanvas &canvas, const VectorLayer &layer, const QPointF &pixel,
                              int tolerancePixels, bool selectedFirst)
{
    const LayerMapTransform xf(&canvas, &layer);
    const double tol = std::max(1, tolerancePixels);
    const QPointF a = canvas.toMapCoordinates(pixel - QPointF(tol, tol));
    const QPointF b = canvas.toMapCoordinates(pixel + QPointF(tol, tol));
    QList<QPointF> ring = densifiedRectangle(a, b, xf.isIdentity() ? 1 : 4);
    for (QPointF &p : ring) {
        p = xf.toLayer(p);
        if (!isFinitePoint(p))
            return {};
    }
    const auto hits = featuresIntersecting(layer, polygonGeometry(ring));
    if (!hits || hits->isEmpty())
        return {};
    const QPointF center = xf.toLayer(canvas.toMapCoordinates(pixel));
    struct Hit {
        qint64 fid;
        bool selected;
        double distance;
        double area;
    };
    QList<Hit> ranked;
    const auto provider = layer.dataProvider();
    for (qint64 fid : *hits) {
        auto f = provider->feature(fid);
        if (!f)
            continue;
        // Among polygons holding the point, the smallest is the one the user sees.
        ranked.append({fid, selectedFirst && layer.isSelected(fid), f->geometry.distance(center), f->geometry.area()});
    }
    std::stable_sort(ranked.begin(), ranked.end(), [](const Hit &x, const Hit &y) {
        if (x.selected != y.selected)
            return x.selected;
        if (x.distance != y.distance)
            return x.distance < y.distance;
        return x.area < y.area;
    });
    QList<qint64> out;
    for (const Hit &h : std::as_const(ranked))
        out.append(h.fid);
    return out;
}

QPolygonF toPixels(const MapCanvas &canvas, const QList<QPointF> &mapPoints)
{
    QPolygonF out;
    out.reserve(mapPoints.size());
    for (const QPointF &p : mapPoints)
        out.append(canvas.toPixel(p));
    return out;
}

void drawVertexHandle(QPainter &painter, const QPointF &pixel, bool highlighted, double size)
{
    painter.save();
    painter.setPen(QPen(highlighted ? QColor(255, 255, 255) : QColor(120, 0, 0), 1.2));
    painter.setBrush(highlighted ? QColor(0, 90, 220) : QColor(255, 60, 60));
    const double s = highlighted ? size + 3 : size;
    painter.drawRect(QRectF(pixel - QPointF(s / 2, s / 2), QSizeF(s, s)));
    painter.restore();
}

void drawRubberBand(QPainter &painter, const QPolygonF &pixels, bool closed, bool dashedTail, const QColor &color)
{
    if (pixels.isEmpty())
        return;
    painter.save();
    painter.setRenderHint(QPainter::Antialiasing);
    QColor fill = color;
    fill.setAlpha(50);
    if (closed && pixels.size() >= 3) {
        painter.setPen(Qt::NoPen);
        painter.setBrush(fill);
        painter.drawPolygon(pixels);
    }
    const QPen solid(color, 2, Qt::SolidLine, Qt::RoundCap, Qt::RoundJoin);
    QPen dashed = solid;
    dashed.setStyle(Qt::DashLine);
    painter.setBrush(Qt::NoBrush);
    const qsizetype n = pixels.size();
    for (qsizetype i = 1; i < n; ++i) {
        painter.setPen(dashedTail && i == n - 1 ? dashed : solid);
        painter.drawLine(pixels.at(i - 1), pixels.at(i));
    }
    if (closed && n >= 3) {
        painter.setPen(dashedTail ? dashed : solid);
        painter.drawLine(pixels.last(), pixels.first());
    }
    // Handles on the clicked vertices (not on the mouse point of a dashed tail).
    const qsizetype handles = dashedTail ? n - 1 : n;
    for (qsizetype i = 0; i < handles; ++i)
        drawVertexHandle(painter, pixels.at(i), false, 6);
    painter.restore();
}

void drawGeometryOutline(QPainter &painter, const MapCanvas &canvas, const Geometry &g, const QColor &color)
{
    if (g.isNull())
        return;
    painter.save();
    painter.setRenderHint(QPainter::Antialiasing);
    painter.setPen(QPen(color, 2, Qt::DashLine, Qt::RoundCap, Qt::RoundJoin));
    QColor fill = color;
    fill.setAlpha(40);
    std::vector<double> xy;
    QPainterPath area;
    area.setFillRule(Qt::OddEvenFill);
    visitWkb(reinterpret_cast<const unsigned char *>(g.wkb().constData()), size_t(g.wkb().size()), xy,
             [&](WkbPart part, const double *c, size_t n) {
                 QPolygonF poly;
                 for (size_t i = 0; i < n; ++i)
                     poly.append(canvas.toPixel(QPointF(c[2 * i], c[2 * i + 1])));
                 if (part == WkbPart::Point) {
                     if (!poly.isEmpty())
                         painter.drawEllipse(poly.first(), 5.0, 5.0);
                 } else if (part == WkbPart::LineString) {
                     painter.drawPolyline(poly);
                 } else {
                     area.addPolygon(poly);
                 }
             });
    if (!area.isEmpty()) {
        painter.setBrush(fill);
        painter.drawPath(area);
    }
    painter.restore();
}

void drawLabel(QPainter &painter, const QPointF &anchor, const QString &text)
{
    if (text.isEmpty())
        return;
    painter.save();
    const QFontMetricsF fm(painter.font());
    const QStringList lines = text.split(u'\n');
    double w = 0;
    for (const QString &l : lines)
        w = std::max(w, fm.horizontalAdvance(l));
    const double h = fm.lineSpacing() * lines.size();
    QRectF box(anchor + QPointF(12, 12), QSizeF(w + 12, h + 8));
    // Keep the box inside the painter's device.
    if (painter.device()) {
        const QRectF area(0, 0, painter.device()->width(), painter.device()->height());
        if (box.right() > area.right())
            box.moveRight(anchor.x() - 12);
        if (box.bottom() > area.bottom())
            box.moveBottom(anchor.y() - 12);
    }
    painter.setPen(QPen(QColor(60, 60, 60), 1));
    painter.setBrush(QColor(255, 255, 240, 230));
    painter.drawRoundedRect(box, 4, 4);
    painter.setPen(Qt::black);
    double y = box.top() + 4 + fm.ascent();
    for (const QString &l : lines) {
        painter.drawText(QPointF(box.left() + 6, y), l);
        y += fm.lineSpacing();
    }
    painter.restore();
}

void drawVertexDrawing(QPainter &painter, const MapCanvas &canvas, const QList<QPointF> &mapPoints, bool closed,
                       bool hasMouse, const QPointF &mouseMap, const SnapMatch &snap)
{
    if (!mapPoints.isEmpty()) {
        QList<QPointF> pts = mapPoints;
        if (hasMouse)
            pts.append(mouseMap);
        drawRubberBand(painter, toPixels(canvas, pts), closed, hasMouse);
    }
    if (hasMouse && snap.isValid())
        MapCanvas::drawSnapMarker(painter, canvas.toPixel(snap.point), snap.type);
}

bool isVertexDrawingKey(int key)
{
    switch (key) {
    case Qt::Key_Backspace:
    case Qt::Key_Delete:
    case Qt::Key_Escape:
    case Qt::Key_Return:
    case Qt::Key_Enter:
        return true;
    default:
        return false;
    }
}

bool isDrawingButton(const QMouseEvent *event)
{
    return event->button() == Qt::LeftButton || event->button() == Qt::RightButton;
}

} // namespace territoria::maptools
