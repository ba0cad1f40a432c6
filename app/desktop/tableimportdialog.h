#pragma once

#include "data/livejoin.h"
#include "data/tableimport.h"

#include <QDialog>
#include <QStringList>

class QCheckBox;
class QComboBox;
class QDialogButtonBox;
class QLabel;
class QLineEdit;
class QListWidget;
class QTableWidget;
class QTimer;

namespace territoria {

// Imports a table (CSV/TXT, XLSX, ODS) with a live preview: the first rows are
// re-read (on a worker thread) whenever an option changes, with the problems found
// (ragged rows, cells that are not numbers in numeric columns, text that is not in
// the chosen encoding) listed with their row numbers and marked in the preview.
// Each column's type can be forced (text, integer, real); codes with leading zeros
// (ubigeo "040101") are text unless told otherwise. Accepting reads the whole table
// on a worker (with a progress dialog that can cancel).
class TableImportDialog : public QDialog
{
    Q_OBJECT
public:
    static constexpr int PreviewRows = 100;

    explicit TableImportDialog(QWidget *parent = nullptr);
    ~TableImportDialog() override;

    // Sets the file and its options (the widgets follow), then re-reads the preview.
    void setTableSource(const TableSource &source);
    TableSource tableSource() const;
    QString fileName() const;

    // The preview as last read (types inferred from the previewed rows).
    const Table &preview() const { return m_preview; }
    bool hasPreview() const { return m_previewOk; }
    // The problems shown under the preview (translated), importer's and encoding hints.
    QStringList problems() const { return m_problems; }
    // The whole table, after the dialog was accepted.
    const Table &table() const { return m_table; }
    // Reads the whole table on a worker, then closes the dialog (accepted).
    void accept() override;

    // The encodings offered (the encoding box is editable for others).
    static QStringList encodings();

Q_SIGNALS:
    // A preview was read (or failed: hasPreview() is false).
    void previewUpdated();

private:
    void browse();
    void schedulePreview();
    void startPreview();
    void showPreview();
    void updateEnabled();
    QComboBox *typeBox(int column);

    QLineEdit *m_file = nullptr;
    QComboBox *m_delimiter = nullptr;
    QComboBox *m_quote = nullptr;
    QComboBox *m_encoding = nullptr;
    QCheckBox *m_decimalComma = nullptr;
    QComboBox *m_thousands = nullptr;
    QCheckBox *m_header = nullptr;
    QComboBox *m_sheet = nullptr;
    QTableWidget *m_previewTable = nullptr;
    QLabel *m_summary = nullptr;
    QListWidget *m_problemList = nullptr;
    QDialogButtonBox *m_buttons = nullptr;
    QTimer *m_timer = nullptr;

    QMap<QString, TableColumnType> m_columnTypes;
    QStringList m_sheets;
    QString m_sheetsOf; // the file m_sheets were read from
    Table m_preview;
    bool m_previewOk = false;
    QString m_previewError;
    QStringList m_problems;
    Table m_table;
    int m_generation = 0;
    bool m_updating = false;
};

} // namespace territoria
