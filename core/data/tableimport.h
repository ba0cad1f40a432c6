#pragma once

#include "error.h"
#include "territoria_core_export.h"

#include <QChar>
#include <QCoreApplication>
#include <QList>
#include <QString>
#include <QStringList>
#include <QVariant>

#include <optional>

namespace territoria {

// How to read a table file (CSV, XLSX, ODS). CSV rows are split by GDAL's CSV
// tokenizer (CSVReadParseLine3L: double-quoted fields, "" inside quotes, line breaks
// inside quotes); spreadsheets are read by GDAL's XLSX/ODS drivers as text cells.
struct TableImportOptions {
    enum class Format { Auto, Csv, Xlsx, Ods };
    Format format = Format::Auto;   // Auto: from the extension (.xlsx, .ods, anything else CSV)
    QChar delimiter;                // CSV; null: detected from the first line (; , tab |)
    bool quoted = true;             // CSV: honour double quotes
    QString encoding = QStringLiteral("UTF-8"); // CSV: "UTF-8", "ISO-8859-1", "windows-1252"...
    QChar decimalSeparator = u'.';  // CSV numbers: '.' or ','
    QChar thousandsSeparator;       // CSV numbers: null (none), '.', ',', ' '
    bool hasHeader = true;          // first row holds the column names
    QString sheet;                  // XLSX/ODS: sheet name; empty: the first sheet
    QStringList textColumns;        // columns kept as text whatever they look like (keys)
};

enum class TableColumnType { Text, Integer, Real };

struct TableColumn {
    QString name;
    TableColumnType type = TableColumnType::Text;
    bool forcedText = false; // listed in TableImportOptions::textColumns
};

// Something wrong in the file. Nothing is dropped: the raw text stays in Table::rawRows.
struct TableIssue {
    enum class Kind { RaggedRow, NotANumber, InvalidEncoding, DuplicateColumn };
    Kind kind = Kind::RaggedRow;
    int row = 0;      // 1-based data row (the header is row 0)
    int column = -1;  // 0-based column, -1 for the whole row
    QString rawText;  // the offending cell, when there is one
    QString message;  // translated, names the row and column
};

struct Table {
    QString source;
    QString sheet;                 // XLSX/ODS: the sheet read
    QList<TableColumn> columns;
    QList<QStringList> rawRows;    // every cell as read (decoded text), padded to columns.size()
    QList<QVariantList> values;    // typed: QString, qlonglong or double; null QVariant when empty or invalid
    QList<TableIssue> issues;
    bool truncated = false;        // a preview stopped before the end

    int columnIndex(const QString &name) const; // exact, then case-insensitive; -1 if absent
    int rowCount() const { return int(rawRows.size()); }
    QString issuesText() const;    // one line per issue
};

class TERRITORIA_CORE_EXPORT TableImporter
{
    Q_DECLARE_TR_FUNCTIONS(TableImporter)
public:
    // Reads the whole table. Types are inferred per column: Integer when every
    // non-empty cell is a whole number without a leading zero ("040101" is a code:
    // the column stays Text), Real when every cell is a number, Text otherwise. A
    // column where at least 90% of the non-empty cells are numbers is numeric and
    // each other cell is reported (NotANumber) and typed as null. Ragged rows are
    // reported: short rows are padded with empty cells, long rows get new columns
    // "column_N". With UTF-8, invalid byte sequences are reported and the cell is
    // decoded as ISO-8859-1 instead.
    static Result<Table> read(const QString &path, const TableImportOptions &options = {});
    // The first `rows` data rows (types inferred from them only).
    static Result<Table> preview(const QString &path, const TableImportOptions &options = {}, int rows = 20);
    // XLSX/ODS sheet names, in order.
    static Result<QStringList> sheetNames(const QString &path);
    // Parses a number written with the given separators ("1.234,5" with ',' and '.').
    static std::optional<double> parseNumber(const QString &text, QChar decimalSeparator, QChar thousandsSeparator);

private:
    static Result<Table> readImpl(const QString &path, const TableImportOptions &options, int maxRows);
};

TERRITORIA_CORE_EXPORT Result<Table> importTable(const QString &path, const TableImportOptions &options = {});

} // namespace territoria
