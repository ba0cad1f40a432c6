#pragma once

// Internal to core: a thread-safe pool of GDAL datasets opened on one source.
#include "error.h"

#include <gdal_priv.h>

#include <QMutex>
#include <QString>
#include <QStringList>

#include <memory>
#include <vector>

namespace territoria {

// GDAL datasets are not thread-safe: a dataset is used by one thread at a time.
// The pool lends an idle dataset (or opens a new one) and takes it back when the
// Lease goes out of scope, keeping up to `maxIdle` open for reuse (a GeoJSON is
// parsed once per pooled dataset, not once per render).
class DatasetPool : public std::enable_shared_from_this<DatasetPool>
{
public:
    static std::shared_ptr<DatasetPool> create(QString path, unsigned int openFlags, QStringList openOptions,
                                               QStringList allowedDrivers = {}, int maxIdle = 4);

    class Lease
    {
    public:
        Lease() = default;
        Lease(Lease &&) noexcept = default;
        Lease &operator=(Lease &&) noexcept;
        ~Lease();
        GDALDataset *get() const { return m_dataset.get(); }
        GDALDataset *operator->() const { return m_dataset.get(); }
        explicit operator bool() const { return static_cast<bool>(m_dataset); }

    private:
        friend class DatasetPool;
        Lease(std::shared_ptr<DatasetPool> pool, GDALDatasetUniquePtr ds) : m_pool(std::move(pool)), m_dataset(std::move(ds)) {}
        std::shared_ptr<DatasetPool> m_pool;
        GDALDatasetUniquePtr m_dataset;
    };

    // An Error (naming the file and GDAL's reason) when the source cannot be opened.
    Result<Lease> acquire();

    // Closes the idle datasets (a writer is about to change or replace the file);
    // datasets lent out at the time come back to the pool as usual.
    void clearIdle();

    QString path() const { return m_path; }
    QStringList openOptions() const { return m_openOptions; }

private:
    DatasetPool(QString path, unsigned int openFlags, QStringList openOptions, QStringList allowedDrivers, int maxIdle);
    void release(GDALDatasetUniquePtr ds);

    QString m_path;
    unsigned int m_openFlags;
    QStringList m_openOptions;
    QStringList m_allowedDrivers;
    int m_maxIdle;
    QMutex m_mutex;
    std::vector<GDALDatasetUniquePtr> m_idle;
};

} // namespace territoria
