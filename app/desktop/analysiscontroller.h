#pragma once

#include "geometry/extent.h"

#include <QHash>
#include <QList>
#include <QObject>
#include <QPointer>

#include <functional>

class QDockWidget;
class QMenu;
class QWidget;

namespace territoria {

class AlgorithmDialog;
class AlgorithmRegistry;
class AlgorithmTask;
class AlgorithmToolbox;
class LayerOpener;
class LogDock;
class Notifier;
class Project;
class TaskManager;

// The desktop face of the analysis engine: the toolbox dock and the Analysis
// menu over the AlgorithmRegistry, algorithm dialogs, and what happens after a
// run (TaskManager): raster/vector output files are added to the project through
// the LayerOpener, other outputs and failures go to the message bar and the log.
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

Q_SIGNALS:
    // A run finished well; `layerPaths` are the output files being added.
    void taskSucceeded(territoria::AlgorithmTask *task, const QStringList &layerPaths);
    void taskFailed(territoria::AlgorithmTask *task);

private:
    void buildMenu();
    void onTaskStarted(AlgorithmTask *task);
    void onTaskFinished(AlgorithmTask *task);

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
};

} // namespace territoria
