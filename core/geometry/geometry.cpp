#include "geometry/geometry.h"

#include "crs/coordinatetransform.h"
#include "data/gdalutil.h"
#include "geometry/geosutil.h"
#include "geometry/wkbreader.h"

#include <ogr_api.h>
#include <ogr_geometry.h>

#include <QCoreApplication>

#include <algorithm>
#include <bit>
#include <cmath>
#include <functional>
#include <limits>
#include <cstring>
#include <memory>
#include <vector>

using namespace Qt::StringLiterals;

namespace territoria {

namespace {

struct WkbHeader {
    bool valid = false;
    bool littleEndian = true;
    std::uint32_t baseType = 0; // 1..17
    bool hasZ = false;
    bool hasM = false;
    size_t headerSize = 5;
};

WkbHeader readHeader(const unsigned char *p, size_t size)
{
    WkbHeader h;
    if (size < 5 || (p[0] != 0 && p[0] != 1))
        return h;
    h.littleEndian = p[0] == 1;
    std::uint32_t type = detail::wkbRead<std::uint32_t>(p + 1, h.littleEndian);
    h.hasZ = (type & 0x80000000u) != 0;
    h.hasM = (type & 0x40000000u) != 0;
    if (type & 0x20000000u) {
        if (size < 9)
            return h;
        h.headerSize = 9;
    }
    type &= 0x0FFFFFFFu;
    const std::uint32_t dim = type / 1000;
    if (dim == 1 || dim == 3)
        h.hasZ = true;
    if (dim == 2 || dim == 3)
        h.hasM = true;
    h.baseType = type % 1000;
    h.valid = h.baseType >= 1 && h.baseType <= 17;
    return h;
}

// Walks a WKB geometry, reporting each coordinate sequence (byte offset of the
// first coordinate, count, stride in bytes, endianness). Returns false if malformed.
template<class F>
bool walkSequences(const unsigned char *base, const unsigned char *&p, const unsigned char *end, F &f, int depth)
{
    if (depth > 32)
        return false;
    const WkbHeader h = readHeader(p, static_cast<size_t>(end - p));
    if (!h.valid)
        return false;
    p += h.headerSize;
    const size_t stride = (2 + (h.hasZ ? 1 : 0) + (h.hasM ? 1 : 0)) * sizeof(double);
    auto count = [&](std::uint32_t &n) {
        if (end - p < 4)
            return false;
        n = detail::wkbRead<std::uint32_t>(p, h.littleEndian);
        p += 4;
        return true;
    };
    auto seq = [&](std::uint32_t n) {
        if (n > static_cast<size_t>(end - p) / stride)
            return false;
        if (n)
            f(static_cast<size_t>(p - base), static_cast<size_t>(n), stride, h.littleEndian);
        p += n * stride;
        return true;
    };
    switch (h.baseType) {
    case 1:
        return seq(1);
    case 2: {
        std::uint32_t n;
        return count(n) && seq(n);
    }
    case 3:
    case 17: {
        std::uint32_t rings;
        if (!count(rings))
            return false;
        for (std::uint32_t r = 0; r < rings; ++r) {
            std::uint32_t n;
            if (!count(n) || !seq(n))
                return false;
        }
        return true;
    }
    case 4: case 5: case 6: case 7: case 15: case 16: {
        std::uint32_t parts;
        if (!count(parts))
            return false;
        for (std::uint32_t i = 0; i < parts; ++i)
            if (!walkSequences(base, p, end, f, depth + 1))
                return false;
        return true;
    }
    default:
        return false;
    }
}

// Kind of a WKB geometry (collections: the common kind of members, else Mixed).
GeometryKind kindAt(const unsigned char *&p, const unsigned char *end, int depth, bool *ok)
{
    const WkbHeader h = readHeader(p, static_cast<size_t>(end - p));
    if (!h.valid || depth > 32) {
        *ok = false;
        return GeometryKind::Null;
    }
    switch (h.baseType) {
    case 1: case 4:
        return GeometryKind::Point;
    case 2: case 5:
        return GeometryKind::Line;
    case 3: case 6: case 15: case 16: case 17:
        return GeometryKind::Polygon;
    case 7: {
        // Must skip over children to read the next one.
        const unsigned char *q = p + h.headerSize;
        if (end - q < 4) {
            *ok = false;
            return GeometryKind::Null;
        }
        const std::uint32_t parts = detail::wkbRead<std::uint32_t>(q, h.littleEndian);
        q += 4;
        GeometryKind common = GeometryKind::Null;
        for (std::uint32_t i = 0; i < parts && *ok; ++i) {
            const unsigned char *child = q;
            const GeometryKind k = kindAt(child, end, depth + 1, ok);
            // advance q past this child
            auto noop = [](size_t, size_t, size_t, bool) {};
            const unsigned char *skip = q;
            if (!walkSequences(q, skip, end, noop, depth + 1)) {
                *ok = false;
                break;
            }
            q = skip;
            if (k == GeometryKind::Null)
                continue;
            if (common == GeometryKind::Null)
                common = k;
            else if (common != k)
                common = GeometryKind::Mixed;
        }
        return common == GeometryKind::Null ? GeometryKind::Mixed : common;
    }
    default:
        *ok = false;
        return GeometryKind::Null;
    }
}

struct OgrGeomDeleter {
    void operator()(OGRGeometry *g) const { OGRGeometryFactory::destroyGeometry(g); }
};
using OgrGeomPtr = std::unique_ptr<OGRGeometry, OgrGeomDeleter>;

QByteArray ogrToIsoWkb(const OGRGeometry *g)
{
    const size_t size = g->WkbSize();
    QByteArray out(static_cast<qsizetype>(size), Qt::Uninitialized);
    if (g->exportToWkb(wkbNDR, reinterpret_cast<unsigned char *>(out.data()), wkbVariantIso) != OGRERR_NONE)
        return {};
    return out;
}

} // namespace

Geometry Geometry::fromWkb(QByteArray wkb)
{
    return Geometry(std::move(wkb));
}

Result<Geometry> Geometry::fromWkt(const QString &wkt)
{
    ensureGdalRegistered();
    GdalErrorCollector errors;
    const QByteArray utf8 = wkt.trimmed().toUtf8();
    OGRGeometry *raw = nullptr;
    const char *cursor = utf8.constData();
    const OGRErr err = OGRGeometryFactory::createFromWkt(&cursor, nullptr, &raw);
    OgrGeomPtr g(raw);
    if (err != OGRERR_NONE || !g)
        return fail(QCoreApplication::translate("Geometry", "Invalid WKT geometry: “%1”").arg(wkt.left(80)), {},
                    errors.messages().join(u'\n'));
    if (g->hasCurveGeometry(TRUE)) {
        OGRGeometry *linear = g->getLinearGeometry();
        if (linear)
            g.reset(linear);
    }
    QByteArray wkb = ogrToIsoWkb(g.get());
    if (wkb.isEmpty())
        return fail(QCoreApplication::translate("Geometry", "Cannot convert the WKT geometry “%1”").arg(wkt.left(80)));
    return Geometry(std::move(wkb));
}

bool Geometry::isEmpty() const
{
    if (isNull())
        return true;
    bool any = false;
    const auto *p = reinterpret_cast<const unsigned char *>(m_wkb.constData());
    const unsigned char *cur = p;
    auto f = [&](size_t offset, size_t n, size_t, bool le) {
        if (any)
            return;
        // a point with NaN coordinates is POINT EMPTY
        if (n == 1) {
            const double x = detail::wkbRead<double>(p + offset, le);
            const double y = detail::wkbRead<double>(p + offset + 8, le);
            if (std::isnan(x) && std::isnan(y))
                return;
        }
        any = n > 0;
    };
    walkSequences(p, cur, p + m_wkb.size(), f, 0);
    return !any;
}

GeometryKind Geometry::kind() const
{
    if (isNull())
        return GeometryKind::Null;
    const auto *p = reinterpret_cast<const unsigned char *>(m_wkb.constData());
    bool ok = true;
    const GeometryKind k = kindAt(p, p + m_wkb.size(), 0, &ok);
    return ok ? k : GeometryKind::Null;
}

QString Geometry::typeName() const
{
    if (isNull())
        return {};
    const WkbHeader h = readHeader(reinterpret_cast<const unsigned char *>(m_wkb.constData()),
                                   static_cast<size_t>(m_wkb.size()));
    if (!h.valid)
        return u"Unknown"_s;
    static const char *const names[] = {"Geometry", "Point", "LineString", "Polygon", "MultiPoint",
                                        "MultiLineString", "MultiPolygon", "GeometryCollection",
                                        "CircularString", "CompoundCurve", "CurvePolygon", "MultiCurve",
                                        "MultiSurface", "Curve", "Surface", "PolyhedralSurface", "TIN",
                                        "Triangle"};
    QString name = QString::fromLatin1(names[h.baseType]);
    if (h.hasZ && h.hasM)
        name += u" ZM"_s;
    else if (h.hasZ)
        name += u" Z"_s;
    else if (h.hasM)
        name += u" M"_s;
    return name;
}

namespace {

void appendNumber(QString &out, double v, int precision)
{
    if (std::isnan(v)) {
        out += u"nan"_s;
        return;
    }
    QString t = QString::number(v, 'f', precision);
    if (t.contains(u'.')) {
        while (t.endsWith(u'0'))
            t.chop(1);
        if (t.endsWith(u'.'))
            t.chop(1);
    }
    if (t == u"-0"_s)
        t = u"0"_s;
    out += t;
}

// ISO WKT of the WKB at `p` (coordinates in fixed notation, trailing zeros trimmed).
bool wktAt(const unsigned char *&p, const unsigned char *end, int precision, bool withName, QString &out, int depth)
{
    const WkbHeader h = readHeader(p, static_cast<size_t>(end - p));
    if (!h.valid || depth > 32)
        return false;
    p += h.headerSize;
    const size_t dims = 2 + (h.hasZ ? 1 : 0) + (h.hasM ? 1 : 0);
    static const char *const names[] = {"GEOMETRY", "POINT", "LINESTRING", "POLYGON", "MULTIPOINT",
                                        "MULTILINESTRING", "MULTIPOLYGON", "GEOMETRYCOLLECTION",
                                        "CIRCULARSTRING", "COMPOUNDCURVE", "CURVEPOLYGON", "MULTICURVE",
                                        "MULTISURFACE", "CURVE", "SURFACE", "POLYHEDRALSURFACE", "TIN", "TRIANGLE"};
    if (withName) {
        out += QString::fromLatin1(names[h.baseType]);
        if (h.hasZ && h.hasM)
            out += u" ZM"_s;
        else if (h.hasZ)
            out += u" Z"_s;
        else if (h.hasM)
            out += u" M"_s;
        out += u' ';
    }
    auto count = [&](std::uint32_t &n) {
        if (end - p < 4)
            return false;
        n = detail::wkbRead<std::uint32_t>(p, h.littleEndian);
        p += 4;
        return true;
    };
    auto coords = [&](std::uint32_t n) {
        if (n > static_cast<size_t>(end - p) / (dims * sizeof(double)))
            return false;
        out += u'(';
        for (std::uint32_t i = 0; i < n; ++i) {
            if (i)
                out += u',';
            for (size_t k = 0; k < dims; ++k) {
                if (k)
                    out += u' ';
                appendNumber(out, detail::wkbRead<double>(p, h.littleEndian), precision);
                p += sizeof(double);
            }
        }
        out += u')';
        return true;
    };
    auto rings = [&]() {
        std::uint32_t r;
        if (!count(r))
            return false;
        if (r == 0) {
            out += u"EMPTY"_s;
            return true;
        }
        out += u'(';
        for (std::uint32_t i = 0; i < r; ++i) {
            if (i)
                out += u',';
            std::uint32_t n;
            if (!count(n) || !coords(n))
                return false;
        }
        out += u')';
        return true;
    };
    switch (h.baseType) {
    case 1: {
        if (static_cast<size_t>(end - p) < dims * sizeof(double))
            return false;
        const double x = detail::wkbRead<double>(p, h.littleEndian);
        const double y = detail::wkbRead<double>(p + 8, h.littleEndian);
        if (std::isnan(x) && std::isnan(y)) {
            p += dims * sizeof(double);
            out += u"EMPTY"_s;
            return true;
        }
        return coords(1);
    }
    case 2: {
        std::uint32_t n;
        if (!count(n))
            return false;
        if (n == 0) {
            out += u"EMPTY"_s;
            return true;
        }
        return coords(n);
    }
    case 3:
    case 17:
        return rings();
    case 4: case 5: case 6: case 7: case 15: case 16: {
        std::uint32_t parts;
        if (!count(parts))
            return false;
        if (parts == 0) {
            out += u"EMPTY"_s;
            return true;
        }
        out += u'(';
        for (std::uint32_t i = 0; i < parts; ++i) {
            if (i)
                out += u',';
            // Members of multi geometries are written without their type name.
            if (!wktAt(p, end, precision, h.baseType == 7, out, depth + 1))
                return false;
        }
        out += u')';
        return true;
    }
    default:
        return false;
    }
}

} // namespace

QString Geometry::toWkt(int precision) const
{
    if (isNull())
        return {};
    const auto *p = reinterpret_cast<const unsigned char *>(m_wkb.constData());
    QString out;
    if (!wktAt(p, p + m_wkb.size(), std::clamp(precision, 0, 17), true, out, 0))
        return {};
    return out;
}

Extent Geometry::boundingBox() const
{
    Extent e;
    if (isNull())
        return e;
    std::vector<double> xy;
    visitWkb(m_wkb, xy, [&](WkbPart, const double *c, size_t n) {
        for (size_t i = 0; i < n; ++i)
            e.combine(c[2 * i], c[2 * i + 1]);
    });
    return e;
}

namespace {

bool anyMember(GEOSContextHandle_t ctx, const GEOSGeometry *g, const std::function<char(const GEOSGeometry *)> &pred)
{
    const int type = GEOSGeomTypeId_r(ctx, g);
    if (type == GEOS_GEOMETRYCOLLECTION) {
        const int n = GEOSGetNumGeometries_r(ctx, g);
        for (int i = 0; i < n; ++i)
            if (anyMember(ctx, GEOSGetGeometryN_r(ctx, g, i), pred))
                return true;
        return false;
    }
    return pred(g) == 1;
}

} // namespace

bool Geometry::contains(const QPointF &point) const
{
    GeosGeometryPtr g = geosFromWkb(m_wkb);
    if (!g)
        return false;
    GEOSContextHandle_t ctx = geosContext();
    GeosGeometryPtr pt(GEOSGeom_createPointFromXY_r(ctx, point.x(), point.y()));
    if (!pt)
        return false;
    return anyMember(ctx, g.get(), [&](const GEOSGeometry *m) { return GEOSContains_r(ctx, m, pt.get()); });
}

bool Geometry::intersects(const Extent &rect) const
{
    if (rect.isNull() || !boundingBox().intersects(rect))
        return false;
    GeosGeometryPtr g = geosFromWkb(m_wkb);
    if (!g)
        return false;
    GEOSContextHandle_t ctx = geosContext();
    GeosGeometryPtr r;
    if (rect.width() == 0 || rect.height() == 0) {
        if (rect.width() == 0 && rect.height() == 0) {
            r.reset(GEOSGeom_createPointFromXY_r(ctx, rect.xMin(), rect.yMin()));
        } else {
            GEOSCoordSequence *cs = GEOSCoordSeq_create_r(ctx, 2, 2);
            GEOSCoordSeq_setXY_r(ctx, cs, 0, rect.xMin(), rect.yMin());
            GEOSCoordSeq_setXY_r(ctx, cs, 1, rect.xMax(), rect.yMax());
            r.reset(GEOSGeom_createLineString_r(ctx, cs));
        }
    } else {
        r.reset(GEOSGeom_createRectangle_r(ctx, rect.xMin(), rect.yMin(), rect.xMax(), rect.yMax()));
    }
    if (!r)
        return false;
    return anyMember(ctx, g.get(), [&](const GEOSGeometry *m) { return GEOSIntersects_r(ctx, m, r.get()); });
}

double Geometry::distance(const QPointF &point) const
{
    GeosGeometryPtr g = geosFromWkb(m_wkb);
    if (!g)
        return -1;
    GEOSContextHandle_t ctx = geosContext();
    GeosGeometryPtr pt(GEOSGeom_createPointFromXY_r(ctx, point.x(), point.y()));
    if (!pt)
        return -1;
    double d = -1;
    if (!GEOSDistance_r(ctx, g.get(), pt.get(), &d))
        return -1;
    return d;
}

double Geometry::area() const
{
    GeosGeometryPtr g = geosFromWkb(m_wkb);
    if (!g)
        return 0;
    double a = 0;
    if (!GEOSArea_r(geosContext(), g.get(), &a))
        return 0;
    return a;
}

double Geometry::length() const
{
    GeosGeometryPtr g = geosFromWkb(m_wkb);
    if (!g)
        return 0;
    double l = 0;
    if (!GEOSLength_r(geosContext(), g.get(), &l))
        return 0;
    return l;
}

bool Geometry::isValid(QString *reason) const
{
    if (isNull()) {
        if (reason)
            *reason = QCoreApplication::translate("Geometry", "Null geometry");
        return false;
    }
    GeosGeometryPtr g = geosFromWkb(m_wkb);
    if (!g) {
        if (reason) {
            const QString why = geosLastError();
            *reason = why.isEmpty() ? QCoreApplication::translate("Geometry", "Unreadable geometry") : why;
        }
        return false;
    }
    GEOSContextHandle_t ctx = geosContext();
    const char valid = GEOSisValid_r(ctx, g.get());
    if (valid == 1)
        return true;
    if (reason) {
        char *text = GEOSisValidReason_r(ctx, g.get());
        *reason = text ? QString::fromUtf8(text) : geosLastError();
        if (text)
            GEOSFree_r(ctx, text);
    }
    return false;
}

Geometry Geometry::transformed(const CoordinateTransform &ct) const
{
    if (isNull())
        return {};
    QByteArray out = m_wkb;
    out.detach();
    auto *base = reinterpret_cast<unsigned char *>(out.data());
    const unsigned char *cur = base;
    std::vector<double> xs, ys;
    size_t total = 0, failed = 0;
    auto f = [&](size_t offset, size_t n, size_t stride, bool le) {
        xs.resize(n);
        ys.resize(n);
        for (size_t i = 0; i < n; ++i) {
            xs[i] = detail::wkbRead<double>(base + offset + i * stride, le);
            ys[i] = detail::wkbRead<double>(base + offset + i * stride + 8, le);
        }
        // POINT EMPTY (NaN, NaN) stays as is and does not count.
        if (n == 1 && std::isnan(xs[0]) && std::isnan(ys[0]))
            return;
        ct.transformInPlace(xs.data(), ys.data(), n);
        for (size_t i = 0; i < n; ++i) {
            double x = xs[i], y = ys[i];
            if (!std::isfinite(x) || !std::isfinite(y)) {
                x = y = std::numeric_limits<double>::quiet_NaN();
                ++failed;
            }
            ++total;
            if (le != (std::endian::native == std::endian::little)) {
                // write back swapped
                auto put = [](unsigned char *dst, double v) {
                    unsigned char b[8];
                    std::memcpy(b, &v, 8);
                    for (int k = 0; k < 8; ++k)
                        dst[k] = b[7 - k];
                };
                put(base + offset + i * stride, x);
                put(base + offset + i * stride + 8, y);
            } else {
                std::memcpy(base + offset + i * stride, &x, 8);
                std::memcpy(base + offset + i * stride + 8, &y, 8);
            }
        }
    };
    if (!walkSequences(base, cur, base + out.size(), f, 0))
        return {};
    if (total > 0 && failed == total)
        return {};
    return Geometry(std::move(out));
}

namespace {

// Appends clones of the non-empty members of `g` (collections flattened) whose
// GEOS type is `wanted`.
void collectMembers(GEOSContextHandle_t ctx, const GEOSGeometry *g, int wanted, std::vector<GEOSGeometry *> &out)
{
    const int type = GEOSGeomTypeId_r(ctx, g);
    if (type == GEOS_MULTIPOINT || type == GEOS_MULTILINESTRING || type == GEOS_MULTIPOLYGON
        || type == GEOS_GEOMETRYCOLLECTION) {
        const int n = GEOSGetNumGeometries_r(ctx, g);
        for (int i = 0; i < n; ++i)
            collectMembers(ctx, GEOSGetGeometryN_r(ctx, g, i), wanted, out);
        return;
    }
    if (type == wanted && GEOSisEmpty_r(ctx, g) == 0)
        if (GEOSGeometry *copy = GEOSGeom_clone_r(ctx, g))
            out.push_back(copy);
}

} // namespace

Result<Geometry> Geometry::makeValid() const
{
    if (isNull())
        return fail(QCoreApplication::translate("Geometry", "There is no geometry to repair."));
    GeosGeometryPtr g = geosFromWkb(m_wkb);
    if (!g)
        return fail(QCoreApplication::translate("Geometry", "The geometry cannot be read, so it cannot be repaired."),
                    {}, geosLastError());
    GEOSContextHandle_t ctx = geosContext();
    GEOSMakeValidParams *params = GEOSMakeValidParams_create_r(ctx);
    if (!params)
        return fail(QCoreApplication::translate("Geometry", "The geometry cannot be repaired."), {}, geosLastError());
    GEOSMakeValidParams_setMethod_r(ctx, params, GEOS_MAKE_VALID_STRUCTURE);
    GEOSMakeValidParams_setKeepCollapsed_r(ctx, params, 0);
    GeosGeometryPtr fixed(GEOSMakeValidWithParams_r(ctx, g.get(), params));
    GEOSMakeValidParams_destroy_r(ctx, params);
    if (!fixed)
        return fail(QCoreApplication::translate("Geometry", "The geometry cannot be repaired."), {}, geosLastError());

    const GeometryKind k = kind();
    int wanted = -1, multiType = -1;
    switch (k) {
    case GeometryKind::Point: wanted = GEOS_POINT; multiType = GEOS_MULTIPOINT; break;
    case GeometryKind::Line: wanted = GEOS_LINESTRING; multiType = GEOS_MULTILINESTRING; break;
    case GeometryKind::Polygon: wanted = GEOS_POLYGON; multiType = GEOS_MULTIPOLYGON; break;
    default: break;
    }
    if (wanted < 0) {
        // Mixed collections: GEOS's result as it is.
        if (GEOSisEmpty_r(ctx, fixed.get()) == 1)
            return fail(QCoreApplication::translate("Geometry", "Nothing remains of the geometry after repairing it."));
        return Geometry(geosToWkb(fixed.get()));
    }
    std::vector<GEOSGeometry *> members;
    collectMembers(ctx, fixed.get(), wanted, members);
    if (members.empty())
        return fail(QCoreApplication::translate("Geometry", "Nothing remains of the geometry after repairing it "
                                                            "(it collapsed to a lower dimension)."));
    const WkbHeader h = readHeader(reinterpret_cast<const unsigned char *>(m_wkb.constData()),
                                   static_cast<size_t>(m_wkb.size()));
    const bool wasMulti = h.baseType == 4 || h.baseType == 5 || h.baseType == 6 || h.baseType == 7
        || h.baseType == 15 || h.baseType == 16;
    GeosGeometryPtr result;
    if (members.size() == 1 && !wasMulti) {
        result.reset(members.front());
    } else {
        result.reset(GEOSGeom_createCollection_r(ctx, multiType, members.data(),
                                                 static_cast<unsigned int>(members.size())));
        if (!result) {
            for (GEOSGeometry *m : members)
                GEOSGeom_destroy_r(ctx, m);
            return fail(QCoreApplication::translate("Geometry", "The geometry cannot be repaired."), {},
                        geosLastError());
        }
    }
    QByteArray wkb = geosToWkb(result.get());
    if (wkb.isEmpty())
        return fail(QCoreApplication::translate("Geometry", "The geometry cannot be repaired."), {}, geosLastError());
    return Geometry(std::move(wkb));
}

} // namespace territoria
