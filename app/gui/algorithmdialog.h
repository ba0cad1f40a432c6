#pragma once

#include "parameterwidgets.h"

#include <QDialog>
#include <QMap>
#include <QPointer>
#include <QVariantMap>

class QDialogButtonBox;
class QLabel;
class QPlainTextEdit;
class QProgressBar;
class QPushButton;
class QTabWidget;
class QTextBrowser;

namespace territoria {

class Algorithm;
class AlgorithmTask;
class TaskManager;

// The dialog of one algorithm, built from its declared parameters (one
// ParameterWidget each), with its help at the side. Run checks the values with
// prepareParameters() (the CLI's checks), shows errors in place and starts the run
// on the TaskManager; the dialog then shows progress, the log and a Cancel button.
// Closing the dialog does not stop a run. Last values are remembered per algorithm.
class AlgorithmDialog : public QDialog
{
    Q_OBJECT
public:
    AlgorithmDialog(const Algorithm *algorithm, TaskManager *tasks, const ParameterContext &context,
                    QWidget *parent = nullptr);
    ~AlgorithmDialog() override;

    const Algorithm *algorithm() const { return m_algorithm; }
    ParameterWidget *parameterWidget(const QString &name) const { return m_widgets.value(name); }
    QList<ParameterWidget *> parameterWidgets() const;

    // The values as the widgets hold them (not given: left out); output files left
    // empty are not filled in yet.
    QVariantMap parameterValues() const;
    void setParameterValue(const QString &name, const QVariant &value);

    // The task started by the last Run (null before, and once it is deleted).
    AlgorithmTask *task() const { return m_task; }
    QString errorText() const;
    QPushButton *runButton() const { return m_runButton; }
    QPushButton *cancelButton() const { return m_cancelButton; }
    QProgressBar *progressBar() const { return m_progress; }
    QString logText() const;

    static QString settingsKey(const QString &algorithmId, const QString &parameter);

public Q_SLOTS:
    // Validates and starts a run; returns false (and shows why) when the values
    // are not valid or a run of this dialog is still going.
    bool run();
    void cancel();

Q_SIGNALS:
    void taskStarted(territoria::AlgorithmTask *task);

protected:
    void closeEvent(QCloseEvent *event) override;

private:
    void buildForm(QWidget *page);
    QString helpHtml() const;
    void showError(const QString &message);
    void appendLog(const QString &text, bool warning = false);
    void onTaskFinished(AlgorithmTask *task);
    void setRunning(bool running);
    void restoreSettings();
    void saveSettings(const QVariantMap &values) const;

    const Algorithm *m_algorithm;
    QPointer<TaskManager> m_tasks;
    ParameterContext m_context;
    QMap<QString, ParameterWidget *> m_widgets;
    QList<ParameterWidget *> m_ordered;
    QPointer<AlgorithmTask> m_task;
    QTabWidget *m_tabs = nullptr;
    QTextBrowser *m_help = nullptr;
    QLabel *m_error = nullptr;
    QPlainTextEdit *m_log = nullptr;
    QProgressBar *m_progress = nullptr;
    QPushButton *m_runButton = nullptr;
    QPushButton *m_cancelButton = nullptr;
    QPushButton *m_closeButton = nullptr;
};

} // namespace territoria
