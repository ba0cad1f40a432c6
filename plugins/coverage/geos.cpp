#include "geos.h"

#include <ogr_geometry.h>

namespace territoria::coverage {

GeosRun::GeosRun()
    : m_context(GEOS_init_r())
{
}

GeosRun::~GeosRun()
{
    GEOS_finish_r(m_context);
}

GeosRun::Ptr GeosRun::fromOgr(const OGRGeometry &geometry) const
{
    std::vector<unsigned char> wkb(size_t(geometry.WkbSize()));
    if (geometry.exportToWkb(wkbNDR, wkb.data(), wkbVariantIso) != OGRERR_NONE)
        return adopt(nullptr);
    GEOSWKBReader *reader = GEOSWKBReader_create_r(m_context);
    GEOSGeometry *g = GEOSWKBReader_read_r(m_context, reader, wkb.data(), wkb.size());
    GEOSWKBReader_destroy_r(m_context, reader);
    return adopt(g);
}

std::unique_ptr<OGRGeometry> GeosRun::toOgr(const GEOSGeometry *geometry) const
{
    if (!geometry)
        return nullptr;
    GEOSWKBWriter *writer = GEOSWKBWriter_create_r(m_context);
    size_t size = 0;
    unsigned char *wkb = GEOSWKBWriter_write_r(m_context, writer, geometry, &size);
    GEOSWKBWriter_destroy_r(m_context, writer);
    if (!wkb)
        return nullptr;
    OGRGeometry *g = nullptr;
    OGRGeometryFactory::createFromWkb(wkb, nullptr, &g, size);
    GEOSFree_r(m_context, wkb);
    return std::unique_ptr<OGRGeometry>(g);
}

GeosRun::Ptr GeosRun::unite(std::vector<Ptr> parts) const
{
    std::vector<GEOSGeometry *> raw;
    for (Ptr &p : parts)
        if (p)
            raw.push_back(p.release());
    if (raw.empty())
        return adopt(nullptr);
    Ptr collection = adopt(GEOSGeom_createCollection_r(m_context, GEOS_GEOMETRYCOLLECTION, raw.data(), unsigned(raw.size())));
    if (!collection) {
        for (GEOSGeometry *g : raw)
            GEOSGeom_destroy_r(m_context, g);
        return adopt(nullptr);
    }
    return adopt(GEOSUnaryUnion_r(m_context, collection.get()));
}

double GeosRun::area(const GEOSGeometry *g) const
{
    double a = 0;
    if (!g || GEOSArea_r(m_context, g, &a) != 1)
        return 0;
    return a;
}

} // namespace territoria::coverage
