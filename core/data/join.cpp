#include "data/join.h"

#include "analysis/parameterdefinition.h"
#include "data/gdalutil.h"
#include "task/feedback.h"

#include <gdal_priv.h>
#include <ogrsf_frmts.h>

#include <QFileInfo>
#include <QHash>
#include <QSet>

#include <cmath>

using namespace Qt::StringLiterals;

namespace territoria {

namespace {

bool allDigits(const QString &text)
{
    if (text.isEmpty())
        return false;
    for (QChar c : text)
        if (!c.isDigit())
            return false;
    return true;
}

QString stripZeros(const QString &text)
{
    if (!allDigits(text))
        return text;
    qsizetype i = 0;
    while (i + 1 < text.size() && text.at(i) == u'0')
        ++i;
    return text.mid(i);
}

} // namespace

QVariantMap JoinReport::toVariantMap() const
{
    QVariantMap map;
    map.insert(u"layer_feature_count"_s, layerFeatureCount);
    map.insert(u"table_row_count"_s, tableRowCount);
    map.insert(u"matched_count"_s, matchedCount);
    map.insert(u"unmatched_layer_count"_s, int(unmatchedLayerKeys.size()));
    map.insert(u"unmatched_table_count"_s, int(unmatchedTableKeys.size()));
    map.insert(u"duplicate_key_count"_s, int(duplicateTableKeys.size()));
    map.insert(u"unmatched_layer_keys"_s, unmatchedLayerKeys);
    map.insert(u"unmatched_table_keys"_s, unmatchedTableKeys);
    map.insert(u"duplicate_table_keys"_s, duplicateTableKeys);
    map.insert(u"type_mismatch"_s, typeMismatch);
    map.insert(u"hint"_s, hint);
    return map;
}

QString TableJoin::keyText(const QVariant &value, int zeroPadWidth)
{
    if (!value.isValid() || value.isNull())
        return {};
    QString text;
    if (value.typeId() == QMetaType::Double) {
        const double d = value.toDouble();
        text = std::floor(d) == d && std::abs(d) < 9e15 ? QString::number(qlonglong(d)) : QString::number(d, 'g', 17);
    } else {
        text = value.toString().trimmed();
    }
    if (zeroPadWidth > 0 && allDigits(text) && text.size() < zeroPadWidth)
        text = QString(zeroPadWidth - text.size(), u'0') + text;
    return text;
}

QList<int> TableJoin::match(const QStringList &layerKeys, bool layerKeysAreNumbers, const Table &table,
                            const JoinOptions &options, JoinReport &report)
{
    const int keyColumn = table.columnIndex(options.tableField);
    Q_ASSERT(keyColumn >= 0);
    const bool tableKeysAreNumbers = table.columns.at(keyColumn).type != TableColumnType::Text;
    report.layerFeatureCount = int(layerKeys.size());
    report.tableRowCount = table.rowCount();

    QHash<QString, int> rowOfKey;
    QStringList tableKeys;
    QSet<QString> duplicates;
    for (int r = 0; r < table.rowCount(); ++r) {
        const QVariant &typed = table.values.at(r).at(keyColumn);
        const QString key = keyText(typed.isNull() ? QVariant(table.rawRows.at(r).at(keyColumn)) : typed, options.zeroPadWidth);
        tableKeys << key;
        if (key.isEmpty())
            continue;
        if (rowOfKey.contains(key)) {
            if (!duplicates.contains(key)) {
                duplicates.insert(key);
                report.duplicateTableKeys << key;
            }
            continue;
        }
        rowOfKey.insert(key, r);
    }
    for (const QString &key : std::as_const(report.duplicateTableKeys))
        report.warnings << tr("The key “%1” is on several rows of %2: the first row is joined.").arg(key, table.source);

    QList<int> rows;
    QSet<int> used;
    for (const QString &raw : layerKeys) {
        const QString key = keyText(raw, options.zeroPadWidth);
        const int row = key.isEmpty() ? -1 : rowOfKey.value(key, -1);
        rows << row;
        if (row >= 0) {
            ++report.matchedCount;
            used.insert(row);
        } else {
            report.unmatchedLayerKeys << key;
        }
    }
    QSet<QString> unmatchedSeen;
    for (int r = 0; r < table.rowCount(); ++r) {
        const QString &key = tableKeys.at(r);
        if (!key.isEmpty() && rowOfKey.value(key) == r && !used.contains(r) && !unmatchedSeen.contains(key)) {
            unmatchedSeen.insert(key);
            report.unmatchedTableKeys << key;
        }
    }

    // Would the unmatched keys match without their leading zeros? Then the two
    // sides write the same code differently (a number against a zero-padded text).
    if (!report.unmatchedLayerKeys.isEmpty() && !report.unmatchedTableKeys.isEmpty()) {
        QSet<QString> stripped;
        int width = 0;
        for (const QString &key : std::as_const(report.unmatchedTableKeys)) {
            stripped.insert(stripZeros(key));
            width = std::max(width, int(key.size()));
        }
        int wouldMatch = 0;
        for (const QString &key : std::as_const(report.unmatchedLayerKeys)) {
            width = std::max(width, int(key.size()));
            if (stripped.contains(stripZeros(key)))
                ++wouldMatch;
        }
        if (wouldMatch > 0) {
            report.typeMismatch = true;
            const QString layerKind = layerKeysAreNumbers ? tr("numbers") : tr("text");
            const QString tableKind = tableKeysAreNumbers ? tr("numbers") : tr("text");
            report.hint = tr("%n key(s) differ only by leading zeros (the layer's keys are %1, the table's are %2, "
                             "e.g. “%3” and “%4”): ask for zero padding to width %5 to match them.",
                             nullptr, wouldMatch)
                              .arg(layerKind, tableKind, report.unmatchedLayerKeys.first(), report.unmatchedTableKeys.first())
                              .arg(width);
        }
    }
    return rows;
}

Result<JoinReport> TableJoin::joinToFile(const QString &layerSource, const Table &table, const JoinOptions &options,
                                         const QString &outputPath, Feedback *feedback)
{
    ensureGdalRegistered();
    GdalErrorCollector errors;
    const VectorSource src = splitVectorSource(layerSource);
    GDALDatasetUniquePtr input(GDALDataset::Open(src.path.toUtf8().constData(), GDAL_OF_VECTOR | GDAL_OF_READONLY));
    if (!input)
        return fail(tr("Cannot open %1 as a vector layer.").arg(src.path), src.path, errors.lastFailure());
    OGRLayer *layer = src.layerName.isEmpty() ? input->GetLayer(0) : input->GetLayerByName(src.layerName.toUtf8().constData());
    if (!layer)
        return fail(tr("%1 has no layer “%2”.").arg(src.path, src.layerName), src.path);
    OGRFeatureDefn *defn = layer->GetLayerDefn();
    const int keyField = defn->GetFieldIndex(options.layerField.toUtf8().constData());
    if (keyField < 0)
        return fail(tr("%1 has no field “%2”.").arg(src.path, options.layerField), src.path);
    const int keyColumn = table.columnIndex(options.tableField);
    if (keyColumn < 0)
        return fail(tr("%1 has no column “%2”.").arg(table.source, options.tableField), table.source);
    const OGRFieldType keyType = defn->GetFieldDefn(keyField)->GetType();
    const bool layerNumbers = keyType == OFTInteger || keyType == OFTInteger64 || keyType == OFTReal;

    std::vector<OGRFeatureUniquePtr> features;
    QStringList layerKeys;
    layer->ResetReading();
    while (OGRFeature *f = layer->GetNextFeature()) {
        features.emplace_back(f);
        if (!f->IsFieldSetAndNotNull(keyField))
            layerKeys << QString();
        else if (keyType == OFTReal)
            layerKeys << keyText(f->GetFieldAsDouble(keyField));
        else
            layerKeys << QString::fromUtf8(f->GetFieldAsString(keyField)).trimmed();
    }
    if (errors.hasFailures())
        return fail(tr("Cannot read the features of %1.").arg(src.path), src.path, errors.lastFailure());

    JoinReport report;
    const QList<int> rows = match(layerKeys, layerNumbers, table, options, report);

    // Columns to join.
    QList<int> columns;
    if (options.tableColumns.isEmpty()) {
        for (int c = 0; c < int(table.columns.size()); ++c)
            if (c != keyColumn)
                columns << c;
    } else {
        for (const QString &name : options.tableColumns) {
            const int c = table.columnIndex(name);
            if (c < 0)
                return fail(tr("%1 has no column “%2”.").arg(table.source, name), table.source);
            columns << c;
        }
    }

    // The output.
    const QString suffix = QFileInfo(outputPath).suffix().toLower();
    const char *driverName = suffix == "geojson"_L1 || suffix == "json"_L1 ? "GeoJSON"
                             : suffix == "shp"_L1                          ? "ESRI Shapefile"
                             : suffix == "gpkg"_L1                         ? "GPKG"
                                                                          : nullptr;
    if (!driverName)
        return fail(tr("Cannot write %1: unknown vector format “.%2” (use .gpkg, .geojson or .shp).").arg(outputPath, suffix),
                    outputPath);
    GDALDriver *driver = GetGDALDriverManager()->GetDriverByName(driverName);
    if (QFileInfo::exists(outputPath)) {
        if (QFileInfo(outputPath).canonicalFilePath() == QFileInfo(src.path).canonicalFilePath()
            || QFileInfo(outputPath).canonicalFilePath() == QFileInfo(table.source).canonicalFilePath())
            return fail(tr("The output %1 is also an input: choose another file.").arg(outputPath), outputPath);
        driver->Delete(outputPath.toUtf8().constData());
    }
    GDALDatasetUniquePtr output(driver->Create(outputPath.toUtf8().constData(), 0, 0, 0, GDT_Unknown, nullptr));
    if (!output)
        return fail(tr("Cannot create %1.").arg(outputPath), outputPath, errors.lastFailure());
    const OGRwkbGeometryType geomType = wkbFlatten(layer->GetGeomType()) == wkbPolygon ? wkbMultiPolygon : layer->GetGeomType();
    OGRLayer *out = output->CreateLayer(QFileInfo(outputPath).completeBaseName().toUtf8().constData(), layer->GetSpatialRef(),
                                        geomType, nullptr);
    if (!out)
        return fail(tr("Cannot create a layer in %1.").arg(outputPath), outputPath, errors.lastFailure());
    for (int i = 0; i < defn->GetFieldCount(); ++i)
        if (out->CreateField(defn->GetFieldDefn(i)) != OGRERR_NONE)
            return fail(tr("Cannot create the field %1 in %2.").arg(QString::fromUtf8(defn->GetFieldDefn(i)->GetNameRef()), outputPath),
                        outputPath, errors.lastFailure());
    QList<int> outIndex;
    for (int c : std::as_const(columns)) {
        const QString name = options.prefix + table.columns.at(c).name;
        if (defn->GetFieldIndex(name.toUtf8().constData()) >= 0)
            return fail(tr("Cannot write %1: the layer has a field “%2” already; choose another prefix.").arg(outputPath, name),
                        outputPath);
        const TableColumnType type = table.columns.at(c).type;
        OGRFieldDefn field(name.toUtf8().constData(), type == TableColumnType::Integer ? OFTInteger64
                                                      : type == TableColumnType::Real  ? OFTReal
                                                                                       : OFTString);
        if (out->CreateField(&field) != OGRERR_NONE)
            return fail(tr("Cannot create the field %1 in %2.").arg(name, outputPath), outputPath, errors.lastFailure());
        outIndex << out->GetLayerDefn()->GetFieldIndex(name.toUtf8().constData());
    }
    output->StartTransaction();
    for (size_t i = 0; i < features.size(); ++i) {
        if (feedback) {
            if (feedback->isCanceled())
                return fail(tr("The join into %1 was canceled.").arg(outputPath), outputPath);
            if ((i & 255) == 0)
                feedback->setProgress(100.0 * double(i) / double(features.size()));
        }
        const OGRFeature &feature = *features[i];
        OGRFeatureUniquePtr f(OGRFeature::CreateFeature(out->GetLayerDefn()));
        for (int k = 0; k < defn->GetFieldCount(); ++k)
            if (feature.IsFieldSetAndNotNull(k))
                f->SetField(k, const_cast<OGRFeature &>(feature).GetRawFieldRef(k));
        if (const OGRGeometry *g = feature.GetGeometryRef()) {
            OGRGeometry *copy = g->clone();
            if (wkbFlatten(copy->getGeometryType()) == wkbPolygon && wkbFlatten(geomType) == wkbMultiPolygon)
                copy = OGRGeometryFactory::forceToMultiPolygon(copy);
            f->SetGeometryDirectly(copy);
        }
        const int row = rows.at(qsizetype(i));
        if (row >= 0) {
            for (qsizetype k = 0; k < columns.size(); ++k) {
                const QVariant &v = table.values.at(row).at(columns.at(k));
                if (v.isNull())
                    continue;
                if (v.typeId() == QMetaType::LongLong)
                    f->SetField(outIndex.at(k), GIntBig(v.toLongLong()));
                else if (v.typeId() == QMetaType::Double)
                    f->SetField(outIndex.at(k), v.toDouble());
                else
                    f->SetField(outIndex.at(k), v.toString().toUtf8().constData());
            }
        }
        if (out->CreateFeature(f.get()) != OGRERR_NONE)
            return fail(tr("Cannot write a feature to %1.").arg(outputPath), outputPath, errors.lastFailure());
    }
    if (output->CommitTransaction() != OGRERR_NONE && errors.hasFailures())
        return fail(tr("Cannot write %1.").arg(outputPath), outputPath, errors.lastFailure());
    output.reset();
    if (errors.hasFailures())
        return fail(tr("Cannot write %1.").arg(outputPath), outputPath, errors.lastFailure());
    if (feedback)
        feedback->setProgress(100);
    return report;
}

} // namespace territoria
