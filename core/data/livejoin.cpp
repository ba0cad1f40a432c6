#include "data/livejoin.h"

#include "analysis/parameterdefinition.h"
#include "data/gdalutil.h"
#include "task/feedback.h"

#include <gdal_priv.h>
#include <ogrsf_frmts.h>

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QTemporaryDir>

#include <cmath>
#include <filesystem>
#include <system_error>

using namespace Qt::StringLiterals;

namespace territoria {

namespace {

bool isCsv(const QString &path, TableImportOptions::Format format)
{
    if (format != TableImportOptions::Format::Auto)
        return format == TableImportOptions::Format::Csv;
    const QString suffix = QFileInfo(path).suffix().toLower();
    return suffix != "xlsx"_L1 && suffix != "ods"_L1;
}

QString formatName(TableImportOptions::Format format)
{
    switch (format) {
    case TableImportOptions::Format::Csv:
        return u"csv"_s;
    case TableImportOptions::Format::Xlsx:
        return u"xlsx"_s;
    case TableImportOptions::Format::Ods:
        return u"ods"_s;
    case TableImportOptions::Format::Auto:
        break;
    }
    return u"auto"_s;
}

TableImportOptions::Format formatFromName(const QString &name)
{
    if (name == "csv"_L1)
        return TableImportOptions::Format::Csv;
    if (name == "xlsx"_L1)
        return TableImportOptions::Format::Xlsx;
    if (name == "ods"_L1)
        return TableImportOptions::Format::Ods;
    return TableImportOptions::Format::Auto;
}

QString charText(QChar c)
{
    return c.isNull() ? QString() : QString(c);
}

QChar textChar(const QJsonValue &value)
{
    const QString text = value.toString();
    return text.isEmpty() ? QChar() : text.at(0);
}

QString pathToSaved(const QString &path, const QString &projectDir)
{
    if (projectDir.isEmpty() || !QDir::isAbsolutePath(path))
        return path;
    const QString rel = QDir(projectDir).relativeFilePath(path);
    if (QDir::isAbsolutePath(rel) || rel.contains(u':'))
        return path; // another drive
    // Far away (to the root and back down): keep it absolute.
    if (rel.startsWith("../../../../"_L1))
        return path;
    return rel.startsWith("../"_L1) ? rel : u"./"_s + rel;
}

QString savedToPath(const QString &saved, const QString &projectDir)
{
    if (saved.isEmpty() || QDir::isAbsolutePath(saved) || projectDir.isEmpty())
        return saved;
    return QDir::cleanPath(QDir(projectDir).absoluteFilePath(saved));
}

} // namespace

QString LiveJoins::columnTypeName(TableColumnType type)
{
    switch (type) {
    case TableColumnType::Integer:
        return u"integer"_s;
    case TableColumnType::Real:
        return u"real"_s;
    case TableColumnType::Text:
        break;
    }
    return u"text"_s;
}

std::optional<TableColumnType> LiveJoins::columnTypeFromName(const QString &name)
{
    if (name == "text"_L1)
        return TableColumnType::Text;
    if (name == "integer"_L1)
        return TableColumnType::Integer;
    if (name == "real"_L1)
        return TableColumnType::Real;
    return std::nullopt;
}

QJsonObject LiveJoin::toJson(const QString &projectDir) const
{
    const TableImportOptions &o = table.options;
    QJsonObject json;
    json.insert("table"_L1, pathToSaved(table.path, projectDir));
    json.insert("format"_L1, formatName(o.format));
    if (!o.sheet.isEmpty())
        json.insert("sheet"_L1, o.sheet);
    json.insert("delimiter"_L1, charText(o.delimiter)); // empty: detected
    json.insert("quoted"_L1, o.quoted);
    json.insert("encoding"_L1, o.encoding);
    json.insert("decimal_separator"_L1, charText(o.decimalSeparator));
    json.insert("thousands_separator"_L1, charText(o.thousandsSeparator));
    json.insert("header"_L1, o.hasHeader);
    if (!o.textColumns.isEmpty())
        json.insert("text_columns"_L1, QJsonArray::fromStringList(o.textColumns));
    if (!table.columnTypes.isEmpty()) {
        QJsonObject types;
        for (auto it = table.columnTypes.cbegin(); it != table.columnTypes.cend(); ++it)
            types.insert(it.key(), LiveJoins::columnTypeName(it.value()));
        json.insert("column_types"_L1, types);
    }
    json.insert("layer_field"_L1, join.layerField);
    json.insert("table_field"_L1, join.tableField);
    json.insert("prefix"_L1, join.prefix);
    json.insert("zero_pad"_L1, join.zeroPadWidth);
    if (!join.tableColumns.isEmpty())
        json.insert("columns"_L1, QJsonArray::fromStringList(join.tableColumns));
    return json;
}

Result<LiveJoin> LiveJoin::fromJson(const QJsonObject &json, const QString &projectDir)
{
    LiveJoin result;
    const QString saved = json.value("table"_L1).toString();
    result.join.layerField = json.value("layer_field"_L1).toString();
    result.join.tableField = json.value("table_field"_L1).toString();
    if (saved.isEmpty() || result.join.layerField.isEmpty() || result.join.tableField.isEmpty())
        return fail(LiveJoins::tr("A join of the project has no table file or no key field; it was ignored."));
    result.table.path = savedToPath(saved, projectDir);
    TableImportOptions &o = result.table.options;
    o.format = formatFromName(json.value("format"_L1).toString());
    o.sheet = json.value("sheet"_L1).toString();
    o.delimiter = textChar(json.value("delimiter"_L1));
    o.quoted = json.value("quoted"_L1).toBool(true);
    o.encoding = json.value("encoding"_L1).toString(u"UTF-8"_s);
    o.decimalSeparator = json.contains("decimal_separator"_L1) ? textChar(json.value("decimal_separator"_L1)) : QChar(u'.');
    if (o.decimalSeparator.isNull())
        o.decimalSeparator = u'.';
    o.thousandsSeparator = textChar(json.value("thousands_separator"_L1));
    o.hasHeader = json.value("header"_L1).toBool(true);
    for (const QJsonValue &v : json.value("text_columns"_L1).toArray())
        o.textColumns << v.toString();
    const QJsonObject types = json.value("column_types"_L1).toObject();
    for (auto it = types.constBegin(); it != types.constEnd(); ++it)
        if (const auto type = LiveJoins::columnTypeFromName(it.value().toString()))
            result.table.columnTypes.insert(it.key(), *type);
    result.join.prefix = json.value("prefix"_L1).toString();
    result.join.zeroPadWidth = std::clamp(json.value("zero_pad"_L1).toInt(0), 0, 64);
    for (const QJsonValue &v : json.value("columns"_L1).toArray())
        result.join.tableColumns << v.toString();
    return result;
}

Result<Table> LiveJoins::readTable(const TableSource &source, int maxRows)
{
    TableImportOptions options = source.options;
    for (auto it = source.columnTypes.cbegin(); it != source.columnTypes.cend(); ++it)
        if (it.value() == TableColumnType::Text && !options.textColumns.contains(it.key()))
            options.textColumns << it.key();
    auto table = maxRows >= 0 ? TableImporter::preview(source.path, options, maxRows) : TableImporter::read(source.path, options);
    if (!table)
        return table;
    applyColumnTypes(*table, source.columnTypes, options);
    return table;
}

void LiveJoins::applyColumnTypes(Table &table, const QMap<QString, TableColumnType> &types, const TableImportOptions &options)
{
    const bool csv = isCsv(table.source, options.format);
    const QChar decimal = csv ? options.decimalSeparator : QChar(u'.');
    const QChar thousands = csv ? options.thousandsSeparator : QChar();
    for (auto it = types.cbegin(); it != types.cend(); ++it) {
        const int c = table.columnIndex(it.key());
        if (c < 0)
            continue;
        const TableColumnType type = it.value();
        TableColumn &column = table.columns[c];
        column.type = type;
        column.forcedText = type == TableColumnType::Text;
        table.issues.removeIf([c](const TableIssue &issue) {
            return issue.kind == TableIssue::Kind::NotANumber && issue.column == c;
        });
        for (int r = 0; r < table.rowCount(); ++r) {
            const QString &raw = table.rawRows.at(r).at(c);
            QVariant &value = table.values[r][c];
            if (type == TableColumnType::Text) {
                value = raw.isEmpty() ? QVariant() : QVariant(raw);
                continue;
            }
            const QString text = raw.trimmed();
            if (text.isEmpty()) {
                value = QVariant();
                continue;
            }
            const auto number = TableImporter::parseNumber(text, decimal, thousands);
            const bool whole = number && std::floor(*number) == *number && std::abs(*number) < 9.0e15;
            if (!number || (type == TableColumnType::Integer && !whole)) {
                TableIssue issue;
                issue.kind = TableIssue::Kind::NotANumber;
                issue.row = r + 1;
                issue.column = c;
                issue.rawText = raw;
                issue.message = type == TableColumnType::Integer
                    ? tr("Row %1, column “%2”: “%3” is not a whole number; the value is left empty (the text is kept).")
                          .arg(r + 1)
                          .arg(column.name, raw)
                    : tr("Row %1, column “%2”: “%3” is not a number; the value is left empty (the text is kept).")
                          .arg(r + 1)
                          .arg(column.name, raw);
                table.issues << issue;
                value = QVariant();
            } else if (type == TableColumnType::Integer) {
                value = QVariant(qlonglong(std::llround(*number)));
            } else {
                value = QVariant(*number);
            }
        }
    }
}

Result<QStringList> LiveJoins::readLayerKeys(const QString &layerSource, const QString &field, bool *areNumbers,
                                             Feedback *feedback)
{
    ensureGdalRegistered();
    GdalErrorCollector errors;
    const VectorSource src = splitVectorSource(layerSource);
    GDALDatasetUniquePtr ds(GDALDataset::Open(src.path.toUtf8().constData(), GDAL_OF_VECTOR | GDAL_OF_READONLY));
    if (!ds)
        return fail(tr("Cannot open %1 as a vector layer.").arg(src.path), src.path, errors.lastFailure());
    OGRLayer *layer = src.layerName.isEmpty() ? ds->GetLayer(0) : ds->GetLayerByName(src.layerName.toUtf8().constData());
    if (!layer)
        return fail(tr("%1 has no layer “%2”.").arg(src.path, src.layerName), src.path);
    OGRFeatureDefn *defn = layer->GetLayerDefn();
    const int index = defn->GetFieldIndex(field.toUtf8().constData());
    if (index < 0)
        return fail(tr("%1 has no field “%2”.").arg(src.path, field), src.path);
    const OGRFieldType type = defn->GetFieldDefn(index)->GetType();
    if (areNumbers)
        *areNumbers = type == OFTInteger || type == OFTInteger64 || type == OFTReal;
    const GIntBig total = layer->GetFeatureCount(FALSE);
    QStringList keys;
    layer->ResetReading();
    while (OGRFeatureUniquePtr f{layer->GetNextFeature()}) {
        if (feedback && (keys.size() & 1023) == 0) {
            if (feedback->isCanceled())
                return fail(tr("Reading %1 was canceled.").arg(src.path), src.path);
            if (total > 0)
                feedback->setProgress(100.0 * double(keys.size()) / double(total));
        }
        if (!f->IsFieldSetAndNotNull(index))
            keys << QString();
        else if (type == OFTReal)
            keys << TableJoin::keyText(f->GetFieldAsDouble(index));
        else
            keys << QString::fromUtf8(f->GetFieldAsString(index)).trimmed();
    }
    if (errors.hasFailures())
        return fail(tr("Cannot read the features of %1.").arg(src.path), src.path, errors.lastFailure());
    return keys;
}

Result<LiveJoinOutcome> LiveJoins::run(const QString &layerSource, const QList<LiveJoin> &joins, const QString &outputPath,
                                       Feedback *feedback)
{
    if (joins.isEmpty())
        return fail(tr("No join to run for %1.").arg(layerSource), layerSource);
    const QFileInfo target(outputPath);
    if (!QDir().mkpath(target.absolutePath()))
        return fail(tr("Cannot create the folder %1.").arg(QDir::toNativeSeparators(target.absolutePath())), outputPath);
    // A scratch folder in the same folder as the target, so that the final rename
    // stays on one file system (atomic).
    QTemporaryDir scratch(target.absolutePath() + u"/.join-XXXXXX"_s);
    if (!scratch.isValid())
        return fail(tr("Cannot write in %1: %2").arg(QDir::toNativeSeparators(target.absolutePath()), scratch.errorString()),
                    outputPath);

    LiveJoinOutcome outcome;
    QString input = layerSource;
    QString written;
    for (qsizetype i = 0; i < joins.size(); ++i) {
        const LiveJoin &join = joins.at(i);
        if (feedback && feedback->isCanceled())
            return fail(tr("The join into %1 was canceled.").arg(outputPath), outputPath);
        auto table = readTable(join.table);
        if (!table)
            return std::unexpected(table.error());
        for (const TableIssue &issue : std::as_const(table->issues))
            outcome.tableProblems << tr("%1: %2").arg(QDir::toNativeSeparators(join.table.path), issue.message);
        if (table->columnIndex(join.join.tableField) < 0)
            return fail(tr("%1 has no column “%2”: the join cannot be made.")
                            .arg(QDir::toNativeSeparators(join.table.path), join.join.tableField),
                        join.table.path);
        // The last step gets the final name (it becomes the GeoPackage table's name).
        written = i + 1 == joins.size() ? scratch.filePath(target.fileName()) : scratch.filePath(u"step%1.gpkg"_s.arg(i + 1));
        auto report = TableJoin::joinToFile(input, *table, join.join, written, feedback);
        if (!report)
            return std::unexpected(report.error());
        outcome.reports << *report;
        input = written;
    }
    std::error_code ec;
    std::filesystem::rename(std::filesystem::path(written.toStdU16String()), std::filesystem::path(outputPath.toStdU16String()), ec);
    if (ec) {
        // Some systems do not rename over an existing (or open) file.
        QFile::remove(outputPath);
        if (!QFile::rename(written, outputPath))
            return fail(tr("Cannot replace %1 (is it open in another program?).").arg(QDir::toNativeSeparators(outputPath)),
                        outputPath, QString::fromStdString(ec.message()));
    }
    return outcome;
}

QString LiveJoins::cachePath(const QString &projectFileName, const QString &layerId)
{
    QString safeId = layerId;
    for (QChar &c : safeId)
        if (!(c.isLetterOrNumber() || c == u'-' || c == u'_'))
            c = u'_';
    const QString name = safeId + u"_join.gpkg"_s;
    if (projectFileName.isEmpty())
        return QDir(QDir::tempPath()).filePath(u"territoria-joins-%1/%2"_s.arg(QCoreApplication::applicationPid()).arg(name));
    return projectFileName + u".cache/"_s + name;
}

QString LiveJoins::layerSource(const QString &path, const QString &sublayer)
{
    return sublayer.isEmpty() ? path : path + u"|layername="_s + sublayer;
}

} // namespace territoria
