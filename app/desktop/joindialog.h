#pragma once

#include "data/join.h"
#include "data/livejoin.h"
#include "data/tableimport.h"

#include <QDialog>
#include <QPointer>

#include <functional>

class QComboBox;
class QLabel;
class QLineEdit;
class QListWidget;
class QMenu;
class QPushButton;
class QSpinBox;
class QTextBrowser;

namespace territoria {

class Layer;
class Notifier;
class Project;
class VectorLayer;

// Joins a table to a vector layer by key: the target layer and its key field, the
// table (read with TableImportDialog) and its key column, a prefix for the joined
// names, the columns to join and zero padding. "Check" matches the keys on a worker
// and shows the report (matched, unmatched keys of both sides, duplicated table
// keys, the type-mismatch hint) before anything changes. Then the join is either
// kept live in the project (re-run from the table file on load and on "Refresh
// Joins", see data/livejoin.h) or saved into a new GeoPackage layer. Long work runs
// off the GUI thread with a progress dialog that can cancel.
class JoinDialog : public QDialog
{
    Q_OBJECT
public:
    JoinDialog(Project *project, Layer *target = nullptr, QWidget *parent = nullptr);
    ~JoinDialog() override;

    void setTargetLayer(Layer *layer);
    VectorLayer *targetLayer() const;
    void setLayerField(const QString &field);
    // The table to join (as TableImportDialog returns it).
    void setTable(const TableSource &source, const Table &table);
    const Table &table() const { return m_table; }
    void setTableField(const QString &column);
    void setPrefix(const QString &prefix);
    void setZeroPadWidth(int width);
    JoinOptions joinOptions() const;

    // Matches the keys on a worker; checked() when the report is shown.
    void check();
    bool hasReport() const { return m_hasReport; }
    const JoinReport &report() const { return m_report; }
    QString reportText() const; // the report as shown (plain text)

    // Commits: keeps the join live in the project / writes a new layer and adds it
    // to the project. committed() when done (the dialog then closes).
    void keepLive();
    void saveToNewLayer(const QString &outputPath);
    // Not while a worker runs (its progress dialog offers Cancel).
    void reject() override;

Q_SIGNALS:
    void checked();
    void committed(territoria::Layer *layer);
    void failed(const QString &message);

private:
    void chooseTable();
    void fillLayerFields();
    void fillTableColumns();
    void invalidateReport();
    void showError(const QString &message);
    void setBusy(bool busy);
    void updateButtons();
    // Runs `work` on a worker with a progress dialog; `done` on the GUI thread
    // unless canceled.
    void runWithProgress(const QString &label, std::function<void(class Feedback *)> work, std::function<void()> done);

    Project *m_project;
    QComboBox *m_layer = nullptr;
    QComboBox *m_layerField = nullptr;
    QLineEdit *m_tableFile = nullptr;
    QPushButton *m_chooseTable = nullptr;
    QComboBox *m_tableField = nullptr;
    QLineEdit *m_prefix = nullptr;
    QSpinBox *m_zeroPad = nullptr;
    QListWidget *m_columns = nullptr;
    QPushButton *m_check = nullptr;
    QPushButton *m_applyPad = nullptr;
    QTextBrowser *m_reportView = nullptr;
    QPushButton *m_keepLive = nullptr;
    QPushButton *m_saveLayer = nullptr;
    QLabel *m_tableInfo = nullptr;

    TableSource m_tableSource;
    Table m_table;
    bool m_hasTable = false;
    JoinReport m_report;
    bool m_hasReport = false;
    bool m_busy = false;
    int m_generation = 0;
};

// The "Join Table…" and "Refresh Joins" actions of the Layer menu: adds them to
// `menu`. `currentLayer` gives the layer the join starts from (may return null);
// `notifier` (may be null) gets the messages, else message boxes show them.
void addJoinActions(QMenu *menu, Project *project, std::function<Layer *()> currentLayer, Notifier *notifier,
                    QWidget *parent);
// Re-runs every live join of the project from its table file on a worker, then
// swaps the joined layers in. Messages as above.
void refreshLiveJoins(Project *project, Notifier *notifier, QWidget *parent);

} // namespace territoria
