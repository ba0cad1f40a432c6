#include "geometry/editablegeometry.h"

#include "data/gdalutil.h"
#include "geometry/geosutil.h"

#include <ogr_geometry.h>

#include <QCoreApplication>

#include <algorithm>
#include <cmath>
#include <limits>
#include <memory>

using namespace Qt::StringLiterals;

namespace territoria {

namespace {

struct OgrGeomDeleter {
    void operator()(OGRGeometry *g) const { OGRGeometryFactory::destroyGeometry(g); }
};
using OgrGeomPtr = std::unique_ptr<OGRGeometry, OgrGeomDeleter>;

QString tr(const char *text)
{
    return QCoreApplication::translate("EditableGeometry", text);
}

constexpr double kInf = std::numeric_limits<double>::infinity();

QPointF nanPoint()
{
    const double nan = std::numeric_limits<double>::quiet_NaN();
    return {nan, nan};
}

double dist2(const QPointF &a, const QPointF &b)
{
    const double dx = a.x() - b.x(), dy = a.y() - b.y();
    return dx * dx + dy * dy;
}

// The closest point to `p` on segment [a, b] (its exact orthogonal projection, clamped).
QPointF projectOnSegment(const QPointF &p, const QPointF &a, const QPointF &b)
{
    const double dx = b.x() - a.x(), dy = b.y() - a.y();
    const double len2 = dx * dx + dy * dy;
    if (len2 <= 0)
        return a;
    const double t = std::clamp(((p.x() - a.x()) * dx + (p.y() - a.y()) * dy) / len2, 0.0, 1.0);
    return {a.x() + t * dx, a.y() + t * dy};
}

// Exact equality (QPointF's operator== is fuzzy).
bool samePoint(const QPointF &a, const QPointF &b)
{
    return a.x() == b.x() && a.y() == b.y();
}

bool isClosedRing(const QList<QPointF> &ring)
{
    return ring.size() >= 2 && samePoint(ring.first(), ring.last());
}

QList<QPointF> readCurve(const OGRSimpleCurve *curve)
{
    QList<QPointF> out;
    const int n = curve->getNumPoints();
    out.reserve(n);
    for (int i = 0; i < n; ++i)
        out.append(QPointF(curve->getX(i), curve->getY(i)));
    return out;
}

QList<QList<QPointF>> readPolygon(const OGRPolygon *polygon)
{
    QList<QList<QPointF>> rings;
    if (polygon->IsEmpty())
        return rings;
    const OGRLinearRing *exterior = polygon->getExteriorRing();
    if (!exterior)
        return rings;
    auto closed = [](QList<QPointF> ring) {
        if (!ring.isEmpty() && !samePoint(ring.first(), ring.last()))
            ring.append(ring.first());
        return ring;
    };
    rings.append(closed(readCurve(exterior)));
    for (int i = 0; i < polygon->getNumInteriorRings(); ++i)
        rings.append(closed(readCurve(polygon->getInteriorRing(i))));
    return rings;
}

void fillCurve(OGRSimpleCurve *curve, const QList<QPointF> &points, bool z)
{
    curve->setNumPoints(static_cast<int>(points.size()), FALSE);
    for (int i = 0; i < points.size(); ++i) {
        if (z)
            curve->setPoint(i, points[i].x(), points[i].y(), 0.0);
        else
            curve->setPoint(i, points[i].x(), points[i].y());
    }
}

OGRPolygon *makePolygon(const QList<QList<QPointF>> &rings, bool z)
{
    auto *polygon = new OGRPolygon();
    for (const QList<QPointF> &r : rings) {
        if (r.isEmpty())
            continue;
        QList<QPointF> closed = r;
        if (!samePoint(closed.first(), closed.last()))
            closed.append(closed.first());
        auto *ring = new OGRLinearRing();
        fillCurve(ring, closed, z);
        polygon->addRingDirectly(ring);
    }
    return polygon;
}

QByteArray isoWkb(const OGRGeometry *g)
{
    const size_t size = g->WkbSize();
    QByteArray out(static_cast<qsizetype>(size), Qt::Uninitialized);
    if (g->exportToWkb(wkbNDR, reinterpret_cast<unsigned char *>(out.data()), wkbVariantIso) != OGRERR_NONE)
        return {};
    return out;
}

} // namespace

Result<EditableGeometry> EditableGeometry::fromGeometry(const Geometry &geometry)
{
    if (geometry.isNull())
        return fail(tr("The feature has no geometry to edit."));
    ensureGdalRegistered();
    const QByteArray &wkb = geometry.wkb();
    OGRGeometry *raw = nullptr;
    const OGRErr err = OGRGeometryFactory::createFromWkb(wkb.constData(), nullptr, &raw,
                                                         static_cast<size_t>(wkb.size()), wkbVariantIso);
    OgrGeomPtr g(raw);
    if (err != OGRERR_NONE || !g)
        return fail(tr("The geometry cannot be read (malformed WKB)."));
    if (g->hasCurveGeometry(TRUE)) {
        if (OGRGeometry *linear = g->getLinearGeometry())
            g.reset(linear);
    }
    const OGRwkbGeometryType type = wkbFlatten(g->getGeometryType());
    EditableGeometry out;
    out.m_hasZ = g->Is3D();
    switch (type) {
    case wkbPoint: {
        out.m_kind = GeometryKind::Point;
        const auto *pt = g->toPoint();
        if (!pt->IsEmpty())
            out.m_parts.append({{QPointF(pt->getX(), pt->getY())}});
        break;
    }
    case wkbLineString: {
        out.m_kind = GeometryKind::Line;
        const auto *line = g->toLineString();
        if (!line->IsEmpty())
            out.m_parts.append({readCurve(line)});
        break;
    }
    case wkbPolygon: case wkbTriangle: {
        out.m_kind = GeometryKind::Polygon;
        const auto rings = readPolygon(g->toPolygon());
        if (!rings.isEmpty())
            out.m_parts.append(rings);
        break;
    }
    case wkbMultiPoint: {
        out.m_kind = GeometryKind::Point;
        out.m_multi = true;
        for (const OGRPoint *pt : *g->toMultiPoint())
            if (!pt->IsEmpty())
                out.m_parts.append({{QPointF(pt->getX(), pt->getY())}});
        break;
    }
    case wkbMultiLineString: {
        out.m_kind = GeometryKind::Line;
        out.m_multi = true;
        for (const OGRLineString *line : *g->toMultiLineString())
            if (!line->IsEmpty())
                out.m_parts.append({readCurve(line)});
        break;
    }
    case wkbMultiPolygon: {
        out.m_kind = GeometryKind::Polygon;
        out.m_multi = true;
        for (const OGRPolygon *polygon : *g->toMultiPolygon()) {
            const auto rings = readPolygon(polygon);
            if (!rings.isEmpty())
                out.m_parts.append(rings);
        }
        break;
    }
    default:
        return fail(tr("Only point, line and polygon geometries (single or multi) can be edited, not %1.")
                        .arg(geometry.typeName()));
    }
    return out;
}

Geometry EditableGeometry::toGeometry() const
{
    if (m_kind == GeometryKind::Null || m_kind == GeometryKind::Mixed)
        return {};
    ensureGdalRegistered();
    OgrGeomPtr g;
    switch (m_kind) {
    case GeometryKind::Point:
        if (m_multi) {
            auto *mp = new OGRMultiPoint();
            g.reset(mp);
            for (const auto &part : m_parts)
                if (!part.isEmpty() && !part.first().isEmpty()) {
                    const QPointF p = part.first().first();
                    if (m_hasZ)
                        mp->addGeometryDirectly(new OGRPoint(p.x(), p.y(), 0.0));
                    else
                        mp->addGeometryDirectly(new OGRPoint(p.x(), p.y()));
                }
        } else {
            auto *pt = new OGRPoint();
            g.reset(pt);
            if (!m_parts.isEmpty() && !m_parts.first().isEmpty() && !m_parts.first().first().isEmpty()) {
                const QPointF p = m_parts.first().first().first();
                pt->setX(p.x());
                pt->setY(p.y());
                if (m_hasZ)
                    pt->setZ(0.0);
            }
        }
        break;
    case GeometryKind::Line:
        if (m_multi) {
            auto *ml = new OGRMultiLineString();
            g.reset(ml);
            for (const auto &part : m_parts)
                if (!part.isEmpty()) {
                    auto *line = new OGRLineString();
                    fillCurve(line, part.first(), m_hasZ);
                    ml->addGeometryDirectly(line);
                }
        } else {
            auto *line = new OGRLineString();
            g.reset(line);
            if (!m_parts.isEmpty() && !m_parts.first().isEmpty())
                fillCurve(line, m_parts.first().first(), m_hasZ);
        }
        break;
    case GeometryKind::Polygon:
        if (m_multi) {
            auto *mp = new OGRMultiPolygon();
            g.reset(mp);
            for (const auto &part : m_parts)
                if (!part.isEmpty())
                    mp->addGeometryDirectly(makePolygon(part, m_hasZ));
        } else {
            g.reset(m_parts.isEmpty() ? new OGRPolygon() : makePolygon(m_parts.first(), m_hasZ));
        }
        break;
    default:
        return {};
    }
    if (m_hasZ)
        g->set3D(TRUE);
    return Geometry::fromWkb(isoWkb(g.get()));
}

int EditableGeometry::vertexCount() const
{
    int n = 0;
    for (const auto &part : m_parts)
        for (const auto &ring : part)
            n += static_cast<int>(ring.size());
    return n;
}

QPointF EditableGeometry::vertex(VertexId id) const
{
    if (!id.isValid() || id.part >= m_parts.size() || id.ring >= m_parts[id.part].size()
        || id.vertex >= m_parts[id.part][id.ring].size())
        return nanPoint();
    return m_parts[id.part][id.ring][id.vertex];
}

bool EditableGeometry::moveVertex(VertexId id, const QPointF &to)
{
    if (!std::isfinite(vertex(id).x()))
        return false;
    QList<QPointF> &ring = m_parts[id.part][id.ring];
    if (m_kind == GeometryKind::Polygon && isClosedRing(ring)
        && (id.vertex == 0 || id.vertex == ring.size() - 1)) {
        ring.first() = to;
        ring.last() = to;
    } else {
        ring[id.vertex] = to;
    }
    return true;
}

bool EditableGeometry::insertVertex(VertexId before, const QPointF &point)
{
    if (m_kind != GeometryKind::Line && m_kind != GeometryKind::Polygon)
        return false;
    if (!before.isValid() || before.part >= m_parts.size() || before.ring >= m_parts[before.part].size())
        return false;
    QList<QPointF> &ring = m_parts[before.part][before.ring];
    if (before.vertex > ring.size())
        return false;
    if (m_kind == GeometryKind::Polygon && isClosedRing(ring) && ring.size() >= 4) {
        // Before the first or after the closing vertex: on the closing segment.
        const qsizetype at = (before.vertex == 0 || before.vertex == ring.size()) ? ring.size() - 1 : before.vertex;
        ring.insert(at, point);
        return true;
    }
    ring.insert(before.vertex, point);
    return true;
}

bool EditableGeometry::deleteVertex(VertexId id)
{
    if (!std::isfinite(vertex(id).x()))
        return false;
    QList<QList<QPointF>> &part = m_parts[id.part];
    QList<QPointF> &ring = part[id.ring];
    switch (m_kind) {
    case GeometryKind::Point:
        // A point part disappears with its vertex; a geometry keeps at least one.
        if (m_parts.size() < 2)
            return false;
        m_parts.removeAt(id.part);
        return true;
    case GeometryKind::Line:
        if (ring.size() <= 2)
            return false;
        ring.removeAt(id.vertex);
        return true;
    case GeometryKind::Polygon: {
        if (!isClosedRing(ring)) {
            ring.removeAt(id.vertex);
            return true;
        }
        if (ring.size() <= 4) // 3 distinct vertices is the minimum
            return false;
        if (id.vertex == 0 || id.vertex == ring.size() - 1) {
            ring.removeFirst();
            ring.last() = ring.first();
        } else {
            ring.removeAt(id.vertex);
        }
        return true;
    }
    default:
        return false;
    }
}

void EditableGeometry::translate(double dx, double dy)
{
    for (auto &part : m_parts)
        for (auto &ring : part)
            for (QPointF &p : ring)
                p += QPointF(dx, dy);
}

void EditableGeometry::addPart(const QList<QList<QPointF>> &rings)
{
    QList<QList<QPointF>> part = rings;
    if (m_kind == GeometryKind::Polygon)
        for (QList<QPointF> &r : part)
            if (!r.isEmpty() && !samePoint(r.first(), r.last()))
                r.append(r.first());
    if (!m_parts.isEmpty())
        m_multi = true;
    m_parts.append(part);
}

VertexId EditableGeometry::closestVertex(const QPointF &p, double *distance) const
{
    VertexId best;
    double bestD2 = kInf;
    for (int pi = 0; pi < m_parts.size(); ++pi) {
        const auto &part = m_parts[pi];
        for (int ri = 0; ri < part.size(); ++ri) {
            const QList<QPointF> &ring = part[ri];
            // The closing vertex of a ring is the first one.
            const qsizetype n = (m_kind == GeometryKind::Polygon && isClosedRing(ring)) ? ring.size() - 1 : ring.size();
            for (qsizetype vi = 0; vi < n; ++vi) {
                const double d2 = dist2(p, ring[vi]);
                if (d2 < bestD2) {
                    bestD2 = d2;
                    best = VertexId{pi, ri, static_cast<int>(vi)};
                }
            }
        }
    }
    if (distance)
        *distance = best.isValid() ? std::sqrt(bestD2) : kInf;
    return best;
}

QPointF EditableGeometry::closestSegmentPoint(const QPointF &p, VertexId *after, double *distance) const
{
    QPointF bestPoint = nanPoint();
    VertexId bestAfter;
    double bestD2 = kInf;
    if (m_kind == GeometryKind::Line || m_kind == GeometryKind::Polygon) {
        for (int pi = 0; pi < m_parts.size(); ++pi) {
            const auto &part = m_parts[pi];
            for (int ri = 0; ri < part.size(); ++ri) {
                const QList<QPointF> &ring = part[ri];
                for (qsizetype vi = 1; vi < ring.size(); ++vi) {
                    const QPointF q = projectOnSegment(p, ring[vi - 1], ring[vi]);
                    const double d2 = dist2(p, q);
                    if (d2 < bestD2) {
                        bestD2 = d2;
                        bestPoint = q;
                        bestAfter = VertexId{pi, ri, static_cast<int>(vi)};
                    }
                }
            }
        }
    }
    if (after)
        *after = bestAfter;
    if (distance)
        *distance = bestAfter.isValid() ? std::sqrt(bestD2) : kInf;
    return bestPoint;
}


// ---- Split and reshape ------------------------------------------------------

namespace {

// A position along a polyline: segment index + fraction (0..1) on it.
double fractionalIndexClamp(double pos, qsizetype n)
{
    return std::clamp(pos, 0.0, static_cast<double>(std::max<qsizetype>(n - 1, 0)));
}

QPointF pointAt(const QList<QPointF> &line, double pos)
{
    pos = fractionalIndexClamp(pos, line.size());
    const qsizetype i = std::min<qsizetype>(static_cast<qsizetype>(std::floor(pos)), line.size() - 2);
    if (i < 0)
        return line.isEmpty() ? nanPoint() : line.first();
    const double t = pos - static_cast<double>(i);
    const QPointF a = line[i], b = line[i + 1];
    if (t <= 0)
        return a;
    if (t >= 1)
        return b;
    return {a.x() + t * (b.x() - a.x()), a.y() + t * (b.y() - a.y())};
}

void appendDistinct(QList<QPointF> &out, const QPointF &p)
{
    if (out.isEmpty() || !samePoint(out.last(), p))
        out.append(p);
}

// The part of `line` from position a to b (a <= b); `pa`/`pb` replace the
// interpolated end points when given (the exact crossing points).
QList<QPointF> substring(const QList<QPointF> &line, double a, double b, const QPointF *pa = nullptr,
                         const QPointF *pb = nullptr)
{
    QList<QPointF> out;
    if (line.isEmpty())
        return out;
    appendDistinct(out, pa ? *pa : pointAt(line, a));
    for (qsizetype i = static_cast<qsizetype>(std::floor(a)) + 1; i < line.size() && static_cast<double>(i) < b; ++i)
        appendDistinct(out, line[i]);
    appendDistinct(out, pb ? *pb : pointAt(line, b));
    return out;
}

QList<QPointF> reversed(QList<QPointF> l)
{
    std::reverse(l.begin(), l.end());
    return l;
}

double signedArea(const QList<QPointF> &ring)
{
    if (ring.size() < 3)
        return 0;
    const QPointF o = ring.first();
    double twice = 0;
    for (qsizetype i = 0; i < ring.size(); ++i) {
        const QPointF a = ring[i] - o, b = ring[(i + 1) % ring.size()] - o;
        twice += a.x() * b.y() - b.x() * a.y();
    }
    return twice / 2;
}

struct Crossing {
    double linePos;  // along the edited line / ring
    double bladePos; // along the blade / reshape line
    QPointF point;
};

// Proper and touching intersections of two polylines (collinear overlaps are
// ignored), deduplicated.
QList<Crossing> crossings(const QList<QPointF> &line, const QList<QPointF> &blade, double eps)
{
    QList<Crossing> out;
    for (qsizetype i = 1; i < line.size(); ++i) {
        const QPointF a = line[i - 1], b = line[i];
        const QPointF r = b - a;
        for (qsizetype j = 1; j < blade.size(); ++j) {
            const QPointF c = blade[j - 1], d = blade[j];
            const QPointF s = d - c;
            const double denom = r.x() * s.y() - r.y() * s.x();
            const double lr = std::hypot(r.x(), r.y()), ls = std::hypot(s.x(), s.y());
            if (lr == 0 || ls == 0 || std::abs(denom) <= 1e-12 * lr * ls)
                continue; // parallel or degenerate
            const QPointF ac = c - a;
            const double t = (ac.x() * s.y() - ac.y() * s.x()) / denom;
            const double u = (ac.x() * r.y() - ac.y() * r.x()) / denom;
            const double tolT = eps / lr, tolU = eps / ls;
            if (t < -tolT || t > 1 + tolT || u < -tolU || u > 1 + tolU)
                continue;
            const double tc = std::clamp(t, 0.0, 1.0), uc = std::clamp(u, 0.0, 1.0);
            const QPointF p(a.x() + tc * r.x(), a.y() + tc * r.y());
            bool duplicate = false;
            for (const Crossing &k : std::as_const(out))
                if (std::hypot(k.point.x() - p.x(), k.point.y() - p.y()) <= eps) {
                    duplicate = true;
                    break;
                }
            if (!duplicate)
                out.append({static_cast<double>(i - 1) + tc, static_cast<double>(j - 1) + uc, p});
        }
    }
    return out;
}

double scaleOf(const Extent &e)
{
    const double s = std::max({std::abs(e.xMin()), std::abs(e.xMax()), std::abs(e.yMin()), std::abs(e.yMax()),
                               e.width(), e.height()});
    return s > 0 ? s : 1.0;
}

// The blade's lines (a LineString or MultiLineString).
Result<QList<QList<QPointF>>> bladeLines(const Geometry &blade)
{
    auto e = EditableGeometry::fromGeometry(blade);
    if (!e || e->kind() != GeometryKind::Line)
        return fail(QCoreApplication::translate("EditableGeometry", "The cutting or reshaping line must be a line."));
    QList<QList<QPointF>> lines;
    for (const auto &part : e->parts())
        if (!part.isEmpty() && part.first().size() >= 2)
            lines.append(part.first());
    if (lines.isEmpty())
        return fail(QCoreApplication::translate("EditableGeometry", "The cutting or reshaping line needs at least two vertices."));
    return lines;
}

// Splits one line at its crossings with the blade lines.
QList<QList<QPointF>> splitLine(const QList<QPointF> &line, const QList<QList<QPointF>> &blades, double eps)
{
    QList<double> cuts;
    for (const auto &b : blades)
        for (const Crossing &c : crossings(line, b, eps))
            cuts.append(c.linePos);
    std::sort(cuts.begin(), cuts.end());
    const double end = static_cast<double>(line.size() - 1);
    QList<QList<QPointF>> pieces;
    double from = 0;
    for (double cut : std::as_const(cuts)) {
        // Ignore cuts at the ends and those too close to the previous one.
        if (std::hypot(pointAt(line, cut).x() - pointAt(line, from).x(), pointAt(line, cut).y() - pointAt(line, from).y()) <= eps
            || std::hypot(pointAt(line, cut).x() - line.last().x(), pointAt(line, cut).y() - line.last().y()) <= eps
            || cut >= end)
            continue;
        pieces.append(substring(line, from, cut));
        from = cut;
    }
    pieces.append(substring(line, from, end));
    return pieces;
}

Geometry singlePartLike(const EditableGeometry &original, const QList<QList<QList<QPointF>>> &parts)
{
    EditableGeometry g(original.kind(), original.isMulti() || parts.size() > 1);
    g.setHasZ(original.hasZ());
    g.parts() = parts;
    return g.toGeometry();
}

} // namespace

Result<QList<Geometry>> splitGeometry(const Geometry &geometry, const Geometry &blade)
{
    auto editable = EditableGeometry::fromGeometry(geometry);
    if (!editable)
        return std::unexpected(editable.error());
    if (editable->kind() != GeometryKind::Line && editable->kind() != GeometryKind::Polygon)
        return fail(QCoreApplication::translate("EditableGeometry", "Only lines and polygons can be split."));
    auto blades = bladeLines(blade);
    if (!blades)
        return std::unexpected(blades.error());
    Extent extent = geometry.boundingBox();
    extent.combine(blade.boundingBox());
    const double eps = 1e-9 * scaleOf(extent);

    // Each cut part gives its pieces; parts that are not cut stay with the first piece.
    QList<QList<QList<QList<QPointF>>>> pieces; // pieces -> parts -> rings
    QList<QList<QList<QPointF>>> untouched;

    if (editable->kind() == GeometryKind::Line) {
        for (const auto &part : editable->parts()) {
            const QList<QList<QPointF>> split = part.isEmpty() ? QList<QList<QPointF>>{} : splitLine(part.first(), *blades, eps);
            if (split.size() < 2) {
                untouched.append(part);
                continue;
            }
            for (const QList<QPointF> &line : split)
                pieces.append({{line}});
        }
    } else {
        GEOSContextHandle_t ctx = geosContext();
        GeosGeometryPtr bladeGeos = geosFromWkb(blade.wkb());
        if (!bladeGeos)
            return fail(QCoreApplication::translate("EditableGeometry", "The cutting line cannot be read."), {},
                        geosLastError());
        for (const auto &part : editable->parts()) {
            EditableGeometry one(GeometryKind::Polygon, false);
            one.parts().append(part);
            GeosGeometryPtr polygon = geosFromWkb(one.toGeometry().wkb());
            if (!polygon) {
                untouched.append(part);
                continue;
            }
            GeosGeometryPtr boundary(GEOSBoundary_r(ctx, polygon.get()));
            GeosGeometryPtr noded(boundary ? GEOSUnion_r(ctx, boundary.get(), bladeGeos.get()) : nullptr);
            if (!noded)
                return fail(QCoreApplication::translate("EditableGeometry", "The polygon cannot be split."), {},
                            geosLastError());
            const GEOSGeometry *inputs[] = {noded.get()};
            GeosGeometryPtr faces(GEOSPolygonize_r(ctx, inputs, 1));
            if (!faces)
                return fail(QCoreApplication::translate("EditableGeometry", "The polygon cannot be split."), {},
                            geosLastError());
            QList<QList<QList<QPointF>>> kept;
            const int n = GEOSGetNumGeometries_r(ctx, faces.get());
            for (int i = 0; i < n; ++i) {
                const GEOSGeometry *face = GEOSGetGeometryN_r(ctx, faces.get(), i);
                GeosGeometryPtr inside(GEOSPointOnSurface_r(ctx, face));
                if (!inside || GEOSContains_r(ctx, polygon.get(), inside.get()) != 1)
                    continue; // a hole or outside the polygon
                auto facePart = EditableGeometry::fromGeometry(Geometry::fromWkb(geosToWkb(face)));
                if (facePart && !facePart->parts().isEmpty())
                    kept.append(facePart->parts().first());
            }
            if (kept.size() < 2) {
                untouched.append(part);
                continue;
            }
            for (const auto &face : std::as_const(kept))
                pieces.append({face});
        }
    }
    if (pieces.isEmpty())
        return QList<Geometry>{};
    pieces.first().append(untouched);
    QList<Geometry> out;
    for (const auto &piece : std::as_const(pieces))
        out.append(singlePartLike(*editable, piece));
    return out;
}

Result<Geometry> reshapeGeometry(const Geometry &geometry, const Geometry &reshapeLine)
{
    auto editable = EditableGeometry::fromGeometry(geometry);
    if (!editable)
        return std::unexpected(editable.error());
    if (editable->kind() != GeometryKind::Line && editable->kind() != GeometryKind::Polygon)
        return fail(QCoreApplication::translate("EditableGeometry", "Only lines and polygons can be reshaped."));
    auto lines = bladeLines(reshapeLine);
    if (!lines)
        return std::unexpected(lines.error());
    if (lines->size() != 1)
        return fail(QCoreApplication::translate("EditableGeometry", "The reshaping line must have a single part."));
    const QList<QPointF> &r = lines->first();
    Extent extent = geometry.boundingBox();
    extent.combine(reshapeLine.boundingBox());
    const double eps = 1e-9 * scaleOf(extent);

    bool changed = false;
    for (auto &part : editable->parts()) {
        for (QList<QPointF> &ring : part) {
            if (ring.size() < 2)
                continue;
            QList<Crossing> xs = crossings(ring, r, eps);
            const bool isRing = editable->kind() == GeometryKind::Polygon;
            const double end = static_cast<double>(ring.size() - 1);
            if (isRing) // the closing vertex is the first one
                for (Crossing &c : xs)
                    if (c.linePos >= end)
                        c.linePos = 0;
            if (xs.size() < 2)
                continue;
            std::sort(xs.begin(), xs.end(), [](const Crossing &a, const Crossing &b) { return a.bladePos < b.bladePos; });
            const Crossing first = xs.first(), last = xs.last();
            // The reshape line between its first and last crossing.
            if (samePoint(first.point, last.point) || first.linePos == last.linePos)
                continue;
            const QList<QPointF> section = substring(r, first.bladePos, last.bladePos, &first.point, &last.point);
            if (section.size() < 2)
                continue;
            if (!isRing) {
                QList<QPointF> out;
                const bool forward = first.linePos < last.linePos;
                const Crossing &ca = forward ? first : last, &cb = forward ? last : first;
                for (const QPointF &p : substring(ring, 0, ca.linePos, nullptr, &ca.point))
                    appendDistinct(out, p);
                for (const QPointF &p : forward ? section : reversed(section))
                    appendDistinct(out, p);
                for (const QPointF &p : substring(ring, cb.linePos, end, &cb.point))
                    appendDistinct(out, p);
                if (out.size() < 2)
                    continue;
                ring = out;
                changed = true;
                continue;
            }
            // Polygon ring: two candidate rings, each one arc of the old ring plus
            // the section; keep the larger one (as QGIS does).
            const bool firstIsLow = first.linePos < last.linePos;
            const Crossing &c1 = firstIsLow ? first : last, &c2 = firstIsLow ? last : first;
            const double s1 = c1.linePos, s2 = c2.linePos;
            // Section from the point at s2 to the point at s1, and the other way.
            const QList<QPointF> s2ToS1 = firstIsLow ? reversed(section) : section;
            const QList<QPointF> s1ToS2 = reversed(s2ToS1);
            QList<QPointF> a, b;
            for (const QPointF &p : substring(ring, s1, s2, &c1.point, &c2.point))
                appendDistinct(a, p);
            for (const QPointF &p : s2ToS1)
                appendDistinct(a, p);
            for (const QPointF &p : substring(ring, s2, end, &c2.point))
                appendDistinct(b, p);
            for (const QPointF &p : substring(ring, 0, s1, nullptr, &c1.point))
                appendDistinct(b, p);
            for (const QPointF &p : s1ToS2)
                appendDistinct(b, p);
            auto close = [](QList<QPointF> &l) {
                if (!l.isEmpty() && !samePoint(l.first(), l.last()))
                    l.append(l.first());
            };
            close(a);
            close(b);
            const bool aOk = a.size() >= 4, bOk = b.size() >= 4;
            if (!aOk && !bOk)
                continue;
            const bool keepA = aOk && (!bOk || std::abs(signedArea(a)) >= std::abs(signedArea(b)));
            ring = keepA ? a : b;
            changed = true;
        }
    }
    if (!changed)
        return fail(QCoreApplication::translate("EditableGeometry",
                                                "The reshaping line must cross the feature's boundary at least twice."));
    Geometry out = editable->toGeometry();
    if (out.isNull())
        return fail(QCoreApplication::translate("EditableGeometry", "The reshaped geometry cannot be built."));
    return out;
}

} // namespace territoria
