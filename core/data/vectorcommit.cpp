// Writing an edit session to its source: in one transaction where the format has
// them (GeoPackage), otherwise on a copy of the files that is then swapped in.
#include "data/datasetpool.h"
#include "data/gdalutil.h"
#include "data/vectorlayer.h"
#include "data/vectorlayer_p.h"
#include "task/feedback.h"

#include <cpl_string.h>
#include <gdal_priv.h>
#include <ogr_api.h>
#include <ogrsf_frmts.h>

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QRandomGenerator>
#include <QTimeZone>
#include <QUndoStack>

#include <algorithm>
#include <mutex>

using namespace Qt::StringLiterals;

namespace territoria {

namespace {

std::mutex g_injectorMutex;
// Held while a save writes and swaps files beside its source, and while an open looks
// for the leftovers of a killed save: a layer opened on a worker thread meanwhile
// must not take a save in progress for an interrupted one.
std::recursive_mutex g_swapMutex;
std::function<bool(int)> g_injector;

bool injectorAllows(int step)
{
    std::function<bool(int)> f;
    {
        std::lock_guard lock(g_injectorMutex);
        f = g_injector;
    }
    return !f || f(step);
}

bool isLocalFile(const QString &path)
{
    return !path.startsWith(u"/vsi"_s) && !path.contains(u"://"_s);
}

OGRFieldType ogrType(FieldType t, OGRFieldSubType *sub)
{
    *sub = OFSTNone;
    switch (t) {
    case FieldType::Integer: return OFTInteger;
    case FieldType::Integer64: return OFTInteger64;
    case FieldType::Real: return OFTReal;
    case FieldType::String: return OFTString;
    case FieldType::Date: return OFTDate;
    case FieldType::Time: return OFTTime;
    case FieldType::DateTime: return OFTDateTime;
    case FieldType::Boolean: *sub = OFSTBoolean; return OFTInteger;
    case FieldType::Binary: return OFTBinary;
    case FieldType::List: return OFTStringList;
    case FieldType::Unknown: break;
    }
    return OFTString;
}

void setOgrField(OGRFeature *f, int idx, const QVariant &v)
{
    if (!v.isValid()) {
        f->SetFieldNull(idx);
        return;
    }
    const OGRFieldDefn *def = f->GetFieldDefnRef(idx);
    switch (def->GetType()) {
    case OFTInteger:
        f->SetField(idx, v.toInt());
        return;
    case OFTInteger64:
        f->SetField(idx, static_cast<GIntBig>(v.toLongLong()));
        return;
    case OFTReal:
        f->SetField(idx, v.toDouble());
        return;
    case OFTDate:
    case OFTTime:
    case OFTDateTime: {
        QDate date;
        QTime time(0, 0);
        int tz = 0;
        if (v.typeId() == QMetaType::QDateTime) {
            const QDateTime dt = v.toDateTime();
            date = dt.date();
            time = dt.time();
            if (dt.timeSpec() == Qt::UTC)
                tz = 100;
            else if (dt.timeSpec() == Qt::OffsetFromUTC)
                tz = 100 + dt.offsetFromUtc() / (15 * 60);
        } else if (v.typeId() == QMetaType::QDate) {
            date = v.toDate();
        } else if (v.typeId() == QMetaType::QTime) {
            time = v.toTime();
            date = QDate(1970, 1, 1);
        } else {
            f->SetField(idx, v.toString().toUtf8().constData());
            return;
        }
        f->SetField(idx, date.year(), date.month(), date.day(), time.hour(), time.minute(),
                    static_cast<float>(time.second() + time.msec() / 1000.0), tz);
        return;
    }
    case OFTBinary: {
        const QByteArray b = v.toByteArray();
        f->SetField(idx, static_cast<int>(b.size()), reinterpret_cast<const GByte *>(b.constData()));
        return;
    }
    case OFTIntegerList: {
        std::vector<int> values;
        for (const QVariant &x : v.toList())
            values.push_back(x.toInt());
        f->SetField(idx, static_cast<int>(values.size()), values.data());
        return;
    }
    case OFTInteger64List: {
        std::vector<GIntBig> values;
        for (const QVariant &x : v.toList())
            values.push_back(x.toLongLong());
        f->SetField(idx, static_cast<int>(values.size()), values.data());
        return;
    }
    case OFTRealList: {
        std::vector<double> values;
        for (const QVariant &x : v.toList())
            values.push_back(x.toDouble());
        f->SetField(idx, static_cast<int>(values.size()), values.data());
        return;
    }
    case OFTStringList: {
        CslList values;
        for (const QVariant &x : v.toList())
            values.add(x.toString());
        f->SetField(idx, values.list());
        return;
    }
    default:
        f->SetField(idx, v.toString().toUtf8().constData());
        return;
    }
}

// The geometry as OGR wants it for `layer` (single/multi promoted to the layer's type).
OGRGeometry *toOgrGeometry(const Geometry &g, OGRLayer *layer)
{
    if (g.isNull())
        return nullptr;
    OGRGeometry *out = nullptr;
    const QByteArray &wkb = g.wkb();
    if (OGRGeometryFactory::createFromWkb(wkb.constData(), nullptr, &out, static_cast<size_t>(wkb.size()), wkbVariantIso)
            != OGRERR_NONE
        || !out)
        return nullptr;
    const OGRwkbGeometryType target = layer->GetGeomType();
    if (wkbFlatten(target) != wkbUnknown && wkbFlatten(target) != wkbNone
        && wkbFlatten(out->getGeometryType()) != wkbFlatten(target)) {
        OGRwkbGeometryType t = wkbFlatten(target);
        if (out->Is3D())
            t = OGR_GT_SetZ(t);
        out = OGRGeometryFactory::forceTo(out, t);
    }
    return out;
}

// One commit: the steps, their numbers for the fault injector, and the first error.
class Writer
{
public:
    Writer(const VectorDataProvider::Private &d, const VectorEdits &e, Feedback *feedback)
        : d(d)
        , e(e)
        , feedback(feedback)
        , fileName(QFileInfo(d.path).fileName())
    {
    }

    // Before each write step: the fault injector and cancel.
    bool step(const QString &what)
    {
        current = what;
        if (feedback && feedback->isCanceled())
            return failStep(QCoreApplication::translate("VectorLayer", "canceled"));
        if (!injectorAllows(stepNumber++))
            return failStep(QCoreApplication::translate("VectorLayer", "disk error (simulated)"));
        return true;
    }

    bool failStep(const QString &why)
    {
        if (!error) {
            QString reason = why;
            if (reason.isEmpty())
                reason = gdal ? gdal->lastFailure() : QString();
            error = Error{QCoreApplication::translate("VectorLayer", "Cannot save the edits to “%1”: %2 failed%3")
                              .arg(fileName, current, reason.isEmpty() ? QString() : u" ("_s + reason + u')'),
                          d.path, gdal ? gdal->messages().join(u'\n') : QString()};
        }
        return false;
    }

    bool applyTo(GDALDataset *ds, OGRLayer *layer, bool shapefile);

    const VectorDataProvider::Private &d;
    const VectorEdits &e;
    Feedback *feedback;
    QString fileName;
    QString current;
    int stepNumber = 0;
    std::optional<Error> error;
    GdalErrorCollector *gdal = nullptr;
    QHash<qint64, qint64> fidMap;
    QList<qint64> deletedSorted;
};

QByteArray rawFieldName(const VectorDataProvider::Private &d, const QString &name)
{
    for (qsizetype i = 0; i < d.fields.size(); ++i)
        if (d.fields[i].name == name && i < d.fieldNamesUtf8.size())
            return d.fieldNamesUtf8[i];
    return name.toUtf8();
}

bool Writer::applyTo(GDALDataset *ds, OGRLayer *layer, bool shapefile)
{
    const int total = static_cast<int>(e.deletedFields.size() + e.addedFields.size() + e.changedGeometries.size()
                                       + e.changedAttributes.size() + e.added.size() + e.deleted.size()) + 1;
    int done = 0;
    const auto progress = [&] {
        if (feedback)
            feedback->setProgress(10 + 80 * (++done) / total);
    };
    for (const QString &name : e.deletedFields) {
        if (!step(QCoreApplication::translate("VectorLayer", "deleting the field “%1”").arg(name)))
            return false;
        const int idx = layer->FindFieldIndex(rawFieldName(d, name).constData(), TRUE);
        if (idx < 0)
            return failStep(QCoreApplication::translate("VectorLayer", "the field does not exist"));
        if (layer->DeleteField(idx) != OGRERR_NONE)
            return failStep({});
        progress();
    }
    for (const Field &f : e.addedFields) {
        if (!step(QCoreApplication::translate("VectorLayer", "adding the field “%1”").arg(f.name)))
            return false;
        OGRFieldSubType sub;
        OGRFieldDefn def(f.name.toUtf8().constData(), ogrType(f.type, &sub));
        def.SetSubType(sub);
        def.SetWidth(f.width);
        def.SetPrecision(f.precision);
        if (layer->CreateField(&def, TRUE) != OGRERR_NONE)
            return failStep({});
        progress();
    }
    const auto setAttributes = [&](OGRFeature *f, const QHash<QString, QVariant> &values) {
        for (auto it = values.cbegin(); it != values.cend(); ++it) {
            const int idx = f->GetFieldIndex(rawFieldName(d, it.key()).constData());
            if (idx < 0)
                return failStep(QCoreApplication::translate("VectorLayer", "the field “%1” does not exist").arg(it.key()));
            setOgrField(f, idx, it.value());
        }
        return true;
    };
    QSet<qint64> changedSet;
    for (auto it = e.changedGeometries.cbegin(); it != e.changedGeometries.cend(); ++it)
        changedSet.insert(it.key());
    for (auto it = e.changedAttributes.cbegin(); it != e.changedAttributes.cend(); ++it)
        changedSet.insert(it.key());
    QList<qint64> changed(changedSet.cbegin(), changedSet.cend());
    std::sort(changed.begin(), changed.end());
    for (qint64 fid : changed) {
        if (e.deleted.contains(fid))
            continue;
        if (!step(QCoreApplication::translate("VectorLayer", "changing feature %1").arg(fid)))
            return false;
        OGRFeatureUniquePtr f(layer->GetFeature(fid));
        if (!f)
            return failStep(QCoreApplication::translate("VectorLayer", "the feature does not exist"));
        if (auto g = e.changedGeometries.constFind(fid); g != e.changedGeometries.cend())
            f->SetGeometryDirectly(toOgrGeometry(*g, layer));
        if (auto a = e.changedAttributes.constFind(fid); a != e.changedAttributes.cend())
            if (!setAttributes(f.get(), *a))
                return false;
        if (layer->SetFeature(f.get()) != OGRERR_NONE)
            return failStep({});
        progress();
    }
    for (auto it = e.added.cend(); it != e.added.cbegin();) {
        --it;
        if (!step(QCoreApplication::translate("VectorLayer", "adding a feature")))
            return false;
        OGRFeatureUniquePtr f(OGRFeature::CreateFeature(layer->GetLayerDefn()));
        f->SetFID(OGRNullFID);
        f->SetGeometryDirectly(toOgrGeometry(it->geometry, layer));
        if (!setAttributes(f.get(), it->attributes))
            return false;
        if (layer->CreateFeature(f.get()) != OGRERR_NONE)
            return failStep({});
        fidMap.insert(it.key(), f->GetFID());
        progress();
    }
    deletedSorted = QList<qint64>(e.deleted.cbegin(), e.deleted.cend());
    std::sort(deletedSorted.begin(), deletedSorted.end());
    for (qint64 fid : std::as_const(deletedSorted)) {
        if (!step(QCoreApplication::translate("VectorLayer", "deleting feature %1").arg(fid)))
            return false;
        if (layer->DeleteFeature(fid) != OGRERR_NONE)
            return failStep({});
        progress();
    }
    if (shapefile && !deletedSorted.isEmpty()) {
        if (!step(QCoreApplication::translate("VectorLayer", "packing the shapefile")))
            return false;
        const QByteArray sql = "REPACK " + QByteArray(layer->GetName());
        const int failuresBefore = static_cast<int>(gdal->failures().size());
        ds->ExecuteSQL(sql.constData(), nullptr, nullptr);
        if (gdal->failures().size() > failuresBefore)
            return failStep({});
    }
    return true;
}

// The files of a shapefile (roads.shp, roads.dbf, roads.shp.xml...) or the file itself.
QStringList siblingFiles(const QString &path, bool shapefile)
{
    const QFileInfo fi(path);
    if (!shapefile)
        return {fi.fileName()};
    const QString base = fi.completeBaseName();
    QStringList out;
    const QStringList all = fi.absoluteDir().entryList(QDir::Files | QDir::Hidden);
    for (const QString &name : all) {
        if (!name.startsWith(base + u'.'))
            continue;
        const QString rest = name.mid(base.size() + 1).toLower();
        if (!rest.contains(u'.') || rest == u"shp.xml"_s)
            out.append(name);
    }
    return out;
}

} // namespace

void recoverInterruptedSave(const QString &path)
{
    if (!isLocalFile(path) || path.isEmpty())
        return;
    const QFileInfo fi(path);
    QDir dir = fi.absoluteDir();
    const QString base = fi.completeBaseName();
    const QString prefix = base + u".territoria-"_s;
    std::lock_guard lock(g_swapMutex);
    const QStringList leftovers = dir.entryList({prefix + u'*'}, QDir::Files | QDir::Hidden);
    if (leftovers.isEmpty())
        return;
    QSet<QString> tags;
    for (const QString &name : leftovers)
        tags.insert(name.mid(base.size(), 20)); // ".territoria-" + 8 hex digits
    for (const QString &tag : std::as_const(tags)) {
        const QString marker = dir.filePath(base + tag + u".swap"_s);
        QByteArray phase;
        if (QFile m(marker); m.open(QIODevice::ReadOnly))
            phase = m.readAll().trimmed();
        const QString newTag = tag + u"-new"_s, oldTag = tag + u"-old"_s;
        QStringList news, olds;
        for (const QString &name : leftovers) {
            if (name.startsWith(base + newTag))
                news.append(name);
            else if (name.startsWith(base + oldTag))
                olds.append(name);
        }
        if (phase == "2") {
            // Every original was moved aside: finish moving the new files in.
            for (const QString &n : std::as_const(news)) {
                const QString target = base + n.mid(base.size() + newTag.size());
                dir.remove(target);
                dir.rename(n, target);
            }
            QFile::remove(marker);
            for (const QString &o : std::as_const(olds))
                dir.remove(o);
        } else if (phase == "1") {
            // Originals were being moved aside: put them back.
            for (const QString &o : std::as_const(olds)) {
                const QString target = base + o.mid(base.size() + oldTag.size());
                if (!QFileInfo::exists(dir.filePath(target)))
                    dir.rename(o, target);
            }
            for (const QString &n : std::as_const(news))
                dir.remove(n);
            QFile::remove(marker);
        } else {
            // Killed while writing the copy, or after the swap: leftovers only.
            for (const QString &n : std::as_const(news))
                dir.remove(n);
            for (const QString &o : std::as_const(olds))
                dir.remove(o);
            QFile::remove(marker);
        }
    }
}

void VectorLayer::setCommitFaultInjectorForTesting(std::function<bool(int)> injector)
{
    std::lock_guard lock(g_injectorMutex);
    g_injector = std::move(injector);
}

bool VectorLayer::supportsEditing(QString *reason) const
{
    if (!m_editSupport) {
        const VectorDataProvider::Private &d = *m_sourceProvider->d;
        const QString file = QFileInfo(d.path).fileName();
        const auto no = [&](const QString &why) { m_editSupport = std::make_pair(false, why); };
        const QFileInfo fi(d.path);
        GDALDriver *driver = GetGDALDriverManager()->GetDriverByName(d.driverName.toUtf8().constData());
        if (!isLocalFile(d.path) || !fi.exists()) {
            no(QCoreApplication::translate("VectorLayer", "“%1” is not a local file and cannot be edited").arg(file));
        } else if (!fi.isWritable() || !QFileInfo(fi.absolutePath()).isWritable()) {
            no(QCoreApplication::translate("VectorLayer", "“%1” or its folder is read-only").arg(file));
        } else if (!driver) {
            no(QCoreApplication::translate("VectorLayer", "No GDAL driver can write “%1”").arg(file));
        } else if (!d.recodeFrom.isEmpty()) {
            no(QCoreApplication::translate("VectorLayer", "“%1” is read as %2 text, which cannot be written back; open it as UTF-8 to edit it")
                   .arg(file, d.encoding));
        } else if (d.driverName == u"CSV"_s && d.geomType != wkbNone) {
            no(QCoreApplication::translate("VectorLayer", "“%1” takes its geometries from text columns, which cannot be edited as geometries; "
                                                          "save it as a GeoPackage to edit it")
                   .arg(file));
        } else {
            GdalErrorCollector errors;
            CslList options(d.openOptions);
            const QStringList driverList = {d.driverName};
            CslList drivers(driverList);
            GDALDatasetUniquePtr ds(GDALDataset::FromHandle(GDALOpenEx(d.openPath.toUtf8().constData(),
                                                                       GDAL_OF_VECTOR | GDAL_OF_UPDATE,
                                                                       drivers.list(), options.list(), nullptr)));
            OGRLayer *layer = ds ? d.layerOf(ds.get()) : nullptr;
            if (!ds) {
                no(QCoreApplication::translate("VectorLayer", "The %1 format of “%2” cannot be written by GDAL; save it as a GeoPackage to edit it")
                       .arg(d.driverName, file));
            } else if (!layer || !(layer->TestCapability(OLCRandomWrite) || layer->TestCapability(OLCSequentialWrite))) {
                no(QCoreApplication::translate("VectorLayer", "The %1 driver cannot write features to “%2”").arg(d.driverName, file));
            } else {
                m_editSupport = std::make_pair(true, QString());
            }
        }
    }
    if (reason)
        *reason = m_editSupport->second;
    return m_editSupport->first;
}

Result<void> VectorLayer::commitChanges(bool keepEditing, Feedback *feedback)
{
    if (!m_editing)
        return fail(QCoreApplication::translate("VectorLayer", "“%1” is not being edited").arg(name()), source());
    const auto finish = [&](const QHash<qint64, qint64> &fidMap) {
        m_macroDepth = 0;
        m_macroBefore = {};
        m_pendingAdded.clear();
        m_pendingDeleted.clear();
        m_pendingChanged.clear();
        m_pendingFields = m_pendingSelection = false;
        const bool fieldsDiffer = !m_edits.addedFields.isEmpty() || !m_edits.deletedFields.isEmpty();
        m_edits = {};
        m_nextNewFid = -1;
        removeJournal();
        if (keepEditing)
            m_undoStack->clear();
        Q_EMIT committed(fidMap);
        if (fieldsDiffer)
            Q_EMIT fieldsChanged();
        Q_EMIT editsChanged();
        Q_EMIT repaintRequested();
        if (!keepEditing) {
            m_editing = false;
            m_undoStack.reset();
            Q_EMIT editingStopped();
        }
    };
    if (m_edits.isEmpty()) {
        finish({});
        return {};
    }

    const VectorDataProvider::Private &d = *m_sourceProvider->d;
    const QString file = QFileInfo(d.path).fileName();
    const bool shapefile = d.driverName == u"ESRI Shapefile"_s;
    Writer w(d, m_edits, feedback);
    GdalErrorCollector gdal;
    w.gdal = &gdal;
    if (feedback)
        feedback->setProgress(0);
    // The pooled read handles would hold the old file (and SQLite read locks).
    d.pool->clearIdle();
    const QByteArray driverName = d.driverName.toUtf8();
    CslList options(d.openOptions);
    const QStringList driverList = {d.driverName};
    CslList drivers(driverList);
    const auto openUpdate = [&](const QString &path) {
        return GDALDatasetUniquePtr(GDALDataset::FromHandle(GDALOpenEx(
            path.toUtf8().constData(), GDAL_OF_VECTOR | GDAL_OF_UPDATE | GDAL_OF_VERBOSE_ERROR, drivers.list(),
            options.list(), nullptr)));
    };

    bool transactional = false;
    {
        w.current = QCoreApplication::translate("VectorLayer", "opening for writing");
        GDALDatasetUniquePtr ds = openUpdate(d.openPath);
        if (!ds) {
            w.failStep({});
            return std::unexpected(*w.error);
        }
        transactional = ds->TestCapability(ODsCTransactions);
        if (transactional) {
            OGRLayer *layer = d.layerOf(ds.get());
            if (!layer) {
                w.failStep(QCoreApplication::translate("VectorLayer", "the layer is gone"));
                return std::unexpected(*w.error);
            }
            if (!w.step(QCoreApplication::translate("VectorLayer", "starting the transaction")))
                return std::unexpected(*w.error);
            if (ds->StartTransaction(FALSE) != OGRERR_NONE) {
                w.failStep({});
                return std::unexpected(*w.error);
            }
            bool ok = w.applyTo(ds.get(), layer, false);
            if (ok && w.step(QCoreApplication::translate("VectorLayer", "committing the transaction"))) {
                if (ds->CommitTransaction() != OGRERR_NONE)
                    ok = w.failStep({});
            } else {
                ok = false;
            }
            if (!ok) {
                ds->RollbackTransaction();
                ds.reset();
                return std::unexpected(*w.error);
            }
            ds.reset(); // close (flushes)
            if (gdal.hasFailures()) {
                w.current = QCoreApplication::translate("VectorLayer", "closing the file");
                w.failStep({});
                return std::unexpected(*w.error);
            }
        }
    }

    std::function<qint64(qint64)> remapExisting = [](qint64 fid) { return fid; };
    std::unique_lock swapLock(g_swapMutex, std::defer_lock);
    if (!transactional) {
        swapLock.lock();
        recoverInterruptedSave(d.path);
        bool renumbers = shapefile;
        if (!shapefile && !m_edits.deleted.isEmpty()) {
            // Ids 0..n-1 (or 1..n) in order: they are positions.
            auto ids = m_sourceProvider->featureIds(feedback);
            if (ids) {
                renumbers = true;
                const qint64 first = ids->isEmpty() ? 0 : ids->first();
                for (qsizetype i = 0; i < ids->size() && renumbers; ++i)
                    renumbers = ids->at(i) == first + i;
                renumbers = renumbers && (first == 0 || first == 1);
            }
        }
        // Write a copy beside the source, then swap it in.
        const QFileInfo src(d.path);
        QDir dir = src.absoluteDir();
        const QString base = src.completeBaseName();
        const QString tag = u".territoria-%1"_s.arg(QRandomGenerator::global()->generate(), 8, 16, QChar(u'0'));
        // Formats of several files named alike (roads.shp/.dbf/.shx, roads.tab/.dat/.map/.id).
        const bool multiFile = shapefile || d.driverName == u"MapInfo File"_s;
        const QStringList originals = siblingFiles(d.path, multiFile);
        // The copy's name for an original name: roads.dbf -> roads.territoria-1a2b3c4d.dbf
        const auto renamed = [&](const QString &name, const QString &what) -> QString {
            return base + what + name.mid(base.size());
        };
        const QString tmpTag = tag + u"-new"_s;
        const QString bakTag = tag + u"-old"_s;
        QStringList copies;
        const auto removeCopies = [&] {
            for (const QString &c : dir.entryList(QDir::Files | QDir::Hidden))
                if (c.contains(tmpTag))
                    dir.remove(c);
        };
        bool hadQix = false;
        bool ok = true;
        for (const QString &name : originals) {
            const QString lower = name.toLower();
            if (lower.endsWith(u".qix"_s) || lower.endsWith(u".sbn"_s) || lower.endsWith(u".sbx"_s)) {
                hadQix |= lower.endsWith(u".qix"_s);
                continue; // stale after the edits; the .qix is rebuilt below
            }
            const QString copy = renamed(name, tmpTag);
            if (!w.step(QCoreApplication::translate("VectorLayer", "copying “%1”").arg(name))) {
                ok = false;
                break;
            }
            if (!QFile::copy(dir.filePath(name), dir.filePath(copy))) {
                ok = w.failStep(QCoreApplication::translate("VectorLayer", "cannot write in the folder"));
                break;
            }
            copies.append(copy);
        }
        const QString mainCopy = dir.filePath(renamed(src.fileName(), tmpTag));
        if (ok) {
            w.current = QCoreApplication::translate("VectorLayer", "opening the copy");
            GDALDatasetUniquePtr ds = openUpdate(mainCopy);
            OGRLayer *layer = nullptr;
            if (ds)
                layer = multiFile ? ds->GetLayer(0) : d.layerOf(ds.get());
            if (!layer)
                ok = w.failStep({});
            else
                ok = w.applyTo(ds.get(), layer, shapefile);
            if (ok && shapefile && hadQix) {
                if (w.step(QCoreApplication::translate("VectorLayer", "rebuilding the spatial index"))) {
                    const QByteArray sql = "CREATE SPATIAL INDEX ON " + QByteArray(layer->GetName());
                    ds->ExecuteSQL(sql.constData(), nullptr, nullptr);
                } else {
                    ok = false;
                }
            }
            if (ok) {
                w.current = QCoreApplication::translate("VectorLayer", "writing the copy");
                const int before = static_cast<int>(gdal.failures().size());
                ds.reset();
                if (gdal.failures().size() > before)
                    ok = w.failStep({});
            }
        }
        if (!ok) {
            removeCopies();
            return std::unexpected(*w.error);
        }
        // Swap: originals -> backups, copies -> originals, then drop the backups.
        QStringList newFiles;
        for (const QString &c : dir.entryList(QDir::Files | QDir::Hidden))
            if (c.contains(tmpTag))
                newFiles.append(c);
        QStringList backedUp, movedIn;
        // The marker tells recoverInterruptedSave() how far a killed swap got:
        // "1" = originals are being moved aside (undo), "2" = all are aside (finish).
        const QString marker = dir.filePath(base + tag + u".swap"_s);
        const auto writeMarker = [&](const char *phase) {
            QFile m(marker);
            if (!m.open(QIODevice::WriteOnly | QIODevice::Truncate))
                return false;
            const bool ok = m.write(phase) == 1 && m.flush();
            m.close();
            return ok;
        };
        const auto restore = [&] {
            for (const QString &m : std::as_const(movedIn))
                dir.remove(m);
            for (const QString &o : std::as_const(backedUp))
                dir.rename(renamed(o, bakTag), o);
            removeCopies();
            QFile::remove(marker);
        };
        if (!writeMarker("1")) {
            w.current = QCoreApplication::translate("VectorLayer", "replacing the files");
            w.failStep(QCoreApplication::translate("VectorLayer", "cannot write in the folder"));
            restore();
            return std::unexpected(*w.error);
        }
        for (const QString &name : originals) {
            if (!w.step(QCoreApplication::translate("VectorLayer", "replacing “%1”").arg(name)) || !dir.rename(name, renamed(name, bakTag))) {
                w.failStep(QCoreApplication::translate("VectorLayer", "cannot rename “%1”").arg(name));
                restore();
                return std::unexpected(*w.error);
            }
            backedUp.append(name);
        }
        if (!writeMarker("2")) {
            w.failStep(QCoreApplication::translate("VectorLayer", "cannot write in the folder"));
            restore();
            return std::unexpected(*w.error);
        }
        for (const QString &c : std::as_const(newFiles)) {
            const QString target = base + c.mid(base.size() + tmpTag.size());
            if (!w.step(QCoreApplication::translate("VectorLayer", "replacing “%1”").arg(target)) || !dir.rename(c, target)) {
                w.failStep(QCoreApplication::translate("VectorLayer", "cannot rename “%1”").arg(c));
                restore();
                return std::unexpected(*w.error);
            }
            movedIn.append(target);
        }
        QFile::remove(marker);
        for (const QString &o : std::as_const(backedUp))
            dir.remove(renamed(o, bakTag));
        // Formats whose ids are the features' positions (shapefile after REPACK, GeoJSON
        // without "id" members...) renumber on the next read: each feature keeps its place
        // among the survivors, and added ones come last.
        if (renumbers && !w.deletedSorted.isEmpty()) {
            const QList<qint64> deleted = w.deletedSorted;
            for (auto it = w.fidMap.begin(); it != w.fidMap.end(); ++it)
                it.value() -= std::lower_bound(deleted.cbegin(), deleted.cend(), it.value()) - deleted.cbegin();
            remapExisting = [deleted](qint64 fid) {
                if (std::binary_search(deleted.cbegin(), deleted.cend(), fid))
                    return qint64(-1);
                return fid - (std::lower_bound(deleted.cbegin(), deleted.cend(), fid) - deleted.cbegin());
            };
        }
    }

    if (swapLock.owns_lock())
        swapLock.unlock(); // reloadSource() opens the file, which takes the lock again
    // The source changed: read it again as VectorLayer::open() would.
    const QHash<qint64, qint64> fidMap = w.fidMap;
    auto reloaded = reloadSource(fidMap, remapExisting);
    if (feedback)
        feedback->setProgress(100);
    finish(fidMap);
    if (!reloaded)
        return std::unexpected(Error{QCoreApplication::translate("VectorLayer", "The edits were saved to “%1”, but it could not be read again: %2")
                                         .arg(file, reloaded.error().message),
                                     d.path, reloaded.error().detail});
    return {};
}

Result<void> VectorLayer::reloadSource(const QHash<qint64, qint64> &fidMap, const std::function<qint64(qint64)> &remapExisting)
{
    // Remap the selection first (the ids of the session, before the reload).
    QSet<qint64> selection;
    for (qint64 fid : std::as_const(m_selected)) {
        const qint64 mapped = fid < 0 ? fidMap.value(fid, -1) : remapExisting(fid);
        if (mapped >= 0)
            selection.insert(mapped);
    }
    const std::shared_ptr<DatasetPool> oldPool = m_sourceProvider->d->pool;
    auto fresh = VectorLayer::open(m_sourceProvider->source(), m_sourceProvider->options());
    oldPool->clearIdle();
    m_editSupport.reset();
    const bool selectionDiffers = selection != m_selected;
    m_selected = selection;
    if (!fresh) {
        m_provider = m_sourceProvider;
        m_providerDirty = false;
        if (selectionDiffers)
            Q_EMIT selectionChanged();
        return std::unexpected(fresh.error());
    }
    m_sourceProvider = (*fresh)->m_sourceProvider;
    m_provider = m_sourceProvider;
    m_providerDirty = false;
    if (selectionDiffers)
        Q_EMIT selectionChanged();
    return {};
}

} // namespace territoria
