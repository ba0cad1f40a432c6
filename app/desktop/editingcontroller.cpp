#include "editingcontroller.h"

#include "data/layer.h"
#include "data/vectorlayer.h"
#include "data/vectorlayerfactory.h"
#include "featureform.h"
#include "gui/mapcanvas.h"
#include "gui/maptools/maptoolcapture.h"
#include "gui/maptools/maptoolmeasure.h"
#include "gui/maptools/maptoolmovefeature.h"
#include "gui/maptools/maptoolselect.h"
#include "gui/maptools/maptoolsplit.h"
#include "gui/maptools/maptoolvertex.h"
#include "journalrestoredialog.h"
#include "newlayerdialog.h"
#include "notifier.h"
#include "project/project.h"
#include "selectbyexpressiondialog.h"
#include "snappingsettingswidget.h"

#include <QAction>
#include <QActionGroup>
#include <QApplication>
#include <QClipboard>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QMenu>
#include <QMessageBox>
#include <QStandardPaths>
#include <QToolBar>
#include <QToolButton>
#include <QUndoStack>
#include <QUuid>
#include <QWidgetAction>

using namespace Qt::StringLiterals;

namespace territoria {

EditingController::EditingController(Project *project, MapCanvas *canvas, Notifier *notifier, QWidget *window,
                                     QActionGroup *toolGroup, QObject *parent)
    : QObject(parent)
    , m_project(project)
    , m_canvas(canvas)
    , m_notifier(notifier)
    , m_window(window)
    , m_toolGroup(toolGroup)
{
    m_capture = new MapToolCapture(canvas);
    m_capture->setParent(this);
    m_select = new MapToolSelect(canvas);
    m_select->setParent(this);
    m_move = new MapToolMoveFeature(canvas);
    m_move->setParent(this);
    m_vertex = new MapToolVertex(canvas);
    m_vertex->setParent(this);
    m_split = new MapToolSplit(canvas);
    m_split->setParent(this);
    m_measure = new MapToolMeasure(canvas);
    m_measure->setParent(this);
    m_capture->setFeatureCreator([this](VectorLayer *layer, const Geometry &geometry) {
        createFeatureWithForm(layer, geometry);
    });
    for (MapToolEdit *tool : std::initializer_list<MapToolEdit *>{m_capture, m_move, m_vertex, m_split}) {
        connect(tool, &MapToolEdit::invalidGeometry, this, &EditingController::warnInvalidGeometry);
    }
    for (MapTool *tool : std::initializer_list<MapTool *>{m_capture, m_select, m_move, m_vertex, m_split, m_measure}) {
        connect(tool, &MapTool::statusMessage, this, [this](const QString &message) {
            if (!message.isEmpty())
                m_notifier->log(message);
        });
    }
    m_snapping = new SnappingSettingsWidget(window);
    createActions();
    connect(m_snapping, &SnappingSettingsWidget::settingsChanged, this, &EditingController::applySnapping);
    connect(project, &Project::layerAboutToBeRemoved, this, &EditingController::onLayerAboutToBeRemoved);
    connect(project, &Project::layerAdded, this, [this] { applySnapping(); });
    connect(project, &Project::layerRemoved, this, [this] { applySnapping(); });
    if (m_toolGroup) {
        connect(m_toolGroup, &QActionGroup::triggered, this, [this](QAction *action) {
            // Pan, identify... are the window's own actions: no canvas tool.
            if (!m_actions.values().contains(action))
                m_canvas->setMapTool(nullptr);
        });
    }
    applySnapping();
    updateActions();
}

EditingController::~EditingController()
{
    if (m_canvas)
        m_canvas->setMapTool(nullptr);
}

SnappingSettingsWidget *EditingController::snappingWidget() const
{
    return m_snapping.data();
}

QAction *EditingController::action(const QString &name) const
{
    return m_actions.value(name);
}

VectorLayer *EditingController::currentVectorLayer() const
{
    return qobject_cast<VectorLayer *>(m_current.data());
}

void EditingController::createActions()
{
    auto make = [this](const QString &name, const QString &icon, const QString &text, const QKeySequence &shortcut,
                       const QString &tip, bool checkable = false) {
        auto *action = new QAction(icon.isEmpty() ? QIcon() : QIcon(u":/icons/"_s + icon + u".svg"_s), text, this);
        action->setObjectName(name);
        if (!shortcut.isEmpty())
            action->setShortcut(shortcut);
        action->setToolTip(tip.isEmpty() ? QString(text).remove(u'&') : tip);
        action->setStatusTip(action->toolTip());
        action->setCheckable(checkable);
        m_actions.insert(name, action);
        return action;
    };
    QAction *toggle = make(u"toggleEditing"_s, u"edit-toggle"_s, tr("Toggle &Editing"), QKeySequence(u"Ctrl+E"_s),
                           tr("Start or stop editing the current layer"), true);
    QAction *save = make(u"saveEdits"_s, u"edit-save"_s, tr("&Save Layer Edits"), QKeySequence(u"Ctrl+Shift+S"_s),
                         tr("Write the edits of the current layer to its file"));
    QAction *rollBack = make(u"rollBack"_s, u"edit-rollback"_s, tr("&Roll Back Edits"), {},
                             tr("Drop the unsaved edits of the current layer"));
    m_undo = make(u"undo"_s, u"undo"_s, tr("&Undo"), QKeySequence::Undo, {});
    m_redo = make(u"redo"_s, u"redo"_s, tr("&Redo"), QKeySequence::Redo, {});
    QAction *add = make(u"addFeature"_s, u"edit-add"_s, tr("&Add Feature"), QKeySequence(u"Ctrl+."_s),
                        tr("Digitize a new point, line or polygon: click vertices, right click or Enter finishes, "
                           "Backspace removes the last vertex, Esc cancels"),
                        true);
    QAction *move = make(u"moveFeature"_s, u"edit-move"_s, tr("&Move Feature(s)"), {},
                         tr("Drag a feature (or the selected features) to move it"), true);
    QAction *vertex = make(u"vertexTool"_s, u"edit-vertex"_s, tr("&Vertex Tool"), {},
                           tr("Move vertices by dragging, double click a segment to add one, Delete removes the "
                              "selected vertex"),
                           true);
    QAction *split = make(u"splitFeatures"_s, u"edit-split"_s, tr("S&plit Features"), {},
                          tr("Draw a line across lines or polygons to split them"), true);
    QAction *del = make(u"deleteSelected"_s, u"edit-delete"_s, tr("&Delete Selected"), QKeySequence::Delete,
                        tr("Delete the selected features of the current layer"));
    QAction *copy = make(u"copyFeatures"_s, u"edit-copy"_s, tr("&Copy Features"), QKeySequence::Copy,
                         tr("Copy the selected features of the current layer"));
    QAction *paste = make(u"pasteFeatures"_s, u"edit-paste"_s, tr("&Paste Features"), QKeySequence::Paste,
                          tr("Paste the copied features into the current layer (reprojected, fields matched by name)"));
    QAction *selClick = make(u"selectClick"_s, u"select"_s, tr("Select by &Click"), {},
                             tr("Click a feature to select it; Shift adds, Ctrl removes"), true);
    QAction *selRect = make(u"selectRectangle"_s, u"select-rect"_s, tr("Select by &Rectangle"), {},
                            tr("Drag a rectangle to select features; Shift adds, Ctrl removes"), true);
    QAction *selPoly = make(u"selectPolygon"_s, u"select-polygon"_s, tr("Select by &Polygon"), {},
                            tr("Click the vertices of a polygon, right click to select the features in it"), true);
    QAction *selExpr = make(u"selectByExpression"_s, u"select-expression"_s, tr("Select by E&xpression…"),
                            QKeySequence(u"Ctrl+F3"_s), tr("Select features with an SQL condition on their attributes"));
    QAction *invert = make(u"invertSelection"_s, {}, tr("&Invert Selection"), {}, {});
    QAction *clear = make(u"clearSelection"_s, u"select-clear"_s, tr("Clear Se&lection"),
                          QKeySequence(u"Ctrl+Alt+A"_s), {});
    QAction *zoomSel = make(u"zoomToSelection"_s, u"zoom-selection"_s, tr("&Zoom to Selection"),
                            QKeySequence(u"Ctrl+J"_s), {});
    QAction *measureDist = make(u"measureDistance"_s, u"measure"_s, tr("Measure &Distance"),
                                QKeySequence(u"Ctrl+Shift+M"_s),
                                tr("Measure a distance on the map, planar and on the ellipsoid"), true);
    QAction *measureArea = make(u"measureArea"_s, u"measure-area"_s, tr("Measure A&rea"), QKeySequence(u"Ctrl+Shift+J"_s),
                                tr("Measure an area on the map, planar and on the ellipsoid"), true);
    QAction *newLayer = make(u"newLayer"_s, u"new-layer"_s, tr("&New Layer…"), QKeySequence(u"Ctrl+Shift+N"_s),
                             tr("Create an empty GeoPackage or Shapefile layer"));
    QAction *snap = make(u"snapping"_s, u"snapping"_s, tr("S&napping"), {}, tr("Snap to vertices and segments"), true);

    // Shortcuts that the canvas, tables and text fields also know work window-wide
    // only when those widgets do not want them (QLineEdit keeps its Ctrl+C).
    for (QAction *a : {del, copy, paste})
        a->setShortcutContext(Qt::WindowShortcut);

    for (QAction *tool : {add, move, vertex, split, selClick, selRect, selPoly, measureDist, measureArea})
        if (m_toolGroup)
            m_toolGroup->addAction(tool);

    connect(toggle, &QAction::triggered, this, [this, toggle](bool on) {
        VectorLayer *layer = currentVectorLayer();
        if (!layer)
            return;
        if (on)
            startEditing(layer);
        else
            stopEditing(layer);
        toggle->setChecked(layer->isEditable());
    });
    connect(save, &QAction::triggered, this, [this] {
        if (VectorLayer *layer = currentVectorLayer())
            saveEdits(layer, true);
    });
    connect(rollBack, &QAction::triggered, this, [this] {
        VectorLayer *layer = currentVectorLayer();
        if (!layer || !layer->isModified())
            return;
        const auto answer = QMessageBox::question(
            m_window, tr("Roll Back Edits"),
            tr("Drop all unsaved edits of layer “%1”? This cannot be undone.").arg(layer->name()),
            QMessageBox::Discard | QMessageBox::Cancel, QMessageBox::Cancel);
        if (answer == QMessageBox::Discard)
            this->rollBack(layer, true);
    });
    connect(m_undo, &QAction::triggered, this, [this] {
        if (m_boundStack)
            m_boundStack->undo();
    });
    connect(m_redo, &QAction::triggered, this, [this] {
        if (m_boundStack)
            m_boundStack->redo();
    });
    auto toolAction = [this](QAction *action, MapTool *tool, std::function<void()> before = {}) {
        m_toolActions.insert(action, tool);
        connect(action, &QAction::toggled, this, [this, tool, before](bool on) {
            if (on) {
                if (before)
                    before();
                activateTool(tool);
                return;
            }
            // Another action of the same tool (select by click -> by rectangle) keeps it.
            for (auto it = m_toolActions.cbegin(); it != m_toolActions.cend(); ++it)
                if (it.value() == tool && it.key()->isChecked())
                    return;
            if (m_canvas && m_canvas->mapTool() == tool)
                m_canvas->setMapTool(nullptr);
        });
    };
    toolAction(add, m_capture);
    toolAction(move, m_move);
    toolAction(vertex, m_vertex);
    toolAction(split, m_split);
    toolAction(selClick, m_select, [this] { m_select->setMode(MapToolSelect::Mode::Click); });
    toolAction(selRect, m_select, [this] { m_select->setMode(MapToolSelect::Mode::Rectangle); });
    toolAction(selPoly, m_select, [this] { m_select->setMode(MapToolSelect::Mode::Polygon); });
    toolAction(measureDist, m_measure, [this] { m_measure->setMode(MapToolMeasure::Mode::Distance); });
    toolAction(measureArea, m_measure, [this] { m_measure->setMode(MapToolMeasure::Mode::Area); });
    connect(del, &QAction::triggered, this, &EditingController::deleteSelected);
    connect(copy, &QAction::triggered, this, &EditingController::copySelected);
    connect(paste, &QAction::triggered, this, &EditingController::paste);
    connect(selExpr, &QAction::triggered, this, &EditingController::showSelectByExpressionDialog);
    connect(invert, &QAction::triggered, this, &EditingController::invertSelection);
    connect(clear, &QAction::triggered, this, &EditingController::clearSelection);
    connect(zoomSel, &QAction::triggered, this, &EditingController::zoomToSelection);
    connect(newLayer, &QAction::triggered, this, &EditingController::showNewLayerDialog);

    // Snapping: a check action with the options in its drop-down menu.
    snap->setChecked(m_snapping->isSnappingEnabled());
    connect(snap, &QAction::toggled, m_snapping, &SnappingSettingsWidget::setSnappingEnabled);
    connect(m_snapping, &SnappingSettingsWidget::settingsChanged, snap,
            [this, snap] { snap->setChecked(m_snapping->isSnappingEnabled()); });
    auto *snapMenu = new QMenu(m_window);
    auto *snapWidgetAction = new QWidgetAction(snapMenu);
    snapWidgetAction->setDefaultWidget(m_snapping);
    snapMenu->addAction(snapWidgetAction);
    snap->setMenu(snapMenu);

    m_menu = new QMenu(tr("&Edit"), m_window);
    m_menu->setObjectName(u"editMenu"_s);
    m_menu->addAction(m_undo);
    m_menu->addAction(m_redo);
    m_menu->addSeparator();
    m_menu->addAction(toggle);
    m_menu->addAction(save);
    m_menu->addAction(rollBack);
    m_menu->addSeparator();
    m_menu->addAction(add);
    m_menu->addAction(move);
    m_menu->addAction(vertex);
    m_menu->addAction(split);
    m_menu->addAction(del);
    m_menu->addSeparator();
    m_menu->addAction(copy);
    m_menu->addAction(paste);
    m_menu->addSeparator();
    QMenu *selectMenu = m_menu->addMenu(tr("S&elect"));
    selectMenu->addAction(selClick);
    selectMenu->addAction(selRect);
    selectMenu->addAction(selPoly);
    selectMenu->addAction(selExpr);
    selectMenu->addSeparator();
    selectMenu->addAction(invert);
    selectMenu->addAction(clear);
    selectMenu->addAction(zoomSel);
    m_menu->addSeparator();
    m_menu->addAction(measureDist);
    m_menu->addAction(measureArea);
    m_menu->addSeparator();
    m_menu->addAction(snap);
    m_menu->addAction(newLayer);

    m_toolBar = new QToolBar(tr("Editing"), m_window);
    m_toolBar->setObjectName(u"editingToolbar"_s);
    m_toolBar->addAction(toggle);
    m_toolBar->addAction(save);
    m_toolBar->addAction(rollBack);
    m_toolBar->addSeparator();
    m_toolBar->addAction(m_undo);
    m_toolBar->addAction(m_redo);
    m_toolBar->addSeparator();
    m_toolBar->addAction(add);
    m_toolBar->addAction(move);
    m_toolBar->addAction(vertex);
    m_toolBar->addAction(split);
    m_toolBar->addAction(del);
    m_toolBar->addSeparator();
    m_toolBar->addAction(snap);
    if (auto *button = qobject_cast<QToolButton *>(m_toolBar->widgetForAction(snap))) {
        button->setPopupMode(QToolButton::MenuButtonPopup);
        m_snapButton = button;
    }
    m_toolBar->addAction(newLayer);
    m_toolBar->setIconSize(QSize(24, 24));

    m_selectionBar = new QToolBar(tr("Selection and Measure"), m_window);
    m_selectionBar->setObjectName(u"selectionToolbar"_s);
    m_selectionBar->addAction(selClick);
    m_selectionBar->addAction(selRect);
    m_selectionBar->addAction(selPoly);
    m_selectionBar->addAction(selExpr);
    m_selectionBar->addAction(clear);
    m_selectionBar->addAction(zoomSel);
    m_selectionBar->addSeparator();
    m_selectionBar->addAction(measureDist);
    m_selectionBar->addAction(measureArea);
    m_selectionBar->setIconSize(QSize(24, 24));
}

void EditingController::activateTool(MapTool *tool)
{
    setToolLayers();
    m_canvas->setMapTool(tool);
    m_canvas->setFocus();
}

void EditingController::setToolLayers()
{
    VectorLayer *layer = currentVectorLayer();
    m_capture->setLayer(layer);
    m_move->setLayer(layer);
    m_vertex->setLayer(layer);
    m_split->setLayer(layer);
    m_select->setLayer(layer);
}

void EditingController::setCurrentLayer(Layer *layer)
{
    if (m_current == layer)
        return;
    for (const auto &c : std::as_const(m_layerConnections))
        disconnect(c);
    m_layerConnections.clear();
    m_current = layer;
    if (auto *vl = currentVectorLayer()) {
        m_layerConnections << connect(vl, &VectorLayer::editingStarted, this, &EditingController::updateActions)
                           << connect(vl, &VectorLayer::editingStopped, this, &EditingController::updateActions)
                           << connect(vl, &VectorLayer::editsChanged, this, &EditingController::updateActions)
                           << connect(vl, &VectorLayer::selectionChanged, this, &EditingController::updateActions);
    }
    setToolLayers();
    applySnapping();
    updateActions();
}

void EditingController::rebindUndoStack()
{
    VectorLayer *layer = currentVectorLayer();
    QUndoStack *stack = layer ? layer->undoStack() : nullptr;
    if (stack == m_boundStack && (stack || m_stackConnections.isEmpty()))
        return;
    for (const auto &c : std::as_const(m_stackConnections))
        disconnect(c);
    m_stackConnections.clear();
    m_boundStack = stack;
    auto update = [this] {
        QUndoStack *s = m_boundStack;
        m_undo->setEnabled(s && s->canUndo());
        m_redo->setEnabled(s && s->canRedo());
        m_undo->setText(s && s->canUndo() ? tr("&Undo %1").arg(s->undoText()) : tr("&Undo"));
        m_redo->setText(s && s->canRedo() ? tr("&Redo %1").arg(s->redoText()) : tr("&Redo"));
    };
    if (stack) {
        m_stackConnections << connect(stack, &QUndoStack::canUndoChanged, this, update)
                           << connect(stack, &QUndoStack::canRedoChanged, this, update)
                           << connect(stack, &QUndoStack::indexChanged, this, update)
                           << connect(stack, &QObject::destroyed, this, [this] {
                                  m_boundStack = nullptr;
                                  m_stackConnections.clear();
                                  updateActions();
                              });
    }
    update();
}

void EditingController::updateActions()
{
    VectorLayer *layer = currentVectorLayer();
    QString reason;
    const bool canEdit = layer && layer->supportsEditing(&reason);
    const bool editing = layer && layer->isEditable();
    const bool modified = editing && layer->isModified();
    const bool hasSelection = layer && layer->selectedFeatureCount() > 0;
    const GeometryKind kind = layer ? layer->geometryKind() : GeometryKind::Null;
    const bool hasGeometry = kind != GeometryKind::Null;

    QAction *toggle = action(u"toggleEditing"_s);
    toggle->setEnabled(canEdit || editing);
    toggle->setChecked(editing);
    if (!layer)
        toggle->setToolTip(tr("Select a vector layer in the layer panel to edit it"));
    else if (!canEdit && !editing)
        toggle->setToolTip(tr("Layer “%1” cannot be edited: %2").arg(layer->name(), reason));
    else
        toggle->setToolTip(tr("Start or stop editing the current layer"));
    toggle->setStatusTip(toggle->toolTip());
    action(u"saveEdits"_s)->setEnabled(modified);
    action(u"rollBack"_s)->setEnabled(modified);
    action(u"addFeature"_s)->setEnabled(editing && hasGeometry);
    action(u"moveFeature"_s)->setEnabled(editing && hasGeometry);
    action(u"vertexTool"_s)->setEnabled(editing && hasGeometry);
    action(u"splitFeatures"_s)->setEnabled(editing && (kind == GeometryKind::Line || kind == GeometryKind::Polygon));
    action(u"deleteSelected"_s)->setEnabled(editing && hasSelection);
    action(u"copyFeatures"_s)->setEnabled(hasSelection);
    action(u"pasteFeatures"_s)->setEnabled(editing && hasCopiedFeatures());
    for (const QString &name : {u"selectClick"_s, u"selectRectangle"_s, u"selectPolygon"_s})
        action(name)->setEnabled(layer && hasGeometry);
    action(u"selectByExpression"_s)->setEnabled(layer);
    action(u"invertSelection"_s)->setEnabled(layer);
    action(u"clearSelection"_s)->setEnabled(hasSelection);
    action(u"zoomToSelection"_s)->setEnabled(hasSelection && hasGeometry);
    // A disabled tool must not stay active.
    for (const QString &name : {u"addFeature"_s, u"moveFeature"_s, u"vertexTool"_s, u"splitFeatures"_s}) {
        QAction *a = action(name);
        if (a->isChecked() && !a->isEnabled()) {
            // Back to the window's first tool (pan).
            bool switched = false;
            if (m_toolGroup) {
                for (QAction *other : m_toolGroup->actions()) {
                    if (!m_toolActions.contains(other)) {
                        other->setChecked(true);
                        switched = true;
                        break;
                    }
                }
            }
            if (!switched)
                a->setChecked(false);
            if (m_canvas)
                m_canvas->setMapTool(nullptr);
        }
    }
    rebindUndoStack();
    emit editingStateChanged();
}

// ---- Edit sessions -----------------------------------------------------------

QString EditingController::journalDirectory()
{
    const QString env = qEnvironmentVariable("TERRITORIA_JOURNAL_DIR");
    if (!env.isEmpty())
        return env;
    return QStandardPaths::writableLocation(QStandardPaths::AppLocalDataLocation) + u"/journal"_s;
}

QString EditingController::newJournalPath() const
{
    return QDir(journalDirectory()).filePath(QUuid::createUuid().toString(QUuid::WithoutBraces) + u".json"_s);
}

bool EditingController::startEditing(VectorLayer *layer)
{
    if (!layer)
        return false;
    if (layer->isEditable())
        return true;
    QString reason;
    if (!layer->supportsEditing(&reason)) {
        m_notifier->warning(tr("Layer “%1” cannot be edited: %2").arg(layer->name(), reason));
        return false;
    }
    const QString dir = journalDirectory();
    if (QDir().mkpath(dir))
        layer->setJournalPath(newJournalPath());
    else
        m_notifier->log(tr("Cannot create the journal folder %1: edits of “%2” are not protected against a crash.")
                            .arg(QDir::toNativeSeparators(dir), layer->name()));
    auto started = layer->startEditing();
    if (!started) {
        m_notifier->error(started.error());
        updateActions();
        return false;
    }
    updateActions();
    return true;
}

bool EditingController::saveEdits(VectorLayer *layer, bool keepEditing)
{
    if (!layer || !layer->isEditable())
        return false;
    QApplication::setOverrideCursor(Qt::WaitCursor);
    auto committed = layer->commitChanges(keepEditing);
    QApplication::restoreOverrideCursor();
    if (!committed) {
        m_notifier->error(committed.error());
        updateActions();
        return false;
    }
    if (keepEditing && layer->journalPath().isEmpty() && QDir().mkpath(journalDirectory()))
        layer->setJournalPath(newJournalPath());
    m_notifier->success(tr("Saved the edits of layer “%1”.").arg(layer->name()), 3);
    m_canvas->refresh();
    updateActions();
    return true;
}

void EditingController::rollBack(VectorLayer *layer, bool keepEditing)
{
    if (!layer || !layer->isEditable())
        return;
    layer->rollBack(keepEditing);
    m_canvas->refresh();
    updateActions();
}

bool EditingController::stopEditing(VectorLayer *layer)
{
    if (!layer || !layer->isEditable())
        return true;
    if (layer->isModified()) {
        const auto answer = QMessageBox::warning(
            m_window, tr("Stop Editing"), tr("Save the edits of layer “%1”?").arg(layer->name()),
            QMessageBox::Save | QMessageBox::Discard | QMessageBox::Cancel, QMessageBox::Save);
        if (answer == QMessageBox::Cancel)
            return false;
        if (answer == QMessageBox::Save)
            return saveEdits(layer, false);
    }
    rollBack(layer, false);
    return true;
}

QList<VectorLayer *> EditingController::modifiedLayers() const
{
    QList<VectorLayer *> out;
    for (Layer *layer : m_project->layers())
        if (auto *vl = qobject_cast<VectorLayer *>(layer); vl && vl->isEditable() && vl->isModified())
            out << vl;
    return out;
}

bool EditingController::maybeSaveEdits(const QList<VectorLayer *> &layersIn)
{
    const QList<VectorLayer *> layers = layersIn.isEmpty() ? modifiedLayers() : layersIn;
    for (VectorLayer *layer : layers) {
        if (!layer || !layer->isEditable() || !layer->isModified())
            continue;
        const auto answer = QMessageBox::warning(
            m_window, tr("Unsaved edits"),
            tr("Layer “%1” has unsaved edits. Do you want to save them?").arg(layer->name()),
            QMessageBox::Save | QMessageBox::Discard | QMessageBox::Cancel, QMessageBox::Save);
        if (answer == QMessageBox::Cancel)
            return false;
        if (answer == QMessageBox::Save) {
            if (!saveEdits(layer, false))
                return false;
        } else {
            rollBack(layer, false);
        }
    }
    return true;
}

void EditingController::closeUnmodifiedSessions()
{
    for (Layer *layer : m_project->layers())
        if (auto *vl = qobject_cast<VectorLayer *>(layer); vl && vl->isEditable() && !vl->isModified())
            vl->rollBack(false);
}

void EditingController::onLayerAboutToBeRemoved(Layer *layer)
{
    // An unmodified session ends with its layer (removing the journal); a modified
    // one keeps its journal unless the user saved or discarded it before.
    if (auto *vl = qobject_cast<VectorLayer *>(layer); vl && vl->isEditable() && !vl->isModified())
        vl->rollBack(false);
    if (layer == m_current)
        setCurrentLayer(nullptr);
}

// ---- Features ----------------------------------------------------------------

qint64 EditingController::createFeatureWithForm(VectorLayer *layer, const Geometry &geometry)
{
    if (!layer || !layer->isEditable())
        return 0;
    QVariantList values;
    const Fields fields = layer->fields();
    if (!fields.isEmpty()) {
        FeatureForm form(fields, FeatureForm::settingsKeyFor(layer), m_window);
        form.setWindowTitle(tr("New Feature — %1").arg(layer->name()));
        form.loadRememberedValues();
        if (form.exec() != QDialog::Accepted) {
            m_notifier->info(tr("The new feature was discarded."), 3);
            return 0;
        }
        values = form.values().value_or(QVariantList());
    }
    auto added = layer->addFeature(geometry, values);
    if (!added) {
        m_notifier->error(added.error());
        return 0;
    }
    QString reason;
    if (!geometry.isNull() && !geometry.isValid(&reason))
        warnInvalidGeometry(layer, *added, reason);
    m_canvas->refresh();
    return *added;
}

void EditingController::warnInvalidGeometry(VectorLayer *layer, qint64 fid, const QString &reason)
{
    if (!layer)
        return;
    QPointer<VectorLayer> guard(layer);
    m_notifier->warning(tr("The geometry of feature %1 of “%2” is not valid: %3").arg(fid).arg(layer->name(), reason),
                        tr("Fix (make valid)"), [this, guard, fid] {
                            if (guard)
                                fixGeometry(guard, fid);
                        });
}

bool EditingController::fixGeometry(VectorLayer *layer, qint64 fid)
{
    if (!layer || !layer->isEditable()) {
        m_notifier->warning(tr("Turn on editing of layer “%1” to fix its geometry.").arg(layer ? layer->name() : QString()));
        return false;
    }
    auto feature = layer->dataProvider()->feature(fid);
    if (!feature) {
        m_notifier->error(feature.error());
        return false;
    }
    auto valid = feature->geometry.makeValid();
    if (!valid) {
        m_notifier->error(valid.error());
        return false;
    }
    if (!layer->changeGeometry(fid, *valid)) {
        m_notifier->error(tr("Could not change the geometry of feature %1 of “%2”.").arg(fid).arg(layer->name()));
        return false;
    }
    m_notifier->success(tr("Fixed the geometry of feature %1 (undo with Ctrl+Z).").arg(fid), 4);
    m_canvas->refresh();
    return true;
}

int EditingController::deleteSelected()
{
    VectorLayer *layer = currentVectorLayer();
    if (!layer)
        return 0;
    if (!layer->isEditable()) {
        m_notifier->info(tr("Turn on editing of layer “%1” to delete features.").arg(layer->name()));
        return 0;
    }
    const QSet<qint64> ids = layer->selectedFeatureIds();
    if (ids.isEmpty())
        return 0;
    if (!layer->deleteFeatures(ids)) {
        m_notifier->error(tr("Could not delete the selected features of “%1”.").arg(layer->name()));
        return 0;
    }
    layer->clearSelection();
    m_notifier->info(tr("Deleted %n feature(s) (undo with Ctrl+Z).", nullptr, int(ids.size())), 4);
    m_canvas->refresh();
    updateActions();
    return int(ids.size());
}

int EditingController::copySelected()
{
    VectorLayer *layer = currentVectorLayer();
    if (!layer || layer->selectedFeatureCount() == 0)
        return 0;
    Clipboard clip;
    clip.fields = layer->fields();
    clip.crs = layer->crs();
    clip.layerName = layer->name();
    const auto provider = layer->dataProvider();
    QList<qint64> ids = layer->selectedFeatureIds().values();
    std::sort(ids.begin(), ids.end());
    QStringList wkt;
    for (qint64 fid : std::as_const(ids)) {
        auto feature = provider->feature(fid);
        if (!feature) {
            m_notifier->error(feature.error());
            return 0;
        }
        wkt << feature->geometry.toWkt();
        clip.features << std::move(*feature);
    }
    m_clipboard = std::move(clip);
    // Other programs get the geometries as WKT, one per line.
    if (QClipboard *system = QGuiApplication::clipboard())
        system->setText(wkt.join(u'\n'));
    m_notifier->info(tr("Copied %n feature(s) of “%1”.", nullptr, int(ids.size())).arg(layer->name()), 3);
    updateActions();
    return int(ids.size());
}

int EditingController::paste()
{
    VectorLayer *layer = currentVectorLayer();
    if (!layer || m_clipboard.features.isEmpty())
        return 0;
    if (!layer->isEditable()) {
        m_notifier->info(tr("Turn on editing of layer “%1” to paste features into it.").arg(layer->name()));
        return -1;
    }
    auto converted = convertFeaturesForLayer(m_clipboard.features, m_clipboard.fields, m_clipboard.crs, *layer,
                                             m_project->transformContext());
    if (!converted) {
        m_notifier->error(converted.error());
        return -1;
    }
    QSet<qint64> added;
    layer->beginEditCommand(tr("Paste %n feature(s)", nullptr, int(converted->features.size())));
    QStringList errors;
    for (const Feature &f : std::as_const(converted->features)) {
        auto fid = layer->addFeature(f.geometry, f.attributes);
        if (fid)
            added.insert(*fid);
        else
            errors << fid.error().message;
    }
    layer->endEditCommand();
    if (!added.isEmpty())
        layer->selectFeatures(added);
    QString text = tr("Pasted %n feature(s) into “%1”.", nullptr, int(added.size())).arg(layer->name());
    for (const QString &line : std::as_const(converted->messages))
        text += u' ' + line;
    if (!errors.isEmpty()) {
        text += u' ' + errors.first();
        m_notifier->warning(text);
    } else if (!converted->messages.isEmpty() || converted->skippedGeometryType > 0 || converted->convertedToNull > 0) {
        m_notifier->warning(text);
    } else {
        m_notifier->success(text, 4);
    }
    m_canvas->refresh();
    updateActions();
    return int(added.size());
}

// ---- Selection -----------------------------------------------------------------

void EditingController::invertSelection()
{
    VectorLayer *layer = currentVectorLayer();
    if (!layer)
        return;
    auto ids = layer->dataProvider()->featureIds();
    if (!ids) {
        m_notifier->error(ids.error());
        return;
    }
    QSet<qint64> all(ids->cbegin(), ids->cend());
    layer->selectFeatures(all - layer->selectedFeatureIds());
}

void EditingController::clearSelection()
{
    if (VectorLayer *layer = currentVectorLayer())
        layer->clearSelection();
}

void EditingController::zoomToSelection()
{
    VectorLayer *layer = currentVectorLayer();
    if (!layer || layer->selectedFeatureCount() == 0)
        return;
    Extent extent;
    const auto provider = layer->dataProvider();
    for (qint64 fid : layer->selectedFeatureIds()) {
        auto feature = provider->feature(fid);
        if (feature && !feature->geometry.isNull())
            extent.combine(feature->geometry.boundingBox());
    }
    if (extent.isNull())
        return;
    const Crs layerCrs = layer->crs();
    const Crs mapCrs = m_canvas->destinationCrs();
    if (layerCrs.isValid() && mapCrs.isValid() && !(layerCrs == mapCrs)) {
        auto ct = CoordinateTransform::create(layerCrs, mapCrs, m_project->transformContext());
        if (!ct) {
            m_notifier->error(ct.error());
            return;
        }
        extent = ct->transformExtent(extent);
    }
    if (extent.isNull() || !extent.isFinite())
        return;
    // A point (or a vertical/horizontal line) still gets a view around it.
    if (extent.isEmpty()) {
        const double pad = std::max({extent.width(), extent.height(), m_canvas->mapUnitsPerPixel() * 100});
        extent = extent.buffered(pad / 2);
    } else {
        extent = extent.scaled(1.1);
    }
    m_canvas->setExtent(extent);
}

void EditingController::showSelectByExpressionDialog()
{
    VectorLayer *layer = currentVectorLayer();
    if (!layer)
        return;
    auto *dialog = new SelectByExpressionDialog(layer, m_window);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(layer, &QObject::destroyed, dialog, &QWidget::close);
    dialog->show();
}

void EditingController::showNewLayerDialog()
{
    NewLayerDialog dialog(m_project->crs(), m_window);
    if (dialog.exec() != QDialog::Accepted)
        return;
    VectorLayerOptions options;
    options.layerName = dialog.createdLayerName();
    auto opened = VectorLayer::open(dialog.createdPath(), options);
    if (!opened) {
        m_notifier->error(opened.error());
        return;
    }
    auto *layer = static_cast<VectorLayer *>(m_project->addLayer(std::move(*opened), 0));
    if (!layer)
        return;
    m_project->setDirty();
    emit layerCreated(layer);
    startEditing(layer);
    m_notifier->success(tr("Created layer “%1”; it is in edit mode.").arg(layer->name()), 5);
}

void EditingController::applySnapping()
{
    if (!m_canvas || !m_snapping)
        return;
    QList<SnapLayerSetting> layers;
    const SnapType type = m_snapping->snapType();
    if (m_snapping->layerMode() == SnappingSettingsWidget::LayerMode::CurrentLayer) {
        if (VectorLayer *layer = currentVectorLayer())
            layers << SnapLayerSetting{layer, type};
    } else {
        for (Layer *layer : m_project->layers())
            if (auto *vl = qobject_cast<VectorLayer *>(layer); vl && vl->isVisible())
                layers << SnapLayerSetting{vl, type};
    }
    m_canvas->setSnapping(layers, m_snapping->tolerancePixels(), m_snapping->isSnappingEnabled());
}

// ---- Crash journal -------------------------------------------------------------

QList<EditJournalEntry> EditingController::pendingJournals() const
{
    auto entries = readJournals(journalDirectory());
    if (!entries) {
        m_notifier->error(entries.error());
        return {};
    }
    QSet<QString> inUse;
    for (Layer *layer : m_project->layers())
        if (auto *vl = qobject_cast<VectorLayer *>(layer); vl && !vl->journalPath().isEmpty())
            inUse.insert(QFileInfo(vl->journalPath()).absoluteFilePath());
    QList<EditJournalEntry> out;
    for (const EditJournalEntry &entry : std::as_const(*entries))
        if (!inUse.contains(QFileInfo(entry.journalPath).absoluteFilePath()))
            out << entry;
    return out;
}

int EditingController::offerJournalRestore()
{
    const QList<EditJournalEntry> entries = pendingJournals();
    if (entries.isEmpty())
        return 0;
    JournalRestoreDialog dialog(entries, m_window);
    dialog.exec();
    switch (dialog.choice()) {
    case JournalRestoreDialog::Choice::Restore: return restoreJournals(dialog.checkedEntries());
    case JournalRestoreDialog::Choice::Discard: discardJournals(dialog.checkedEntries()); return 0;
    case JournalRestoreDialog::Choice::Later: break;
    }
    return 0;
}

int EditingController::restoreJournals(const QList<EditJournalEntry> &entries)
{
    int restored = 0;
    const bool wasEmpty = m_project->layerCount() == 0;
    for (const EditJournalEntry &entry : entries) {
        const QString shown = QDir::toNativeSeparators(entry.source);
        VectorLayer *layer = nullptr;
        const QString wanted = QFileInfo(entry.source).absoluteFilePath();
        for (Layer *l : m_project->layers()) {
            auto *vl = qobject_cast<VectorLayer *>(l);
            if (vl && QFileInfo(vl->source()).absoluteFilePath() == wanted
                && (entry.sublayer.isEmpty() || vl->sublayerName() == entry.sublayer || vl->sublayerName().isEmpty())) {
                layer = vl;
                break;
            }
        }
        if (!layer) {
            VectorLayerOptions options = entry.options;
            if (options.layerName.isEmpty())
                options.layerName = entry.sublayer;
            auto opened = VectorLayer::open(entry.source, options);
            if (!opened) {
                m_notifier->error(Error{tr("The unsaved edits of %1 could not be restored: %2")
                                            .arg(shown, opened.error().message),
                                        entry.source, opened.error().detail});
                continue;
            }
            layer = static_cast<VectorLayer *>(m_project->addLayer(std::move(*opened), 0));
            if (!layer)
                continue;
            m_project->setDirty();
            emit layerCreated(layer);
        }
        if (layer->isModified()) {
            m_notifier->warning(tr("Layer “%1” already has unsaved edits: the journal %2 was kept.")
                                    .arg(layer->name(), QDir::toNativeSeparators(entry.journalPath)));
            continue;
        }
        if (!layer->isEditable()) {
            QString reason;
            if (!layer->supportsEditing(&reason)) {
                m_notifier->error(tr("The unsaved edits of %1 could not be restored: %2").arg(shown, reason));
                continue;
            }
            // The same journal file goes on protecting the restored session.
            layer->setJournalPath(entry.journalPath);
            auto started = layer->startEditing();
            if (!started) {
                m_notifier->error(started.error());
                continue;
            }
        } else {
            layer->setJournalPath(entry.journalPath);
        }
        auto applied = layer->applyEdits(entry.edits, tr("Restore unsaved edits"));
        if (!applied) {
            m_notifier->error(applied.error());
            continue;
        }
        ++restored;
        m_notifier->success(tr("Restored the unsaved edits of “%1” (%2). Save them to keep them.")
                                .arg(layer->name(), JournalRestoreDialog::summary(entry.edits)),
                            8);
    }
    if (wasEmpty && m_project->layerCount() > 0)
        m_canvas->zoomToFullExtent();
    m_canvas->refresh();
    updateActions();
    return restored;
}

void EditingController::discardJournals(const QList<EditJournalEntry> &entries)
{
    for (const EditJournalEntry &entry : entries) {
        if (!QFile::remove(entry.journalPath) && QFile::exists(entry.journalPath))
            m_notifier->error(tr("Could not delete the journal %1.").arg(QDir::toNativeSeparators(entry.journalPath)));
    }
}

} // namespace territoria
