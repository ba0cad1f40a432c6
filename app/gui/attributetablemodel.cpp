#include "attributetablemodel.h"

#include "task/feedback.h"

#include <QCollator>
#include <QColor>
#include <QCoreApplication>
#include <QDate>
#include <QDateTime>
#include <QLocale>
#include <QtConcurrent/QtConcurrentRun>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace territoria {

namespace {

// Orders values the way a user expects: NULL first, numbers numerically,
// text with the locale's collation and numbers inside text in numeric order.
struct ValueLess {
    QCollator collator;
    ValueLess()
    {
        collator.setNumericMode(true);
        collator.setCaseSensitivity(Qt::CaseInsensitive);
    }
    bool operator()(const QVariant &a, const QVariant &b) const
    {
        const bool aNull = !a.isValid() || a.isNull();
        const bool bNull = !b.isValid() || b.isNull();
        if (aNull || bNull)
            return aNull && !bNull;
        if (a.typeId() == QMetaType::QString || b.typeId() == QMetaType::QString)
            return collator.compare(a.toString(), b.toString()) < 0;
        const QPartialOrdering order = QVariant::compare(a, b);
        if (order == QPartialOrdering::Unordered)
            return a.toString() < b.toString();
        return order == QPartialOrdering::Less;
    }
};

} // namespace

AttributeTableModel::AttributeTableModel(std::shared_ptr<const VectorDataProvider> provider, QObject *parent)
    : QAbstractTableModel(parent)
    , m_provider(std::move(provider))
{
    Q_ASSERT(m_provider);
    m_fields = m_provider->fields();
}

AttributeTableModel::~AttributeTableModel()
{
    cancelWork();
    if (m_watcher)
        m_watcher->waitForFinished();
}

void AttributeTableModel::cancelWork()
{
    ++m_generation;
    if (m_feedback)
        m_feedback->cancel();
}

bool AttributeTableModel::isBusy() const
{
    return m_watcher && m_watcher->isRunning();
}

bool AttributeTableModel::loadSynchronously()
{
    cancelWork();
    auto ids = m_provider->featureIds();
    if (!ids) {
        emit loadFailed(ids.error().message);
        return false;
    }
    beginResetModel();
    m_ids = std::move(*ids);
    m_cache.clear();
    m_loaded = true;
    endResetModel();
    emit loaded();
    return true;
}

void AttributeTableModel::load()
{
    cancelWork();
    if (m_watcher)
        m_watcher->waitForFinished();
    const int generation = m_generation;
    auto *feedback = new Feedback(this);
    m_feedback = feedback;
    auto result = std::make_shared<Result<QList<qint64>>>(fail(QString()));
    auto provider = m_provider;
    delete m_watcher;
    m_watcher = new QFutureWatcher<void>(this);
    connect(m_watcher, &QFutureWatcher<void>::finished, this, [this, result, generation, feedback] {
        feedback->deleteLater();
        if (generation != m_generation)
            return;
        if (!*result) {
            emit loadFailed(result->error().message);
            return;
        }
        beginResetModel();
        m_ids = std::move(**result);
        m_cache.clear();
        m_loaded = true;
        endResetModel();
        emit loaded();
    });
    m_watcher->setFuture(QtConcurrent::run([provider, result, feedback] {
        *result = provider->featureIds(feedback);
    }));
}

qint64 AttributeTableModel::featureId(int row) const
{
    return row >= 0 && row < m_ids.size() ? m_ids.at(row) : -1;
}

int AttributeTableModel::rowForFeatureId(qint64 fid) const
{
    return int(m_ids.indexOf(fid));
}

int AttributeTableModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_ids.size());
}

int AttributeTableModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_fields.size());
}

const AttributeTableModel::Page *AttributeTableModel::page(int pageIndex) const
{
    if (const Page *cached = m_cache.object(pageIndex))
        return cached;
    auto *p = new Page;
    const int first = pageIndex * PageSize;
    const int last = std::min<int>(first + PageSize, int(m_ids.size()));
    p->rows.reserve(last - first);
    for (int row = first; row < last; ++row) {
        auto feature = m_provider->feature(m_ids.at(row));
        ++m_fetched;
        p->rows.append(feature ? feature->attributes : QVariantList());
    }
    m_cache.insert(pageIndex, p);
    return p;
}

QString AttributeTableModel::displayText(const QVariant &value)
{
    if (!value.isValid() || value.isNull())
        return u"NULL"_s;
    switch (value.typeId()) {
    case QMetaType::Double: {
        const double d = value.toDouble();
        return QLocale().toString(d, 'g', 15);
    }
    case QMetaType::QDate:
        return value.toDate().toString(Qt::ISODate);
    case QMetaType::QDateTime:
        return value.toDateTime().toString(Qt::ISODate);
    case QMetaType::QByteArray:
        return QCoreApplication::translate("territoria::AttributeTableModel", "(%n byte(s))", nullptr,
                                           int(value.toByteArray().size()));
    default:
        return value.toString();
    }
}

QVariant AttributeTableModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= m_ids.size() || index.column() >= m_fields.size())
        return {};
    if (role != Qt::DisplayRole && role != Qt::EditRole && role != Qt::TextAlignmentRole
        && role != Qt::ForegroundRole && role != Qt::ToolTipRole)
        return {};
    const Field &field = m_fields.at(index.column());
    if (role == Qt::TextAlignmentRole) {
        const bool numeric = field.type == FieldType::Integer || field.type == FieldType::Integer64
                          || field.type == FieldType::Real;
        return int((numeric ? Qt::AlignRight : Qt::AlignLeft) | Qt::AlignVCenter);
    }
    const Page *p = page(index.row() / PageSize);
    const QVariantList &attributes = p->rows.at(index.row() % PageSize);
    const QVariant value = attributes.value(index.column());
    const bool isNull = !value.isValid() || value.isNull();
    if (role == Qt::ForegroundRole)
        return isNull ? QVariant(QColor(0x99, 0x99, 0x99)) : QVariant();
    if (role == Qt::EditRole)
        return value;
    return displayText(value);
}

QVariant AttributeTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation == Qt::Horizontal) {
        if (section < 0 || section >= m_fields.size())
            return {};
        if (role == Qt::DisplayRole)
            return m_fields.at(section).name;
        if (role == Qt::ToolTipRole)
            return u"%1 (%2)"_s.arg(m_fields.at(section).name, Field::typeName(m_fields.at(section).type));
        return {};
    }
    if (role == Qt::DisplayRole && section >= 0 && section < m_ids.size())
        return QString::number(m_ids.at(section));
    return {};
}

void AttributeTableModel::sort(int column, Qt::SortOrder order)
{
    if (column < 0 || column >= m_fields.size() || !m_loaded)
        return;
    cancelWork();
    if (m_watcher)
        m_watcher->waitForFinished();
    const int generation = m_generation;
    auto *feedback = new Feedback(this);
    m_feedback = feedback;
    auto provider = m_provider;
    const QList<qint64> ids = m_ids;
    auto sorted = std::make_shared<Result<QList<qint64>>>(fail(QString()));
    delete m_watcher;
    m_watcher = new QFutureWatcher<void>(this);
    connect(m_watcher, &QFutureWatcher<void>::finished, this, [this, sorted, generation, feedback] {
        feedback->deleteLater();
        if (generation != m_generation)
            return;
        if (!*sorted) {
            if (!sorted->error().message.isEmpty())
                emit sortFailed(sorted->error().message);
            return;
        }
        beginResetModel();
        m_ids = std::move(**sorted);
        m_cache.clear();
        endResetModel();
        emit sortFinished();
    });
    emit sortStarted();
    m_watcher->setFuture(QtConcurrent::run([provider, ids, column, order, sorted, feedback] {
        // Read only this column, without geometries.
        FeatureRequest request;
        request.noGeometry = true;
        request.attributes = {column};
        QHash<qint64, QVariant> values;
        values.reserve(ids.size());
        auto visited = provider->forEachFeature(
            request,
            [&values, column](Feature &&f) {
                values.insert(f.id, f.attributes.value(column));
                return true;
            },
            feedback);
        if (!visited) {
            *sorted = std::unexpected(visited.error());
            return;
        }
        if (feedback->isCanceled()) {
            *sorted = fail(QString());
            return;
        }
        std::vector<std::pair<QVariant, qint64>> keyed;
        keyed.reserve(ids.size());
        for (qint64 fid : ids)
            keyed.emplace_back(values.value(fid), fid);
        ValueLess less;
        std::stable_sort(keyed.begin(), keyed.end(), [&less, order](const auto &a, const auto &b) {
            return order == Qt::AscendingOrder ? less(a.first, b.first) : less(b.first, a.first);
        });
        QList<qint64> result;
        result.reserve(qsizetype(keyed.size()));
        for (const auto &k : keyed)
            result.append(k.second);
        *sorted = std::move(result);
    }));
}

} // namespace territoria
