#pragma once

#include "project/scenario.h"
#include "project/scenariocompare.h"

#include <QDialog>
#include <QDockWidget>
#include <QList>
#include <QPointer>

#include <memory>
#include <vector>

class QComboBox;
class QLabel;
class QLineEdit;
class QListWidget;
class QPlainTextEdit;
class QProgressBar;
class QPushButton;
class QTableView;

namespace territoria {

class Algorithm;
class AlgorithmTask;
class AnalysisController;
class Layer;
class Project;

// Edits a scenario: name, description, author, the key field for comparisons and
// its analyses (checked ones are kept; "Edit Parameters…" opens the algorithm's
// own dialog filled with the run's values).
class ScenarioEditDialog : public QDialog
{
    Q_OBJECT
public:
    ScenarioEditDialog(const Scenario &scenario, AnalysisController *analysis, Project *project,
                       QWidget *parent = nullptr);

    // The scenario with the values of the form; only the checked analyses.
    Scenario scenario() const;
    QLineEdit *nameEdit() const { return m_name; }
    QListWidget *runList() const { return m_runs; }
    // Replaces the parameters of run `index` (what "Edit Parameters…" does once
    // the algorithm dialog is accepted).
    void setRunParameters(int index, const QVariantMap &parameters);

private:
    void refreshRunItem(int index);
    void editParameters();

    Scenario m_scenario;
    QPointer<AnalysisController> m_analysis;
    QPointer<Project> m_project;
    QLineEdit *m_name = nullptr;
    QPlainTextEdit *m_description = nullptr;
    QLineEdit *m_author = nullptr;
    QLineEdit *m_key = nullptr;
    QListWidget *m_runs = nullptr;
};

// The differences of two scenarios: a summary and the table per unit.
class ScenarioComparisonDialog : public QDialog
{
    Q_OBJECT
public:
    ScenarioComparisonDialog(const ScenarioComparison &comparison, const QString &nameA, const QString &nameB,
                             QWidget *parent = nullptr);
    QTableView *table() const { return m_table; }
    QString summary() const;

private:
    QLabel *m_summary = nullptr;
    QTableView *m_table = nullptr;
};

// The "Scenarios" panel: the project's scenarios; new (from the analyses recorded
// in the project), edit, duplicate, remove; run one or all in the background
// (TaskManager: progress, cancel), adding or refreshing their output layers;
// compare two: the difference table and a difference map with a diverging style.
class ScenarioDock : public QDockWidget
{
    Q_OBJECT
public:
    ScenarioDock(AnalysisController *analysis, Project *project, QWidget *parent = nullptr);
    ~ScenarioDock() override;

    QListWidget *list() const { return m_list; }
    QString currentScenario() const;

    // A new scenario called `name` from the recorded runs with these ids (all
    // when empty). Returns the name used (made unique), empty when there is no run.
    QString createFromRecordedRuns(const QString &name, const QStringList &runIds = {});
    // Starts the scenarios in the background; returns the tasks.
    QList<AlgorithmTask *> runScenarios(const QStringList &names);
    bool isRunning() const;
    void cancel();
    // Compares the results of two scenarios (run them first) in the background;
    // the dialog and the difference layer follow. False (and a message) when it
    // cannot start.
    bool compare(const QString &nameA, const QString &nameB);
    ScenarioComparisonDialog *comparisonDialog() const { return m_comparisonDialog; }

Q_SIGNALS:
    // A scenario's run finished; `layerIds` are the layers added or refreshed.
    void scenarioFinished(const QString &name, bool ok, const QStringList &layerIds);
    // A comparison finished; `layerId` is the difference layer (empty on failure).
    void comparisonFinished(const QString &layerId);

private:
    void refresh();
    void updateButtons();
    void newScenario();
    void editScenario();
    void duplicateScenario();
    void removeScenario();
    void onTaskFinished(AlgorithmTask *task, const QString &name);
    QStringList addOutputs(const QString &scenario, const QVariantMap &outputs);
    QString showComparison(const ScenarioComparison &comparison, const QString &nameA, const QString &nameB);

    QPointer<AnalysisController> m_analysis;
    QPointer<Project> m_project;
    QListWidget *m_list = nullptr;
    QLabel *m_details = nullptr;
    QPushButton *m_new = nullptr;
    QPushButton *m_edit = nullptr;
    QPushButton *m_duplicate = nullptr;
    QPushButton *m_remove = nullptr;
    QPushButton *m_run = nullptr;
    QPushButton *m_runAll = nullptr;
    QPushButton *m_cancel = nullptr;
    QComboBox *m_compareA = nullptr;
    QComboBox *m_compareB = nullptr;
    QPushButton *m_compare = nullptr;
    QProgressBar *m_progress = nullptr;
    QList<QPointer<AlgorithmTask>> m_tasks;
    // The algorithms wrapping the scenario runs for the TaskManager; kept while
    // the dock lives (a finished task may still point at its algorithm).
    std::vector<std::unique_ptr<Algorithm>> m_runners;
    QPointer<ScenarioComparisonDialog> m_comparisonDialog;
};

} // namespace territoria
