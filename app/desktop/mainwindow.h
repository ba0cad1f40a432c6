#pragma once

#include "gui/identify.h"

#include <QMainWindow>
#include <QPointer>

class QAction;
class QActionGroup;

namespace territoria {

class AlgorithmRegistry;
class AnalysisController;
class EditingController;
class IdentifyDock;
class Layer;
class LayerOpener;
class LayerPanel;
class LogDock;
class MapCanvas;
class MessageBar;
class MissingLayersDialog;
class Notifier;
class Project;
class ProjectController;
class StatusBarController;

// The main window wires the feature classes together: the map canvas with its
// message bar, the layer panel, identify results and log docks, the status bar,
// project actions (ProjectController) and adding layers (LayerOpener).
class MainWindow : public QMainWindow
{
    Q_OBJECT
public:
    explicit MainWindow(QWidget *parent = nullptr);
    // `registry` (loaded by the caller, outliving the window) feeds the Analysis
    // menu and toolbox; without one they are empty.
    explicit MainWindow(const AlgorithmRegistry *registry, QWidget *parent = nullptr);
    ~MainWindow() override;

    Project *project() const { return m_project; }
    MapCanvas *canvas() const { return m_canvas; }
    MessageBar *messageBar() const { return m_messageBar; }
    LayerPanel *layerPanel() const { return m_layerPanel; }
    IdentifyDock *identifyDock() const { return m_identifyDock; }
    LogDock *logDock() const { return m_logDock; }
    LayerOpener *layerOpener() const { return m_opener; }
    ProjectController *projectController() const { return m_projectController; }
    AnalysisController *analysisController() const { return m_analysis; }
    EditingController *editingController() const { return m_editing; }
    MissingLayersDialog *missingLayersDialog() const;

    bool openProject(const QString &path);
    // Projects open as projects, anything else is added as layers.
    void openPaths(const QStringList &paths);

public Q_SLOTS:
    QList<territoria::IdentifyResult> identifyAt(const QPointF &mapPoint);
    void showProjectCrsDialog();
    void showLayerProperties(territoria::Layer *layer);
    void showAttributeTable(territoria::Layer *layer);
    void addLayersFromDialog();

protected:
    void closeEvent(QCloseEvent *event) override;
    void dragEnterEvent(QDragEnterEvent *event) override;
    void dropEvent(QDropEvent *event) override;

private:
    void createActions();
    void createMenusAndToolbars();
    void syncCanvasLayers();
    void syncCanvasCrs();
    void onProjectOpened();
    void onLayersAdded(const QList<territoria::Layer *> &layers, bool projectWasEmpty);
    void removeLayer(territoria::Layer *layer);
    void onMapClicked(const QPointF &mapPoint, Qt::MouseButton button);
    void readSettings();
    void writeSettings();

    Project *m_project = nullptr;
    MapCanvas *m_canvas = nullptr;
    MessageBar *m_messageBar = nullptr;
    LayerPanel *m_layerPanel = nullptr;
    IdentifyDock *m_identifyDock = nullptr;
    LogDock *m_logDock = nullptr;
    Notifier *m_notifier = nullptr;
    StatusBarController *m_statusBar = nullptr;
    LayerOpener *m_opener = nullptr;
    ProjectController *m_projectController = nullptr;
    AnalysisController *m_analysis = nullptr;
    EditingController *m_editing = nullptr;

    QAction *m_actNew = nullptr;
    QAction *m_actOpen = nullptr;
    QAction *m_actSave = nullptr;
    QAction *m_actSaveAs = nullptr;
    QAction *m_actAddLayer = nullptr;
    QAction *m_actQuit = nullptr;
    QAction *m_actPan = nullptr;
    QAction *m_actIdentify = nullptr;
    QAction *m_actZoomIn = nullptr;
    QAction *m_actZoomOut = nullptr;
    QAction *m_actZoomFull = nullptr;
    QAction *m_actZoomLayer = nullptr;
    QAction *m_actZoomPrevious = nullptr;
    QAction *m_actZoomNext = nullptr;
    QAction *m_actProjectCrs = nullptr;
    QAction *m_actAttributeTable = nullptr;
    QAction *m_actRemoveLayer = nullptr;
    QAction *m_actLayerProperties = nullptr;
    QAction *m_actAbout = nullptr;
    QActionGroup *m_toolGroup = nullptr;
};

} // namespace territoria
