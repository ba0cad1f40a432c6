#include "geometry/geosutil.h"

#include <cstdarg>
#include <cstdio>

using namespace Qt::StringLiterals;

namespace territoria {

namespace {

struct GeosThreadContext {
    GEOSContextHandle_t handle = nullptr;
    QString lastError;
    QString lastNotice;

    GeosThreadContext()
    {
        handle = GEOS_init_r();
        GEOSContext_setErrorMessageHandler_r(handle, &GeosThreadContext::onError, this);
        GEOSContext_setNoticeMessageHandler_r(handle, &GeosThreadContext::onNotice, this);
    }
    ~GeosThreadContext()
    {
        if (handle)
            GEOS_finish_r(handle);
    }
    GeosThreadContext(const GeosThreadContext &) = delete;
    GeosThreadContext &operator=(const GeosThreadContext &) = delete;

    static void onError(const char *message, void *userdata)
    {
        static_cast<GeosThreadContext *>(userdata)->lastError = QString::fromUtf8(message);
    }
    static void onNotice(const char *message, void *userdata)
    {
        static_cast<GeosThreadContext *>(userdata)->lastNotice = QString::fromUtf8(message);
    }
};

GeosThreadContext &threadContext()
{
    thread_local GeosThreadContext ctx;
    return ctx;
}

} // namespace

GEOSContextHandle_t geosContext()
{
    return threadContext().handle;
}

QString geosLastError()
{
    return threadContext().lastError;
}

void GeosGeometryDeleter::operator()(GEOSGeometry *g) const
{
    if (g)
        GEOSGeom_destroy_r(geosContext(), g);
}

GeosGeometryPtr geosFromWkb(const QByteArray &wkb)
{
    if (wkb.isEmpty())
        return {};
    GEOSContextHandle_t ctx = geosContext();
    GEOSWKBReader *reader = GEOSWKBReader_create_r(ctx);
    if (!reader)
        return {};
    GEOSGeometry *g = GEOSWKBReader_read_r(ctx, reader, reinterpret_cast<const unsigned char *>(wkb.constData()),
                                           static_cast<size_t>(wkb.size()));
    GEOSWKBReader_destroy_r(ctx, reader);
    return GeosGeometryPtr(g);
}

QByteArray geosToWkb(const GEOSGeometry *geometry)
{
    if (!geometry)
        return {};
    GEOSContextHandle_t ctx = geosContext();
    GEOSWKBWriter *writer = GEOSWKBWriter_create_r(ctx);
    if (!writer)
        return {};
    GEOSWKBWriter_setByteOrder_r(ctx, writer, GEOS_WKB_NDR);
    GEOSWKBWriter_setFlavor_r(ctx, writer, GEOS_WKB_ISO);
    GEOSWKBWriter_setOutputDimension_r(ctx, writer, GEOSGeom_getCoordinateDimension_r(ctx, geometry));
    size_t size = 0;
    unsigned char *buf = GEOSWKBWriter_write_r(ctx, writer, geometry, &size);
    GEOSWKBWriter_destroy_r(ctx, writer);
    if (!buf)
        return {};
    QByteArray out(reinterpret_cast<const char *>(buf), static_cast<qsizetype>(size));
    GEOSFree_r(ctx, buf);
    return out;
}

} // namespace territoria
