#pragma once

#include "data/field.h"
#include "data/vectorlayer.h"

#include <QAbstractTableModel>
#include <QCache>
#include <QFutureWatcher>
#include <QPointer>

#include <atomic>
#include <memory>
#include <optional>

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
    // Follows `layer`: its current data (edits included), rows added, deleted and
    // changed by edits, undo and redo, fields added and deleted, and the new FIDs
    // after a commit. While the layer is editing, cells are editable (setData()
    // converts the text to the field's type and calls changeAttributeValue()).
    explicit AttributeTableModel(VectorLayer *layer, QObject *parent = nullptr);
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
    Qt::ItemFlags flags(const QModelIndex &index) const override;
    bool setData(const QModelIndex &index, const QVariant &value, int role = Qt::EditRole) override;

    VectorLayer *layer() const { return m_layer; }
    // Whether values of `type` can be typed in a cell or a form.
    static bool isEditableType(FieldType type);
    // Converts what the user typed (text in the C or the user's locale, or an
    // already typed value) to `field`'s type, checking width and precision. An
    // empty text (or "NULL") for a non-text field gives NULL (an invalid QVariant).
    // Empty optional with a translated `error` naming the field when it does not fit.
    static std::optional<QVariant> convertValue(const Field &field, const QVariant &input, QString *error = nullptr);

    // Display text of a value as the table shows it (NULL, dates, numbers).
    static QString displayText(const QVariant &value);

Q_SIGNALS:
    void loaded();
    void loadFailed(const QString &message);
    void sortStarted();
    void sortFinished();
    void sortFailed(const QString &message);
    // setData() refused a value (translated, names the field).
    void editFailed(const QString &message);

private:
    struct Page {
        QList<QVariantList> rows;
    };
    const Page *page(int pageIndex) const;
    void cancelWork();
    void connectLayer();
    void onFeaturesAdded(const QSet<qint64> &fids);
    void onFeaturesDeleted(const QSet<qint64> &fids);
    void onFeaturesChanged(const QSet<qint64> &fids);
    void onFieldsChanged();
    void onCommitted(const QHash<qint64, qint64> &fidMap);

    std::shared_ptr<const VectorDataProvider> m_provider;
    QPointer<VectorLayer> m_layer;
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
