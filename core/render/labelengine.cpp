#include "render/labelengine.h"

#include "geometry/geosutil.h"
#include "render/mapsettings.h"

#include <QFontMetricsF>
#include <QMutexLocker>
#include <QPainter>
#include <QPainterPath>
#include <QSet>

#include <algorithm>
#include <cmath>
#include <numeric>

using namespace Qt::StringLiterals;

namespace territoria {

LabelAppearance LabelAppearance::fromSettings(const LabelSettings &settings, const MapSettings &map)
{
    LabelAppearance a;
    if (!settings.fontFamily.isEmpty())
        a.font.setFamily(settings.fontFamily);
    // Points are 1/72 inch: pixels at the map's DPI, whatever the paint device's own DPI.
    a.font.setPixelSize(std::max(1, int(std::lround(settings.fontSizePt * map.dpi() / 72.0))));
    a.font.setBold(settings.bold);
    a.font.setItalic(settings.italic);
    a.font.setHintingPreference(QFont::PreferNoHinting);
    a.color = settings.color;
    a.haloColor = settings.haloColor;
    a.haloPx = settings.haloEnabled && settings.haloColor.alpha() > 0 ? std::max(0.0, map.mmToPixels(settings.haloWidthMm))
                                                                         : 0.0;
    a.insidePolygonOnly = settings.insidePolygonOnly;
    return a;
}

struct LabelEngine::Entry {
    LabelFeature feature;
    LabelAppearance appearance;
    QList<QPointF> anchors;   // best first
    QByteArray polygonWkb;    // polygons: the polygon clipped to the map, pixel space
    double area = 0;          // polygons: of the clipped polygon
    qsizetype sequence = 0;   // insertion order
};

namespace {

GeosGeometryPtr ringFrom(GEOSContextHandle_t ctx, const QPolygonF &ring)
{
    QPolygonF pts;
    pts.reserve(ring.size() + 1);
    for (const QPointF &p : ring)
        if (std::isfinite(p.x()) && std::isfinite(p.y()))
            pts.append(p);
    if (!pts.isEmpty() && pts.first() != pts.last())
        pts.append(pts.first());
    if (pts.size() < 4)
        return nullptr;
    GEOSCoordSequence *seq = GEOSCoordSeq_create_r(ctx, unsigned(pts.size()), 2);
    if (!seq)
        return nullptr;
    for (qsizetype i = 0; i < pts.size(); ++i)
        GEOSCoordSeq_setXY_r(ctx, seq, unsigned(i), pts[i].x(), pts[i].y());
    return GeosGeometryPtr(GEOSGeom_createLinearRing_r(ctx, seq)); // takes the sequence
}

GeosGeometryPtr lineFrom(GEOSContextHandle_t ctx, const QPolygonF &line)
{
    QPolygonF pts;
    for (const QPointF &p : line)
        if (std::isfinite(p.x()) && std::isfinite(p.y()))
            pts.append(p);
    if (pts.size() < 2)
        return nullptr;
    GEOSCoordSequence *seq = GEOSCoordSeq_create_r(ctx, unsigned(pts.size()), 2);
    if (!seq)
        return nullptr;
    for (qsizetype i = 0; i < pts.size(); ++i)
        GEOSCoordSeq_setXY_r(ctx, seq, unsigned(i), pts[i].x(), pts[i].y());
    return GeosGeometryPtr(GEOSGeom_createLineString_r(ctx, seq));
}

GeosGeometryPtr collection(GEOSContextHandle_t ctx, int type, std::vector<GeosGeometryPtr> &members)
{
    std::vector<GEOSGeometry *> raw;
    raw.reserve(members.size());
    for (auto &m : members)
        raw.push_back(m.release()); // the collection takes them
    members.clear();
    return GeosGeometryPtr(GEOSGeom_createCollection_r(ctx, type, raw.data(), unsigned(raw.size())));
}

// The feature's polygons as a GEOS multipolygon in pixel space; null when none.
GeosGeometryPtr polygonsFrom(GEOSContextHandle_t ctx, const LabelFeature &f)
{
    std::vector<GeosGeometryPtr> polygons;
    GeosGeometryPtr shell;
    std::vector<GeosGeometryPtr> holes;
    auto finish = [&] {
        if (!shell)
            return;
        std::vector<GEOSGeometry *> raw;
        for (auto &h : holes)
            raw.push_back(h.release());
        holes.clear();
        if (GEOSGeometry *p = GEOSGeom_createPolygon_r(ctx, shell.release(), raw.data(), unsigned(raw.size())))
            polygons.emplace_back(p);
    };
    for (qsizetype i = 0; i < f.parts.size(); ++i) {
        const bool hole = f.isHole.value(i, false);
        GeosGeometryPtr ring = ringFrom(ctx, f.parts[i]);
        if (!hole) {
            finish();
            shell = std::move(ring);
        } else if (ring && shell) {
            holes.push_back(std::move(ring));
        }
    }
    finish();
    if (polygons.empty())
        return nullptr;
    GeosGeometryPtr g = collection(ctx, GEOS_MULTIPOLYGON, polygons);
    if (g && GEOSisValid_r(ctx, g.get()) != 1) {
        GeosGeometryPtr valid(GEOSMakeValid_r(ctx, g.get()));
        if (!valid)
            return nullptr;
        g = std::move(valid);
    }
    return g;
}

bool pointOf(GEOSContextHandle_t ctx, const GEOSGeometry *point, QPointF &out)
{
    double x = 0, y = 0;
    if (!point || GEOSisEmpty_r(ctx, point) != 0 || GEOSGeomGetX_r(ctx, point, &x) != 1
        || GEOSGeomGetY_r(ctx, point, &y) != 1)
        return false;
    out = QPointF(x, y);
    return true;
}

// Candidate boxes (top-left based, of size `size`) for an entry, best first.
QList<QRectF> candidateBoxes(const LabelEngine::Entry &e, const QSizeF &size)
{
    QList<QRectF> boxes;
    const double w = size.width(), h = size.height();
    switch (e.feature.kind) {
    case GeometryKind::Point: {
        const QPointF p = e.anchors.value(0);
        const double g = e.feature.markerRadiusPx + 1.0;
        const double d = g * M_SQRT1_2;
        const double x = p.x(), y = p.y();
        boxes = {QRectF(x + d, y - d - h, w, h),     QRectF(x - d - w, y - d - h, w, h), // upper right, upper left
                 QRectF(x + d, y + d, w, h),         QRectF(x - d - w, y + d, w, h),     // lower right, lower left
                 QRectF(x + g, y - h / 2, w, h),     QRectF(x - g - w, y - h / 2, w, h), // right, left
                 QRectF(x - w / 2, y - g - h, w, h), QRectF(x - w / 2, y + g, w, h)};    // above, below
        break;
    }
    case GeometryKind::Line:
        for (const QPointF &p : e.anchors) {
            boxes.append(QRectF(p.x() - w / 2, p.y() - h / 2, w, h));
            boxes.append(QRectF(p.x() - w / 2, p.y() - 2 - h, w, h));
            boxes.append(QRectF(p.x() - w / 2, p.y() + 2, w, h));
        }
        break;
    default: {
        const QPointF c = e.anchors.value(0);
        struct Shift { int i, j; };
        std::vector<Shift> shifts;
        for (int i = -2; i <= 2; ++i)
            for (int j = -2; j <= 2; ++j)
                shifts.push_back(Shift{i, j});
        // Nearest to the centre first (in box units), ties: horizontal shifts first.
        std::stable_sort(shifts.begin(), shifts.end(), [](const Shift &a, const Shift &b) {
            const int da = a.i * a.i + 2 * a.j * a.j, db = b.i * b.i + 2 * b.j * b.j;
            return da < db;
        });
        for (const Shift &s : shifts)
            boxes.append(QRectF(c.x() - w / 2 + s.i * w / 2, c.y() - h / 2 + s.j * h / 2, w, h));
        break;
    }
    }
    return boxes;
}

// Placed boxes in a uniform grid of cells, for overlap queries.
class BoxGrid
{
public:
    BoxGrid(const QSize &size)
        : m_cols(std::max(1, (size.width() + Cell - 1) / Cell))
        , m_rows(std::max(1, (size.height() + Cell - 1) / Cell))
        , m_cells(size_t(m_cols) * size_t(m_rows))
    {
    }
    bool overlaps(const QRectF &box) const
    {
        bool hit = false;
        forCells(box, [&](const std::vector<int> &cell) {
            for (int k : cell)
                if (m_boxes[size_t(k)].intersects(box))
                    hit = true;
        });
        return hit;
    }
    void insert(const QRectF &box)
    {
        const int k = int(m_boxes.size());
        m_boxes.push_back(box);
        forCellsMut(box, [&](std::vector<int> &cell) { cell.push_back(k); });
    }

private:
    static constexpr int Cell = 64;
    void range(const QRectF &box, int &c0, int &c1, int &r0, int &r1) const
    {
        c0 = std::clamp(int(std::floor(box.left() / Cell)), 0, m_cols - 1);
        c1 = std::clamp(int(std::floor(box.right() / Cell)), 0, m_cols - 1);
        r0 = std::clamp(int(std::floor(box.top() / Cell)), 0, m_rows - 1);
        r1 = std::clamp(int(std::floor(box.bottom() / Cell)), 0, m_rows - 1);
    }
    template<class F> void forCells(const QRectF &box, F &&f) const
    {
        int c0, c1, r0, r1;
        range(box, c0, c1, r0, r1);
        for (int r = r0; r <= r1; ++r)
            for (int c = c0; c <= c1; ++c)
                f(m_cells[size_t(r) * size_t(m_cols) + size_t(c)]);
    }
    template<class F> void forCellsMut(const QRectF &box, F &&f)
    {
        int c0, c1, r0, r1;
        range(box, c0, c1, r0, r1);
        for (int r = r0; r <= r1; ++r)
            for (int c = c0; c <= c1; ++c)
                f(m_cells[size_t(r) * size_t(m_cols) + size_t(c)]);
    }
    int m_cols, m_rows;
    std::vector<std::vector<int>> m_cells;
    std::vector<QRectF> m_boxes;
};

} // namespace

LabelEngine::LabelEngine(const QSize &outputSize)
    : m_size(outputSize)
{
}

LabelEngine::~LabelEngine() = default;

bool LabelEngine::addFeature(const LabelFeature &feature, const LabelAppearance &appearance)
{
    if (feature.text.isEmpty() || feature.parts.isEmpty())
        return false;
    Entry e;
    e.feature = feature;
    e.appearance = appearance;
    const QRectF view(0, 0, m_size.width(), m_size.height());
    GEOSContextHandle_t ctx = geosContext();
    switch (feature.kind) {
    case GeometryKind::Point:
        for (const QPolygonF &part : feature.parts)
            for (const QPointF &p : part)
                if (view.contains(p)) {
                    e.anchors.append(p);
                    break;
                }
        break;
    case GeometryKind::Line: {
        std::vector<GeosGeometryPtr> lines;
        for (const QPolygonF &part : feature.parts)
            if (GeosGeometryPtr l = lineFrom(ctx, part))
                lines.push_back(std::move(l));
        if (lines.empty())
            return false;
        GeosGeometryPtr all = collection(ctx, GEOS_MULTILINESTRING, lines);
        if (!all)
            return false;
        GeosGeometryPtr clipped(GEOSClipByRect_r(ctx, all.get(), 0, 0, m_size.width(), m_size.height()));
        if (!clipped)
            return false;
        // The longest visible part.
        const GEOSGeometry *best = nullptr;
        double bestLength = 0;
        const int n = GEOSGetNumGeometries_r(ctx, clipped.get());
        for (int i = 0; i < n; ++i) {
            const GEOSGeometry *g = GEOSGetGeometryN_r(ctx, clipped.get(), i);
            double length = 0;
            if (GEOSGeomTypeId_r(ctx, g) == GEOS_LINESTRING && GEOSLength_r(ctx, g, &length) == 1 && length > bestLength) {
                best = g;
                bestLength = length;
            }
        }
        if (!best)
            return false;
        for (double f : {0.5, 0.35, 0.65, 0.2, 0.8}) {
            GeosGeometryPtr p(GEOSInterpolate_r(ctx, best, f * bestLength));
            QPointF pt;
            if (p && pointOf(ctx, p.get(), pt))
                e.anchors.append(pt);
        }
        break;
    }
    default: {
        GeosGeometryPtr polygons = polygonsFrom(ctx, feature);
        if (!polygons)
            return false;
        GeosGeometryPtr clipped(GEOSClipByRect_r(ctx, polygons.get(), 0, 0, m_size.width(), m_size.height()));
        if (!clipped || GEOSisEmpty_r(ctx, clipped.get()) != 0)
            return false;
        if (GEOSArea_r(ctx, clipped.get(), &e.area) != 1 || !(e.area > 0))
            return false;
        QPointF centre;
        // The pole of inaccessibility to within a pixel.
        GeosGeometryPtr radius(GEOSMaximumInscribedCircle_r(ctx, clipped.get(), 1.0));
        GeosGeometryPtr start(radius ? GEOSGeomGetStartPoint_r(ctx, radius.get()) : nullptr);
        if (!start || !pointOf(ctx, start.get(), centre)) {
            GeosGeometryPtr onSurface(GEOSPointOnSurface_r(ctx, clipped.get()));
            if (!onSurface || !pointOf(ctx, onSurface.get(), centre))
                return false;
        }
        e.anchors.append(centre);
        e.polygonWkb = geosToWkb(clipped.get());
        break;
    }
    }
    if (e.anchors.isEmpty())
        return false;
    QMutexLocker lock(&m_mutex);
    if (feature.featureId >= 0) {
        const QPair<int, qint64> key(feature.layerOrder, feature.featureId);
        if (m_keys.contains(key))
            return true;
        m_keys.insert(key);
    }
    e.feature.parts.clear(); // placement only needs the anchors (and the polygon)
    e.feature.isHole.clear();
    e.sequence = qsizetype(m_entries.size());
    m_entries.push_back(std::move(e));
    return true;
}

qsizetype LabelEngine::featureCount() const
{
    QMutexLocker lock(&m_mutex);
    return qsizetype(m_entries.size());
}

void LabelEngine::run()
{
    QMutexLocker lock(&m_mutex);
    m_placed.clear();
    m_placedEntry.clear();
    std::vector<int> order(m_entries.size());
    std::iota(order.begin(), order.end(), 0);
    std::stable_sort(order.begin(), order.end(), [this](int a, int b) {
        const Entry &ea = m_entries[size_t(a)], &eb = m_entries[size_t(b)];
        if (ea.feature.layerOrder != eb.feature.layerOrder)
            return ea.feature.layerOrder > eb.feature.layerOrder;
        if (ea.area != eb.area)
            return ea.area > eb.area;
        if (ea.feature.featureId != eb.feature.featureId)
            return ea.feature.featureId < eb.feature.featureId;
        return ea.sequence < eb.sequence;
    });

    const QRectF view(0, 0, m_size.width(), m_size.height());
    BoxGrid grid(m_size);
    GEOSContextHandle_t ctx = geosContext();
    for (int index : order) {
        const Entry &e = m_entries[size_t(index)];
        const QFontMetricsF fm(e.appearance.font);
        const double halo = e.appearance.haloPx;
        const QSizeF size(fm.horizontalAdvance(e.feature.text) + 2 * halo, fm.ascent() + fm.descent() + 2 * halo);
        QList<QRectF> boxes = candidateBoxes(e, size);

        QList<bool> inside(boxes.size(), false);
        if (!e.polygonWkb.isEmpty()) {
            GeosGeometryPtr polygon = geosFromWkb(e.polygonWkb);
            const GEOSPreparedGeometry *prepared = polygon ? GEOSPrepare_r(ctx, polygon.get()) : nullptr;
            for (qsizetype k = 0; prepared && k < boxes.size(); ++k) {
                const QRectF &b = boxes[k];
                GeosGeometryPtr box(GEOSGeom_createRectangle_r(ctx, b.left(), b.top(), b.right(), b.bottom()));
                inside[k] = box && GEOSPreparedContains_r(ctx, prepared, box.get()) == 1;
            }
            if (prepared)
                GEOSPreparedGeom_destroy_r(ctx, prepared);
        }
        // Inside candidates first, then (unless forbidden) the others, each in order.
        std::vector<qsizetype> tries;
        for (qsizetype k = 0; k < boxes.size(); ++k)
            if (inside[k])
                tries.push_back(k);
        if (e.polygonWkb.isEmpty() || !e.appearance.insidePolygonOnly)
            for (qsizetype k = 0; k < boxes.size(); ++k)
                if (!inside[k])
                    tries.push_back(k);
        for (qsizetype k : tries) {
            const QRectF &b = boxes[k];
            if (!view.contains(b) || grid.overlaps(b))
                continue;
            grid.insert(b);
            PlacedLabel placed;
            placed.layerOrder = e.feature.layerOrder;
            placed.featureId = e.feature.featureId;
            placed.text = e.feature.text;
            placed.box = b;
            placed.baseline = QPointF(b.left() + halo, b.top() + halo + fm.ascent());
            placed.insidePolygon = inside[k];
            m_placed.append(placed);
            m_placedEntry.push_back(index);
            break;
        }
    }
}

QList<PlacedLabel> LabelEngine::placedLabels() const
{
    QMutexLocker lock(&m_mutex);
    return m_placed;
}

void LabelEngine::draw(QPainter *painter) const
{
    QMutexLocker lock(&m_mutex);
    if (!painter || m_placed.isEmpty())
        return;
    painter->save();
    painter->setRenderHint(QPainter::Antialiasing, true);
    painter->setRenderHint(QPainter::TextAntialiasing, true);
    painter->setBrush(Qt::NoBrush);
    // Halos first, so that no halo covers a neighbour's text.
    for (qsizetype i = 0; i < m_placed.size(); ++i) {
        const Entry &e = m_entries[size_t(m_placedEntry[size_t(i)])];
        if (e.appearance.haloPx <= 0)
            continue;
        QPainterPath path;
        path.addText(m_placed[i].baseline, e.appearance.font, m_placed[i].text);
        painter->strokePath(path, QPen(e.appearance.haloColor, 2 * e.appearance.haloPx, Qt::SolidLine, Qt::RoundCap,
                                       Qt::RoundJoin));
    }
    for (qsizetype i = 0; i < m_placed.size(); ++i) {
        const Entry &e = m_entries[size_t(m_placedEntry[size_t(i)])];
        painter->setFont(e.appearance.font);
        painter->setPen(e.appearance.color);
        painter->drawText(m_placed[i].baseline, m_placed[i].text);
    }
    painter->restore();
}

} // namespace territoria
