#pragma once

#include "geometry/extent.h"
#include "project/scenario.h"

#include <QHash>
#include <QJsonObject>
#include <QList>
#include <QObject>
#include <QPointer>
#include <QSet>
#include <QStringList>

#include <functional>

class QDockWidget;
class QFileSystemWatcher;
class QMenu;
class QTimer;
class QWidget;

namespace territoria {

class AlgorithmDialog;
class AlgorithmRegistry;
class AlgorithmTask;
class AlgorithmToolbox;
class Layer;
class LayerOpener;
class LogDock;
class Notifier;
class Project;
class TaskManager;

// The desktop face of the analysis engine: the toolbox dock and the Analysis
// menu over the AlgorithmRegistry, algorithm dialogs, and what happens after a
// run (TaskManager): raster/vector output files are added to the project through
// the LayerOpener, other outputs and failures go to the message bar and the log.
//
// Every output layer records the run that made it (Project::setProvenance, and the
// file's own metadata). Runs marked autoRerun (prioritization:mcda by default) are
// re-run in the background when one of their input files changes on disk or an
// input layer's edits are saved; the output layer is then replaced by the new
// result, keeping its style, and the log says when and why.
class AnalysisController : public QObject
{
    Q_OBJECT
public:
    AnalysisController(const AlgorithmRegistry *registry, Project *project, Notifier *notifier, LayerOpener *opener,
                       QWidget *window, QObject *parent = nullptr);
    ~AnalysisController() override;

    const AlgorithmRegistry *registry() const { return m_registry; }
    TaskManager *taskManager() const { return m_tasks; }
    QDockWidget *toolboxDock() const { return m_dock; }
    AlgorithmToolbox *toolbox() const { return m_toolbox; }
    QMenu *menu() const { return m_menu; }

    // The map extent offered by extent parameters ("Use map extent").
    void setMapExtentProvider(std::function<Extent()> provider) { m_mapExtent = std::move(provider); }

    // Opens (non-modal) a new dialog for `algorithmId`; null when unknown.
    AlgorithmDialog *openDialog(const QString &algorithmId);
    QList<AlgorithmDialog *> dialogs() const;

    // Writes the plugins that failed to load, and what was loaded, to the log.
    void logPluginStatus(LogDock *log) const;

    // With analyses running, asks whether to cancel them. True when nothing runs
    // or the user agreed.
    bool confirmCancelRunningTasks();
    // Cancels every running analysis and waits until they stopped.
    void cancelAllAndWait();

    LayerOpener *layerOpener() const { return m_opener; }
    Notifier *notifier() const { return m_notifier; }
    // Whether runs of the algorithm re-run on input changes unless the user says
    // otherwise (prioritizations do: issue 7).
    static bool autoRerunByDefault(const QString &algorithmId);
    // Re-runs the analysis behind the output layer `layerId` in the background;
    // `reason` is said in the log. False when the layer has no recorded run or its
    // algorithm is unknown. A run already re-running is queued once more.
    bool rerun(const QString &layerId, const QString &reason);
    // The input files watched for auto re-runs.
    QStringList watchedFiles() const;
    // Milliseconds to wait for more changes before re-running (default 400).
    void setRerunDelay(int msecs);

Q_SIGNALS:
    // A run finished well; `layerPaths` are the output files being added.
    void taskSucceeded(territoria::AlgorithmTask *task, const QStringList &layerPaths);
    void taskFailed(territoria::AlgorithmTask *task);
    // An auto re-run started / replaced its output layers (ok) or failed.
    void rerunStarted(const QString &runId, const QString &reason);
    void rerunFinished(const QString &runId, bool ok);

private:
    void buildMenu();
    void onTaskStarted(AlgorithmTask *task);
    void onTaskFinished(AlgorithmTask *task);
    void recordOutputs(AlgorithmTask *task, const QStringList &layerPaths);
    void finishRerun(AlgorithmTask *task);
    void updateWatches();
    void onInputChanged(const QString &path);
    void onLayerCommitted(Layer *layer);
    void runPendingReruns();
    bool startRerun(const AnalysisRun &run, const QString &reason);

    const AlgorithmRegistry *m_registry;
    QPointer<Project> m_project;
    Notifier *m_notifier;
    LayerOpener *m_opener;
    QPointer<QWidget> m_window;
    TaskManager *m_tasks = nullptr;
    QDockWidget *m_dock = nullptr;
    AlgorithmToolbox *m_toolbox = nullptr;
    QMenu *m_menu = nullptr;
    std::function<Extent()> m_mapExtent;
    QList<QPointer<AlgorithmDialog>> m_dialogs;
    // Temporary output files being opened -> the layer name to give them.
    QHash<QString, QString> m_outputNames;
    QHash<QString, QJsonObject> m_outputStyles; // output file -> style to apply when it opens
    // Output files being opened -> the run that wrote them.
    QHash<QString, AnalysisRun> m_pendingRuns;
    // Auto re-runs under way: the task -> its run (with the new output paths) and why.
    struct Rerun {
        AnalysisRun run;
        QHash<QString, QString> newSources; // layer id -> new output file
        QString reason;
    };
    QHash<AlgorithmTask *, Rerun> m_reruns;
    QFileSystemWatcher *m_watcher = nullptr;
    QTimer *m_rerunTimer = nullptr;
    QHash<QString, QString> m_pendingReasons; // run id -> why, waiting for the timer
    QSet<QString> m_queuedAgain;              // run ids changed again while re-running
};

} // namespace territoria
