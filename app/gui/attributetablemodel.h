#pragma once

#include "data/field.h"
#include "data/vectorlayer.h"

#include <QAbstractTableModel>
#include <QCache>
#include <QFutureWatcher>
#include <QPointer>

#include <atomic>
#include <memory>

namespace territoria {

class Feedback;

// The attributes of a vector layer, one row per feature, that stays responsive
// on millions of features: the FID list is read in the background (load()),
// rows are fetched by FID in pages of PageSize when first shown and kept in a
// bounded cache; sorting by a column reads that column in a background thread
// and only reorders the FID list.
class AttributeTableModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    static constexpr int PageSize = 200;
    static constexpr int MaxCachedPages = 50;

    explicit AttributeTableModel(std::shared_ptr<const VectorDataProvider> provider, QObject *parent = nullptr);
    ~AttributeTableModel() override;

    // Reads the FIDs in a background thread; emits loaded() (or loadFailed()).
    void load();
    // Reads the FIDs now (for tests and small layers).
    bool loadSynchronously();
    bool isLoaded() const { return m_loaded; }
    bool isBusy() const;

    qint64 featureId(int row) const;
    int rowForFeatureId(qint64 fid) const;
    Fields fields() const { return m_fields; }
    // How many features were read from the provider for display (not counting FIDs).
    qint64 fetchedFeatureCount() const { return m_fetched; }

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    // Starts a background sort; emits sortFinished(). A new sort cancels the previous one.
    void sort(int column, Qt::SortOrder order = Qt::AscendingOrder) override;

    // Display text of a value as the table shows it (NULL, dates, numbers).
    static QString displayText(const QVariant &value);

Q_SIGNALS:
    void loaded();
    void loadFailed(const QString &message);
    void sortStarted();
    void sortFinished();
    void sortFailed(const QString &message);

private:
    struct Page {
        QList<QVariantList> rows;
    };
    const Page *page(int pageIndex) const;
    void cancelWork();

    std::shared_ptr<const VectorDataProvider> m_provider;
    Fields m_fields;
    QList<qint64> m_ids;
    bool m_loaded = false;
    mutable QCache<int, Page> m_cache{MaxCachedPages};
    mutable qint64 m_fetched = 0;
    QPointer<Feedback> m_feedback;
    int m_generation = 0;
    QFutureWatcher<void> *m_watcher = nullptr;
};

} // namespace territoria
