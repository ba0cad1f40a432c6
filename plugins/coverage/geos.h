#pragma once

// GEOS's reentrant C API for the coverage plugin: one context per run (an
// algorithm runs on one thread), geometries owned from the line that creates them.
#include <geos_c.h>
#include <ogr_geometry.h>

#include <memory>
#include <vector>

namespace territoria::coverage {

class GeosRun
{
public:
    GeosRun();
    ~GeosRun();
    GeosRun(const GeosRun &) = delete;
    GeosRun &operator=(const GeosRun &) = delete;
    GEOSContextHandle_t context() const { return m_context; }

    struct Deleter {
        GEOSContextHandle_t context;
        void operator()(GEOSGeometry *g) const { GEOSGeom_destroy_r(context, g); }
    };
    using Ptr = std::unique_ptr<GEOSGeometry, Deleter>;

    Ptr adopt(GEOSGeometry *g) const { return Ptr(g, Deleter{m_context}); }
    // OGR -> GEOS and back through WKB; null on failure.
    Ptr fromOgr(const OGRGeometry &geometry) const;
    std::unique_ptr<OGRGeometry> toOgr(const GEOSGeometry *geometry) const;
    // The union of `parts` (consumed); null on failure or when empty.
    Ptr unite(std::vector<Ptr> parts) const;
    double area(const GEOSGeometry *g) const;

private:
    GEOSContextHandle_t m_context;
};

} // namespace territoria::coverage
