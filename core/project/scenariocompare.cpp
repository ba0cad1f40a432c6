#include "project/scenariocompare.h"

#include "analysis/vectorio.h"
#include "task/feedback.h"

#include <gdal_priv.h>
#include <ogrsf_frmts.h>

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QHash>
#include <QLocale>
#include <QSaveFile>
#include <QSet>

#include <cmath>

using namespace Qt::StringLiterals;

namespace territoria {

namespace {

constexpr double NaN = std::numeric_limits<double>::quiet_NaN();

bool isNumeric(OGRFieldType type)
{
    return type == OFTInteger || type == OFTInteger64 || type == OFTReal;
}

QString nativePath(const QString &p)
{
    return QDir::toNativeSeparators(p);
}

struct Unit {
    QString key;
    QList<double> values;
    OGRGeometryUniquePtr geometry;
};

// The units of `layer` keyed by `keyField` with the values of `fields`.
Result<std::vector<Unit>> readUnits(OGRLayer *layer, const QString &path, const QString &keyField,
                                    const QStringList &fields, bool withGeometry)
{
    OGRFeatureDefn *defn = layer->GetLayerDefn();
    const int keyIndex = defn->GetFieldIndex(keyField.toUtf8().constData());
    std::vector<int> indexes;
    for (const QString &f : fields)
        indexes.push_back(defn->GetFieldIndex(f.toUtf8().constData()));
    std::vector<Unit> units;
    QHash<QString, int> seen;
    layer->ResetReading();
    for (auto &feature : *layer) {
        Unit unit;
        if (!feature->IsFieldSetAndNotNull(keyIndex))
            return fail(ScenarioCompare::tr("%1: a unit has no value in the key field “%2”.").arg(nativePath(path), keyField),
                        path);
        unit.key = QString::fromUtf8(feature->GetFieldAsString(keyIndex)).trimmed();
        if (seen.contains(unit.key))
            return fail(ScenarioCompare::tr("%1: the key field “%2” is not unique: “%3” appears more than once.")
                            .arg(nativePath(path), keyField, unit.key),
                        path);
        seen.insert(unit.key, int(units.size()));
        for (int index : indexes)
            unit.values << (feature->IsFieldSetAndNotNull(index) ? feature->GetFieldAsDouble(index) : NaN);
        if (withGeometry && feature->GetGeometryRef())
            unit.geometry.reset(feature->GetGeometryRef()->clone());
        units.push_back(std::move(unit));
    }
    return units;
}

QString numberText(double v)
{
    // 12 significant digits: no binary noise (0.0750000000000001) in the table.
    return std::isfinite(v) ? QString::number(v, 'g', 12) : QString();
}

QString csvText(const QString &s)
{
    if (!s.contains(u',') && !s.contains(u'"') && !s.contains(u'\n'))
        return s;
    QString q = s;
    q.replace(u"\""_s, u"\"\""_s);
    return u'"' + q + u'"';
}

Result<void> writeCsv(const QString &path, const ScenarioComparison &c)
{
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly | QIODevice::Text))
        return fail(ScenarioCompare::tr("Cannot write %1: %2").arg(nativePath(path), file.errorString()), path);
    QStringList header{csvText(c.keyField)};
    for (const QString &f : c.fields)
        for (const QString &col : ScenarioComparison::columnNames(f))
            header << csvText(col);
    QByteArray bytes = header.join(u',').toUtf8() + '\n';
    for (const ScenarioComparison::Row &row : c.rows) {
        QStringList cells{csvText(row.key)};
        for (int i = 0; i < c.fields.size(); ++i)
            cells << numberText(row.a[i]) << numberText(row.b[i]) << numberText(row.difference(i)) << numberText(row.percent(i));
        bytes += cells.join(u',').toUtf8() + '\n';
    }
    file.write(bytes);
    if (!file.commit())
        return fail(ScenarioCompare::tr("Cannot write %1: %2").arg(nativePath(path), file.errorString()), path);
    return {};
}

Result<void> writeGpkg(const QString &path, const ScenarioComparison &c, OGRLayer *layerA, const std::vector<Unit> &unitsA,
                       OGRFieldType keyType)
{
    GDALDriver *driver = GetGDALDriverManager()->GetDriverByName("GPKG");
    if (!driver)
        return fail(ScenarioCompare::tr("Cannot write %1: GDAL has no GeoPackage driver.").arg(nativePath(path)), path);
    if (QFileInfo::exists(path) && !QFile::remove(path))
        return fail(ScenarioCompare::tr("Cannot replace %1: it may be open in another program.").arg(nativePath(path)), path);
    GDALDatasetUniquePtr ds(driver->Create(path.toUtf8().constData(), 0, 0, 0, GDT_Unknown, nullptr));
    if (!ds)
        return fail(ScenarioCompare::tr("Cannot create %1: %2").arg(nativePath(path), QString::fromUtf8(CPLGetLastErrorMsg())),
                    path);
    OGRLayer *out = ds->CreateLayer("difference", layerA->GetSpatialRef(), layerA->GetGeomType(), nullptr);
    if (!out)
        return fail(ScenarioCompare::tr("Cannot create %1: %2").arg(nativePath(path), QString::fromUtf8(CPLGetLastErrorMsg())),
                    path);
    OGRFieldDefn key(c.keyField.toUtf8().constData(), keyType == OFTInteger64 || keyType == OFTInteger ? keyType : OFTString);
    out->CreateField(&key);
    for (const QString &f : c.fields) {
        for (const QString &col : ScenarioComparison::columnNames(f)) {
            OGRFieldDefn d(col.toUtf8().constData(), OFTReal);
            if (out->CreateField(&d) != OGRERR_NONE)
                return fail(ScenarioCompare::tr("Cannot create the field %1 in %2.").arg(col, nativePath(path)), path);
        }
    }
    QHash<QString, const Unit *> byKey;
    for (const Unit &u : unitsA)
        byKey.insert(u.key, &u);
    ds->StartTransaction();
    for (const ScenarioComparison::Row &row : c.rows) {
        OGRFeatureUniquePtr f(OGRFeature::CreateFeature(out->GetLayerDefn()));
        if (keyType == OFTInteger64 || keyType == OFTInteger)
            f->SetField(0, static_cast<GIntBig>(row.key.toLongLong()));
        else
            f->SetField(0, row.key.toUtf8().constData());
        int field = 1;
        for (int i = 0; i < c.fields.size(); ++i) {
            const double values[] = {row.a[i], row.b[i], row.difference(i), row.percent(i)};
            for (double v : values) {
                if (std::isfinite(v))
                    f->SetField(field, v);
                else
                    f->SetFieldNull(field);
                ++field;
            }
        }
        const Unit *unit = byKey.value(row.key);
        if (unit && unit->geometry)
            f->SetGeometry(unit->geometry.get());
        if (out->CreateFeature(f.get()) != OGRERR_NONE) {
            ds->RollbackTransaction();
            return fail(ScenarioCompare::tr("Cannot write to %1: %2").arg(nativePath(path), QString::fromUtf8(CPLGetLastErrorMsg())),
                        path);
        }
    }
    if (ds->CommitTransaction() != OGRERR_NONE)
        return fail(ScenarioCompare::tr("Cannot write to %1: %2").arg(nativePath(path), QString::fromUtf8(CPLGetLastErrorMsg())),
                    path);
    return {};
}

} // namespace

double ScenarioComparison::Row::percent(int field) const
{
    const double av = a.value(field, NaN), bv = b.value(field, NaN);
    if (!std::isfinite(av) || !std::isfinite(bv) || av == 0)
        return NaN;
    return 100.0 * (bv - av) / av;
}

QStringList ScenarioComparison::columnNames(const QString &field)
{
    return {field + u"_a"_s, field + u"_b"_s, field + u"_diff"_s, field + u"_pct"_s};
}

QString ScenarioComparison::summaryText(const QString &nameA, const QString &nameB) const
{
    const QLocale locale;
    auto num = [&locale](double v) { return std::isfinite(v) ? locale.toString(v, 'g', 10) : u"–"_s; };
    QStringList lines;
    lines << ScenarioCompare::tr("%1 units in both “%2” (A) and “%3” (B), matched on %4.")
                 .arg(rows.size())
                 .arg(nameA, nameB, keyField);
    if (!onlyInA.isEmpty())
        lines << ScenarioCompare::tr("%n unit(s) only in A: %1", nullptr, int(onlyInA.size())).arg(onlyInA.mid(0, 10).join(u", "_s));
    if (!onlyInB.isEmpty())
        lines << ScenarioCompare::tr("%n unit(s) only in B: %1", nullptr, int(onlyInB.size())).arg(onlyInB.mid(0, 10).join(u", "_s));
    for (const ScenarioFieldSummary &s : summaries) {
        QString line = ScenarioCompare::tr("%1: total A %2, B %3, mean B − A %4; %5 up, %6 down, %7 unchanged")
                           .arg(s.field, num(s.sumA), num(s.sumB), num(s.meanDifference))
                           .arg(s.increased)
                           .arg(s.decreased)
                           .arg(s.unchanged);
        if (!s.largestIncreaseKey.isEmpty())
            line += u"; "_s + ScenarioCompare::tr("largest rise %1 (%2)").arg(s.largestIncreaseKey, num(s.largestIncrease));
        if (!s.largestDecreaseKey.isEmpty())
            line += u"; "_s + ScenarioCompare::tr("largest fall %1 (%2)").arg(s.largestDecreaseKey, num(s.largestDecrease));
        lines << line;
    }
    return lines.join(u'\n');
}

Result<ScenarioComparison> ScenarioCompare::compare(const QString &layerA, const QString &layerB, const QString &keyField,
                                                    const QString &outputDir, const QString &baseName, Feedback *feedback)
{
    if (keyField.trimmed().isEmpty())
        return fail(tr("No key field given to match the units of the two scenarios (e.g. the district code)."));
    auto a = openVector(layerA);
    if (!a)
        return std::unexpected(a.error());
    auto b = openVector(layerB);
    if (!b)
        return std::unexpected(b.error());
    OGRFeatureDefn *defA = a->layer->GetLayerDefn();
    OGRFeatureDefn *defB = b->layer->GetLayerDefn();
    const QByteArray key = keyField.toUtf8();
    const int keyA = defA->GetFieldIndex(key.constData());
    const int keyB = defB->GetFieldIndex(key.constData());
    if (keyA < 0)
        return fail(tr("%1 has no key field “%2”.").arg(nativePath(a->path), keyField), a->path);
    if (keyB < 0)
        return fail(tr("%1 has no key field “%2”.").arg(nativePath(b->path), keyField), b->path);

    ScenarioComparison c;
    c.keyField = keyField;
    for (int i = 0; i < defA->GetFieldCount(); ++i) {
        OGRFieldDefn *fa = defA->GetFieldDefn(i);
        if (i == keyA || !isNumeric(fa->GetType()))
            continue;
        const int j = defB->GetFieldIndex(fa->GetNameRef());
        if (j < 0 || !isNumeric(defB->GetFieldDefn(j)->GetType()))
            continue;
        c.fields << QString::fromUtf8(fa->GetNameRef());
    }
    if (c.fields.isEmpty())
        return fail(tr("%1 and %2 share no numeric field to compare.").arg(nativePath(a->path), nativePath(b->path)), a->path);

    auto unitsA = readUnits(a->layer, a->path, keyField, c.fields, !outputDir.isEmpty());
    if (!unitsA)
        return std::unexpected(unitsA.error());
    if (feedback && feedback->isCanceled())
        return fail(tr("The comparison was canceled."));
    auto unitsB = readUnits(b->layer, b->path, keyField, c.fields, false);
    if (!unitsB)
        return std::unexpected(unitsB.error());
    if (feedback)
        feedback->setProgress(50);

    QHash<QString, const Unit *> byKeyB;
    for (const Unit &u : *unitsB)
        byKeyB.insert(u.key, &u);
    QSet<QString> keysA;
    for (const Unit &u : *unitsA) {
        keysA.insert(u.key);
        const Unit *other = byKeyB.value(u.key);
        if (!other) {
            c.onlyInA << u.key;
            continue;
        }
        c.rows << ScenarioComparison::Row{u.key, u.values, other->values};
    }
    for (const Unit &u : *unitsB)
        if (!keysA.contains(u.key))
            c.onlyInB << u.key;
    if (c.rows.isEmpty())
        return fail(tr("No unit of %1 matches one of %2 on “%3” (are they the same districts?).")
                        .arg(nativePath(a->path), nativePath(b->path), keyField),
                    a->path);

    for (int i = 0; i < c.fields.size(); ++i) {
        ScenarioFieldSummary s;
        s.field = c.fields[i];
        double sumDiff = 0;
        int n = 0;
        for (const ScenarioComparison::Row &row : c.rows) {
            if (std::isfinite(row.a[i]))
                s.sumA += row.a[i];
            if (std::isfinite(row.b[i]))
                s.sumB += row.b[i];
            const double d = row.difference(i);
            if (!std::isfinite(d))
                continue;
            sumDiff += d;
            ++n;
            if (d > 0) {
                ++s.increased;
                if (s.largestIncreaseKey.isEmpty() || d > s.largestIncrease) {
                    s.largestIncrease = d;
                    s.largestIncreaseKey = row.key;
                }
            } else if (d < 0) {
                ++s.decreased;
                if (s.largestDecreaseKey.isEmpty() || d < s.largestDecrease) {
                    s.largestDecrease = d;
                    s.largestDecreaseKey = row.key;
                }
            } else {
                ++s.unchanged;
            }
        }
        if (n > 0)
            s.meanDifference = sumDiff / n;
        c.summaries << s;
    }

    if (!outputDir.isEmpty()) {
        if (!QDir().mkpath(outputDir))
            return fail(tr("Cannot create the folder %1.").arg(nativePath(outputDir)), outputDir);
        const QString base = baseName.isEmpty() ? u"comparison"_s : baseName;
        c.csvPath = QDir(outputDir).filePath(base + u".csv"_s);
        c.gpkgPath = QDir(outputDir).filePath(base + u".gpkg"_s);
        if (auto ok = writeCsv(c.csvPath, c); !ok)
            return std::unexpected(ok.error());
        if (auto ok = writeGpkg(c.gpkgPath, c, a->layer, *unitsA, defA->GetFieldDefn(keyA)->GetType()); !ok)
            return std::unexpected(ok.error());
    }
    if (feedback)
        feedback->setProgress(100);
    return c;
}

} // namespace territoria
