#pragma once

// Internal to core: GEOS's reentrant C API with one context per thread.
#include <geos_c.h>

#include <QByteArray>
#include <QString>

#include <memory>

namespace territoria {

// The calling thread's GEOS context (created on first use, freed at thread exit).
// Its notice/error handlers store the last message for geosLastError().
GEOSContextHandle_t geosContext();
QString geosLastError();

struct GeosGeometryDeleter {
    void operator()(GEOSGeometry *g) const;
};
// A GEOS geometry owned from the line that creates it, bound to this thread's context.
using GeosGeometryPtr = std::unique_ptr<GEOSGeometry, GeosGeometryDeleter>;

// WKB <-> GEOS in this thread's context; null on failure.
GeosGeometryPtr geosFromWkb(const QByteArray &wkb);
QByteArray geosToWkb(const GEOSGeometry *geometry);

} // namespace territoria
