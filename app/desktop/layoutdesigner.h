#pragma once

#include "error.h"
#include "geometry/extent.h"
#include "layout/layoutexporter.h"
#include "layout/layoutrenderer.h"
#include "layout/printlayout.h"

#include <QHash>
#include <QMainWindow>

#include <functional>

class QAction;
class QActionGroup;
class QCheckBox;
class QComboBox;
class QDockWidget;
class QDoubleSpinBox;
class QLabel;
class QLineEdit;
class QTreeWidget;
class QUndoStack;

namespace territoria {

class LayoutItemProperties;
class LayoutView;
class Project;

// The print layout designer: one window per layout of a project. It edits a
// working copy of the layout; every change is an undoable command and is
// written back to the project (Project::replaceLayout, which makes it dirty),
// so saving the project saves the layout. Items are added from the toolbar (by
// drawing their rectangle on the page, or a click for a default size), edited on
// the page (LayoutView) and in the property panel; the page, the atlas and its
// preview have their own panel; exports run on a worker behind a modal progress
// dialog (the project must not change while the exporter reads its layers).
class LayoutDesigner : public QMainWindow
{
    Q_OBJECT
public:
    LayoutDesigner(Project *project, const QString &layoutName, QWidget *parent = nullptr);
    ~LayoutDesigner() override;

    // The open designer of `layoutName` among `parent`'s child windows, or nullptr.
    static LayoutDesigner *find(const Project *project, const QString &layoutName, QWidget *parent);
    // Raises the open designer of the layout or opens a new one (a window of
    // `parent`, deleted on close). nullptr when the project has no such layout.
    static LayoutDesigner *open(Project *project, const QString &layoutName, QWidget *parent,
                                std::function<Extent()> mapExtent = {});
    // A new layout: A4 landscape with a map (showing `extent`, else the project's
    // view), a title, a legend, a scale bar, a north arrow and the date.
    static PrintLayout defaultLayout(const Project &project, const QString &name, const Extent &extent = {});

    // Where "From main map" takes its extent (the main window's canvas).
    void setMapExtentProvider(std::function<Extent()> provider);

    QString layoutName() const { return m_layoutName; }
    // The layout was renamed from outside (layout manager).
    void setLayoutName(const QString &name);
    const PrintLayout &printLayout() const { return m_layout; }
    Project *project() const { return m_project; }
    LayoutView *view() const { return m_view; }
    LayoutItemProperties *itemProperties() const { return m_properties; }
    QUndoStack *undoStack() const { return m_undo; }
    QAction *addItemAction(LayoutItemType type) const { return m_addActions.value(int(type)); }

    // Adds an item of `type` at `rectMm` (one undoable command); returns its id.
    QString addItem(LayoutItemType type, const QRectF &rectMm);
    void removeItems(const QStringList &ids);
    // Moves the selected item up (+1) or down (-1) in the paint order.
    void moveSelectedItem(int steps);
    // Page and atlas settings, as one undoable command.
    void setPageAndAtlas(const PageSettings &page, const AtlasSettings &atlas, const QString &commandText);

    // Exports on a worker thread behind a modal progress dialog with Cancel.
    // The error names the file; `canceled` tells a user cancel apart.
    Result<LayoutExportResult> runExport(const QString &path, const LayoutExportOptions &options, bool atlas,
                                         bool *canceled = nullptr);

    // Atlas preview: the pages of the atlas and the one the view shows (-1: none).
    int atlasPreviewIndex() const { return m_atlasIndex; }
    int atlasPreviewCount() const { return int(m_atlasFeatures.size()); }

public Q_SLOTS:
    void exportWithDialog();
    void saveAsTemplate();
    void setAtlasPreviewEnabled(bool enabled);
    void showAtlasPage(int index);

Q_SIGNALS:
    void layoutNameChanged(const QString &name);

protected:
    void closeEvent(QCloseEvent *event) override;

private:
    void createActions();
    void createDocks();
    void createMenusAndToolbars();
    QWidget *createPagePanel();
    QWidget *createAtlasPanel();
    void layoutEdited();
    void writeBack();
    void syncItemsList();
    void syncSelectionToList();
    void syncPageAndAtlasPanels();
    void updateActions();
    void updateTitle();
    void onViewEdited(int kind, const QList<QJsonObject> &before, const QList<QJsonObject> &after);
    void onPropertiesEdited(const QString &text, const QJsonObject &before, const QJsonObject &after);
    void setItemFlag(const QString &id, bool visible, bool locked);
    void reloadAtlasFeatures();
    void watchLayer(QObject *layer);
    std::unique_ptr<LayoutItem> makeItem(LayoutItemType type) const;

    Project *m_project;
    QString m_layoutName;
    PrintLayout m_layout;
    std::function<Extent()> m_mapExtent;
    bool m_writing = false;
    bool m_syncing = false;

    QUndoStack *m_undo = nullptr;
    LayoutView *m_view = nullptr;
    LayoutItemProperties *m_properties = nullptr;
    QTreeWidget *m_itemsList = nullptr;
    QLabel *m_cursorLabel = nullptr;
    QLabel *m_zoomLabel = nullptr;

    // Page panel
    QComboBox *m_pageSize = nullptr;
    QComboBox *m_orientation = nullptr;
    QDoubleSpinBox *m_customWidth = nullptr;
    QDoubleSpinBox *m_customHeight = nullptr;
    // Atlas panel
    QCheckBox *m_atlasEnabled = nullptr;
    QComboBox *m_atlasCoverage = nullptr;
    QLineEdit *m_atlasFilter = nullptr;
    QLineEdit *m_atlasSort = nullptr;
    QCheckBox *m_atlasAscending = nullptr;
    QLineEdit *m_atlasPageName = nullptr;
    QComboBox *m_atlasOutput = nullptr;
    QComboBox *m_atlasSplit = nullptr;
    QCheckBox *m_atlasHideCoverage = nullptr;
    QLabel *m_atlasStatus = nullptr;

    QList<AtlasFeature> m_atlasFeatures;
    int m_atlasIndex = -1;

    QHash<int, QAction *> m_addActions;
    QActionGroup *m_toolGroup = nullptr;
    QAction *m_actSelect = nullptr;
    QAction *m_actUndo = nullptr;
    QAction *m_actRedo = nullptr;
    QAction *m_actDelete = nullptr;
    QAction *m_actSelectAll = nullptr;
    QAction *m_actRaise = nullptr;
    QAction *m_actLower = nullptr;
    QAction *m_actExport = nullptr;
    QAction *m_actSaveTemplate = nullptr;
    QAction *m_actClose = nullptr;
    QAction *m_actZoomFit = nullptr;
    QAction *m_actZoomActual = nullptr;
    QAction *m_actZoomIn = nullptr;
    QAction *m_actZoomOut = nullptr;
    QAction *m_actRefresh = nullptr;
    QAction *m_actSnapGrid = nullptr;
    QAction *m_actSnapItems = nullptr;
    QAction *m_actAtlasPreview = nullptr;
    QAction *m_actAtlasFirst = nullptr;
    QAction *m_actAtlasPrev = nullptr;
    QAction *m_actAtlasNext = nullptr;
    QAction *m_actAtlasLast = nullptr;
    QList<QDockWidget *> m_docks;
};

} // namespace territoria
