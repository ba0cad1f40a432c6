#pragma once

#include "crs/crs.h"
#include "error.h"
#include "territoria_core_export.h"

#include <QList>
#include <QPointF>

namespace territoria {

// Planar and ellipsoidal measurement of a path or polygon given in `crs`.
// Ellipsoidal values use PROJ's geodesic routines (Karney, geod_inverse and
// geod_polygonarea) on the CRS's own ellipsoid, after converting the vertices to
// the CRS's geographic coordinates.
struct Measurement {
    double planar = 0;      // map units (m, m² for projected CRS; degrees for geographic)
    double ellipsoidal = 0; // metres / square metres
    QString ellipsoid;      // e.g. "WGS 84"
    bool planarIsMetric = true; // false for a geographic CRS (planar in degrees)
};

// A Measurer holds a PROJ transformation: create and use it in one thread.
class TERRITORIA_CORE_EXPORT Measurer
{
public:
    static Result<Measurer> create(const Crs &crs);
    // Sum of segment lengths.
    Result<Measurement> length(const QList<QPointF> &path) const;
    // Area of the closed ring (closing segment implied). Absolute value.
    Result<Measurement> area(const QList<QPointF> &ring) const;
    // Perimeter of the ring (closing segment included).
    Result<Measurement> perimeter(const QList<QPointF> &ring) const;

private:
    Measurer() = default;
    struct Private;
    std::shared_ptr<const Private> d;
};

} // namespace territoria
