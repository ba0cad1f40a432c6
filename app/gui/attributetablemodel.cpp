#include "attributetablemodel.h"

#include "task/feedback.h"

#include <QCollator>
#include <QColor>
#include <QCoreApplication>
#include <QDate>
#include <QDateTime>
#include <QTime>
#include <QLocale>
#include <QtConcurrent/QtConcurrentRun>

#include <algorithm>
#include <cmath>
#include <limits>

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

AttributeTableModel::AttributeTableModel(VectorLayer *layer, QObject *parent)
    : QAbstractTableModel(parent)
    , m_provider(layer->dataProvider())
    , m_layer(layer)
{
    Q_ASSERT(m_provider);
    m_fields = m_provider->fields();
    connectLayer();
}

void AttributeTableModel::connectLayer()
{
    VectorLayer *layer = m_layer;
    connect(layer, &VectorLayer::editsChanged, this, [this] {
        if (!m_layer)
            return;
        m_provider = m_layer->dataProvider();
        m_cache.clear();
    });
    connect(layer, &VectorLayer::featuresAdded, this, &AttributeTableModel::onFeaturesAdded);
    connect(layer, &VectorLayer::featuresDeleted, this, &AttributeTableModel::onFeaturesDeleted);
    connect(layer, &VectorLayer::featuresChanged, this, &AttributeTableModel::onFeaturesChanged);
    connect(layer, &VectorLayer::fieldsChanged, this, &AttributeTableModel::onFieldsChanged);
    connect(layer, &VectorLayer::committed, this, &AttributeTableModel::onCommitted);
    auto editingToggled = [this] {
        if (!m_layer)
            return;
        m_provider = m_layer->dataProvider();
        // A roll back drops added rows and restores deleted ones: read the FIDs again.
        if (m_loaded) {
            if (m_fields != m_provider->fields())
                onFieldsChanged();
            if (m_provider->featureCount() <= 200000)
                loadSynchronously();
            else
                load();
        }
        if (rowCount() > 0 && columnCount() > 0)
            emit dataChanged(index(0, 0), index(rowCount() - 1, columnCount() - 1));
    };
    connect(layer, &VectorLayer::editingStarted, this, editingToggled);
    connect(layer, &VectorLayer::editingStopped, this, editingToggled);
}

void AttributeTableModel::onFeaturesAdded(const QSet<qint64> &fids)
{
    if (!m_layer || !m_loaded)
        return;
    m_provider = m_layer->dataProvider();
    QList<qint64> fresh;
    for (qint64 fid : fids)
        if (!m_ids.contains(fid))
            fresh << fid;
    if (fresh.isEmpty())
        return;
    // New features (negative FIDs) in the order they were added: -1, -2, ...
    std::sort(fresh.begin(), fresh.end(), [](qint64 a, qint64 b) { return std::abs(a) < std::abs(b); });
    m_cache.clear();
    beginInsertRows({}, int(m_ids.size()), int(m_ids.size() + fresh.size() - 1));
    m_ids.append(fresh);
    endInsertRows();
}

void AttributeTableModel::onFeaturesDeleted(const QSet<qint64> &fids)
{
    if (!m_layer || !m_loaded)
        return;
    m_provider = m_layer->dataProvider();
    m_cache.clear();
    for (int row = int(m_ids.size()) - 1; row >= 0; --row) {
        if (!fids.contains(m_ids.at(row)))
            continue;
        // Runs of consecutive rows go in one removal.
        int first = row;
        while (first > 0 && fids.contains(m_ids.at(first - 1)))
            --first;
        beginRemoveRows({}, first, row);
        m_ids.remove(first, row - first + 1);
        endRemoveRows();
        row = first;
    }
}

void AttributeTableModel::onFeaturesChanged(const QSet<qint64> &fids)
{
    if (!m_layer)
        return;
    m_provider = m_layer->dataProvider();
    m_cache.clear();
    if (columnCount() == 0)
        return;
    for (qint64 fid : fids) {
        const int row = rowForFeatureId(fid);
        if (row >= 0)
            emit dataChanged(index(row, 0), index(row, columnCount() - 1));
    }
}

void AttributeTableModel::onFieldsChanged()
{
    if (!m_layer)
        return;
    beginResetModel();
    m_provider = m_layer->dataProvider();
    m_fields = m_provider->fields();
    m_cache.clear();
    endResetModel();
}

void AttributeTableModel::onCommitted(const QHash<qint64, qint64> &fidMap)
{
    if (!m_layer)
        return;
    m_provider = m_layer->dataProvider();
    m_cache.clear();
    for (qint64 &fid : m_ids)
        fid = fidMap.value(fid, fid);
    if (rowCount() > 0)
        emit headerDataChanged(Qt::Vertical, 0, rowCount() - 1);
    if (rowCount() > 0 && columnCount() > 0)
        emit dataChanged(index(0, 0), index(rowCount() - 1, columnCount() - 1));
}

bool AttributeTableModel::isEditableType(FieldType type)
{
    switch (type) {
    case FieldType::Integer:
    case FieldType::Integer64:
    case FieldType::Real:
    case FieldType::String:
    case FieldType::Date:
    case FieldType::Time:
    case FieldType::DateTime:
    case FieldType::Boolean:
        return true;
    default:
        return false;
    }
}

std::optional<QVariant> AttributeTableModel::convertValue(const Field &field, const QVariant &input, QString *error)
{
    auto tr = [](const char *text) { return QCoreApplication::translate("territoria::AttributeTableModel", text); };
    auto failWith = [&](const QString &message) -> std::optional<QVariant> {
        if (error)
            *error = message;
        return std::nullopt;
    };
    if (!input.isValid() || input.isNull())
        return QVariant();
    const bool isText = input.typeId() == QMetaType::QString;
    const QString text = isText ? input.toString().trimmed() : QString();
    if (field.type != FieldType::String && isText
        && (text.isEmpty() || text.compare(u"NULL"_s, Qt::CaseInsensitive) == 0))
        return QVariant();
    const QLocale locale;
    const QLocale c = QLocale::c();
    switch (field.type) {
    case FieldType::Integer:
    case FieldType::Integer64: {
        bool ok = false;
        qlonglong v = 0;
        if (isText) {
            v = locale.toLongLong(text, &ok);
            if (!ok)
                v = c.toLongLong(text, &ok);
        } else if (input.typeId() == QMetaType::Double) {
            const double d = input.toDouble();
            ok = std::isfinite(d) && d == std::trunc(d) && std::abs(d) < 9.2e18;
            v = qlonglong(d);
        } else {
            v = input.toLongLong(&ok);
        }
        if (!ok)
            return failWith(tr("Field “%1”: “%2” is not a whole number.").arg(field.name, input.toString()));
        if (field.type == FieldType::Integer && (v < std::numeric_limits<int>::min() || v > std::numeric_limits<int>::max()))
            return failWith(tr("Field “%1”: %2 is outside the range of a 32-bit integer (−2147483648 to 2147483647).")
                                .arg(field.name)
                                .arg(v));
        if (field.width > 0 && QString::number(std::abs(v)).size() > field.width)
            return failWith(tr("Field “%1”: %2 has more than %3 digits.").arg(field.name).arg(v).arg(field.width));
        return field.type == FieldType::Integer ? QVariant(int(v)) : QVariant(v);
    }
    case FieldType::Real: {
        bool ok = false;
        double d = 0;
        if (isText) {
            d = locale.toDouble(text, &ok);
            if (!ok)
                d = c.toDouble(text, &ok);
        } else {
            d = input.toDouble(&ok);
        }
        if (!ok || !std::isfinite(d))
            return failWith(tr("Field “%1”: “%2” is not a number.").arg(field.name, input.toString()));
        if (field.precision > 0) {
            const double scale = std::pow(10.0, field.precision);
            d = std::round(d * scale) / scale;
        }
        if (field.width > 0) {
            const int integerDigits = field.width - field.precision - (field.precision > 0 ? 1 : 0);
            const double limit = std::pow(10.0, std::max(0, integerDigits));
            if (std::abs(d) >= limit)
                return failWith(tr("Field “%1”: %2 does not fit in %3 digits with %4 decimals.")
                                    .arg(field.name, c.toString(d, 'g', 15))
                                    .arg(field.width)
                                    .arg(field.precision));
        }
        return QVariant(d);
    }
    case FieldType::String: {
        const QString s = input.typeId() == QMetaType::QDate ? input.toDate().toString(Qt::ISODate) : input.toString();
        if (field.width > 0 && s.size() > field.width)
            return failWith(tr("Field “%1”: the text has %2 characters; the field holds at most %3.")
                                .arg(field.name)
                                .arg(s.size())
                                .arg(field.width));
        return QVariant(s);
    }
    case FieldType::Date: {
        QDate d;
        if (input.typeId() == QMetaType::QDate)
            d = input.toDate();
        else if (input.typeId() == QMetaType::QDateTime)
            d = input.toDateTime().date();
        else {
            d = QDate::fromString(text, Qt::ISODate);
            if (!d.isValid())
                d = locale.toDate(text, QLocale::ShortFormat);
            if (!d.isValid())
                d = QDate::fromString(text, u"d/M/yyyy"_s);
        }
        if (!d.isValid())
            return failWith(tr("Field “%1”: “%2” is not a date (use YYYY-MM-DD).").arg(field.name, input.toString()));
        return QVariant(d);
    }
    case FieldType::DateTime: {
        QDateTime dt;
        if (input.typeId() == QMetaType::QDateTime)
            dt = input.toDateTime();
        else if (input.typeId() == QMetaType::QDate)
            dt = input.toDate().startOfDay();
        else {
            dt = QDateTime::fromString(text, Qt::ISODate);
            if (!dt.isValid())
                dt = locale.toDateTime(text, QLocale::ShortFormat);
            if (!dt.isValid())
                dt = QDateTime::fromString(text, u"d/M/yyyy H:mm"_s);
        }
        if (!dt.isValid())
            return failWith(tr("Field “%1”: “%2” is not a date and time (use YYYY-MM-DD HH:MM:SS).")
                                .arg(field.name, input.toString()));
        return QVariant(dt);
    }
    case FieldType::Time: {
        QTime t;
        if (input.typeId() == QMetaType::QTime)
            t = input.toTime();
        else {
            t = QTime::fromString(text, Qt::ISODate);
            if (!t.isValid())
                t = locale.toTime(text, QLocale::ShortFormat);
        }
        if (!t.isValid())
            return failWith(tr("Field “%1”: “%2” is not a time (use HH:MM:SS).").arg(field.name, input.toString()));
        return QVariant(t);
    }
    case FieldType::Boolean: {
        if (input.typeId() == QMetaType::Bool)
            return input;
        if (!isText) {
            bool ok = false;
            const qlonglong v = input.toLongLong(&ok);
            if (ok && (v == 0 || v == 1))
                return QVariant(v == 1);
        }
        static const QStringList yes{u"1"_s, u"true"_s, u"t"_s, u"yes"_s, u"y"_s, u"si"_s, u"sí"_s, u"s"_s,
                                     u"verdadero"_s, u"v"_s, u"sim"_s};
        static const QStringList no{u"0"_s, u"false"_s, u"f"_s, u"no"_s, u"n"_s, u"falso"_s, u"não"_s, u"nao"_s};
        const QString lower = text.toLower();
        if (yes.contains(lower))
            return QVariant(true);
        if (no.contains(lower))
            return QVariant(false);
        return failWith(tr("Field “%1”: “%2” is not true or false.").arg(field.name, input.toString()));
    }
    default:
        break;
    }
    return failWith(tr("Field “%1” (%2) cannot be edited here.").arg(field.name, Field::typeName(field.type)));
}

Qt::ItemFlags AttributeTableModel::flags(const QModelIndex &index) const
{
    Qt::ItemFlags f = QAbstractTableModel::flags(index);
    if (index.isValid() && m_layer && m_layer->isEditable() && index.column() < m_fields.size()
        && isEditableType(m_fields.at(index.column()).type))
        f |= Qt::ItemIsEditable;
    return f;
}

bool AttributeTableModel::setData(const QModelIndex &index, const QVariant &value, int role)
{
    if (role != Qt::EditRole || !index.isValid() || !m_layer || index.row() >= m_ids.size()
        || index.column() >= m_fields.size())
        return false;
    if (!m_layer->isEditable()) {
        emit editFailed(QCoreApplication::translate("territoria::AttributeTableModel",
                                                    "Layer “%1” is not in edit mode: turn on editing first.")
                            .arg(m_layer->name()));
        return false;
    }
    QString error;
    const auto converted = convertValue(m_fields.at(index.column()), value, &error);
    if (!converted) {
        emit editFailed(error);
        return false;
    }
    const qint64 fid = m_ids.at(index.row());
    const QVariant current = data(index, Qt::EditRole);
    const bool currentNull = !current.isValid() || current.isNull();
    const bool nextNull = !converted->isValid() || converted->isNull();
    if (currentNull == nextNull && (nextNull || current == *converted))
        return true; // nothing changes: no undo step
    if (!m_layer->changeAttributeValue(fid, index.column(), *converted)) {
        emit editFailed(QCoreApplication::translate("territoria::AttributeTableModel",
                                                    "Could not change field “%1” of feature %2.")
                            .arg(m_fields.at(index.column()).name)
                            .arg(fid));
        return false;
    }
    return true;
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
