#pragma once

#include "crs/crs.h"
#include "data/editjournal.h"
#include "data/feature.h"
#include "data/field.h"
#include "geometry/geometry.h"

#include <QHash>
#include <QObject>
#include <QPointer>

class QAction;
class QActionGroup;
class QMenu;
class QToolBar;
class QToolButton;
class QUndoStack;
class QWidget;

namespace territoria {

class Layer;
class MapCanvas;
class MapTool;
class MapToolCapture;
class MapToolMeasure;
class MapToolMoveFeature;
class MapToolSelect;
class MapToolSplit;
class MapToolVertex;
class Notifier;
class Project;
class SnappingSettingsWidget;
class VectorLayer;

// Editing in the desktop: the Edit menu and the editing toolbar (toggle editing
// of the current layer, save, roll back, undo/redo of the current layer's undo
// stack, the digitizing and selection tools, copy/paste of features, delete,
// select by expression, invert/clear/zoom to selection, measure, new layer,
// snapping), the attribute form of captured features, the invalid-geometry
// warning with its "make valid" fix, the unsaved-edits prompts and the crash
// journal (a file per layer in edit mode, offered for restore on the next start).
class EditingController : public QObject
{
    Q_OBJECT
public:
    // `toolGroup`: the window's exclusive group of map tool actions (pan, identify...);
    // the editing tools join it. Checking an action outside this controller (pan)
    // removes the canvas tool.
    EditingController(Project *project, MapCanvas *canvas, Notifier *notifier, QWidget *window,
                      QActionGroup *toolGroup, QObject *parent = nullptr);
    ~EditingController() override;

    QMenu *menu() const { return m_menu; }
    QToolBar *toolBar() const { return m_toolBar; }
    QToolBar *selectionToolBar() const { return m_selectionBar; }

    // The layer the actions apply to (the layer panel's current layer).
    Layer *currentLayer() const { return m_current; }
    VectorLayer *currentVectorLayer() const;
    void setCurrentLayer(Layer *layer);

    // Actions by object name ("toggleEditing", "saveEdits", "rollBack", "undo",
    // "redo", "addFeature", "moveFeature", "vertexTool", "splitFeatures",
    // "deleteSelected", "copyFeatures", "pasteFeatures", "selectClick",
    // "selectRectangle", "selectPolygon", "selectByExpression", "invertSelection",
    // "clearSelection", "zoomToSelection", "measureDistance", "measureArea",
    // "newLayer", "snapping").
    QAction *action(const QString &name) const;

    MapToolCapture *captureTool() const { return m_capture; }
    MapToolSelect *selectTool() const { return m_select; }
    MapToolMoveFeature *moveTool() const { return m_move; }
    MapToolVertex *vertexTool() const { return m_vertex; }
    MapToolSplit *splitTool() const { return m_split; }
    MapToolMeasure *measureTool() const { return m_measure; }
    SnappingSettingsWidget *snappingWidget() const;

    // ---- Edit sessions -------------------------------------------------------
    // Starts editing `layer` with a crash journal; a message says why when it cannot.
    bool startEditing(VectorLayer *layer);
    // Stops editing, asking Save / Discard / Cancel when there are changes.
    // False when the user canceled or saving failed (the layer stays in edit mode).
    bool stopEditing(VectorLayer *layer);
    bool saveEdits(VectorLayer *layer, bool keepEditing = true);
    void rollBack(VectorLayer *layer, bool keepEditing = false);
    // Asks Save / Discard / Cancel for each of `layers` with unsaved edits (all
    // project layers when empty). Discard rolls back (removing the journal). False:
    // the user canceled or a save failed.
    bool maybeSaveEdits(const QList<VectorLayer *> &layers = {});
    QList<VectorLayer *> modifiedLayers() const;

    // The directory of crash journals: $TERRITORIA_JOURNAL_DIR, else
    // <AppLocalDataLocation>/journal.
    static QString journalDirectory();

    // ---- Features ------------------------------------------------------------
    // Opens the attribute form for a captured geometry; OK adds the feature with the
    // form's values (and checks its validity), Cancel drops it. Returns the new fid
    // or 0 when canceled.
    qint64 createFeatureWithForm(VectorLayer *layer, const Geometry &geometry);
    // Deletes the selected features of the current layer (one undo step). Returns the count.
    int deleteSelected();
    // Copies the selected features of the current layer (geometry, attributes,
    // fields and CRS). Returns the count.
    int copySelected();
    bool hasCopiedFeatures() const { return !m_clipboard.features.isEmpty(); }
    // Pastes the copied features into the current layer (must be editing):
    // fields matched, values converted, geometries reprojected with the project's
    // transform context, one undo command; a summary goes to the message bar.
    // Returns the number of features added (or -1 on error).
    int paste();
    // Replaces the geometry of `fid` with GEOS's make-valid result (undoable).
    bool fixGeometry(VectorLayer *layer, qint64 fid);
    // Warns in the message bar with GEOS's reason and a "Fix" button.
    void warnInvalidGeometry(VectorLayer *layer, qint64 fid, const QString &reason);

    // ---- Selection -----------------------------------------------------------
    void invertSelection();
    void clearSelection();
    void zoomToSelection();
    void showSelectByExpressionDialog();

    void showNewLayerDialog();

    // Applies the snapping settings (the widget's values) to the canvas.
    void applySnapping();

    // ---- Crash journal ---------------------------------------------------------
    // Journals in journalDirectory() not used by a layer of this session.
    QList<EditJournalEntry> pendingJournals() const;
    // Shows JournalRestoreDialog for the pending journals (nothing when none).
    // Returns the number of journals restored.
    int offerJournalRestore();
    // Opens each journal's layer (or finds it in the project), starts editing it
    // with the same journal file and replays the edits. Returns how many worked;
    // failures go to the message bar.
    int restoreJournals(const QList<EditJournalEntry> &entries);
    void discardJournals(const QList<EditJournalEntry> &entries);
    // Ends the edit sessions without changes (removing their journals); for quitting.
    void closeUnmodifiedSessions();

Q_SIGNALS:
    // A layer was created by the new-layer dialog and added to the project.
    void layerCreated(territoria::VectorLayer *layer);
    void editingStateChanged();

private:
    void createActions();
    void updateActions();
    void watchLayer(Layer *layer);
    void activateTool(MapTool *tool);
    void setToolLayers();
    void rebindUndoStack();
    void onLayerAboutToBeRemoved(Layer *layer);
    QString newJournalPath() const;

    Project *m_project;
    QPointer<MapCanvas> m_canvas;
    Notifier *m_notifier;
    QWidget *m_window;
    QActionGroup *m_toolGroup;
    QPointer<Layer> m_current;
    QPointer<QUndoStack> m_boundStack;

    QMenu *m_menu = nullptr;
    QToolBar *m_toolBar = nullptr;
    QToolBar *m_selectionBar = nullptr;
    QHash<QString, QAction *> m_actions;
    QHash<QAction *, MapTool *> m_toolActions;
    QAction *m_undo = nullptr;
    QAction *m_redo = nullptr;
    QToolButton *m_snapButton = nullptr;
    QList<QMetaObject::Connection> m_layerConnections;
    QList<QMetaObject::Connection> m_stackConnections;

    MapToolCapture *m_capture = nullptr;
    MapToolSelect *m_select = nullptr;
    MapToolMoveFeature *m_move = nullptr;
    MapToolVertex *m_vertex = nullptr;
    MapToolSplit *m_split = nullptr;
    MapToolMeasure *m_measure = nullptr;
    QPointer<SnappingSettingsWidget> m_snapping; // owned by the snapping menu

    struct Clipboard {
        QList<Feature> features;
        Fields fields;
        Crs crs;
        QString layerName;
    } m_clipboard;
};

} // namespace territoria
