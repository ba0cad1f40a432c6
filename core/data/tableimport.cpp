#include "data/tableimport.h"

#include "data/gdalutil.h"

#include <cpl_conv.h>
#include <cpl_csv.h>
#include <cpl_vsi.h>
#include <gdal_priv.h>
#include <ogrsf_frmts.h>

#include <QFileInfo>
#include <QLocale>
#include <QSet>
#include <QStringDecoder>

#include <cmath>
#include <memory>

using namespace Qt::StringLiterals;

namespace territoria {

namespace {


TableImportOptions::Format formatOf(const QString &path, TableImportOptions::Format format)
{
    if (format != TableImportOptions::Format::Auto)
        return format;
    const QString suffix = QFileInfo(path).suffix().toLower();
    if (suffix == "xlsx"_L1)
        return TableImportOptions::Format::Xlsx;
    if (suffix == "ods"_L1)
        return TableImportOptions::Format::Ods;
    return TableImportOptions::Format::Csv;
}

// The delimiter of the first line: the most frequent of ; , tab | outside quotes.
char detectDelimiter(const QByteArray &firstLine)
{
    int counts[4] = {0, 0, 0, 0};
    const char candidates[4] = {',', ';', '\t', '|'};
    bool inQuotes = false;
    for (char c : firstLine) {
        if (c == '"')
            inQuotes = !inQuotes;
        else if (!inQuotes)
            for (int i = 0; i < 4; ++i)
                if (c == candidates[i])
                    ++counts[i];
    }
    int best = 0;
    for (int i = 1; i < 4; ++i)
        if (counts[i] > counts[best])
            best = i;
    return candidates[best];
}

struct VsiCloser {
    void operator()(VSILFILE *f) const { VSIFCloseL(f); }
};

// Raw rows (as text) of a CSV file, decoded; issues for invalid encoding.
Result<QList<QStringList>> readCsvRows(const QString &path, const TableImportOptions &options, int maxRecords,
                                      QList<TableIssue> &issues, bool &truncated)
{
    const QByteArray encoding = options.encoding.isEmpty() ? QByteArray("UTF-8") : options.encoding.toLatin1();
    const bool utf8 = encoding.compare("UTF-8", Qt::CaseInsensitive) == 0 || encoding.compare("UTF8", Qt::CaseInsensitive) == 0;
    if (!utf8 && !QStringDecoder(encoding.constData()).isValid())
        return fail(QCoreApplication::translate("TableImporter", "Cannot read %1: unknown encoding “%2”.").arg(path, options.encoding), path);

    GdalErrorCollector errors;
    std::unique_ptr<VSILFILE, VsiCloser> file(VSIFOpenL(path.toUtf8().constData(), "rb"));
    if (!file)
        return fail(QCoreApplication::translate("TableImporter", "Cannot open %1.").arg(path), path, errors.lastFailure());
    char delimiter = options.delimiter.isNull() ? 0 : char(options.delimiter.toLatin1());
    if (!delimiter) {
        QByteArray first;
        char c = 0;
        while (VSIFReadL(&c, 1, 1, file.get()) == 1 && c != '\n' && first.size() < 65536)
            first.append(c);
        delimiter = detectDelimiter(first);
        VSIFSeekL(file.get(), 0, SEEK_SET);
    }
    const char delimiterText[2] = {delimiter, 0};
    QList<QStringList> rows;
    int record = 0;
    while (char **fields = CSVReadParseLine3L(file.get(), 0, delimiterText, options.quoted, false, false, true)) {
        const int n = CSLCount(fields);
        if (n == 0 || (n == 1 && fields[0][0] == 0)) { // a blank line
            CSLDestroy(fields);
            continue;
        }
        if (maxRecords >= 0 && record >= maxRecords) {
            CSLDestroy(fields);
            truncated = true;
            break;
        }
        QStringList row;
        for (int i = 0; i < n; ++i) {
            const QByteArray bytes(fields[i]);
            QString text;
            if (utf8) {
                QStringDecoder decoder(QStringDecoder::Utf8, QStringDecoder::Flag::Stateless);
                text = decoder.decode(bytes);
                if (decoder.hasError()) {
                    text = QString::fromLatin1(bytes);
                    TableIssue issue;
                    issue.kind = TableIssue::Kind::InvalidEncoding;
                    issue.row = options.hasHeader ? record : record + 1;
                    issue.column = i;
                    issue.rawText = text;
                    issue.message = QCoreApplication::translate("TableImporter", "Row %1, column %2: the text is not valid UTF-8 (read as ISO-8859-1: “%3”); "
                                       "choose the file's encoding.")
                                        .arg(issue.row)
                                        .arg(i + 1)
                                        .arg(text);
                    issues << issue;
                }
            } else {
                QStringDecoder decoder(encoding.constData());
                text = decoder.decode(bytes);
            }
            row << text;
        }
        CSLDestroy(fields);
        rows << row;
        ++record;
    }
    if (errors.hasFailures())
        return fail(QCoreApplication::translate("TableImporter", "Cannot read %1.").arg(path), path, errors.lastFailure());
    return rows;
}

Result<QList<QStringList>> readSheetRows(const QString &path, const TableImportOptions &options, int maxRecords,
                                        QString &sheet, QStringList &header, bool &truncated)
{
    ensureGdalRegistered();
    GdalErrorCollector errors;
    const bool xlsx = formatOf(path, options.format) == TableImportOptions::Format::Xlsx;
    CslList openOptions;
    openOptions.add(u"FIELD_TYPES=STRING"_s);
    openOptions.add(options.hasHeader ? u"HEADERS=FORCE"_s : u"HEADERS=DISABLE"_s);
    // GDAL 3.6's XLSX driver ignores the HEADERS open option: the (thread-local)
    // configuration options are honoured by both drivers, also while reading.
    const char *headers = options.hasHeader ? "FORCE" : "DISABLE";
    CPLConfigOptionSetter headersOption(xlsx ? "OGR_XLSX_HEADERS" : "OGR_ODS_HEADERS", headers, false);
    CPLConfigOptionSetter typesOption(xlsx ? "OGR_XLSX_FIELD_TYPES" : "OGR_ODS_FIELD_TYPES", "STRING", false);
    const char *drivers[] = {xlsx ? "XLSX" : "ODS", nullptr};
    GDALDatasetUniquePtr ds(GDALDataset::Open(path.toUtf8().constData(), GDAL_OF_VECTOR | GDAL_OF_READONLY, drivers,
                                              openOptions.list()));
    if (!ds)
        return fail(QCoreApplication::translate("TableImporter", "Cannot open %1 as a spreadsheet.").arg(path), path, errors.lastFailure());
    OGRLayer *layer = options.sheet.isEmpty() ? ds->GetLayer(0) : ds->GetLayerByName(options.sheet.toUtf8().constData());
    if (!layer)
        return fail(options.sheet.isEmpty() ? QCoreApplication::translate("TableImporter", "%1 has no sheets.").arg(path)
                                            : QCoreApplication::translate("TableImporter", "%1 has no sheet “%2”.").arg(path, options.sheet),
                    path);
    sheet = QString::fromUtf8(layer->GetName());
    OGRFeatureDefn *defn = layer->GetLayerDefn();
    for (int i = 0; i < defn->GetFieldCount(); ++i)
        header << QString::fromUtf8(defn->GetFieldDefn(i)->GetNameRef());
    QList<QStringList> rows;
    layer->ResetReading();
    while (OGRFeatureUniquePtr f{layer->GetNextFeature()}) {
        if (maxRecords >= 0 && rows.size() >= maxRecords) {
            truncated = true;
            break;
        }
        QStringList row;
        for (int i = 0; i < defn->GetFieldCount(); ++i)
            row << (f->IsFieldSetAndNotNull(i) ? QString::fromUtf8(f->GetFieldAsString(i)) : QString());
        rows << row;
    }
    if (errors.hasFailures())
        return fail(QCoreApplication::translate("TableImporter", "Cannot read %1.").arg(path), path, errors.lastFailure());
    return rows;
}

bool looksLikeCode(const QString &text)
{
    // "040101", "007": digits with a leading zero are identifiers, not numbers.
    QString t = text;
    if (t.startsWith(u'+') || t.startsWith(u'-'))
        t.remove(0, 1);
    if (t.size() < 2 || t.at(0) != u'0' || t.at(1) == u'.' || t.at(1) == u',')
        return false;
    for (QChar c : t)
        if (!c.isDigit())
            return false;
    return true;
}

} // namespace

int Table::columnIndex(const QString &name) const
{
    for (qsizetype i = 0; i < columns.size(); ++i)
        if (columns.at(i).name == name)
            return int(i);
    for (qsizetype i = 0; i < columns.size(); ++i)
        if (columns.at(i).name.compare(name, Qt::CaseInsensitive) == 0)
            return int(i);
    return -1;
}

QString Table::issuesText() const
{
    QStringList lines;
    for (const TableIssue &issue : issues)
        lines << issue.message;
    return lines.join(u'\n');
}

std::optional<double> TableImporter::parseNumber(const QString &input, QChar decimalSeparator, QChar thousandsSeparator)
{
    QString text = input.trimmed();
    if (text.isEmpty())
        return std::nullopt;
    if (!thousandsSeparator.isNull() && thousandsSeparator != decimalSeparator)
        text.remove(thousandsSeparator);
    if (decimalSeparator != u'.') {
        if (text.contains(u'.'))
            return std::nullopt; // a point where only a decimal comma is expected
        text.replace(decimalSeparator, u'.');
    } else if (text.contains(u',')) {
        return std::nullopt;
    }
    for (QChar c : text)
        if (!(c.isDigit() || c == u'.' || c == u'-' || c == u'+' || c == u'e' || c == u'E'))
            return std::nullopt;
    bool ok = false;
    const double value = QLocale::c().toDouble(text, &ok);
    if (!ok || !std::isfinite(value))
        return std::nullopt;
    return value;
}

Result<Table> TableImporter::read(const QString &path, const TableImportOptions &options)
{
    return readImpl(path, options, -1);
}

Result<Table> TableImporter::preview(const QString &path, const TableImportOptions &options, int rows)
{
    return readImpl(path, options, std::max(0, rows));
}

Result<QStringList> TableImporter::sheetNames(const QString &path)
{
    ensureGdalRegistered();
    GdalErrorCollector errors;
    GDALDatasetUniquePtr ds(GDALDataset::Open(path.toUtf8().constData(), GDAL_OF_VECTOR | GDAL_OF_READONLY));
    if (!ds)
        return fail(QCoreApplication::translate("TableImporter", "Cannot open %1 as a spreadsheet.").arg(path), path, errors.lastFailure());
    QStringList names;
    for (int i = 0; i < ds->GetLayerCount(); ++i)
        names << QString::fromUtf8(ds->GetLayer(i)->GetName());
    return names;
}

Result<Table> TableImporter::readImpl(const QString &path, const TableImportOptions &options, int maxRows)
{
    if (!QFileInfo::exists(path))
        return fail(QCoreApplication::translate("TableImporter", "Cannot open %1: the file does not exist.").arg(path), path);
    Table table;
    table.source = path;
    const TableImportOptions::Format format = formatOf(path, options.format);
    QStringList header;
    QList<QStringList> rows;
    if (format == TableImportOptions::Format::Csv) {
        auto csv = readCsvRows(path, options, maxRows < 0 ? -1 : maxRows + (options.hasHeader ? 1 : 0), table.issues,
                               table.truncated);
        if (!csv)
            return std::unexpected(csv.error());
        rows = std::move(*csv);
        if (options.hasHeader && !rows.isEmpty())
            header = rows.takeFirst();
    } else {
        auto sheet = readSheetRows(path, options, maxRows, table.sheet, header, table.truncated);
        if (!sheet)
            return std::unexpected(sheet.error());
        rows = std::move(*sheet);
    }

    // Columns: the header, then as many as the widest row (nothing is dropped).
    qsizetype width = header.size();
    for (const QStringList &row : rows)
        width = std::max(width, row.size());
    QSet<QString> seen;
    for (qsizetype c = 0; c < width; ++c) {
        QString name = c < header.size() ? header.at(c).trimmed() : QString();
        if (name.isEmpty())
            name = u"column_%1"_s.arg(c + 1);
        if (seen.contains(name)) {
            QString unique;
            for (int k = 2;; ++k) {
                unique = u"%1_%2"_s.arg(name).arg(k);
                if (!seen.contains(unique))
                    break;
            }
            TableIssue issue;
            issue.kind = TableIssue::Kind::DuplicateColumn;
            issue.column = int(c);
            issue.rawText = name;
            issue.message = QCoreApplication::translate("TableImporter", "Column %1: the name “%2” is used twice; renamed “%3”.").arg(c + 1).arg(name, unique);
            table.issues << issue;
            name = unique;
        }
        seen.insert(name);
        TableColumn column;
        column.name = name;
        column.forcedText = options.textColumns.contains(name);
        table.columns << column;
    }
    const int expected = int(header.isEmpty() ? width : header.size());
    for (qsizetype r = 0; r < rows.size(); ++r) {
        QStringList &row = rows[r];
        if (!header.isEmpty() && row.size() != expected) {
            TableIssue issue;
            issue.kind = TableIssue::Kind::RaggedRow;
            issue.row = int(r + 1);
            issue.rawText = row.join(u'|');
            issue.message = row.size() < expected
                                ? QCoreApplication::translate("TableImporter", "Row %1 has %2 cells instead of %3: the missing cells are empty.")
                                      .arg(r + 1)
                                      .arg(row.size())
                                      .arg(expected)
                                : QCoreApplication::translate("TableImporter", "Row %1 has %2 cells instead of %3: the extra cells are kept in new columns.")
                                      .arg(r + 1)
                                      .arg(row.size())
                                      .arg(expected);
            table.issues << issue;
        }
        while (row.size() < width)
            row << QString();
    }

    // Type inference per column.
    const bool csv = format == TableImportOptions::Format::Csv;
    const QChar decimal = csv ? options.decimalSeparator : u'.';
    const QChar thousands = csv ? options.thousandsSeparator : QChar();
    for (qsizetype c = 0; c < width; ++c) {
        TableColumn &column = table.columns[c];
        if (column.forcedText)
            continue;
        int nonEmpty = 0, numbers = 0, wholes = 0;
        bool code = false;
        for (const QStringList &row : rows) {
            const QString text = row.at(c).trimmed();
            if (text.isEmpty())
                continue;
            ++nonEmpty;
            if (looksLikeCode(text))
                code = true;
            if (auto v = parseNumber(text, decimal, thousands)) {
                ++numbers;
                if (std::floor(*v) == *v && std::abs(*v) < 9.0e15 && !text.contains(decimal) && !text.contains(u'e', Qt::CaseInsensitive))
                    ++wholes;
            }
        }
        if (code || nonEmpty == 0 || numbers == 0 || double(numbers) < 0.9 * double(nonEmpty))
            column.type = TableColumnType::Text;
        else
            column.type = wholes == numbers ? TableColumnType::Integer : TableColumnType::Real;
    }
    for (qsizetype r = 0; r < rows.size(); ++r) {
        QVariantList values;
        for (qsizetype c = 0; c < width; ++c) {
            const QString &raw = rows.at(r).at(c);
            const QString text = raw.trimmed();
            const TableColumnType type = table.columns.at(c).type;
            if (type == TableColumnType::Text) {
                values << (raw.isEmpty() ? QVariant() : QVariant(raw));
                continue;
            }
            if (text.isEmpty()) {
                values << QVariant();
                continue;
            }
            const auto number = parseNumber(text, decimal, thousands);
            if (!number) {
                TableIssue issue;
                issue.kind = TableIssue::Kind::NotANumber;
                issue.row = int(r + 1);
                issue.column = int(c);
                issue.rawText = raw;
                issue.message = QCoreApplication::translate("TableImporter", "Row %1, column “%2”: “%3” is not a number; the value is left empty (the text is kept).")
                                    .arg(r + 1)
                                    .arg(table.columns.at(c).name, raw);
                table.issues << issue;
                values << QVariant();
            } else if (type == TableColumnType::Integer) {
                values << QVariant(qlonglong(std::llround(*number)));
            } else {
                values << QVariant(*number);
            }
        }
        table.values << values;
    }
    table.rawRows = std::move(rows);
    return table;
}

Result<Table> importTable(const QString &path, const TableImportOptions &options)
{
    return TableImporter::read(path, options);
}

} // namespace territoria
