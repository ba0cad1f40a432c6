#pragma once

#include "territoria_core_export.h"

#include <QByteArray>

#include <cstdint>
#include <bit>
#include <cstring>
#include <utility>
#include <vector>

namespace territoria {

// What a run of coordinates is, as visitWkb() reports it.
enum class WkbPart : std::uint8_t {
    Point,        // one coordinate
    LineString,   // an open or closed line
    OuterRing,    // first ring of a polygon (starts a new polygon)
    InnerRing     // a hole of the polygon started by the last OuterRing
};

namespace detail {
template<class T>
inline T wkbRead(const unsigned char *p, bool littleEndian)
{
    T v;
    std::memcpy(&v, p, sizeof(T));
    if (littleEndian != (std::endian::native == std::endian::little)) {
        auto *b = reinterpret_cast<unsigned char *>(&v);
        for (size_t i = 0; i < sizeof(T) / 2; ++i)
            std::swap(b[i], b[sizeof(T) - 1 - i]);
    }
    return v;
}
} // namespace detail

// Streams the coordinates of an ISO (or OGC/EWKB-flagged) WKB geometry of points,
// linestrings, polygons, their multi-variants and collections. For each point,
// line or ring it fills `xy` (reused, interleaved x,y; Z and M dropped) and calls
// `visit(WkbPart, const double *xy, size_t pointCount)`. Curves must have been
// linearized before (the data providers do). Returns false on malformed or
// unsupported WKB, after visiting what it could.
template<class Visitor>
bool visitWkb(const unsigned char *data, size_t size, std::vector<double> &xy, Visitor &&visit);

namespace detail {
template<class Visitor>
bool visitWkbAt(const unsigned char *&p, const unsigned char *end, std::vector<double> &xy, Visitor &visit,
                int depth)
{
    if (depth > 32 || end - p < 5)
        return false;
    const bool le = p[0] == 1;
    std::uint32_t type = wkbRead<std::uint32_t>(p + 1, le);
    p += 5;
    // EWKB/OGC flags
    bool hasZ = (type & 0x80000000u) != 0, hasM = (type & 0x40000000u) != 0;
    if (type & 0x20000000u) { // EWKB SRID
        if (end - p < 4)
            return false;
        p += 4;
    }
    type &= 0x0FFFFFFFu;
    const std::uint32_t dimCode = type / 1000;
    type %= 1000;
    if (dimCode == 1 || dimCode == 3)
        hasZ = true;
    if (dimCode == 2 || dimCode == 3)
        hasM = true;
    const size_t dims = 2 + (hasZ ? 1 : 0) + (hasM ? 1 : 0);
    const size_t stride = dims * sizeof(double);

    auto readPoints = [&](std::uint32_t n) -> bool {
        if (n > static_cast<size_t>(end - p) / stride)
            return false;
        xy.resize(2 * static_cast<size_t>(n));
        for (std::uint32_t i = 0; i < n; ++i) {
            xy[2 * i] = wkbRead<double>(p, le);
            xy[2 * i + 1] = wkbRead<double>(p + sizeof(double), le);
            p += stride;
        }
        return true;
    };
    auto readCount = [&](std::uint32_t &n) -> bool {
        if (end - p < 4)
            return false;
        n = wkbRead<std::uint32_t>(p, le);
        p += 4;
        return true;
    };

    switch (type) {
    case 1: { // Point
        if (!readPoints(1))
            return false;
        if (!(xy[0] != xy[0] || xy[1] != xy[1])) // POINT EMPTY is NaN,NaN
            visit(WkbPart::Point, xy.data(), size_t(1));
        return true;
    }
    case 2: { // LineString
        std::uint32_t n;
        if (!readCount(n) || !readPoints(n))
            return false;
        if (n > 0)
            visit(WkbPart::LineString, xy.data(), size_t(n));
        return true;
    }
    case 3: { // Polygon
        std::uint32_t rings;
        if (!readCount(rings))
            return false;
        for (std::uint32_t r = 0; r < rings; ++r) {
            std::uint32_t n;
            if (!readCount(n) || !readPoints(n))
                return false;
            if (n > 0)
                visit(r == 0 ? WkbPart::OuterRing : WkbPart::InnerRing, xy.data(), size_t(n));
        }
        return true;
    }
    case 4: case 5: case 6: case 7: { // Multi*, GeometryCollection
        std::uint32_t parts;
        if (!readCount(parts))
            return false;
        for (std::uint32_t i = 0; i < parts; ++i)
            if (!visitWkbAt(p, end, xy, visit, depth + 1))
                return false;
        return true;
    }
    case 15: case 16: { // PolyhedralSurface, TIN: collections of polygons
        std::uint32_t parts;
        if (!readCount(parts))
            return false;
        for (std::uint32_t i = 0; i < parts; ++i)
            if (!visitWkbAt(p, end, xy, visit, depth + 1))
                return false;
        return true;
    }
    case 17: { // Triangle: a polygon
        std::uint32_t rings;
        if (!readCount(rings))
            return false;
        for (std::uint32_t r = 0; r < rings; ++r) {
            std::uint32_t n;
            if (!readCount(n) || !readPoints(n))
                return false;
            if (n > 0)
                visit(r == 0 ? WkbPart::OuterRing : WkbPart::InnerRing, xy.data(), size_t(n));
        }
        return true;
    }
    default:
        return false;
    }
}
} // namespace detail

template<class Visitor>
bool visitWkb(const unsigned char *data, size_t size, std::vector<double> &xy, Visitor &&visit)
{
    const unsigned char *p = data;
    return detail::visitWkbAt(p, data + size, xy, visit, 0);
}

template<class Visitor>
bool visitWkb(const QByteArray &wkb, std::vector<double> &xy, Visitor &&visit)
{
    return visitWkb(reinterpret_cast<const unsigned char *>(wkb.constData()), static_cast<size_t>(wkb.size()), xy,
                    std::forward<Visitor>(visit));
}

} // namespace territoria
