#pragma once

#include "error.h"
#include "geometry/extent.h"
#include "territoria_core_export.h"

#include <QByteArray>
#include <QPointF>
#include <QString>

namespace territoria {

class CoordinateTransform;

// What a geometry draws as. Curves are linearized when read, so the WKB a
// Geometry holds only ever has points, linestrings and polygons (single, multi,
// or in collections), possibly with Z/M ordinates.
enum class GeometryKind { Null, Point, Line, Polygon, Mixed };

// An immutable geometry stored as ISO WKB (implicitly shared, cheap to copy).
// Predicates and validity go through GEOS's reentrant C API with one GEOS
// context per thread (see geosutil.h); nothing here keeps a GEOS handle alive.
class TERRITORIA_CORE_EXPORT Geometry
{
public:
    Geometry() = default; // null geometry
    static Geometry fromWkb(QByteArray wkb);
    static Result<Geometry> fromWkt(const QString &wkt);

    bool isNull() const { return m_wkb.isEmpty(); }
    bool isEmpty() const; // null, or a geometry without coordinates ("POLYGON EMPTY")
    const QByteArray &wkb() const { return m_wkb; }
    GeometryKind kind() const;
    QString typeName() const; // "Polygon", "MultiLineString Z", ...
    QString toWkt(int precision = 8) const;
    Extent boundingBox() const;

    // GEOS predicates, in the geometry's own coordinates.
    bool contains(const QPointF &point) const;
    bool intersects(const Extent &rect) const;
    double distance(const QPointF &point) const; // 0 inside a polygon; -1 on failure
    double area() const;
    double length() const;
    // True if GEOS finds it valid; `reason` gets GEOS's explanation otherwise.
    bool isValid(QString *reason = nullptr) const;
    // GEOS's MakeValid (structure method, keeping collapsed parts out), with the
    // result's type matched to this geometry's dimension where GEOS returns a
    // collection (polygon parts only for a polygon...). Error if nothing remains.
    Result<Geometry> makeValid() const;

    // Every vertex through `ct` (forward). Vertices that fail become NaN and the
    // result is null when nothing could be transformed.
    Geometry transformed(const CoordinateTransform &ct) const;

    bool operator==(const Geometry &o) const { return m_wkb == o.m_wkb; }

private:
    explicit Geometry(QByteArray wkb) : m_wkb(std::move(wkb)) {}
    QByteArray m_wkb;
};

} // namespace territoria
