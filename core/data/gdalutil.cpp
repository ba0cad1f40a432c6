#include "data/gdalutil.h"

#include <cpl_conv.h>
#include <cpl_error.h>
#include <cpl_string.h>
#include <gdal.h>

#include <QByteArray>
#include <QThread>

#include <mutex>

using namespace Qt::StringLiterals;

namespace territoria {

void ensureGdalRegistered()
{
    static std::once_flag once;
    std::call_once(once, [] {
        // SHAPE_RESTORE_SHX=YES is NOT set process-wide: with GDAL 3.6 it makes concurrent opens of
        // one shapefile fail randomly (".shx file is unreadable"). DatasetPool::acquire() retries a
        // shapefile whose .shx is missing with it set for that thread only, so a lost .shx is still
        // rebuilt (with GDAL's warning).
        // Big GeoJSON objects (a whole country as one feature) must open.
        CPLSetConfigOption("OGR_GEOJSON_MAX_OBJ_SIZE", "0");
        // Never write .aux.xml sidecars next to the user's data (statistics, etc.).
        CPLSetConfigOption("GDAL_PAM_ENABLED", "NO");
        // Decoding threads for compressed rasters.
        if (!CPLGetConfigOption("GDAL_NUM_THREADS", nullptr))
            CPLSetConfigOption("GDAL_NUM_THREADS", "ALL_CPUS");
        // The app decides the encoding fallback itself (see VectorLayer::open).
        // Outside a GdalErrorCollector (e.g. GDAL's own decoding threads) messages are dropped
        // rather than printed to stderr; CPLGetLastErrorMsg() still works.
        CPLSetErrorHandler(CPLQuietErrorHandler);
        GDALAllRegister();
    });
}

namespace {
struct Sink {
    QStringList messages;
    QStringList failures;
};

void CPL_STDCALL collectorHandler(CPLErr level, CPLErrorNum num, const char *msg)
{
    auto *sink = static_cast<Sink *>(CPLGetErrorHandlerUserData());
    if (!sink)
        return;
    const QString text = QString::fromUtf8(msg ? msg : "").trimmed();
    switch (level) {
    case CE_None:
    case CE_Debug:
        return;
    case CE_Warning:
        sink->messages.append(u"Warning: "_s + text);
        return;
    case CE_Failure:
    case CE_Fatal:
        sink->messages.append(u"Failure: "_s + text);
        sink->failures.append(text);
        return;
    }
}
} // namespace

struct GdalErrorCollector::Data : Sink {
};

GdalErrorCollector::GdalErrorCollector()
    : d(new Data)
{
    CPLPushErrorHandlerEx(collectorHandler, static_cast<Sink *>(d));
}

GdalErrorCollector::~GdalErrorCollector()
{
    CPLPopErrorHandler();
    delete d;
}

QStringList GdalErrorCollector::messages() const
{
    return d->messages;
}

QStringList GdalErrorCollector::failures() const
{
    return d->failures;
}

QString GdalErrorCollector::lastFailure() const
{
    return d->failures.isEmpty() ? QString() : d->failures.constLast();
}

bool GdalErrorCollector::hasFailures() const
{
    return !d->failures.isEmpty();
}

CslList::CslList(const QStringList &items)
{
    for (const QString &s : items)
        add(s);
}

CslList::~CslList()
{
    CSLDestroy(m_list);
}

void CslList::add(const QString &item)
{
    m_list = CSLAddString(m_list, item.toUtf8().constData());
}

} // namespace territoria
