#include "data/datasetpool.h"

#include "data/gdalutil.h"

#include <cpl_conv.h>

#include <QCoreApplication>
#include <QFileInfo>
#include <QMutexLocker>

using namespace Qt::StringLiterals;

namespace territoria {

std::shared_ptr<DatasetPool> DatasetPool::create(QString path, unsigned int openFlags, QStringList openOptions,
                                                 QStringList allowedDrivers, int maxIdle)
{
    ensureGdalRegistered();
    return std::shared_ptr<DatasetPool>(new DatasetPool(std::move(path), openFlags, std::move(openOptions),
                                                        std::move(allowedDrivers), maxIdle));
}

DatasetPool::DatasetPool(QString path, unsigned int openFlags, QStringList openOptions, QStringList allowedDrivers,
                         int maxIdle)
    : m_path(std::move(path))
    , m_openFlags(openFlags)
    , m_openOptions(std::move(openOptions))
    , m_allowedDrivers(std::move(allowedDrivers))
    , m_maxIdle(std::max(0, maxIdle))
{
}

DatasetPool::Lease &DatasetPool::Lease::operator=(Lease &&other) noexcept
{
    if (this != &other) {
        if (m_pool && m_dataset)
            m_pool->release(std::move(m_dataset));
        m_dataset = std::move(other.m_dataset);
        m_pool = std::move(other.m_pool);
    }
    return *this;
}

DatasetPool::Lease::~Lease()
{
    if (m_pool && m_dataset)
        m_pool->release(std::move(m_dataset));
}

Result<DatasetPool::Lease> DatasetPool::acquire()
{
    {
        QMutexLocker lock(&m_mutex);
        if (!m_idle.empty()) {
            GDALDatasetUniquePtr ds = std::move(m_idle.back());
            m_idle.pop_back();
            return Lease(shared_from_this(), std::move(ds));
        }
    }
    auto errorsPtr = std::make_unique<GdalErrorCollector>();
    GdalErrorCollector &errors = *errorsPtr;
    CslList options(m_openOptions);
    CslList drivers(m_allowedDrivers);
    const QByteArray path = m_path.toUtf8();
    GDALDatasetUniquePtr ds(GDALDataset::FromHandle(
        GDALOpenEx(path.constData(), m_openFlags | GDAL_OF_VERBOSE_ERROR, drivers.list(), options.list(), nullptr)));
    bool restoredShx = false;
    if (!ds && m_path.endsWith(u".shp"_s, Qt::CaseInsensitive)) {
        const QFileInfo fi(m_path);
        const QString base = fi.path() + u'/' + fi.completeBaseName();
        if (fi.exists() && !QFileInfo::exists(base + u".shx"_s) && !QFileInfo::exists(base + u".SHX"_s)) {
            // Rebuild the lost index (this thread only; see ensureGdalRegistered()).
            CPLSetThreadLocalConfigOption("SHAPE_RESTORE_SHX", "YES");
            ds.reset(GDALDataset::FromHandle(GDALOpenEx(path.constData(), m_openFlags | GDAL_OF_VERBOSE_ERROR,
                                                        drivers.list(), options.list(), nullptr)));
            CPLSetThreadLocalConfigOption("SHAPE_RESTORE_SHX", nullptr);
            if (ds)
                restoredShx = true;
        }
    }
    if (!ds) {
        QString why = errors.lastFailure();
        if (why.isEmpty() && !errors.messages().isEmpty())
            why = errors.messages().constLast();
        const QString file = QFileInfo(m_path).fileName().isEmpty() ? m_path : QFileInfo(m_path).fileName();
        if (why.contains(u"not recognized as a supported file format"_s) || why.contains(u"not recognised"_s))
            why = QCoreApplication::translate("DatasetPool", "no GDAL driver recognizes the format");
        QString message;
        if (!QFileInfo::exists(m_path) && !m_path.startsWith(u"/vsi"_s) && !m_path.contains(u':') && !m_path.isEmpty())
            message = QCoreApplication::translate("DatasetPool", "Cannot open “%1”: the file does not exist")
                          .arg(file);
        else if (why.isEmpty())
            message = QCoreApplication::translate("DatasetPool", "Cannot open “%1”").arg(file);
        else
            message = QCoreApplication::translate("DatasetPool", "Cannot open “%1”: %2").arg(file, why);
        return fail(message, m_path, errors.messages().join(u'\n'));
    }
    // Hand the open's warnings (e.g. "rebuilt the .shx") on to the caller's collector, if any.
    const QStringList warnings = errors.messages();
    errorsPtr.reset();
    for (const QString &w : warnings) {
        if (w.startsWith(u"Warning: "_s))
            CPLError(CE_Warning, CPLE_AppDefined, "%s", w.mid(9).toUtf8().constData());
    }
    if (restoredShx)
        CPLError(CE_Warning, CPLE_AppDefined, "%s",
                 QCoreApplication::translate("DatasetPool", "the missing .shx index file was rebuilt")
                     .toUtf8()
                     .constData());
    return Lease(shared_from_this(), std::move(ds));
}

void DatasetPool::clearIdle()
{
    std::vector<GDALDatasetUniquePtr> idle;
    {
        QMutexLocker lock(&m_mutex);
        idle.swap(m_idle);
    }
    GdalErrorCollector errors;
    idle.clear();
}

void DatasetPool::release(GDALDatasetUniquePtr ds)
{
    if (!ds)
        return;
    {
        QMutexLocker lock(&m_mutex);
        if (static_cast<int>(m_idle.size()) < m_maxIdle) {
            m_idle.push_back(std::move(ds));
            return;
        }
    }
    GdalErrorCollector errors; // closing may warn; keep it off stderr
    ds.reset();
}

} // namespace territoria
