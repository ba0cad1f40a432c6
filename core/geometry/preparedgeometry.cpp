#include "geometry/preparedgeometry.h"

#include "geometry/geosutil.h"

namespace territoria {

struct PreparedGeometry::Private {
    GeosGeometryPtr shape;
    const GEOSPreparedGeometry *prepared = nullptr;
    ~Private()
    {
        if (prepared)
            GEOSPreparedGeom_destroy_r(geosContext(), prepared);
    }
};

PreparedGeometry::PreparedGeometry(const Geometry &shape)
    : d(std::make_unique<Private>())
{
    if (shape.isNull())
        return;
    d->shape = geosFromWkb(shape.wkb());
    if (d->shape)
        d->prepared = GEOSPrepare_r(geosContext(), d->shape.get());
}

PreparedGeometry::~PreparedGeometry() = default;

bool PreparedGeometry::isValid() const
{
    return d->prepared != nullptr;
}

bool PreparedGeometry::intersects(const Geometry &geometry) const
{
    if (!d->prepared || geometry.isNull())
        return false;
    const GeosGeometryPtr g = geosFromWkb(geometry.wkb());
    return g && GEOSPreparedIntersects_r(geosContext(), d->prepared, g.get()) == 1;
}

} // namespace territoria
