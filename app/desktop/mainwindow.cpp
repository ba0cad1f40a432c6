#include "mainwindow.h"

#include "analysis/algorithmregistry.h"
#include "analysiscontroller.h"
#include "attributetablewindow.h"
#include "chartsdock.h"
#include "data/layer.h"
#include "data/vectorlayer.h"
#include "editingcontroller.h"
#include "gui/layertreemodel.h"
#include "gui/mapcanvas.h"
#include "gui/messagebar.h"
#include "gui/projectcrsdialog.h"
#include "identifydock.h"
#include "joindialog.h"
#include "layeropener.h"
#include "layerpanel.h"
#include "layerpropertiesdialog.h"
#include "layoutmanagerdialog.h"
#include "logdock.h"
#include "missinglayersdialog.h"
#include "notifier.h"
#include "project/project.h"
#include "projectcontroller.h"
#include "scenariodock.h"
#include "settings.h"
#include "statusbarcontroller.h"

#include <QAction>
#include <QActionGroup>
#include <QApplication>
#include <QCloseEvent>
#include <QDockWidget>
#include <QDragEnterEvent>
#include <QDropEvent>
#include <QFileDialog>
#include <QFileInfo>
#include <QMenuBar>
#include <QMessageBox>
#include <QMimeData>
#include <QSettings>
#include <QStatusBar>
#include <QToolBar>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace territoria {

MainWindow::MainWindow(QWidget *parent)
    : MainWindow(nullptr, parent)
{
}

MainWindow::MainWindow(const AlgorithmRegistry *registry, QWidget *parent)
    : QMainWindow(parent)
{
    setObjectName(u"mainWindow"_s);
    setWindowIcon(QIcon(u":/icons/territoria.svg"_s));
    setAcceptDrops(true);
    setDockNestingEnabled(true);
    m_project = new Project(this);

    auto *central = new QWidget(this);
    auto *centralLayout = new QVBoxLayout(central);
    centralLayout->setContentsMargins(0, 0, 0, 0);
    centralLayout->setSpacing(0);
    m_messageBar = new MessageBar(central);
    m_canvas = new MapCanvas(central);
    m_canvas->setObjectName(u"mapCanvas"_s);
    centralLayout->addWidget(m_messageBar);
    centralLayout->addWidget(m_canvas, 1);
    setCentralWidget(central);

    m_layerPanel = new LayerPanel(m_project, this);
    addDockWidget(Qt::LeftDockWidgetArea, m_layerPanel);
    m_identifyDock = new IdentifyDock(this);
    addDockWidget(Qt::RightDockWidgetArea, m_identifyDock);
    m_identifyDock->hide(); // shown by the identify tool
    m_logDock = new LogDock(this);
    addDockWidget(Qt::BottomDockWidgetArea, m_logDock);
    m_logDock->hide();
    // Charts linked to the selection (hidden unless the user showed it last time).
    addDockWidget(Qt::RightDockWidgetArea, new ChartsDock(m_project, this));

    m_notifier = new Notifier(m_messageBar, m_logDock, this);
    m_statusBar = new StatusBarController(statusBar(), m_canvas, this);
    m_opener = new LayerOpener(m_project, m_notifier, this, this);
    m_projectController = new ProjectController(m_project, m_canvas, m_notifier, this, this);
    m_analysis = new AnalysisController(registry, m_project, m_notifier, m_opener, this, this);
    m_analysis->setMapExtentProvider([this] { return m_canvas->extent(); });
    addDockWidget(Qt::RightDockWidgetArea, m_analysis->toolboxDock());
    tabifyDockWidget(m_identifyDock, m_analysis->toolboxDock());
    addDockWidget(Qt::RightDockWidgetArea, new ScenarioDock(m_analysis, m_project, this));
    findChild<ScenarioDock *>()->hide();
    m_analysis->logPluginStatus(m_logDock);

    createActions();
    m_editing = new EditingController(m_project, m_canvas, m_notifier, this, m_toolGroup, this);
    // Unsaved layer edits are asked about before the project (new, open, quit).
    m_projectController->setUnsavedEditsHandler([this] { return m_editing->maybeSaveEdits(); });
    connect(m_layerPanel, &LayerPanel::currentLayerChanged, m_editing, &EditingController::setCurrentLayer);
    connect(m_layerPanel, &LayerPanel::currentLayerChanged, m_statusBar, &StatusBarController::setCurrentLayer);
    m_editing->setCurrentLayer(m_layerPanel->currentLayer());
    connect(m_editing, &EditingController::layerCreated, this, [this](VectorLayer *layer) {
        const bool wasEmpty = m_project->layerCount() == 1;
        onLayersAdded({layer}, wasEmpty);
    });
    createMenusAndToolbars();

    connect(m_project, &Project::layerAdded, this, &MainWindow::syncCanvasLayers);
    connect(m_project, &Project::layerRemoved, this, &MainWindow::syncCanvasLayers);
    connect(m_project, &Project::layersReordered, this, &MainWindow::syncCanvasLayers);
    connect(m_project, &Project::cleared, this, &MainWindow::syncCanvasLayers);
    connect(m_project, &Project::crsChanged, this, &MainWindow::syncCanvasCrs);
    connect(m_projectController, &ProjectController::projectOpened, this, &MainWindow::onProjectOpened);
    connect(m_opener, &LayerOpener::layersAdded, this, &MainWindow::onLayersAdded);
    connect(m_opener, &LayerOpener::setCrsRequested, this, &MainWindow::showLayerProperties);
    connect(m_canvas, &MapCanvas::mapClicked, this, &MainWindow::onMapClicked);
    connect(m_canvas, &MapCanvas::renderErrors, this,
            [this](const QList<LayerRenderError> &errors, const QStringList &warnings) {
                for (const LayerRenderError &e : errors)
                    m_notifier->error(Error{tr("Layer “%1” could not be drawn: %2").arg(e.layerName, e.error.message),
                                            e.error.source, e.error.detail});
                for (const QString &w : warnings)
                    m_notifier->log(w);
            });
    connect(m_statusBar, &StatusBarController::crsButtonClicked, this, &MainWindow::showProjectCrsDialog);
    connect(m_layerPanel, &LayerPanel::zoomToLayerRequested, m_canvas, &MapCanvas::zoomToLayer);
    connect(m_layerPanel, &LayerPanel::propertiesRequested, this, &MainWindow::showLayerProperties);
    connect(m_layerPanel, &LayerPanel::attributeTableRequested, this, &MainWindow::showAttributeTable);
    connect(m_layerPanel, &LayerPanel::removeRequested, this, &MainWindow::removeLayer);

    resize(1280, 800);
    resizeDocks({m_layerPanel}, {250}, Qt::Horizontal);
    readSettings();
    syncCanvasCrs();
    statusBar()->showMessage(tr("Ready. Add layers with Ctrl+Shift+A or by dropping files on the window."), 8000);
}

MainWindow::~MainWindow() = default;

MissingLayersDialog *MainWindow::missingLayersDialog() const
{
    return m_projectController->missingLayersDialog();
}

void MainWindow::createActions()
{
    auto make = [this](const QString &icon, const QString &text, const QKeySequence &shortcut, const QString &tip) {
        auto *action = new QAction(icon.isEmpty() ? QIcon() : QIcon(u":/icons/"_s + icon + u".svg"_s), text, this);
        if (!shortcut.isEmpty())
            action->setShortcut(shortcut);
        action->setToolTip(tip.isEmpty() ? QString(text).remove(u'&') : tip);
        action->setStatusTip(action->toolTip());
        return action;
    };
    m_actNew = make(u"new"_s, tr("&New Project"), QKeySequence::New, {});
    m_actOpen = make(u"open"_s, tr("&Open Project…"), QKeySequence::Open, {});
    m_actSave = make(u"save"_s, tr("&Save Project"), QKeySequence::Save, {});
    m_actSaveAs = make({}, tr("Save Project &As…"), QKeySequence::SaveAs, {});
    m_actAddLayer = make(u"add-layer"_s, tr("&Add Layer…"), QKeySequence(u"Ctrl+Shift+A"_s),
                         tr("Add vector or raster layers from files"));
    m_actQuit = make({}, tr("&Quit"), QKeySequence::Quit, {});
    m_actPan = make(u"pan"_s, tr("&Pan"), QKeySequence(u"Ctrl+1"_s), tr("Pan the map by dragging"));
    m_actIdentify = make(u"identify"_s, tr("&Identify Features"), QKeySequence(u"Ctrl+Shift+I"_s),
                         tr("Click on the map to see the attributes of the features under the cursor"));
    m_actPan->setCheckable(true);
    m_actIdentify->setCheckable(true);
    m_actPan->setChecked(true);
    m_toolGroup = new QActionGroup(this);
    m_toolGroup->addAction(m_actPan);
    m_toolGroup->addAction(m_actIdentify);
    m_actZoomIn = make(u"zoom-in"_s, tr("Zoom &In"), QKeySequence::ZoomIn, {});
    m_actZoomOut = make(u"zoom-out"_s, tr("Zoom &Out"), QKeySequence::ZoomOut, {});
    m_actZoomFull = make(u"zoom-full"_s, tr("Zoom &Full"), QKeySequence(u"Ctrl+Shift+F"_s),
                         tr("Zoom to all layers"));
    m_actZoomLayer = make(u"zoom-layer"_s, tr("Zoom to &Layer"), {}, tr("Zoom to the selected layer"));
    m_actZoomPrevious = make(u"zoom-previous"_s, tr("Zoom &Last"), QKeySequence(u"Alt+Left"_s),
                             tr("Go back to the previous extent"));
    m_actZoomNext = make(u"zoom-next"_s, tr("Zoom &Next"), QKeySequence(u"Alt+Right"_s),
                         tr("Go forward to the next extent"));
    m_actProjectCrs = make(u"crs"_s, tr("Project &CRS…"), {}, tr("Coordinate reference system and datum transformations"));
    m_actAttributeTable = make(u"table"_s, tr("Open &Attribute Table"), QKeySequence(u"F6"_s), {});
    m_actRemoveLayer = make(u"remove"_s, tr("&Remove Layer"), {}, {});
    m_actLayerProperties = make({}, tr("Layer &Properties…"), {}, {});
    m_actAbout = make({}, tr("&About Territoria"), {}, {});

    connect(m_actNew, &QAction::triggered, m_projectController, &ProjectController::newProject);
    connect(m_actOpen, &QAction::triggered, this, [this] { m_projectController->openProject(); });
    connect(m_actSave, &QAction::triggered, m_projectController, &ProjectController::save);
    connect(m_actSaveAs, &QAction::triggered, this, [this] { m_projectController->saveAs(); });
    connect(m_actAddLayer, &QAction::triggered, this, &MainWindow::addLayersFromDialog);
    connect(m_actQuit, &QAction::triggered, this, &QWidget::close);
    connect(m_actIdentify, &QAction::toggled, this, [this](bool on) {
        m_canvas->setCursor(on ? Qt::WhatsThisCursor : Qt::OpenHandCursor);
        if (on) {
            m_identifyDock->show();
            m_identifyDock->raise();
        }
    });
    connect(m_actZoomIn, &QAction::triggered, m_canvas, &MapCanvas::zoomIn);
    connect(m_actZoomOut, &QAction::triggered, m_canvas, &MapCanvas::zoomOut);
    connect(m_actZoomFull, &QAction::triggered, m_canvas, &MapCanvas::zoomToFullExtent);
    connect(m_actZoomLayer, &QAction::triggered, this, [this] {
        if (Layer *layer = m_layerPanel->currentLayer())
            m_canvas->zoomToLayer(layer);
    });
    connect(m_actZoomPrevious, &QAction::triggered, m_canvas, &MapCanvas::zoomPrevious);
    connect(m_actZoomNext, &QAction::triggered, m_canvas, &MapCanvas::zoomNext);
    connect(m_canvas, &MapCanvas::historyChanged, this, [this] {
        m_actZoomPrevious->setEnabled(m_canvas->canZoomPrevious());
        m_actZoomNext->setEnabled(m_canvas->canZoomNext());
    });
    m_actZoomPrevious->setEnabled(false);
    m_actZoomNext->setEnabled(false);
    connect(m_actProjectCrs, &QAction::triggered, this, &MainWindow::showProjectCrsDialog);
    connect(m_actAttributeTable, &QAction::triggered, this,
            [this] { showAttributeTable(m_layerPanel->currentLayer()); });
    connect(m_actRemoveLayer, &QAction::triggered, this, [this] { removeLayer(m_layerPanel->currentLayer()); });
    connect(m_actLayerProperties, &QAction::triggered, this,
            [this] { showLayerProperties(m_layerPanel->currentLayer()); });
    connect(m_actAbout, &QAction::triggered, this, [this] {
        QMessageBox::about(this, tr("About Territoria"),
                           tr("<h3>Territoria %1</h3><p>Desktop GIS for municipal planning and disaster-risk "
                              "management.</p><p>Built on Qt %2, GDAL, PROJ and GEOS.</p>")
                               .arg(QApplication::applicationVersion(), QString::fromLatin1(qVersion())));
    });
    auto updateLayerActions = [this] {
        Layer *layer = m_layerPanel->currentLayer();
        m_actZoomLayer->setEnabled(layer);
        m_actRemoveLayer->setEnabled(layer);
        m_actLayerProperties->setEnabled(layer);
        m_actAttributeTable->setEnabled(layer && layer->kind() == LayerKind::Vector);
    };
    connect(m_layerPanel, &LayerPanel::currentLayerChanged, this, updateLayerActions);
    updateLayerActions();
}

void MainWindow::createMenusAndToolbars()
{
    QMenu *project = menuBar()->addMenu(tr("&Project"));
    project->addAction(m_actNew);
    project->addAction(m_actOpen);
    project->addMenu(m_projectController->recentMenu());
    project->addSeparator();
    project->addAction(m_actSave);
    project->addAction(m_actSaveAs);
    project->addSeparator();
    project->addAction(m_actProjectCrs);
    project->addSeparator();
    // Print layouts: their designers are windows of this one (no singleton).
    project->addMenu(createPrintLayoutsMenu(m_project, this, [this] { return m_canvas->extent(); }));
    project->addSeparator();
    project->addAction(m_actQuit);

    menuBar()->addMenu(m_editing->menu());

    QMenu *layer = menuBar()->addMenu(tr("&Layer"));
    layer->addAction(m_editing->action(u"newLayer"_s));
    layer->addAction(m_actAddLayer);
    layer->addAction(m_actRemoveLayer);
    layer->addSeparator();
    layer->addAction(m_actAttributeTable);
    layer->addAction(m_actLayerProperties);
    layer->addSeparator();
    addJoinActions(layer, m_project, [this] { return m_layerPanel->currentLayer(); }, m_notifier, this);

    QMenu *view = menuBar()->addMenu(tr("&View"));
    view->addAction(m_actPan);
    view->addAction(m_actIdentify);
    view->addSeparator();
    view->addAction(m_actZoomIn);
    view->addAction(m_actZoomOut);
    view->addAction(m_actZoomFull);
    view->addAction(m_actZoomLayer);
    view->addAction(m_actZoomPrevious);
    view->addAction(m_actZoomNext);
    view->addSeparator();
    QMenu *panels = view->addMenu(tr("&Panels"));
    panels->addAction(m_layerPanel->toggleViewAction());
    panels->addAction(m_identifyDock->toggleViewAction());
    panels->addAction(m_logDock->toggleViewAction());
    panels->addAction(findChild<ChartsDock *>()->toggleViewAction());

    panels->addAction(m_analysis->toolboxDock()->toggleViewAction());
    panels->addAction(findChild<ScenarioDock *>()->toggleViewAction());

    menuBar()->addMenu(m_analysis->menu());

    QMenu *help = menuBar()->addMenu(tr("&Help"));
    help->addAction(m_actAbout);

    QToolBar *fileBar = addToolBar(tr("Project"));
    fileBar->setObjectName(u"projectToolbar"_s);
    fileBar->addAction(m_actNew);
    fileBar->addAction(m_actOpen);
    fileBar->addAction(m_actSave);
    fileBar->addSeparator();
    fileBar->addAction(m_actAddLayer);
    QToolBar *navBar = addToolBar(tr("Map Navigation"));
    navBar->setObjectName(u"navigationToolbar"_s);
    navBar->addAction(m_actPan);
    navBar->addAction(m_actIdentify);
    navBar->addSeparator();
    navBar->addAction(m_actZoomIn);
    navBar->addAction(m_actZoomOut);
    navBar->addAction(m_actZoomFull);
    navBar->addAction(m_actZoomLayer);
    navBar->addAction(m_actZoomPrevious);
    navBar->addAction(m_actZoomNext);
    navBar->addSeparator();
    navBar->addAction(m_actAttributeTable);
    navBar->addAction(m_actProjectCrs);
    for (QToolBar *bar : {fileBar, navBar})
        bar->setIconSize(QSize(24, 24));
    addToolBarBreak();
    addToolBar(m_editing->toolBar());
    addToolBar(m_editing->selectionToolBar());
}

void MainWindow::syncCanvasLayers()
{
    m_canvas->setLayers(m_project->layers());
}

void MainWindow::syncCanvasCrs()
{
    m_canvas->setTransformContext(m_project->transformContext());
    m_canvas->setDestinationCrs(m_project->crs());
    m_statusBar->setCrs(m_project->crs(), m_project->transformContext());
}

void MainWindow::onProjectOpened()
{
    syncCanvasCrs();
    syncCanvasLayers();
    const Extent view = m_project->viewExtent();
    if (!view.isNull() && !view.isEmpty())
        m_canvas->setExtent(view);
    else
        m_canvas->zoomToFullExtent();
    for (Layer *layer : m_project->layers()) {
        if (!layer->hasSourceCrs() && !layer->crs().isValid()) {
            QPointer<Layer> guard(layer);
            m_notifier->warning(tr("Layer “%1” has no coordinate reference system. It is drawn as if it were in "
                                   "the project CRS.")
                                    .arg(layer->name()),
                                tr("Set CRS…"), [this, guard] {
                                    if (guard)
                                        showLayerProperties(guard);
                                });
        }
    }
}

void MainWindow::onLayersAdded(const QList<Layer *> &layers, bool projectWasEmpty)
{
    syncCanvasCrs();
    if (projectWasEmpty || m_canvas->extent().isNull())
        m_canvas->zoomToFullExtent();
    if (!layers.isEmpty())
        m_layerPanel->setCurrentLayer(layers.last());
}

void MainWindow::removeLayer(Layer *layer)
{
    if (!layer)
        return;
    if (auto *vl = qobject_cast<VectorLayer *>(layer); vl && !m_editing->maybeSaveEdits({vl}))
        return;
    m_project->removeLayer(layer->id());
    m_project->setDirty();
}

bool MainWindow::openProject(const QString &path)
{
    return m_projectController->openProject(path);
}

void MainWindow::openPaths(const QStringList &paths)
{
    QStringList layers;
    for (const QString &path : paths) {
        if (LayerOpener::isProjectFile(path))
            openProject(path);
        else
            layers << path;
    }
    if (!layers.isEmpty()) {
        AppSettings::setLastDirectory(u"layer"_s, layers.first());
        m_opener->open(layers);
    }
}

void MainWindow::addLayersFromDialog()
{
    const QStringList paths = QFileDialog::getOpenFileNames(this, tr("Add Layers"),
                                                            AppSettings::lastDirectory(u"layer"_s),
                                                            LayerOpener::fileFilter());
    if (!paths.isEmpty())
        openPaths(paths);
}

QList<IdentifyResult> MainWindow::identifyAt(const QPointF &mapPoint)
{
    const QList<IdentifyResult> results =
        Identifier::identify(m_project->layers(), mapPoint, m_canvas->mapSettings(), 4.0, false, 10);
    const Crs crs = m_project->crs();
    m_identifyDock->setResults(results, mapPoint,
                               crs.isValid() ? (crs.authId().isEmpty() ? crs.name() : crs.authId()) : tr("no CRS"));
    m_identifyDock->show();
    m_identifyDock->raise();
    return results;
}

void MainWindow::onMapClicked(const QPointF &mapPoint, Qt::MouseButton button)
{
    if (button == Qt::LeftButton && m_actIdentify->isChecked())
        identifyAt(mapPoint);
}

void MainWindow::showProjectCrsDialog()
{
    QList<Crs> layerCrs;
    for (Layer *layer : m_project->layers()) {
        const Crs crs = layer->crs();
        if (crs.isValid() && std::none_of(layerCrs.begin(), layerCrs.end(), [&](const Crs &c) { return c == crs; }))
            layerCrs << crs;
    }
    ProjectCrsDialog dialog(m_project->crs(), m_project->transformContext(), layerCrs, this);
    if (m_project->crs().isValid() && !m_canvas->extent().isNull())
        dialog.setReferencePoint(m_canvas->center(), m_project->crs());
    if (dialog.exec() != QDialog::Accepted)
        return;
    const Crs crs = dialog.crs();
    if (!crs.isValid())
        return;
    const Extent old = m_canvas->extent();
    const Crs oldCrs = m_project->crs();
    m_project->setTransformContext(dialog.transformContext());
    if (!oldCrs.isValid() || !(crs == oldCrs))
        m_project->setCrs(crs);
    m_project->setDirty();
    syncCanvasCrs();
    // Keep looking at the same place.
    Extent next;
    if (oldCrs.isValid() && !old.isNull()) {
        if (auto ct = CoordinateTransform::create(oldCrs, crs, m_project->transformContext()))
            next = ct->transformExtent(old);
    }
    if (!next.isNull() && next.isFinite())
        m_canvas->setExtent(next);
    else
        m_canvas->zoomToFullExtent();
}

void MainWindow::showLayerProperties(Layer *layer)
{
    if (!layer)
        return;
    LayerPropertiesDialog dialog(layer, this);
    connect(layer, &QObject::destroyed, &dialog, &QDialog::reject);
    if (dialog.exec() == QDialog::Accepted)
        m_project->setDirty();
    // A project without CRS (its layers had none) takes the first CRS the user sets.
    if (!m_project->crs().isValid() && layer->crs().isValid()) {
        m_project->setCrs(layer->crs());
        syncCanvasCrs();
        m_canvas->zoomToFullExtent();
    }
    m_canvas->refresh();
}

void MainWindow::showAttributeTable(Layer *layer)
{
    auto *vl = qobject_cast<VectorLayer *>(layer);
    if (!vl)
        return;
    auto *window = new AttributeTableWindow(vl, this);
    window->setEditingController(m_editing);
    connect(layer, &QObject::destroyed, window, &QWidget::close);
    window->show();
}

void MainWindow::closeEvent(QCloseEvent *event)
{
    if (!m_analysis->confirmCancelRunningTasks() || !m_projectController->maybeSave()) {
        event->ignore();
        return;
    }
    m_analysis->cancelAllAndWait();
    m_editing->closeUnmodifiedSessions();
    writeSettings();
    event->accept();
}

void MainWindow::dragEnterEvent(QDragEnterEvent *event)
{
    if (event->mimeData()->hasUrls()) {
        for (const QUrl &url : event->mimeData()->urls()) {
            if (url.isLocalFile()) {
                event->acceptProposedAction();
                return;
            }
        }
    }
    event->ignore();
}

void MainWindow::dropEvent(QDropEvent *event)
{
    QStringList paths;
    for (const QUrl &url : event->mimeData()->urls()) {
        if (url.isLocalFile())
            paths << url.toLocalFile();
    }
    if (paths.isEmpty()) {
        event->ignore();
        return;
    }
    event->acceptProposedAction();
    openPaths(paths);
}

void MainWindow::readSettings()
{
    QSettings settings;
    if (const QByteArray geometry = settings.value(u"mainWindow/geometry"_s).toByteArray(); !geometry.isEmpty())
        restoreGeometry(geometry);
    if (const QByteArray state = settings.value(u"mainWindow/state"_s).toByteArray(); !state.isEmpty())
        restoreState(state);
}

void MainWindow::writeSettings()
{
    QSettings settings;
    settings.setValue(u"mainWindow/geometry"_s, saveGeometry());
    settings.setValue(u"mainWindow/state"_s, saveState());
}

} // namespace territoria
