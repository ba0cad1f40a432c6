// The edit session of a VectorLayer: the edit buffer (VectorEdits), its JSON form,
// the undoable edits and the crash journal. Writing to the source is in vectorcommit.cpp.
#include "data/editjournal.h"
#include "data/gdalutil.h"
#include "data/vectoreditcommands.h"
#include "data/vectorlayer.h"
#include "data/vectorlayerfactory.h"

#include <gdal_priv.h>

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QLocale>
#include <QSaveFile>
#include <QTimeZone>
#include <QUndoStack>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace territoria {

// ---------------------------------------------------------------------------------------------
// VectorEdits

bool VectorEdits::isEmpty() const
{
    return added.isEmpty() && changedGeometries.isEmpty() && changedAttributes.isEmpty() && deleted.isEmpty()
        && addedFields.isEmpty() && deletedFields.isEmpty();
}

namespace {

QString journalError(const QString &what)
{
    return QCoreApplication::translate("VectorEdits", "The saved edits are damaged: %1").arg(what);
}

QJsonValue valueToJson(const QVariant &v)
{
    QJsonObject o;
    if (!v.isValid()) {
        o[u"t"_s] = u"null"_s;
        return o;
    }
    switch (v.typeId()) {
    case QMetaType::Bool:
        o[u"t"_s] = u"bool"_s;
        o[u"v"_s] = v.toBool();
        break;
    case QMetaType::Int:
    case QMetaType::Short:
    case QMetaType::UShort:
    case QMetaType::Char:
    case QMetaType::SChar:
    case QMetaType::UChar:
        o[u"t"_s] = u"int"_s;
        o[u"v"_s] = v.toInt();
        break;
    case QMetaType::UInt:
    case QMetaType::Long:
    case QMetaType::LongLong:
    case QMetaType::ULong:
    case QMetaType::ULongLong:
        o[u"t"_s] = u"int64"_s;
        o[u"v"_s] = QString::number(v.toLongLong()); // exact beyond 2^53
        break;
    case QMetaType::Double:
    case QMetaType::Float:
        o[u"t"_s] = u"real"_s;
        o[u"v"_s] = QString::number(v.toDouble(), 'g', QLocale::FloatingPointShortest); // exact, NaN/inf too
        break;
    case QMetaType::QDate:
        o[u"t"_s] = u"date"_s;
        o[u"v"_s] = v.toDate().toString(Qt::ISODate);
        break;
    case QMetaType::QTime:
        o[u"t"_s] = u"time"_s;
        o[u"v"_s] = v.toTime().toString(u"HH:mm:ss.zzz"_s);
        break;
    case QMetaType::QDateTime: {
        const QDateTime dt = v.toDateTime();
        o[u"t"_s] = u"datetime"_s;
        o[u"v"_s] = dt.toString(Qt::ISODateWithMs); // "Z", "+hh:mm" or nothing (local time)
        break;
    }
    case QMetaType::QByteArray:
        o[u"t"_s] = u"binary"_s;
        o[u"v"_s] = QString::fromLatin1(v.toByteArray().toBase64());
        break;
    case QMetaType::QVariantList:
    case QMetaType::QStringList: {
        QJsonArray a;
        for (const QVariant &item : v.toList())
            a.append(valueToJson(item));
        o[u"t"_s] = u"list"_s;
        o[u"v"_s] = a;
        break;
    }
    default:
        o[u"t"_s] = u"string"_s;
        o[u"v"_s] = v.toString();
        break;
    }
    return o;
}

Result<QVariant> valueFromJson(const QJsonValue &json)
{
    const QJsonObject o = json.toObject();
    const QString t = o.value(u"t"_s).toString();
    const QJsonValue v = o.value(u"v"_s);
    if (t == u"null"_s)
        return QVariant();
    if (t == u"bool"_s && v.isBool())
        return QVariant(v.toBool());
    if (t == u"int"_s && v.isDouble())
        return QVariant(v.toInt());
    if (t == u"int64"_s && v.isString()) {
        bool ok = false;
        const qint64 n = v.toString().toLongLong(&ok);
        if (ok)
            return QVariant(n);
    }
    if (t == u"real"_s && v.isString()) {
        bool ok = false;
        const double d = v.toString().toDouble(&ok);
        if (ok)
            return QVariant(d);
        const QString s = v.toString().toLower();
        if (s == u"nan"_s)
            return QVariant(std::numeric_limits<double>::quiet_NaN());
        if (s == u"inf"_s || s == u"+inf"_s)
            return QVariant(std::numeric_limits<double>::infinity());
        if (s == u"-inf"_s)
            return QVariant(-std::numeric_limits<double>::infinity());
    }
    if (t == u"string"_s && v.isString())
        return QVariant(v.toString());
    if (t == u"date"_s && v.isString()) {
        const QDate d = QDate::fromString(v.toString(), Qt::ISODate);
        if (d.isValid())
            return QVariant(d);
    }
    if (t == u"time"_s && v.isString()) {
        const QTime tm = QTime::fromString(v.toString(), u"HH:mm:ss.zzz"_s);
        if (tm.isValid())
            return QVariant(tm);
    }
    if (t == u"datetime"_s && v.isString()) {
        const QDateTime dt = QDateTime::fromString(v.toString(), Qt::ISODateWithMs);
        if (dt.isValid())
            return QVariant(dt);
    }
    if (t == u"binary"_s && v.isString())
        return QVariant(QByteArray::fromBase64(v.toString().toLatin1()));
    if (t == u"list"_s && v.isArray()) {
        QVariantList l;
        for (const QJsonValue &item : v.toArray()) {
            auto r = valueFromJson(item);
            if (!r)
                return r;
            l.append(*r);
        }
        return QVariant(l);
    }
    return fail(journalError(QCoreApplication::translate("VectorEdits", "unreadable value %1")
                                 .arg(QString::fromUtf8(QJsonDocument(o).toJson(QJsonDocument::Compact)))));
}

QJsonObject valuesToJson(const QHash<QString, QVariant> &values)
{
    QJsonObject o;
    for (auto it = values.cbegin(); it != values.cend(); ++it)
        o[it.key()] = valueToJson(it.value());
    return o;
}

Result<QHash<QString, QVariant>> valuesFromJson(const QJsonObject &o)
{
    QHash<QString, QVariant> out;
    for (auto it = o.begin(); it != o.end(); ++it) {
        auto v = valueFromJson(it.value());
        if (!v)
            return std::unexpected(v.error());
        out.insert(it.key(), *v);
    }
    return out;
}

QString geometryToHex(const Geometry &g)
{
    return QString::fromLatin1(g.wkb().toHex());
}

Result<Geometry> geometryFromHex(const QJsonValue &v)
{
    if (!v.isString())
        return fail(journalError(QCoreApplication::translate("VectorEdits", "a geometry is missing")));
    const QByteArray hex = v.toString().toLatin1();
    if (hex.isEmpty())
        return Geometry();
    const QByteArray wkb = QByteArray::fromHex(hex);
    if (wkb.size() * 2 != hex.size())
        return fail(journalError(QCoreApplication::translate("VectorEdits", "a geometry is not hexadecimal WKB")));
    return Geometry::fromWkb(wkb);
}

std::optional<FieldType> fieldTypeFromName(const QString &name)
{
    for (FieldType t : {FieldType::Integer, FieldType::Integer64, FieldType::Real, FieldType::String, FieldType::Date,
                        FieldType::Time, FieldType::DateTime, FieldType::Boolean, FieldType::Binary, FieldType::List,
                        FieldType::Unknown})
        if (Field::typeName(t) == name)
            return t;
    return std::nullopt;
}

Result<qint64> fidFromJson(const QJsonValue &v)
{
    if (v.isDouble())
        return static_cast<qint64>(v.toDouble());
    bool ok = false;
    const qint64 n = v.toString().toLongLong(&ok);
    if (!ok)
        return fail(journalError(QCoreApplication::translate("VectorEdits", "a feature id is not a number")));
    return n;
}

} // namespace

QJsonObject VectorEdits::toJson() const
{
    QJsonObject o;
    QJsonArray a;
    for (auto it = added.cbegin(); it != added.cend(); ++it) {
        QJsonObject f;
        f[u"fid"_s] = QString::number(it.key());
        f[u"geometry"_s] = geometryToHex(it->geometry);
        f[u"attributes"_s] = valuesToJson(it->attributes);
        a.append(f);
    }
    o[u"added"_s] = a;
    QList<qint64> keys = changedGeometries.keys();
    std::sort(keys.begin(), keys.end());
    QJsonArray g;
    for (qint64 fid : keys)
        g.append(QJsonObject{{u"fid"_s, QString::number(fid)}, {u"geometry"_s, geometryToHex(changedGeometries.value(fid))}});
    o[u"changedGeometries"_s] = g;
    keys = changedAttributes.keys();
    std::sort(keys.begin(), keys.end());
    QJsonArray c;
    for (qint64 fid : keys)
        c.append(QJsonObject{{u"fid"_s, QString::number(fid)}, {u"values"_s, valuesToJson(changedAttributes.value(fid))}});
    o[u"changedAttributes"_s] = c;
    keys = QList<qint64>(deleted.cbegin(), deleted.cend());
    std::sort(keys.begin(), keys.end());
    QJsonArray d;
    for (qint64 fid : keys)
        d.append(QString::number(fid));
    o[u"deleted"_s] = d;
    QJsonArray af;
    for (const Field &f : addedFields)
        af.append(QJsonObject{{u"name"_s, f.name},
                              {u"type"_s, Field::typeName(f.type)},
                              {u"width"_s, f.width},
                              {u"precision"_s, f.precision}});
    o[u"addedFields"_s] = af;
    o[u"deletedFields"_s] = QJsonArray::fromStringList(deletedFields);
    return o;
}

Result<VectorEdits> VectorEdits::fromJson(const QJsonObject &json)
{
    VectorEdits e;
    for (const QJsonValue &v : json.value(u"added"_s).toArray()) {
        const QJsonObject f = v.toObject();
        auto fid = fidFromJson(f.value(u"fid"_s));
        if (!fid)
            return std::unexpected(fid.error());
        if (*fid >= 0)
            return fail(journalError(QCoreApplication::translate("VectorEdits", "an added feature has the id %1").arg(*fid)));
        auto g = geometryFromHex(f.value(u"geometry"_s));
        if (!g)
            return std::unexpected(g.error());
        auto values = valuesFromJson(f.value(u"attributes"_s).toObject());
        if (!values)
            return std::unexpected(values.error());
        e.added.insert(*fid, NewFeature{*g, *values});
    }
    for (const QJsonValue &v : json.value(u"changedGeometries"_s).toArray()) {
        const QJsonObject f = v.toObject();
        auto fid = fidFromJson(f.value(u"fid"_s));
        if (!fid)
            return std::unexpected(fid.error());
        auto g = geometryFromHex(f.value(u"geometry"_s));
        if (!g)
            return std::unexpected(g.error());
        e.changedGeometries.insert(*fid, *g);
    }
    for (const QJsonValue &v : json.value(u"changedAttributes"_s).toArray()) {
        const QJsonObject f = v.toObject();
        auto fid = fidFromJson(f.value(u"fid"_s));
        if (!fid)
            return std::unexpected(fid.error());
        auto values = valuesFromJson(f.value(u"values"_s).toObject());
        if (!values)
            return std::unexpected(values.error());
        e.changedAttributes.insert(*fid, *values);
    }
    for (const QJsonValue &v : json.value(u"deleted"_s).toArray()) {
        auto fid = fidFromJson(v);
        if (!fid)
            return std::unexpected(fid.error());
        e.deleted.insert(*fid);
    }
    for (const QJsonValue &v : json.value(u"addedFields"_s).toArray()) {
        const QJsonObject o = v.toObject();
        Field f;
        f.name = o.value(u"name"_s).toString();
        const auto type = fieldTypeFromName(o.value(u"type"_s).toString());
        if (f.name.isEmpty() || !type)
            return fail(journalError(QCoreApplication::translate("VectorEdits", "an added field has no name or an unknown type")));
        f.type = *type;
        f.width = o.value(u"width"_s).toInt();
        f.precision = o.value(u"precision"_s).toInt();
        e.addedFields.append(f);
    }
    for (const QJsonValue &v : json.value(u"deletedFields"_s).toArray())
        e.deletedFields.append(v.toString());
    return e;
}

// ---------------------------------------------------------------------------------------------
// Journal files

Result<EditJournalEntry> readJournal(const QString &path)
{
    const QString name = QFileInfo(path).fileName();
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return fail(QCoreApplication::translate("VectorEdits", "Cannot read the edit journal “%1”: %2").arg(name, f.errorString()), path);
    QJsonParseError pe;
    const QJsonDocument doc = QJsonDocument::fromJson(f.readAll(), &pe);
    if (doc.isNull() || !doc.isObject())
        return fail(QCoreApplication::translate("VectorEdits", "“%1” is not an edit journal (invalid JSON: %2)").arg(name, pe.errorString()), path);
    const QJsonObject o = doc.object();
    if (o.value(u"format"_s).toInt() != 1 || !o.value(u"edits"_s).isObject() || o.value(u"source"_s).toString().isEmpty())
        return fail(QCoreApplication::translate("VectorEdits", "“%1” is not an edit journal of this version").arg(name), path);
    EditJournalEntry e;
    e.journalPath = path;
    e.source = o.value(u"source"_s).toString();
    e.sublayer = o.value(u"sublayer"_s).toString();
    e.options.layerName = e.sublayer;
    e.options.encoding = o.value(u"encoding"_s).toString();
    for (const QJsonValue &v : o.value(u"openOptions"_s).toArray())
        e.options.openOptions.append(v.toString());
    e.savedAt = QDateTime::fromString(o.value(u"savedAt"_s).toString(), Qt::ISODateWithMs);
    auto edits = VectorEdits::fromJson(o.value(u"edits"_s).toObject());
    if (!edits) {
        Error err = edits.error();
        err.message = QCoreApplication::translate("VectorEdits", "“%1”: %2").arg(name, err.message);
        err.source = path;
        return std::unexpected(err);
    }
    e.edits = std::move(*edits);
    return e;
}

Result<QList<EditJournalEntry>> readJournals(const QString &dir)
{
    QList<EditJournalEntry> out;
    const QDir d(dir);
    if (!d.exists())
        return out;
    const QFileInfoList files = d.entryInfoList({u"*.json"_s}, QDir::Files | QDir::Readable, QDir::Name);
    for (const QFileInfo &fi : files) {
        auto e = readJournal(fi.absoluteFilePath());
        if (e)
            out.append(std::move(*e));
    }
    std::stable_sort(out.begin(), out.end(),
                     [](const EditJournalEntry &a, const EditJournalEntry &b) { return a.savedAt < b.savedAt; });
    return out;
}

void VectorLayer::setJournalPath(const QString &path)
{
    if (path == m_journalPath)
        return;
    // Outside a session the files are left alone: the new path may be the journal
    // that is about to be restored with applyEdits().
    if (m_editing)
        removeJournal();
    m_journalPath = path;
    writeJournal();
}

void VectorLayer::writeJournal() const
{
    if (m_journalPath.isEmpty() || !m_editing)
        return;
    if (m_edits.isEmpty()) {
        removeJournal();
        return;
    }
    QJsonObject o;
    o[u"format"_s] = 1;
    o[u"source"_s] = m_sourceProvider->source();
    o[u"sublayer"_s] = m_sourceProvider->layerName();
    const VectorLayerOptions opts = m_sourceProvider->options();
    o[u"encoding"_s] = opts.encoding;
    o[u"openOptions"_s] = QJsonArray::fromStringList(opts.openOptions);
    o[u"savedAt"_s] = QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs);
    o[u"edits"_s] = m_edits.toJson();
    QSaveFile f(m_journalPath);
    if (!f.open(QIODevice::WriteOnly)) {
        qWarning("Cannot write the edit journal %s: %s", qPrintable(m_journalPath), qPrintable(f.errorString()));
        return;
    }
    f.write(QJsonDocument(o).toJson(QJsonDocument::Compact));
    if (!f.commit())
        qWarning("Cannot write the edit journal %s: %s", qPrintable(m_journalPath), qPrintable(f.errorString()));
}

void VectorLayer::removeJournal() const
{
    if (!m_journalPath.isEmpty() && QFileInfo::exists(m_journalPath))
        QFile::remove(m_journalPath);
}

// ---------------------------------------------------------------------------------------------
// Edit session

namespace {
bool sharedOrEqual(const Geometry &a, const Geometry &b)
{
    return a.wkb().isSharedWith(b.wkb()) || a == b;
}
bool sharedOrEqual(const QHash<QString, QVariant> &a, const QHash<QString, QVariant> &b)
{
    return a.isSharedWith(b) || a == b;
}
} // namespace

bool VectorLayer::isModified() const
{
    return m_editing && !m_edits.isEmpty();
}

VectorEdits VectorLayer::edits() const
{
    return m_editing ? m_edits : VectorEdits();
}

Result<void> VectorLayer::startEditing()
{
    if (m_editing)
        return {};
    QString reason;
    if (!supportsEditing(&reason))
        return fail(reason, source());
    m_undoStack = std::make_unique<QUndoStack>();
    // The journal follows the stack's index: once per edit, undo, redo or whole macro.
    connect(m_undoStack.get(), &QUndoStack::indexChanged, this, [this] { writeJournal(); });
    m_editing = true;
    m_edits = {};
    m_nextNewFid = -1;
    m_macroDepth = 0;
    Q_EMIT editingStarted();
    return {};
}

void VectorLayer::rollBack(bool keepEditing)
{
    if (!m_editing)
        return;
    if (m_macroDepth > 0) {
        m_macroDepth = 0;
        m_macroBefore = {};
        m_pendingAdded.clear();
        m_pendingDeleted.clear();
        m_pendingChanged.clear();
        m_pendingFields = m_pendingSelection = false;
    }
    if (!m_edits.isEmpty() || m_providerDirty)
        setEdits({}); // emits the fine-grained signals as an undo would
    m_nextNewFid = -1;
    removeJournal();
    if (keepEditing) {
        m_undoStack->clear();
    } else {
        m_editing = false;
        m_undoStack.reset();
        Q_EMIT editingStopped();
    }
}

// An edit command is not a QUndoStack macro of many snapshots (each edit would copy
// the whole buffer): the edits change the buffer in place and endEditCommand() pushes
// one command from the state at beginEditCommand() to the result.
void VectorLayer::beginEditCommand(const QString &text)
{
    if (!m_editing)
        return;
    if (m_macroDepth++ > 0)
        return;
    m_macroBefore = m_edits;
    m_macroText = text;
    m_macroSteps = 0;
    m_pendingAdded.clear();
    m_pendingDeleted.clear();
    m_pendingChanged.clear();
    m_pendingFields = m_pendingSelection = false;
}

void VectorLayer::endEditCommand()
{
    if (!m_editing || m_macroDepth <= 0)
        return;
    if (--m_macroDepth > 0)
        return;
    VectorEdits before = std::move(m_macroBefore);
    m_macroBefore = {};
    if (m_macroSteps == 0)
        return;
    m_provider = m_edits.isEmpty() ? m_sourceProvider : m_sourceProvider->withEdits(m_edits);
    m_providerDirty = false;
    m_undoStack->push(new VectorEditCommand(this, std::move(before), m_edits, m_macroText, true));
    const QSet<qint64> added = std::exchange(m_pendingAdded, {});
    const QSet<qint64> deleted = std::exchange(m_pendingDeleted, {});
    const QSet<qint64> changed = std::exchange(m_pendingChanged, {});
    if (std::exchange(m_pendingFields, false))
        Q_EMIT fieldsChanged();
    if (!deleted.isEmpty())
        Q_EMIT featuresDeleted(deleted);
    if (!added.isEmpty())
        Q_EMIT featuresAdded(added);
    if (!changed.isEmpty())
        Q_EMIT featuresChanged(changed);
    if (std::exchange(m_pendingSelection, false))
        Q_EMIT selectionChanged();
    Q_EMIT editsChanged();
    Q_EMIT repaintRequested();
}

VectorEdits VectorLayer::takeEdits()
{
    if (m_macroDepth > 0)
        return std::move(m_edits);
    return m_edits;
}

void VectorLayer::pushEdit(const QString &text, VectorEdits next, const QSet<qint64> &added, const QSet<qint64> &deleted,
                           const QSet<qint64> &changed, bool fieldsChanged)
{
    if (m_macroDepth == 0) {
        m_undoStack->push(new VectorEditCommand(this, m_edits, std::move(next), text));
        return;
    }
    m_edits = std::move(next);
    m_providerDirty = true;
    ++m_macroSteps;
    for (qint64 fid : deleted) {
        m_pendingChanged.remove(fid);
        if (!m_pendingAdded.remove(fid))
            m_pendingDeleted.insert(fid);
        m_pendingSelection |= m_selected.remove(fid);
    }
    for (qint64 fid : added)
        if (!m_pendingDeleted.remove(fid))
            m_pendingAdded.insert(fid);
    for (qint64 fid : changed)
        if (!m_pendingAdded.contains(fid))
            m_pendingChanged.insert(fid);
    m_pendingFields |= fieldsChanged;
}

void VectorLayer::setEdits(VectorEdits edits)
{
    const VectorEdits old = std::move(m_edits);
    m_edits = std::move(edits);
    m_provider = m_edits.isEmpty() ? m_sourceProvider : m_sourceProvider->withEdits(m_edits);
    m_providerDirty = false;

    // What changed, for the views.
    // Values still shared with the old buffer did not change (the common case: one
    // edit detaches one entry), which keeps this linear with a tiny constant.
    const auto same = [](const VectorEdits::NewFeature &a, const VectorEdits::NewFeature &b) {
        return (a.geometry.wkb().isSharedWith(b.geometry.wkb()) || a.geometry == b.geometry)
            && (a.attributes.isSharedWith(b.attributes) || a.attributes == b.attributes);
    };
    QSet<qint64> added, deleted, changed;
    for (auto it = m_edits.added.cbegin(); it != m_edits.added.cend() && !m_edits.added.isSharedWith(old.added); ++it) {
        auto o = old.added.constFind(it.key());
        if (o == old.added.cend())
            added.insert(it.key());
        else if (!same(*o, *it))
            changed.insert(it.key());
    }
    for (auto it = old.added.cbegin(); it != old.added.cend() && !m_edits.added.isSharedWith(old.added); ++it)
        if (!m_edits.added.contains(it.key()))
            deleted.insert(it.key());
    for (qint64 fid : m_edits.deleted)
        if (!old.deleted.contains(fid))
            deleted.insert(fid);
    for (qint64 fid : old.deleted)
        if (!m_edits.deleted.contains(fid))
            added.insert(fid);
    const auto diffKeys = [&](const auto &a, const auto &b) {
        if (a.isSharedWith(b))
            return;
        for (auto it = a.cbegin(); it != a.cend(); ++it) {
            auto o = b.constFind(it.key());
            if (o == b.cend() || !sharedOrEqual(*o, *it))
                changed.insert(it.key());
        }
        for (auto it = b.cbegin(); it != b.cend(); ++it)
            if (!a.contains(it.key()))
                changed.insert(it.key());
    };
    diffKeys(m_edits.changedGeometries, old.changedGeometries);
    diffKeys(m_edits.changedAttributes, old.changedAttributes);
    changed.subtract(added);
    changed.subtract(deleted);
    const bool fieldsDiffer = m_edits.addedFields != old.addedFields || m_edits.deletedFields != old.deletedFields;

    // Features that no longer exist leave the selection.
    bool selectionDiffers = false;
    for (qint64 fid : std::as_const(deleted))
        selectionDiffers |= m_selected.remove(fid);

    // The journal is written on the stack's indexChanged() (once per macro, not per step).
    if (fieldsDiffer)
        Q_EMIT fieldsChanged();
    if (!deleted.isEmpty())
        Q_EMIT featuresDeleted(deleted);
    if (!added.isEmpty())
        Q_EMIT featuresAdded(added);
    if (!changed.isEmpty())
        Q_EMIT featuresChanged(changed);
    if (selectionDiffers)
        Q_EMIT selectionChanged();
    Q_EMIT editsChanged();
    Q_EMIT repaintRequested();
}

Result<qint64> VectorLayer::addFeature(const Geometry &geometry, const QVariantList &attributes)
{
    if (!m_editing)
        return fail(QCoreApplication::translate("VectorLayer", "“%1” is not being edited").arg(name()), source());
    const Fields f = fields();
    if (attributes.size() > f.size())
        return fail(QCoreApplication::translate("VectorLayer", "%1 values given for the %2 fields of “%3”")
                        .arg(attributes.size())
                        .arg(f.size())
                        .arg(name()),
                    source());
    VectorEdits::NewFeature nf;
    nf.geometry = geometry;
    for (qsizetype i = 0; i < attributes.size(); ++i) {
        if (!attributes[i].isValid())
            continue;
        bool ok = false;
        const QVariant v = convertValueToFieldType(attributes[i], f[i].type, &ok);
        if (!ok)
            return fail(QCoreApplication::translate("VectorLayer", "The value “%1” does not fit the field “%2” (%3)")
                            .arg(attributes[i].toString(), f[i].name, Field::typeName(f[i].type)),
                        source());
        nf.attributes.insert(f[i].name, v);
    }
    const qint64 fid = m_nextNewFid--;
    VectorEdits next = takeEdits();
    next.added.insert(fid, nf);
    pushEdit(QCoreApplication::translate("VectorLayer", "Add feature"), std::move(next), {fid}, {}, {}, false);
    return fid;
}

bool VectorLayer::deleteFeatures(const QSet<qint64> &fids)
{
    if (!m_editing || fids.isEmpty())
        return false;
    QSet<qint64> gone;
    for (qint64 fid : fids)
        if (fid < 0 ? m_edits.added.contains(fid) : !m_edits.deleted.contains(fid))
            gone.insert(fid);
    if (gone.isEmpty())
        return false;
    VectorEdits next = takeEdits();
    for (qint64 fid : std::as_const(gone)) {
        if (fid < 0) {
            next.added.remove(fid);
        } else {
            next.deleted.insert(fid);
            next.changedGeometries.remove(fid);
            next.changedAttributes.remove(fid);
        }
    }
    const int n = static_cast<int>(gone.size());
    pushEdit(QCoreApplication::translate("VectorLayer", "Delete %n feature(s)", nullptr, n), std::move(next), {}, gone, {}, false);
    return true;
}

bool VectorLayer::changeGeometry(qint64 fid, const Geometry &geometry)
{
    if (!m_editing)
        return false;
    if (fid < 0 ? !m_edits.added.contains(fid) : m_edits.deleted.contains(fid))
        return false;
    VectorEdits next = takeEdits();
    if (fid < 0)
        next.added[fid].geometry = geometry;
    else
        next.changedGeometries.insert(fid, geometry);
    pushEdit(QCoreApplication::translate("VectorLayer", "Change geometry"), std::move(next), {}, {}, {fid}, false);
    return true;
}

bool VectorLayer::changeAttributeValue(qint64 fid, int field, const QVariant &value)
{
    if (!m_editing)
        return false;
    const Fields f = fields();
    if (field < 0 || field >= f.size())
        return false;
    if (fid < 0 ? !m_edits.added.contains(fid) : m_edits.deleted.contains(fid))
        return false;
    QVariant v;
    if (value.isValid()) {
        bool ok = false;
        v = convertValueToFieldType(value, f[field].type, &ok);
        if (!ok)
            return false;
    }
    const QString name = f[field].name;
    VectorEdits next = takeEdits();
    if (fid < 0) {
        auto &attributes = next.added[fid].attributes;
        if (v.isValid())
            attributes.insert(name, v);
        else
            attributes.remove(name);
    } else {
        next.changedAttributes[fid].insert(name, v);
    }
    pushEdit(QCoreApplication::translate("VectorLayer", "Change “%1”").arg(name), std::move(next), {}, {}, {fid}, false);
    return true;
}

Result<void> VectorLayer::addField(const Field &field)
{
    if (!m_editing)
        return fail(QCoreApplication::translate("VectorLayer", "“%1” is not being edited").arg(name()), source());
    const QString fieldName = field.name.trimmed();
    if (fieldName.isEmpty())
        return fail(QCoreApplication::translate("VectorLayer", "A field needs a name"), source());
    for (const Field &f : fields())
        if (f.name.compare(fieldName, Qt::CaseInsensitive) == 0)
            return fail(QCoreApplication::translate("VectorLayer", "“%1” already has a field named “%2”").arg(name(), f.name), source());
    const QString driverName = m_sourceProvider->driverName();
    if (driverName == u"ESRI Shapefile"_s && fieldName.toUtf8().size() > 10)
        return fail(QCoreApplication::translate("VectorLayer", "The field name “%1” is too long for a shapefile (at most 10 characters)").arg(fieldName), source());
    if (driverName == u"GPKG"_s && fieldName.compare(u"fid"_s, Qt::CaseInsensitive) == 0)
        return fail(QCoreApplication::translate("VectorLayer", "“fid” is the GeoPackage's feature id column; choose another field name"), source());
    if (GDALDriver *drv = GetGDALDriverManager()->GetDriverByName(driverName.toUtf8().constData())) {
        const char *types = drv->GetMetadataItem(GDAL_DMD_CREATIONFIELDDATATYPES);
        QString ogrName;
        switch (field.type) {
        case FieldType::Integer:
        case FieldType::Boolean: ogrName = u"Integer"_s; break;
        case FieldType::Integer64: ogrName = u"Integer64"_s; break;
        case FieldType::Real: ogrName = u"Real"_s; break;
        case FieldType::String: ogrName = u"String"_s; break;
        case FieldType::Date: ogrName = u"Date"_s; break;
        case FieldType::Time: ogrName = u"Time"_s; break;
        case FieldType::DateTime: ogrName = u"DateTime"_s; break;
        case FieldType::Binary: ogrName = u"Binary"_s; break;
        case FieldType::List:
        case FieldType::Unknown: break;
        }
        const QStringList supported = QString::fromUtf8(types ? types : "").split(u' ', Qt::SkipEmptyParts);
        if (ogrName.isEmpty() || (!supported.isEmpty() && !supported.contains(ogrName)))
            return fail(QCoreApplication::translate("VectorLayer", "The format of “%1” cannot store fields of type %2")
                            .arg(name(), Field::typeName(field.type)),
                        source());
    }
    Field f = field;
    f.name = fieldName;
    VectorEdits next = takeEdits();
    next.addedFields.append(f);
    pushEdit(QCoreApplication::translate("VectorLayer", "Add field “%1”").arg(fieldName), std::move(next), {}, {}, {}, true);
    return {};
}

Result<void> VectorLayer::deleteField(int field)
{
    if (!m_editing)
        return fail(QCoreApplication::translate("VectorLayer", "“%1” is not being edited").arg(name()), source());
    const Fields f = fields();
    if (field < 0 || field >= f.size())
        return fail(QCoreApplication::translate("VectorLayer", "“%1” has no field number %2").arg(name()).arg(field + 1), source());
    const QString fieldName = f[field].name;
    VectorEdits next = takeEdits();
    bool wasAdded = false;
    for (qsizetype i = 0; i < next.addedFields.size(); ++i) {
        if (next.addedFields[i].name == fieldName) {
            next.addedFields.removeAt(i);
            wasAdded = true;
            break;
        }
    }
    if (!wasAdded)
        next.deletedFields.append(fieldName);
    QSet<qint64> changed;
    for (auto it = next.added.begin(); it != next.added.end(); ++it)
        if (it->attributes.contains(fieldName)) {
            it->attributes.remove(fieldName);
            changed.insert(it.key());
        }
    for (auto it = next.changedAttributes.begin(); it != next.changedAttributes.end();) {
        if (it->contains(fieldName)) {
            changed.insert(it.key());
            it->remove(fieldName);
        }
        if (it->isEmpty())
            it = next.changedAttributes.erase(it);
        else
            ++it;
    }
    pushEdit(QCoreApplication::translate("VectorLayer", "Delete field “%1”").arg(fieldName), std::move(next), {}, {}, changed, true);
    return {};
}

Result<void> VectorLayer::applyEdits(const VectorEdits &edits, const QString &undoText)
{
    if (!m_editing) {
        auto r = startEditing();
        if (!r)
            return r;
    }
    // The ids must still exist in the source.
    for (qint64 fid : edits.added.keys())
        if (fid >= 0)
            return fail(QCoreApplication::translate("VectorLayer", "The edits add a feature with the id %1").arg(fid), source());
    const Fields sourceFields = m_sourceProvider->fields();
    for (const QString &f : edits.deletedFields)
        if (sourceFields.indexOf(f) < 0)
            return fail(QCoreApplication::translate("VectorLayer", "The edits delete the field “%1”, which “%2” does not have")
                            .arg(f, name()),
                        source());
    QSet<qint64> added, deleted, changed;
    for (auto it = edits.added.cbegin(); it != edits.added.cend(); ++it)
        added.insert(it.key());
    deleted = edits.deleted;
    for (auto it = edits.changedGeometries.cbegin(); it != edits.changedGeometries.cend(); ++it)
        changed.insert(it.key());
    for (auto it = edits.changedAttributes.cbegin(); it != edits.changedAttributes.cend(); ++it)
        changed.insert(it.key());
    (void)takeEdits(); // replaced as a whole
    pushEdit(undoText, edits, added, deleted, changed, true);
    if (!edits.added.isEmpty())
        m_nextNewFid = std::min(m_nextNewFid, edits.added.firstKey() - 1);
    return {};
}

} // namespace territoria
