#include "tableimportdialog.h"

#include "settings.h"

#include <QBrush>
#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFileDialog>
#include <QFileInfo>
#include <QFormLayout>
#include <QFutureWatcher>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPointer>
#include <QProgressDialog>
#include <QPushButton>
#include <QRegularExpression>
#include <QSplitter>
#include <QTableWidget>
#include <QTimer>
#include <QVBoxLayout>
#include <QtConcurrent/QtConcurrentRun>

#include <memory>

using namespace Qt::StringLiterals;

namespace territoria {

namespace {

struct PreviewOutcome {
    Result<Table> table = fail(QString());
    QStringList sheets;
    bool sheetsRead = false;
};

bool isSpreadsheet(const QString &path)
{
    const QString suffix = QFileInfo(path).suffix().toLower();
    return suffix == "xlsx"_L1 || suffix == "ods"_L1;
}

QString typeName(TableColumnType type)
{
    switch (type) {
    case TableColumnType::Integer:
        return TableImportDialog::tr("integer");
    case TableColumnType::Real:
        return TableImportDialog::tr("real");
    case TableColumnType::Text:
        break;
    }
    return TableImportDialog::tr("text");
}

// Hints that the chosen encoding is wrong: replacement characters, or UTF-8 bytes
// read as a one-byte encoding ("PeÃ±alolÃ©n").
QStringList encodingHints(const Table &table, const QString &encoding)
{
    static const QRegularExpression mojibake(u"[ÃÂ][\\x{0080}-\\x{00BF}]"_s);
    QStringList hints;
    for (int r = 0; r < table.rowCount() && hints.size() < 20; ++r) {
        const QStringList &row = table.rawRows.at(r);
        for (qsizetype c = 0; c < row.size() && c < table.columns.size(); ++c) {
            const QString &cell = row.at(c);
            if (cell.contains(QChar(QChar::ReplacementCharacter)))
                hints << TableImportDialog::tr("Row %1, column “%2”: “%3” has replacement characters (�): the file is "
                                               "probably not in %4; try another encoding.")
                             .arg(r + 1)
                             .arg(table.columns.at(c).name, cell, encoding);
            else if (cell.contains(mojibake))
                hints << TableImportDialog::tr("Row %1, column “%2”: “%3” looks like UTF-8 text read as %4: choose UTF-8.")
                             .arg(r + 1)
                             .arg(table.columns.at(c).name, cell, encoding);
        }
    }
    return hints;
}

} // namespace

TableImportDialog::TableImportDialog(QWidget *parent)
    : QDialog(parent)
{
    setObjectName(u"tableImportDialog"_s);
    setWindowTitle(tr("Import Table"));

    m_file = new QLineEdit(this);
    m_file->setObjectName(u"fileEdit"_s);
    m_file->setPlaceholderText(tr("A CSV, TXT, XLSX or ODS file"));
    auto *browse = new QPushButton(tr("&Browse…"), this);
    auto *fileRow = new QHBoxLayout;
    fileRow->addWidget(m_file, 1);
    fileRow->addWidget(browse);

    m_delimiter = new QComboBox(this);
    m_delimiter->setObjectName(u"delimiterBox"_s);
    m_delimiter->addItem(tr("Detect"), QString());
    m_delimiter->addItem(tr("Comma ( , )"), u","_s);
    m_delimiter->addItem(tr("Semicolon ( ; )"), u";"_s);
    m_delimiter->addItem(tr("Tab"), u"\t"_s);
    m_delimiter->addItem(tr("Pipe ( | )"), u"|"_s);
    m_quote = new QComboBox(this);
    m_quote->setObjectName(u"quoteBox"_s);
    m_quote->addItem(tr("Double quote ( \" )"), true);
    m_quote->addItem(tr("None"), false);
    m_quote->setToolTip(tr("Fields in double quotes may hold the delimiter and line breaks; \"\" is a quote."));
    m_encoding = new QComboBox(this);
    m_encoding->setObjectName(u"encodingBox"_s);
    m_encoding->setEditable(true);
    m_encoding->addItems(encodings());
    m_decimalComma = new QCheckBox(tr("Decimal &comma (3,5)"), this);
    m_decimalComma->setObjectName(u"decimalCommaBox"_s);
    m_thousands = new QComboBox(this);
    m_thousands->setObjectName(u"thousandsBox"_s);
    m_thousands->addItem(tr("None"), QString());
    m_thousands->addItem(tr("Point ( 1.234 )"), u"."_s);
    m_thousands->addItem(tr("Comma ( 1,234 )"), u","_s);
    m_thousands->addItem(tr("Space ( 1 234 )"), u" "_s);
    m_header = new QCheckBox(tr("First row holds the column &names"), this);
    m_header->setObjectName(u"headerBox"_s);
    m_header->setChecked(true);
    m_sheet = new QComboBox(this);
    m_sheet->setObjectName(u"sheetBox"_s);

    auto *form = new QFormLayout;
    auto *fileLabel = new QLabel(tr("&File:"), this);
    fileLabel->setBuddy(m_file);
    form->addRow(fileLabel, fileRow);
    auto *csvRow = new QHBoxLayout;
    csvRow->addWidget(new QLabel(tr("Delimiter:"), this));
    csvRow->addWidget(m_delimiter);
    csvRow->addSpacing(12);
    csvRow->addWidget(new QLabel(tr("Quotes:"), this));
    csvRow->addWidget(m_quote);
    csvRow->addSpacing(12);
    csvRow->addWidget(new QLabel(tr("Encoding:"), this));
    csvRow->addWidget(m_encoding);
    csvRow->addStretch(1);
    form->addRow(tr("Text file:"), csvRow);
    auto *numberRow = new QHBoxLayout;
    numberRow->addWidget(m_decimalComma);
    numberRow->addSpacing(12);
    numberRow->addWidget(new QLabel(tr("Thousands separator:"), this));
    numberRow->addWidget(m_thousands);
    numberRow->addStretch(1);
    form->addRow(tr("Numbers:"), numberRow);
    auto *sheetRow = new QHBoxLayout;
    sheetRow->addWidget(m_header);
    sheetRow->addSpacing(12);
    sheetRow->addWidget(new QLabel(tr("Sheet:"), this));
    sheetRow->addWidget(m_sheet, 1);
    form->addRow(tr("Structure:"), sheetRow);

    m_previewTable = new QTableWidget(this);
    m_previewTable->setObjectName(u"previewTable"_s);
    m_previewTable->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_previewTable->setAlternatingRowColors(true);
    m_previewTable->horizontalHeader()->setDefaultSectionSize(110);
    m_previewTable->verticalHeader()->setDefaultSectionSize(m_previewTable->fontMetrics().height() + 8);
    m_summary = new QLabel(this);
    m_summary->setObjectName(u"summaryLabel"_s);
    m_summary->setWordWrap(true);
    m_problemList = new QListWidget(this);
    m_problemList->setObjectName(u"problemList"_s);
    m_problemList->setAlternatingRowColors(true);
    auto *split = new QSplitter(Qt::Vertical, this);
    split->addWidget(m_previewTable);
    split->addWidget(m_problemList);
    split->setStretchFactor(0, 3);
    split->setStretchFactor(1, 1);

    m_buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    m_buttons->button(QDialogButtonBox::Ok)->setText(tr("&Import"));

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_summary);
    layout->addWidget(split, 1);
    layout->addWidget(m_buttons);

    m_timer = new QTimer(this);
    m_timer->setSingleShot(true);
    m_timer->setInterval(150);
    connect(m_timer, &QTimer::timeout, this, &TableImportDialog::startPreview);
    connect(browse, &QPushButton::clicked, this, &TableImportDialog::browse);
    connect(m_file, &QLineEdit::editingFinished, this, &TableImportDialog::schedulePreview);
    for (QComboBox *box : {m_delimiter, m_quote, m_thousands, m_sheet})
        connect(box, &QComboBox::currentIndexChanged, this, &TableImportDialog::schedulePreview);
    connect(m_encoding, &QComboBox::currentTextChanged, this, &TableImportDialog::schedulePreview);
    for (QCheckBox *box : {m_decimalComma, m_header})
        connect(box, &QCheckBox::toggled, this, &TableImportDialog::schedulePreview);
    connect(m_buttons, &QDialogButtonBox::accepted, this, &TableImportDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &TableImportDialog::reject);
    resize(920, 640);
    updateEnabled();
}

TableImportDialog::~TableImportDialog()
{
    // Children emit signals while QWidget destroys them (the file line edit emits
    // editingFinished as it loses focus): none may reach this half-destroyed dialog
    // (UBSan: a downcast to a TableImportDialog that is only a QDialog by then).
    const QList<QObject *> children = findChildren<QObject *>();
    for (QObject *child : children)
        disconnect(child, nullptr, this, nullptr);
}

QStringList TableImportDialog::encodings()
{
    return {u"UTF-8"_s, u"ISO-8859-1"_s, u"windows-1252"_s, u"ISO-8859-15"_s, u"IBM850"_s, u"UTF-16"_s};
}

void TableImportDialog::setTableSource(const TableSource &source)
{
    m_updating = true;
    m_file->setText(source.path);
    const TableImportOptions &o = source.options;
    m_delimiter->setCurrentIndex(std::max(0, m_delimiter->findData(o.delimiter.isNull() ? QString() : QString(o.delimiter))));
    m_quote->setCurrentIndex(o.quoted ? 0 : 1);
    m_encoding->setCurrentText(o.encoding.isEmpty() ? u"UTF-8"_s : o.encoding);
    m_decimalComma->setChecked(o.decimalSeparator == u',');
    m_thousands->setCurrentIndex(
        std::max(0, m_thousands->findData(o.thousandsSeparator.isNull() ? QString() : QString(o.thousandsSeparator))));
    m_header->setChecked(o.hasHeader);
    m_sheets.clear();
    m_sheetsOf.clear();
    m_sheet->clear();
    if (!o.sheet.isEmpty())
        m_sheet->addItem(o.sheet);
    m_columnTypes = source.columnTypes;
    m_updating = false;
    updateEnabled();
    startPreview();
}

QString TableImportDialog::fileName() const
{
    return m_file->text().trimmed();
}

TableSource TableImportDialog::tableSource() const
{
    TableSource source;
    source.path = fileName().isEmpty() ? QString() : QFileInfo(fileName()).absoluteFilePath();
    TableImportOptions &o = source.options;
    const QString delimiter = m_delimiter->currentData().toString();
    o.delimiter = delimiter.isEmpty() ? QChar() : delimiter.at(0);
    o.quoted = m_quote->currentData().toBool();
    o.encoding = m_encoding->currentText().trimmed().isEmpty() ? u"UTF-8"_s : m_encoding->currentText().trimmed();
    o.decimalSeparator = m_decimalComma->isChecked() ? QChar(u',') : QChar(u'.');
    const QString thousands = m_thousands->currentData().toString();
    o.thousandsSeparator = thousands.isEmpty() ? QChar() : thousands.at(0);
    o.hasHeader = m_header->isChecked();
    if (isSpreadsheet(source.path))
        o.sheet = m_sheet->currentText();
    source.columnTypes = m_columnTypes;
    return source;
}

void TableImportDialog::browse()
{
    const QString start = fileName().isEmpty() ? AppSettings::lastDirectory(u"table"_s) : fileName();
    const QString path = QFileDialog::getOpenFileName(
        this, tr("Choose a Table"), start,
        tr("Tables (*.csv *.txt *.tsv *.xlsx *.ods);;Text files (*.csv *.txt *.tsv);;Spreadsheets (*.xlsx *.ods);;All files (*)"));
    if (path.isEmpty())
        return;
    AppSettings::setLastDirectory(u"table"_s, path);
    m_file->setText(path);
    m_columnTypes.clear();
    m_sheet->clear();
    startPreview();
}

void TableImportDialog::updateEnabled()
{
    const bool sheet = isSpreadsheet(fileName());
    for (QWidget *w : std::initializer_list<QWidget *>{m_delimiter, m_quote, m_encoding, m_decimalComma, m_thousands})
        w->setEnabled(!sheet);
    m_sheet->setEnabled(sheet);
    m_buttons->button(QDialogButtonBox::Ok)->setEnabled(m_previewOk);
}

void TableImportDialog::schedulePreview()
{
    if (!m_updating)
        m_timer->start();
}

void TableImportDialog::startPreview()
{
    m_timer->stop();
    updateEnabled();
    const TableSource source = tableSource();
    const int generation = ++m_generation;
    if (source.path.isEmpty()) {
        m_previewOk = false;
        m_previewError = tr("Choose a table file.");
        showPreview();
        return;
    }
    const bool needSheets = isSpreadsheet(source.path) && m_sheetsOf != source.path;
    auto *watcher = new QFutureWatcher<PreviewOutcome>(this);
    connect(watcher, &QFutureWatcher<PreviewOutcome>::finished, this, [this, watcher, generation, source] {
        watcher->deleteLater();
        if (generation != m_generation)
            return; // an option changed meanwhile: a newer preview is coming
        const PreviewOutcome outcome = watcher->result();
        if (outcome.sheetsRead) {
            m_sheetsOf = source.path;
            m_sheets = outcome.sheets;
            m_updating = true;
            const QString current = outcome.table ? outcome.table->sheet : m_sheet->currentText();
            m_sheet->clear();
            m_sheet->addItems(m_sheets);
            m_sheet->setCurrentText(current);
            m_updating = false;
        }
        m_previewOk = bool(outcome.table);
        if (outcome.table) {
            m_preview = *outcome.table;
            m_previewError.clear();
        } else {
            m_preview = Table();
            m_previewError = outcome.table.error().message;
        }
        showPreview();
    });
    watcher->setFuture(QtConcurrent::run([source, needSheets] {
        PreviewOutcome outcome;
        if (needSheets) {
            if (auto sheets = TableImporter::sheetNames(source.path)) {
                outcome.sheets = *sheets;
                outcome.sheetsRead = true;
            }
        }
        outcome.table = LiveJoins::readTable(source, PreviewRows);
        return outcome;
    }));
}

QComboBox *TableImportDialog::typeBox(int column)
{
    return qobject_cast<QComboBox *>(m_previewTable->cellWidget(0, column));
}

void TableImportDialog::showPreview()
{
    m_previewTable->clear();
    m_problemList->clear();
    m_problems.clear();
    updateEnabled();
    if (!m_previewOk) {
        m_previewTable->setRowCount(0);
        m_previewTable->setColumnCount(0);
        m_summary->setText(m_previewError);
        Q_EMIT previewUpdated();
        return;
    }
    const Table &t = m_preview;
    const int columns = int(t.columns.size());
    m_previewTable->setColumnCount(columns);
    m_previewTable->setRowCount(t.rowCount() + 1);
    QStringList headers, rowLabels{tr("Type")};
    for (const TableColumn &c : t.columns)
        headers << c.name;
    for (int r = 0; r < t.rowCount(); ++r)
        rowLabels << QString::number(r + 1);
    m_previewTable->setHorizontalHeaderLabels(headers);
    m_previewTable->setVerticalHeaderLabels(rowLabels);

    // Row 0: the type of each column, inferred or forced.
    for (int c = 0; c < columns; ++c) {
        const TableColumn &column = t.columns.at(c);
        auto *box = new QComboBox(m_previewTable);
        box->setObjectName(u"typeBox_%1"_s.arg(c));
        const bool forced = m_columnTypes.contains(column.name);
        // What the importer inferred (the forced type is shown when forced).
        box->addItem(forced ? tr("Auto") : tr("Auto: %1").arg(typeName(column.type)), -1);
        box->addItem(tr("Text"), int(TableColumnType::Text));
        box->addItem(tr("Integer"), int(TableColumnType::Integer));
        box->addItem(tr("Real"), int(TableColumnType::Real));
        if (forced)
            box->setCurrentIndex(box->findData(int(m_columnTypes.value(column.name))));
        box->setToolTip(tr("Type of “%1”: codes with leading zeros (ubigeo 040101) are text.").arg(column.name));
        const QString name = column.name;
        connect(box, &QComboBox::currentIndexChanged, this, [this, box, name] {
            const int type = box->currentData().toInt();
            if (type < 0)
                m_columnTypes.remove(name);
            else
                m_columnTypes.insert(name, TableColumnType(type));
            schedulePreview();
        });
        m_previewTable->setCellWidget(0, c, box);
    }
    for (int r = 0; r < t.rowCount(); ++r) {
        const QStringList &row = t.rawRows.at(r);
        for (int c = 0; c < columns; ++c) {
            auto *item = new QTableWidgetItem(row.value(c));
            if (t.columns.at(c).type != TableColumnType::Text)
                item->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
            m_previewTable->setItem(r + 1, c, item);
        }
    }
    // Problems: marked in the table and listed below it.
    const QBrush problemBrush(QColor(255, 214, 204));
    const QBrush rowBrush(QColor(255, 240, 200));
    for (const TableIssue &issue : t.issues) {
        m_problems << issue.message;
        if (issue.row < 1 || issue.row > t.rowCount())
            continue;
        if (issue.column < 0) {
            for (int c = 0; c < columns; ++c)
                if (QTableWidgetItem *item = m_previewTable->item(issue.row, c)) {
                    item->setBackground(rowBrush);
                    item->setToolTip(issue.message);
                }
        } else if (QTableWidgetItem *item = m_previewTable->item(issue.row, issue.column)) {
            item->setBackground(problemBrush);
            item->setToolTip(issue.message);
        }
    }
    m_problems << encodingHints(t, tableSource().options.encoding);
    const int shown = std::min(int(m_problems.size()), 500);
    for (int i = 0; i < shown; ++i)
        m_problemList->addItem(m_problems.at(i));
    if (m_problems.size() > shown)
        m_problemList->addItem(tr("… and %n more problem(s).", nullptr, int(m_problems.size()) - shown));
    m_previewTable->resizeColumnsToContents();
    for (int c = 0; c < columns; ++c)
        m_previewTable->setColumnWidth(c, std::clamp(m_previewTable->columnWidth(c), 90, 260));

    QString summary = t.truncated ? tr("The first %n row(s) of the table", nullptr, t.rowCount())
                                  : tr("%n row(s)", nullptr, t.rowCount());
    summary += u", "_s + tr("%n column(s)", nullptr, columns);
    if (!t.sheet.isEmpty())
        summary += u", "_s + tr("sheet “%1”").arg(t.sheet);
    summary += u". "_s
        + (m_problems.isEmpty() ? tr("No problem found.")
                                : tr("%n problem(s) found: they are listed below and marked in the preview; no data is "
                                     "dropped.",
                                     nullptr, int(m_problems.size())));
    if (t.truncated)
        summary += u" "_s + tr("Types are inferred from these rows; the whole file is checked on import.");
    m_summary->setText(summary);
    Q_EMIT previewUpdated();
}

void TableImportDialog::accept()
{
    if (!m_previewOk)
        return;
    const TableSource source = tableSource();
    auto *progress = new QProgressDialog(tr("Reading %1…").arg(QFileInfo(source.path).fileName()), tr("Cancel"), 0, 0, this);
    progress->setWindowTitle(tr("Import Table"));
    progress->setMinimumDuration(300);
    progress->setWindowModality(Qt::WindowModal);
    progress->setAutoClose(false);
    progress->setAutoReset(false);
    auto canceled = std::make_shared<bool>(false);
    connect(progress, &QProgressDialog::canceled, this, [canceled] { *canceled = true; });
    auto *watcher = new QFutureWatcher<Result<Table>>(this);
    m_buttons->setEnabled(false);
    connect(watcher, &QFutureWatcher<Result<Table>>::finished, this, [this, watcher, progress, canceled] {
        watcher->deleteLater();
        progress->hide();
        progress->deleteLater();
        m_buttons->setEnabled(true);
        if (*canceled)
            return; // the reader cannot be interrupted: its result is dropped
        Result<Table> table = watcher->result();
        if (!table) {
            m_summary->setText(table.error().message);
            return;
        }
        m_table = std::move(*table);
        QDialog::accept();
    });
    watcher->setFuture(QtConcurrent::run([source] { return LiveJoins::readTable(source); }));
}

} // namespace territoria
