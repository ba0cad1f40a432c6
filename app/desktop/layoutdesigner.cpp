#include "layoutdesigner.h"

#include "data/layer.h"
#include "data/vectorlayer.h"
#include "gui/layoutview.h"
#include "layout/atlas.h"
#include "layoutcommands.h"
#include "layoutexportdialog.h"
#include "layoutitemproperties.h"
#include "project/project.h"
#include "settings.h"
#include "task/feedback.h"

#include <QAction>
#include <QActionGroup>
#include <QApplication>
#include <QCheckBox>
#include <QCloseEvent>
#include <QComboBox>
#include <QDesktopServices>
#include <QDir>
#include <QDockWidget>
#include <QDoubleSpinBox>
#include <QEventLoop>
#include <QFileDialog>
#include <QFileInfo>
#include <QFormLayout>
#include <QFutureWatcher>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QMenuBar>
#include <QMessageBox>
#include <QProgressDialog>
#include <QPushButton>
#include <QSettings>
#include <QStatusBar>
#include <QToolBar>
#include <QToolButton>
#include <QTreeWidget>
#include <QUndoStack>
#include <QUndoView>
#include <QUrl>
#include <QVBoxLayout>
#include <QtConcurrent>

using namespace Qt::StringLiterals;

namespace territoria {

namespace {

constexpr int ItemIdRole = Qt::UserRole;

QString iconPath(const QString &name)
{
    return u":/icons/"_s + name + u".svg"_s;
}

QString itemIconName(LayoutItemType type)
{
    switch (type) {
    case LayoutItemType::Map: return u"layout-map"_s;
    case LayoutItemType::Legend: return u"layout-legend"_s;
    case LayoutItemType::ScaleBar: return u"layout-scalebar"_s;
    case LayoutItemType::NorthArrow: return u"layout-north"_s;
    case LayoutItemType::Label: return u"layout-text"_s;
    case LayoutItemType::Picture: return u"layout-picture"_s;
    case LayoutItemType::AttributeTable: return u"table"_s;
    case LayoutItemType::Chart: return u"layout-chart"_s;
    }
    return {};
}

Extent defaultExtent(const Project &project)
{
    Extent e = project.viewExtent();
    if (e.isNull() || e.isEmpty())
        e = project.fullExtent();
    return e;
}

} // namespace

// ---- opening -----------------------------------------------------------------

LayoutDesigner *LayoutDesigner::find(const Project *project, const QString &layoutName, QWidget *parent)
{
    if (!parent)
        return nullptr;
    const auto designers = parent->findChildren<LayoutDesigner *>(QString(), Qt::FindDirectChildrenOnly);
    for (LayoutDesigner *d : designers) {
        // A closed designer waits for its deletion: not that one.
        const bool closing = !d->isVisible() && d->testAttribute(Qt::WA_DeleteOnClose);
        if (d->project() == project && d->layoutName() == layoutName && !closing)
            return d;
    }
    return nullptr;
}

LayoutDesigner *LayoutDesigner::open(Project *project, const QString &layoutName, QWidget *parent,
                                     std::function<Extent()> mapExtent)
{
    if (!project || !project->layout(layoutName))
        return nullptr;
    LayoutDesigner *designer = find(project, layoutName, parent);
    if (!designer) {
        designer = new LayoutDesigner(project, layoutName, parent);
        designer->setAttribute(Qt::WA_DeleteOnClose);
        designer->setMapExtentProvider(std::move(mapExtent));
    }
    designer->show();
    designer->raise();
    designer->activateWindow();
    return designer;
}

PrintLayout LayoutDesigner::defaultLayout(const Project &project, const QString &name, const Extent &extent)
{
    PrintLayout layout(name);
    PageSettings page;
    page.size = PageSize::A4;
    page.orientation = PageOrientation::Landscape;
    layout.setPage(page); // 297 x 210 mm

    auto title = std::make_unique<LabelItem>();
    title->name = tr("Title");
    title->rectMm = QRectF(10, 7, 277, 12);
    title->text = project.title().isEmpty() ? name : u"{@project_title}"_s;
    title->fontSizePt = 18;
    title->bold = true;
    title->alignment = Qt::AlignLeft | Qt::AlignVCenter;
    layout.addItem(std::move(title));

    auto map = std::make_unique<MapItem>();
    map->rectMm = QRectF(10, 22, 205, 178);
    map->extent = extent.isNull() || extent.isEmpty() ? defaultExtent(project) : extent;
    map->frame = true;
    const QString mapId = layout.addItem(std::move(map))->id;

    auto legend = std::make_unique<LegendItem>();
    legend->rectMm = QRectF(222, 22, 65, 118);
    legend->title = tr("Legend");
    legend->mapItemId = mapId;
    layout.addItem(std::move(legend));

    auto north = std::make_unique<NorthArrowItem>();
    north->rectMm = QRectF(222, 146, 14, 20);
    layout.addItem(std::move(north));

    auto scale = std::make_unique<ScaleBarItem>();
    scale->rectMm = QRectF(222, 172, 65, 14);
    scale->mapItemId = mapId;
    layout.addItem(std::move(scale));

    auto footer = std::make_unique<LabelItem>();
    footer->name = tr("Date");
    footer->rectMm = QRectF(222, 190, 65, 10);
    footer->text = tr("Date: {@date}");
    footer->fontSizePt = 8;
    footer->alignment = Qt::AlignRight | Qt::AlignBottom;
    layout.addItem(std::move(footer));
    return layout;
}

// ---- construction ------------------------------------------------------------

LayoutDesigner::LayoutDesigner(Project *project, const QString &layoutName, QWidget *parent)
    : QMainWindow(parent, Qt::Window)
    , m_project(project)
    , m_layoutName(layoutName)
{
    setObjectName(u"layoutDesigner"_s);
    setWindowIcon(QIcon(iconPath(u"territoria"_s)));
    if (const PrintLayout *layout = project->layout(layoutName))
        m_layout = *layout;
    else
        m_layout = PrintLayout(layoutName);

    m_undo = new QUndoStack(this);
    m_view = new LayoutView(this);
    m_view->setObjectName(u"layoutView"_s);
    m_view->setProject(project);
    m_view->setPrintLayout(&m_layout);
    setCentralWidget(m_view);

    createActions();
    createDocks();
    createMenusAndToolbars();

    m_cursorLabel = new QLabel(this);
    m_cursorLabel->setMinimumWidth(160);
    m_zoomLabel = new QLabel(this);
    statusBar()->addPermanentWidget(m_cursorLabel);
    statusBar()->addPermanentWidget(m_zoomLabel);

    connect(m_view, &LayoutView::itemsEdited, this,
            [this](LayoutView::EditKind kind, const QList<QJsonObject> &before, const QList<QJsonObject> &after) {
                onViewEdited(int(kind), before, after);
            });
    connect(m_view, &LayoutView::selectionChanged, this, [this] {
        syncSelectionToList();
        const QStringList selected = m_view->selectedIds();
        m_properties->setItem(&m_layout, selected.size() == 1 ? selected.first() : QString());
        updateActions();
    });
    connect(m_view, &LayoutView::deleteRequested, this, &LayoutDesigner::removeItems);
    connect(m_view, &LayoutView::itemRectDrawn, this, [this](LayoutItemType type, const QRectF &rect) {
        addItem(type, rect);
    });
    connect(m_view, &LayoutView::addItemTypeChanged, this, [this] {
        if (!m_view->addItemType())
            m_actSelect->setChecked(true);
    });
    connect(m_view, &LayoutView::cursorMoved, this, [this](const QPointF &mm) {
        const QLocale locale;
        m_cursorLabel->setText(tr("x %1 mm, y %2 mm").arg(locale.toString(mm.x(), 'f', 1), locale.toString(mm.y(), 'f', 1)));
    });
    connect(m_view, &LayoutView::zoomChanged, this, [this](double zoom) {
        m_zoomLabel->setText(tr("Zoom %1 %").arg(qRound(100 * zoom / m_view->actualSizeZoom())));
    });
    connect(m_view, &LayoutView::renderFinished, this, [this] {
        const QStringList warnings = m_view->lastWarnings();
        if (!warnings.isEmpty())
            statusBar()->showMessage(warnings.join(u"; "_s), 10000);
    });
    connect(m_properties, &LayoutItemProperties::itemEdited, this, &LayoutDesigner::onPropertiesEdited);

    // Follow the project: the layout's layers and the layout itself.
    connect(m_project, &Project::layoutsChanged, this, [this] {
        if (m_writing)
            return;
        if (!m_project->layout(m_layoutName))
            close(); // removed (layout manager)
    });
    connect(m_project, &Project::cleared, this, &QWidget::close);
    connect(m_project, &Project::loaded, this, &QWidget::close);
    connect(m_project, &Project::layerAdded, this, [this](Layer *layer) {
        watchLayer(layer);
        m_view->refresh();
    });
    connect(m_project, &Project::layerRemoved, m_view, &LayoutView::refresh);
    connect(m_project, &Project::layersReordered, m_view, &LayoutView::refresh);
    connect(m_project, &Project::titleChanged, m_view, &LayoutView::refresh);
    for (Layer *layer : m_project->layers())
        watchLayer(layer);

    connect(m_undo, &QUndoStack::cleanChanged, this, &LayoutDesigner::updateTitle);
    connect(m_undo, &QUndoStack::indexChanged, this, &LayoutDesigner::updateActions);

    syncItemsList();
    syncPageAndAtlasPanels();
    updateActions();
    updateTitle();
    resize(1280, 860);
    QSettings settings;
    if (const QByteArray geometry = settings.value(u"layoutDesigner/geometry"_s).toByteArray(); !geometry.isEmpty())
        restoreGeometry(geometry);
    if (const QByteArray state = settings.value(u"layoutDesigner/state"_s).toByteArray(); !state.isEmpty())
        restoreState(state);
    m_view->setSnapToGrid(settings.value(u"layoutDesigner/snapToGrid"_s, false).toBool());
    m_actSnapGrid->setChecked(m_view->isSnapToGrid());
}

LayoutDesigner::~LayoutDesigner()
{
    // The undo stack (a child) clears itself while this is half destroyed.
    disconnect(m_undo, nullptr, this, nullptr);
}

void LayoutDesigner::watchLayer(QObject *object)
{
    auto *layer = qobject_cast<Layer *>(object);
    if (!layer)
        return;
    connect(layer, &Layer::repaintRequested, m_view, &LayoutView::refresh);
    connect(layer, &Layer::visibilityChanged, m_view, &LayoutView::refresh);
    connect(layer, &Layer::nameChanged, m_view, &LayoutView::refresh);
}

void LayoutDesigner::setMapExtentProvider(std::function<Extent()> provider)
{
    m_mapExtent = provider;
    m_properties->setMapExtentProvider(std::move(provider));
    m_properties->setItem(&m_layout, m_properties->itemId().isEmpty() ? QString() : m_properties->itemId());
}

void LayoutDesigner::setLayoutName(const QString &name)
{
    if (name == m_layoutName)
        return;
    m_layoutName = name;
    m_layout.setName(name);
    updateTitle();
    emit layoutNameChanged(name);
}

void LayoutDesigner::updateTitle()
{
    setWindowTitle(tr("%1 — Layout Designer").arg(m_layoutName));
}

void LayoutDesigner::createActions()
{
    auto make = [this](const QString &icon, const QString &text, const QKeySequence &shortcut, const QString &tip = {}) {
        auto *action = new QAction(icon.isEmpty() ? QIcon() : QIcon(iconPath(icon)), text, this);
        if (!shortcut.isEmpty())
            action->setShortcut(shortcut);
        action->setToolTip(tip.isEmpty() ? QString(text).remove(u'&') : tip);
        action->setStatusTip(action->toolTip());
        return action;
    };
    m_actUndo = m_undo->createUndoAction(this, tr("&Undo"));
    m_actUndo->setShortcut(QKeySequence::Undo);
    m_actUndo->setIcon(QIcon(iconPath(u"undo"_s)));
    m_actRedo = m_undo->createRedoAction(this, tr("&Redo"));
    m_actRedo->setShortcuts({QKeySequence(u"Ctrl+Shift+Z"_s), QKeySequence(u"Ctrl+Y"_s)});
    m_actRedo->setIcon(QIcon(iconPath(u"redo"_s)));
    m_actDelete = make(u"remove"_s, tr("&Delete Items"), {}, tr("Delete the selected items (Delete key)"));
    m_actSelectAll = make({}, tr("Select &All"), QKeySequence::SelectAll);
    m_actRaise = make(u"layout-raise"_s, tr("&Raise Item"), QKeySequence(u"Ctrl+]"_s), tr("Draw the item above the next one"));
    m_actLower = make(u"layout-lower"_s, tr("&Lower Item"), QKeySequence(u"Ctrl+["_s), tr("Draw the item below the previous one"));
    m_actExport = make(u"layout-export"_s, tr("&Export…"), QKeySequence(u"Ctrl+E"_s),
                       tr("Export the layout or its atlas to PDF, SVG, PNG or TIFF"));
    m_actSaveTemplate = make(u"save"_s, tr("Save as &Template…"), {}, tr("Save the layout as a template file (.ttlayout)"));
    m_actClose = make({}, tr("&Close"), QKeySequence::Close);
    m_actZoomFit = make(u"zoom-full"_s, tr("Zoom to &Page"), QKeySequence(u"Ctrl+0"_s));
    m_actZoomActual = make({}, tr("Zoom to &100 %"), QKeySequence(u"Ctrl+1"_s));
    m_actZoomIn = make(u"zoom-in"_s, tr("Zoom &In"), QKeySequence::ZoomIn);
    m_actZoomOut = make(u"zoom-out"_s, tr("Zoom &Out"), QKeySequence::ZoomOut);
    m_actRefresh = make({}, tr("&Refresh"), QKeySequence(u"F5"_s), tr("Draw the page again"));
    m_actSnapGrid = make(u"layout-grid"_s, tr("Snap to &Grid"), QKeySequence(u"Ctrl+'"_s), tr("Snap to a 5 mm grid"));
    m_actSnapGrid->setCheckable(true);
    m_actSnapItems = make({}, tr("Snap to &Items and Page"), {}, tr("Snap to the page and to other items' edges and centres"));
    m_actSnapItems->setCheckable(true);
    m_actSnapItems->setChecked(true);

    m_toolGroup = new QActionGroup(this);
    m_actSelect = make(u"layout-select"_s, tr("&Select and Move"), QKeySequence(u"V"_s));
    m_actSelect->setCheckable(true);
    m_actSelect->setChecked(true);
    m_toolGroup->addAction(m_actSelect);
    const QList<std::pair<LayoutItemType, QString>> adds{
        {LayoutItemType::Map, tr("Add &Map")},
        {LayoutItemType::Legend, tr("Add &Legend")},
        {LayoutItemType::ScaleBar, tr("Add &Scale Bar")},
        {LayoutItemType::NorthArrow, tr("Add &North Arrow")},
        {LayoutItemType::Label, tr("Add &Text")},
        {LayoutItemType::Picture, tr("Add &Picture")},
        {LayoutItemType::AttributeTable, tr("Add Attribute &Table")},
        {LayoutItemType::Chart, tr("Add C&hart")},
    };
    for (const auto &[type, text] : adds) {
        QAction *a = make(itemIconName(type), text, {},
                          tr("%1: draw its rectangle on the page, or click for the default size").arg(QString(text).remove(u'&')));
        a->setCheckable(true);
        a->setObjectName(u"add_"_s + LayoutItem::typeName(type));
        m_toolGroup->addAction(a);
        m_addActions.insert(int(type), a);
        connect(a, &QAction::triggered, this, [this, type] { m_view->setAddItemType(type); });
    }
    connect(m_actSelect, &QAction::triggered, this, [this] { m_view->setAddItemType(std::nullopt); });

    m_actAtlasPreview = make(u"layout-atlas"_s, tr("&Preview Atlas"), {}, tr("Show the page of an atlas feature"));
    m_actAtlasPreview->setCheckable(true);
    m_actAtlasFirst = make(u"layout-first"_s, tr("&First Feature"), {});
    m_actAtlasPrev = make(u"layout-prev"_s, tr("P&revious Feature"), QKeySequence(u"Ctrl+PgUp"_s));
    m_actAtlasNext = make(u"layout-next"_s, tr("&Next Feature"), QKeySequence(u"Ctrl+PgDown"_s));
    m_actAtlasLast = make(u"layout-last"_s, tr("&Last Feature"), {});

    connect(m_actDelete, &QAction::triggered, this, [this] { removeItems(m_view->selectedIds()); });
    connect(m_actSelectAll, &QAction::triggered, this, [this] {
        QStringList ids;
        for (int i = 0; i < m_layout.itemCount(); ++i)
            ids << m_layout.itemAt(i)->id;
        m_view->setSelectedIds(ids);
    });
    connect(m_actRaise, &QAction::triggered, this, [this] { moveSelectedItem(+1); });
    connect(m_actLower, &QAction::triggered, this, [this] { moveSelectedItem(-1); });
    connect(m_actExport, &QAction::triggered, this, &LayoutDesigner::exportWithDialog);
    connect(m_actSaveTemplate, &QAction::triggered, this, &LayoutDesigner::saveAsTemplate);
    connect(m_actClose, &QAction::triggered, this, &QWidget::close);
    connect(m_actZoomFit, &QAction::triggered, m_view, &LayoutView::zoomToFit);
    connect(m_actZoomActual, &QAction::triggered, m_view, &LayoutView::zoomActualSize);
    connect(m_actZoomIn, &QAction::triggered, m_view, &LayoutView::zoomIn);
    connect(m_actZoomOut, &QAction::triggered, m_view, &LayoutView::zoomOut);
    connect(m_actRefresh, &QAction::triggered, m_view, &LayoutView::renderNow);
    connect(m_actSnapGrid, &QAction::toggled, this, [this](bool on) {
        m_view->setSnapToGrid(on);
        QSettings().setValue(u"layoutDesigner/snapToGrid"_s, on);
    });
    connect(m_actSnapItems, &QAction::toggled, m_view, &LayoutView::setSnapToItems);
    connect(m_actAtlasPreview, &QAction::toggled, this, &LayoutDesigner::setAtlasPreviewEnabled);
    connect(m_actAtlasFirst, &QAction::triggered, this, [this] { showAtlasPage(0); });
    connect(m_actAtlasPrev, &QAction::triggered, this, [this] { showAtlasPage(m_atlasIndex - 1); });
    connect(m_actAtlasNext, &QAction::triggered, this, [this] { showAtlasPage(m_atlasIndex + 1); });
    connect(m_actAtlasLast, &QAction::triggered, this, [this] { showAtlasPage(atlasPreviewCount() - 1); });
}

void LayoutDesigner::createDocks()
{
    // Items: top of the list = drawn on top.
    auto *itemsDock = new QDockWidget(tr("Items"), this);
    itemsDock->setObjectName(u"layoutItemsDock"_s);
    auto *itemsWidget = new QWidget(itemsDock);
    auto *itemsLayout = new QVBoxLayout(itemsWidget);
    itemsLayout->setContentsMargins(4, 4, 4, 4);
    m_itemsList = new QTreeWidget(itemsWidget);
    m_itemsList->setObjectName(u"layoutItemsList"_s);
    m_itemsList->setColumnCount(3);
    m_itemsList->setHeaderLabels({tr("Item"), tr("Visible"), tr("Locked")});
    m_itemsList->setRootIsDecorated(false);
    m_itemsList->setSelectionMode(QAbstractItemView::ExtendedSelection);
    m_itemsList->header()->setStretchLastSection(false);
    m_itemsList->header()->setSectionResizeMode(0, QHeaderView::Stretch);
    m_itemsList->header()->setSectionResizeMode(1, QHeaderView::ResizeToContents);
    m_itemsList->header()->setSectionResizeMode(2, QHeaderView::ResizeToContents);
    itemsLayout->addWidget(m_itemsList);
    auto *buttons = new QHBoxLayout;
    for (QAction *a : {m_actRaise, m_actLower, m_actDelete}) {
        auto *b = new QToolButton(itemsWidget);
        b->setDefaultAction(a);
        buttons->addWidget(b);
    }
    buttons->addStretch();
    itemsLayout->addLayout(buttons);
    itemsDock->setWidget(itemsWidget);
    addDockWidget(Qt::LeftDockWidgetArea, itemsDock);
    connect(m_itemsList, &QTreeWidget::itemSelectionChanged, this, [this] {
        if (m_syncing)
            return;
        QStringList ids;
        for (QTreeWidgetItem *it : m_itemsList->selectedItems())
            ids << it->data(0, ItemIdRole).toString();
        m_view->setSelectedIds(ids);
    });
    connect(m_itemsList, &QTreeWidget::itemChanged, this, [this](QTreeWidgetItem *it, int column) {
        if (m_syncing || column == 0)
            return;
        setItemFlag(it->data(0, ItemIdRole).toString(), it->checkState(1) == Qt::Checked,
                    it->checkState(2) == Qt::Checked);
    });

    auto *undoDock = new QDockWidget(tr("History"), this);
    undoDock->setObjectName(u"layoutHistoryDock"_s);
    auto *undoView = new QUndoView(m_undo, undoDock);
    undoView->setEmptyLabel(tr("<opened>"));
    undoView->setObjectName(u"undoView"_s);
    undoDock->setWidget(undoView);
    addDockWidget(Qt::LeftDockWidgetArea, undoDock);

    auto *propertiesDock = new QDockWidget(tr("Item Properties"), this);
    propertiesDock->setObjectName(u"layoutItemPropertiesDock"_s);
    m_properties = new LayoutItemProperties(m_project, propertiesDock);
    m_properties->setObjectName(u"itemProperties"_s);
    propertiesDock->setWidget(m_properties);
    addDockWidget(Qt::RightDockWidgetArea, propertiesDock);

    auto *pageDock = new QDockWidget(tr("Page and Atlas"), this);
    pageDock->setObjectName(u"layoutPageDock"_s);
    auto *pageScroll = new QWidget(pageDock);
    auto *pageLayout = new QVBoxLayout(pageScroll);
    pageLayout->addWidget(createPagePanel());
    pageLayout->addWidget(createAtlasPanel());
    pageLayout->addStretch();
    pageDock->setWidget(pageScroll);
    addDockWidget(Qt::RightDockWidgetArea, pageDock);
    tabifyDockWidget(propertiesDock, pageDock);
    propertiesDock->raise();
    resizeDocks({itemsDock, propertiesDock}, {240, 330}, Qt::Horizontal);
    m_docks = {itemsDock, undoDock, propertiesDock, pageDock};
}

QWidget *LayoutDesigner::createPagePanel()
{
    auto *box = new QGroupBox(tr("Page"));
    auto *form = new QFormLayout(box);
    m_pageSize = new QComboBox(box);
    m_pageSize->setObjectName(u"pageSizeCombo"_s);
    for (PageSize size : {PageSize::A4, PageSize::A3, PageSize::A2, PageSize::A1, PageSize::A0, PageSize::Letter,
                          PageSize::Custom})
        m_pageSize->addItem(PageSettings::sizeName(size), int(size));
    form->addRow(tr("Size:"), m_pageSize);
    m_orientation = new QComboBox(box);
    m_orientation->setObjectName(u"orientationCombo"_s);
    m_orientation->addItem(tr("Landscape"), int(PageOrientation::Landscape));
    m_orientation->addItem(tr("Portrait"), int(PageOrientation::Portrait));
    form->addRow(tr("Orientation:"), m_orientation);
    m_customWidth = new QDoubleSpinBox(box);
    m_customHeight = new QDoubleSpinBox(box);
    for (QDoubleSpinBox *spin : {m_customWidth, m_customHeight}) {
        spin->setRange(20, 5000);
        spin->setDecimals(1);
        spin->setSuffix(tr(" mm"));
        spin->setKeyboardTracking(false);
    }
    m_customWidth->setObjectName(u"pageWidthSpin"_s);
    m_customHeight->setObjectName(u"pageHeightSpin"_s);
    form->addRow(tr("Width:"), m_customWidth);
    form->addRow(tr("Height:"), m_customHeight);

    auto apply = [this] {
        if (m_syncing)
            return;
        PageSettings page = m_layout.page();
        page.size = PageSize(m_pageSize->currentData().toInt());
        page.orientation = PageOrientation(m_orientation->currentData().toInt());
        if (page.size == PageSize::Custom)
            page.customSizeMm = QSizeF(m_customWidth->value(), m_customHeight->value());
        if (!(page == m_layout.page())) {
            setPageAndAtlas(page, m_layout.atlas(), tr("Change page"));
            m_view->zoomToFit();
        }
    };
    connect(m_pageSize, &QComboBox::currentIndexChanged, this, apply);
    connect(m_orientation, &QComboBox::currentIndexChanged, this, apply);
    connect(m_customWidth, &QDoubleSpinBox::valueChanged, this, apply);
    connect(m_customHeight, &QDoubleSpinBox::valueChanged, this, apply);
    return box;
}

QWidget *LayoutDesigner::createAtlasPanel()
{
    auto *box = new QGroupBox(tr("Atlas"));
    auto *form = new QFormLayout(box);
    m_atlasEnabled = new QCheckBox(tr("One page per feature of a layer"), box);
    m_atlasEnabled->setObjectName(u"atlasEnabledCheck"_s);
    form->addRow(m_atlasEnabled);
    m_atlasCoverage = new QComboBox(box);
    m_atlasCoverage->setObjectName(u"atlasCoverageCombo"_s);
    form->addRow(tr("Coverage layer:"), m_atlasCoverage);
    m_atlasFilter = new QLineEdit(box);
    m_atlasFilter->setObjectName(u"atlasFilterEdit"_s);
    m_atlasFilter->setPlaceholderText(tr("e.g. POBLACION > 10000"));
    form->addRow(tr("Filter:"), m_atlasFilter);
    m_atlasSort = new QLineEdit(box);
    m_atlasSort->setObjectName(u"atlasSortEdit"_s);
    m_atlasSort->setPlaceholderText(tr("e.g. NOMBDIST"));
    form->addRow(tr("Sort by:"), m_atlasSort);
    m_atlasAscending = new QCheckBox(tr("Ascending"), box);
    form->addRow(m_atlasAscending);
    m_atlasPageName = new QLineEdit(box);
    m_atlasPageName->setObjectName(u"atlasPageNameEdit"_s);
    m_atlasPageName->setPlaceholderText(tr("e.g. NOMBDIST"));
    form->addRow(tr("Page name:"), m_atlasPageName);
    m_atlasOutput = new QComboBox(box);
    m_atlasOutput->setObjectName(u"atlasOutputCombo"_s);
    m_atlasOutput->addItem(tr("A single file"), int(AtlasSettings::Output::SingleFile));
    m_atlasOutput->addItem(tr("One file per feature"), int(AtlasSettings::Output::FilePerFeature));
    m_atlasOutput->addItem(tr("One file per value of a field"), int(AtlasSettings::Output::FilePerValue));
    form->addRow(tr("Output:"), m_atlasOutput);
    m_atlasSplit = new QComboBox(box);
    m_atlasSplit->setObjectName(u"atlasSplitCombo"_s);
    form->addRow(tr("Split by field:"), m_atlasSplit);
    m_atlasHideCoverage = new QCheckBox(tr("Hide the coverage layer"), box);
    form->addRow(m_atlasHideCoverage);

    auto *nav = new QHBoxLayout;
    for (QAction *a : {m_actAtlasPreview, m_actAtlasFirst, m_actAtlasPrev, m_actAtlasNext, m_actAtlasLast}) {
        auto *b = new QToolButton(box);
        b->setDefaultAction(a);
        nav->addWidget(b);
    }
    nav->addStretch();
    form->addRow(nav);
    m_atlasStatus = new QLabel(box);
    m_atlasStatus->setObjectName(u"atlasStatusLabel"_s);
    m_atlasStatus->setWordWrap(true);
    form->addRow(m_atlasStatus);

    auto apply = [this] {
        if (m_syncing)
            return;
        AtlasSettings atlas = m_layout.atlas();
        atlas.enabled = m_atlasEnabled->isChecked();
        atlas.coverageLayerId = m_atlasCoverage->currentData().toString();
        atlas.filterExpression = m_atlasFilter->text().trimmed();
        atlas.sortExpression = m_atlasSort->text().trimmed();
        atlas.sortAscending = m_atlasAscending->isChecked();
        atlas.pageNameExpression = m_atlasPageName->text().trimmed();
        atlas.output = AtlasSettings::Output(m_atlasOutput->currentData().toInt());
        atlas.splitByField = m_atlasSplit->currentData().toString();
        atlas.hideCoverageLayer = m_atlasHideCoverage->isChecked();
        if (!(atlas == m_layout.atlas()))
            setPageAndAtlas(m_layout.page(), atlas, tr("Change atlas"));
    };
    connect(m_atlasEnabled, &QCheckBox::toggled, this, apply);
    connect(m_atlasCoverage, &QComboBox::currentIndexChanged, this, apply);
    connect(m_atlasFilter, &QLineEdit::editingFinished, this, apply);
    connect(m_atlasSort, &QLineEdit::editingFinished, this, apply);
    connect(m_atlasAscending, &QCheckBox::toggled, this, apply);
    connect(m_atlasPageName, &QLineEdit::editingFinished, this, apply);
    connect(m_atlasOutput, &QComboBox::currentIndexChanged, this, apply);
    connect(m_atlasSplit, &QComboBox::currentIndexChanged, this, apply);
    connect(m_atlasHideCoverage, &QCheckBox::toggled, this, apply);
    return box;
}

void LayoutDesigner::createMenusAndToolbars()
{
    QMenu *layout = menuBar()->addMenu(tr("&Layout"));
    layout->addAction(m_actExport);
    layout->addAction(m_actSaveTemplate);
    layout->addSeparator();
    layout->addAction(m_actClose);

    QMenu *edit = menuBar()->addMenu(tr("&Edit"));
    edit->addAction(m_actUndo);
    edit->addAction(m_actRedo);
    edit->addSeparator();
    edit->addAction(m_actSelectAll);
    edit->addAction(m_actDelete);
    edit->addSeparator();
    edit->addAction(m_actRaise);
    edit->addAction(m_actLower);

    QMenu *items = menuBar()->addMenu(tr("&Add"));
    items->addAction(m_actSelect);
    items->addSeparator();
    for (QAction *a : m_toolGroup->actions()) {
        if (a != m_actSelect)
            items->addAction(a);
    }

    QMenu *view = menuBar()->addMenu(tr("&View"));
    view->addAction(m_actZoomFit);
    view->addAction(m_actZoomActual);
    view->addAction(m_actZoomIn);
    view->addAction(m_actZoomOut);
    view->addAction(m_actRefresh);
    view->addSeparator();
    view->addAction(m_actSnapGrid);
    view->addAction(m_actSnapItems);
    view->addSeparator();
    QMenu *panels = view->addMenu(tr("&Panels"));
    for (QDockWidget *dock : std::as_const(m_docks))
        panels->addAction(dock->toggleViewAction());

    QMenu *atlas = menuBar()->addMenu(tr("A&tlas"));
    atlas->addAction(m_actAtlasPreview);
    atlas->addSeparator();
    atlas->addAction(m_actAtlasFirst);
    atlas->addAction(m_actAtlasPrev);
    atlas->addAction(m_actAtlasNext);
    atlas->addAction(m_actAtlasLast);

    QToolBar *main = addToolBar(tr("Layout"));
    main->setObjectName(u"layoutToolbar"_s);
    main->addAction(m_actExport);
    main->addAction(m_actSaveTemplate);
    main->addSeparator();
    main->addAction(m_actUndo);
    main->addAction(m_actRedo);
    main->addSeparator();
    main->addAction(m_actZoomFit);
    main->addAction(m_actZoomIn);
    main->addAction(m_actZoomOut);
    main->addAction(m_actSnapGrid);
    main->addSeparator();
    main->addAction(m_actAtlasPreview);
    main->addAction(m_actAtlasPrev);
    main->addAction(m_actAtlasNext);

    QToolBar *tools = new QToolBar(tr("Add Items"), this);
    tools->setObjectName(u"layoutItemsToolbar"_s);
    addToolBar(Qt::LeftToolBarArea, tools);
    tools->addAction(m_actSelect);
    tools->addSeparator();
    for (QAction *a : m_toolGroup->actions()) {
        if (a != m_actSelect)
            tools->addAction(a);
    }
    for (QToolBar *bar : {main, tools})
        bar->setIconSize(QSize(24, 24));
}

// ---- keeping things in sync --------------------------------------------------

void LayoutDesigner::layoutEdited()
{
    m_view->layoutChanged();
    syncItemsList();
    m_properties->reload();
    syncPageAndAtlasPanels();
    updateActions();
    writeBack();
}

void LayoutDesigner::writeBack()
{
    m_writing = true;
    if (m_project->layout(m_layoutName))
        m_project->replaceLayout(m_layoutName, m_layout);
    else
        m_layoutName = m_project->addLayout(m_layout); // removed meanwhile: put it back
    m_project->setDirty();
    m_writing = false;
}

void LayoutDesigner::syncItemsList()
{
    m_syncing = true;
    m_itemsList->clear();
    for (int i = m_layout.itemCount() - 1; i >= 0; --i) {
        const LayoutItem *item = m_layout.itemAt(i);
        auto *row = new QTreeWidgetItem(m_itemsList);
        row->setText(0, item->name);
        row->setIcon(0, QIcon(iconPath(itemIconName(item->type()))));
        row->setToolTip(0, LayoutItem::displayName(item->type()));
        row->setData(0, ItemIdRole, item->id);
        row->setFlags(Qt::ItemIsEnabled | Qt::ItemIsSelectable | Qt::ItemIsUserCheckable);
        row->setCheckState(1, item->visible ? Qt::Checked : Qt::Unchecked);
        row->setCheckState(2, item->locked ? Qt::Checked : Qt::Unchecked);
    }
    m_syncing = false;
    syncSelectionToList();
}

void LayoutDesigner::syncSelectionToList()
{
    m_syncing = true;
    const QStringList selected = m_view->selectedIds();
    for (int i = 0; i < m_itemsList->topLevelItemCount(); ++i) {
        QTreeWidgetItem *row = m_itemsList->topLevelItem(i);
        row->setSelected(selected.contains(row->data(0, ItemIdRole).toString()));
    }
    m_syncing = false;
}

void LayoutDesigner::syncPageAndAtlasPanels()
{
    m_syncing = true;
    const PageSettings page = m_layout.page();
    m_pageSize->setCurrentIndex(m_pageSize->findData(int(page.size)));
    m_orientation->setCurrentIndex(m_orientation->findData(int(page.orientation)));
    const QSizeF size = page.sizeMm();
    m_customWidth->setValue(size.width());
    m_customHeight->setValue(size.height());
    m_customWidth->setEnabled(page.size == PageSize::Custom);
    m_customHeight->setEnabled(page.size == PageSize::Custom);
    m_orientation->setEnabled(page.size != PageSize::Custom);

    const AtlasSettings atlas = m_layout.atlas();
    m_atlasEnabled->setChecked(atlas.enabled);
    m_atlasCoverage->clear();
    m_atlasCoverage->addItem(tr("(choose a layer)"), QString());
    for (Layer *layer : m_project->layers()) {
        if (layer->kind() == LayerKind::Vector)
            m_atlasCoverage->addItem(layer->name(), layer->id());
    }
    m_atlasCoverage->setCurrentIndex(std::max(0, m_atlasCoverage->findData(atlas.coverageLayerId)));
    if (m_atlasFilter->text() != atlas.filterExpression)
        m_atlasFilter->setText(atlas.filterExpression);
    if (m_atlasSort->text() != atlas.sortExpression)
        m_atlasSort->setText(atlas.sortExpression);
    m_atlasAscending->setChecked(atlas.sortAscending);
    if (m_atlasPageName->text() != atlas.pageNameExpression)
        m_atlasPageName->setText(atlas.pageNameExpression);
    m_atlasOutput->setCurrentIndex(std::max(0, m_atlasOutput->findData(int(atlas.output))));
    m_atlasSplit->clear();
    m_atlasSplit->addItem(tr("(none)"), QString());
    if (const auto *vl = qobject_cast<const VectorLayer *>(m_project->layer(atlas.coverageLayerId))) {
        for (const QString &name : vl->fields().names())
            m_atlasSplit->addItem(name, name);
    }
    m_atlasSplit->setCurrentIndex(std::max(0, m_atlasSplit->findData(atlas.splitByField)));
    m_atlasHideCoverage->setChecked(atlas.hideCoverageLayer);
    for (QWidget *w : std::initializer_list<QWidget *>{m_atlasCoverage, m_atlasFilter, m_atlasSort, m_atlasAscending,
                                                      m_atlasPageName, m_atlasOutput, m_atlasHideCoverage})
        w->setEnabled(atlas.enabled);
    m_atlasSplit->setEnabled(atlas.enabled && atlas.output == AtlasSettings::Output::FilePerValue);
    m_syncing = false;
}

void LayoutDesigner::updateActions()
{
    const QStringList selected = m_view->selectedIds();
    m_actDelete->setEnabled(!selected.isEmpty());
    const int index = selected.size() == 1 ? m_layout.indexOf(selected.first()) : -1;
    m_actRaise->setEnabled(index >= 0 && index < m_layout.itemCount() - 1);
    m_actLower->setEnabled(index > 0);
    const AtlasSettings atlas = m_layout.atlas();
    const bool atlasReady = atlas.enabled && !atlas.coverageLayerId.isEmpty();
    m_actAtlasPreview->setEnabled(atlasReady);
    const bool previewing = m_actAtlasPreview->isChecked() && !m_atlasFeatures.isEmpty();
    m_actAtlasFirst->setEnabled(previewing && m_atlasIndex > 0);
    m_actAtlasPrev->setEnabled(previewing && m_atlasIndex > 0);
    m_actAtlasNext->setEnabled(previewing && m_atlasIndex < atlasPreviewCount() - 1);
    m_actAtlasLast->setEnabled(previewing && m_atlasIndex < atlasPreviewCount() - 1);
}

// ---- edits -------------------------------------------------------------------

void LayoutDesigner::onViewEdited(int kind, const QList<QJsonObject> &before, const QList<QJsonObject> &after)
{
    QList<LayoutItemState> b, a;
    for (qsizetype i = 0; i < before.size(); ++i) {
        const QString id = after.at(i).value(u"id"_s).toString();
        const int index = m_layout.indexOf(id);
        b << LayoutItemState{id, index, before.at(i)};
        a << LayoutItemState{id, index, after.at(i)};
    }
    QString text;
    auto merge = LayoutItemsCommand::NoMerge;
    switch (LayoutView::EditKind(kind)) {
    case LayoutView::EditKind::Move: text = tr("Move %n item(s)", nullptr, int(a.size())); break;
    case LayoutView::EditKind::Resize: text = tr("Resize item"); break;
    case LayoutView::EditKind::Nudge:
        text = tr("Nudge %n item(s)", nullptr, int(a.size()));
        merge = LayoutItemsCommand::NudgeMerge;
        break;
    }
    m_undo->push(new LayoutItemsCommand(&m_layout, [this] { layoutEdited(); }, text, b, a, merge, true));
}

void LayoutDesigner::onPropertiesEdited(const QString &text, const QJsonObject &before, const QJsonObject &after)
{
    const QString id = before.value(u"id"_s).toString();
    const int index = m_layout.indexOf(id);
    if (index < 0)
        return;
    m_undo->push(new LayoutItemsCommand(&m_layout, [this] { layoutEdited(); }, text, {{id, index, before}},
                                        {{id, index, after}}, LayoutItemsCommand::PropertyMerge));
}

void LayoutDesigner::setItemFlag(const QString &id, bool visible, bool locked)
{
    const LayoutItem *item = m_layout.item(id);
    if (!item || (item->visible == visible && item->locked == locked))
        return;
    auto copy = item->clone();
    QString text;
    if (copy->visible != visible)
        text = visible ? tr("Show item") : tr("Hide item");
    else
        text = locked ? tr("Lock item") : tr("Unlock item");
    copy->visible = visible;
    copy->locked = locked;
    const int index = m_layout.indexOf(id);
    // Queued: the list is rebuilt by the command, not while it emits.
    const LayoutItemState before{id, index, item->toJson({})};
    const LayoutItemState after{id, index, copy->toJson({})};
    QMetaObject::invokeMethod(this, [this, text, before, after] {
        m_undo->push(new LayoutItemsCommand(&m_layout, [this] { layoutEdited(); }, text, {before}, {after}));
    }, Qt::QueuedConnection);
}

std::unique_ptr<LayoutItem> LayoutDesigner::makeItem(LayoutItemType type) const
{
    switch (type) {
    case LayoutItemType::Map: {
        auto map = std::make_unique<MapItem>();
        map->extent = m_mapExtent ? m_mapExtent() : Extent();
        if (map->extent.isNull() || map->extent.isEmpty())
            map->extent = defaultExtent(*m_project);
        map->frame = true;
        return map;
    }
    case LayoutItemType::Legend: {
        auto legend = std::make_unique<LegendItem>();
        legend->title = tr("Legend");
        return legend;
    }
    case LayoutItemType::ScaleBar: return std::make_unique<ScaleBarItem>();
    case LayoutItemType::NorthArrow: return std::make_unique<NorthArrowItem>();
    case LayoutItemType::Label: {
        auto label = std::make_unique<LabelItem>();
        label->text = tr("Text");
        return label;
    }
    case LayoutItemType::Picture: return std::make_unique<PictureItem>();
    case LayoutItemType::AttributeTable: {
        auto table = std::make_unique<AttributeTableItem>();
        for (Layer *layer : m_project->layers()) {
            if (layer->kind() == LayerKind::Vector) {
                table->layerId = layer->id();
                break;
            }
        }
        table->frame = true;
        return table;
    }
    case LayoutItemType::Chart: {
        // Ranked bars of the first vector layer's first numeric field, labelled
        // by its first text field.
        auto chart = std::make_unique<ChartItem>();
        for (Layer *layer : m_project->layers()) {
            const auto *vector = qobject_cast<const VectorLayer *>(layer);
            if (!vector)
                continue;
            chart->layerId = vector->id();
            // Codes ("OBJECTID", "IDDIST") make poor values and labels: the first
            // field that does not look like one, else the first of its kind.
            auto looksLikeCode = [](const QString &name) {
                return name.startsWith(u"id"_s, Qt::CaseInsensitive) || name.endsWith(u"id"_s, Qt::CaseInsensitive);
            };
            QString firstNumeric, firstText;
            for (const Field &field : vector->fields()) {
                const bool numeric = field.type == FieldType::Integer || field.type == FieldType::Integer64
                                     || field.type == FieldType::Real;
                QString &first = numeric ? firstNumeric : firstText;
                QString &chosen = numeric ? chart->valueField : chart->labelField;
                if (!numeric && field.type != FieldType::String)
                    continue;
                if (first.isEmpty())
                    first = field.name;
                if (chosen.isEmpty() && !looksLikeCode(field.name))
                    chosen = field.name;
            }
            if (chart->valueField.isEmpty())
                chart->valueField = firstNumeric;
            if (chart->labelField.isEmpty())
                chart->labelField = firstText;
            chart->title = chart->valueField;
            break;
        }
        return chart;
    }
    }
    return {};
}

QString LayoutDesigner::addItem(LayoutItemType type, const QRectF &rectMm)
{
    auto item = makeItem(type);
    if (!item)
        return {};
    item->rectMm = rectMm.normalized();
    // Let a copy of the layout name it and give it its id.
    PrintLayout copy = m_layout;
    const LayoutItem *added = copy.addItem(std::move(item));
    const QString id = added->id;
    const LayoutItemState after{id, copy.indexOf(id), added->toJson({})};
    m_undo->push(new LayoutItemsCommand(&m_layout, [this] { layoutEdited(); },
                                        tr("Add %1").arg(LayoutItem::displayName(type).toLower()),
                                        {LayoutItemState{id, -1, {}}}, {after}));
    m_view->setSelectedIds({id});
    m_properties->setItem(&m_layout, id);
    return id;
}

void LayoutDesigner::removeItems(const QStringList &ids)
{
    QList<LayoutItemState> before, after;
    for (const QString &id : ids) {
        if (!m_layout.item(id))
            continue;
        before << LayoutItemsCommand::stateOf(m_layout, id);
        after << LayoutItemState{id, -1, {}};
    }
    if (before.isEmpty())
        return;
    m_undo->push(new LayoutItemsCommand(&m_layout, [this] { layoutEdited(); },
                                        tr("Delete %n item(s)", nullptr, int(before.size())), before, after));
}

void LayoutDesigner::moveSelectedItem(int steps)
{
    const QStringList selected = m_view->selectedIds();
    if (selected.size() != 1)
        return;
    const int from = m_layout.indexOf(selected.first());
    const int to = from + steps;
    if (from < 0 || to < 0 || to >= m_layout.itemCount())
        return;
    const QString other = m_layout.itemAt(to)->id;
    const LayoutItemState a = LayoutItemsCommand::stateOf(m_layout, selected.first());
    const LayoutItemState b = LayoutItemsCommand::stateOf(m_layout, other);
    LayoutItemState a2 = a, b2 = b;
    a2.index = to;
    b2.index = from;
    m_undo->push(new LayoutItemsCommand(&m_layout, [this] { layoutEdited(); },
                                        steps > 0 ? tr("Raise item") : tr("Lower item"), {a, b}, {a2, b2}));
}

void LayoutDesigner::setPageAndAtlas(const PageSettings &page, const AtlasSettings &atlas, const QString &commandText)
{
    const bool atlasChanged = !(atlas == m_layout.atlas());
    m_undo->push(new LayoutSettingsCommand(&m_layout, [this] { layoutEdited(); }, commandText, page, atlas));
    if (atlasChanged && m_actAtlasPreview->isChecked())
        reloadAtlasFeatures();
    updateActions();
}

// ---- atlas preview -----------------------------------------------------------

void LayoutDesigner::setAtlasPreviewEnabled(bool enabled)
{
    if (m_actAtlasPreview->isChecked() != enabled) {
        m_actAtlasPreview->setChecked(enabled); // comes back here
        return;
    }
    if (enabled) {
        reloadAtlasFeatures();
    } else {
        m_atlasFeatures.clear();
        m_atlasIndex = -1;
        m_atlasStatus->clear();
        m_view->setAtlasFeature(std::nullopt);
    }
    updateActions();
}

void LayoutDesigner::reloadAtlasFeatures()
{
    QApplication::setOverrideCursor(Qt::WaitCursor);
    auto features = Atlas::features(m_layout, *m_project);
    QApplication::restoreOverrideCursor();
    m_atlasFeatures.clear();
    m_atlasIndex = -1;
    if (!features) {
        m_atlasStatus->setText(u"<span style='color:#b00020'>%1</span>"_s.arg(features.error().message.toHtmlEscaped()));
        m_view->setAtlasFeature(std::nullopt);
        updateActions();
        return;
    }
    m_atlasFeatures = *features;
    showAtlasPage(0);
}

void LayoutDesigner::showAtlasPage(int index)
{
    if (m_atlasFeatures.isEmpty())
        return;
    m_atlasIndex = std::clamp(index, 0, atlasPreviewCount() - 1);
    const AtlasFeature &feature = m_atlasFeatures.at(m_atlasIndex);
    m_view->setAtlasFeature(feature, m_atlasIndex + 1, atlasPreviewCount());
    m_atlasStatus->setText(tr("Page %1 of %2: %3").arg(m_atlasIndex + 1).arg(atlasPreviewCount()).arg(feature.pageName));
    updateActions();
}

// ---- templates and export ----------------------------------------------------

void LayoutDesigner::saveAsTemplate()
{
    const QString dir = AppSettings::lastDirectory(u"layoutTemplate"_s);
    QString path = QFileDialog::getSaveFileName(this, tr("Save Layout Template"),
                                                QDir(dir).filePath(Atlas::safeFileName(m_layoutName) + u".ttlayout"_s),
                                                tr("Layout templates (*.ttlayout)"));
    if (path.isEmpty())
        return;
    if (QFileInfo(path).suffix().isEmpty())
        path += u".ttlayout"_s;
    AppSettings::setLastDirectory(u"layoutTemplate"_s, path);
    if (auto result = m_layout.saveTemplate(path); !result) {
        QMessageBox::warning(this, tr("Save Layout Template"), result.error().message);
        return;
    }
    statusBar()->showMessage(tr("Template saved to %1").arg(QDir::toNativeSeparators(path)), 8000);
}

Result<LayoutExportResult> LayoutDesigner::runExport(const QString &path, const LayoutExportOptions &options,
                                                     bool atlas, bool *canceled)
{
    if (canceled)
        *canceled = false;
    // The worker gets a copy of the layout; the project stays unchanged behind
    // the application-modal progress dialog while the exporter reads its layers.
    const PrintLayout layout = m_layout;
    const Project *project = m_project;
    Feedback feedback;
    QProgressDialog progress(tr("Exporting %1…").arg(QFileInfo(path).fileName()), tr("Cancel"), 0, 100, this);
    progress.setObjectName(u"exportProgress"_s);
    progress.setWindowTitle(tr("Export Layout"));
    progress.setWindowModality(Qt::ApplicationModal);
    progress.setAutoClose(false);
    progress.setAutoReset(false);
    // Shown at once: its modality is what keeps the project unchanged.
    progress.setMinimumDuration(0);
    progress.setValue(0);
    connect(&feedback, &Feedback::progressChanged, &progress, [&progress](double p) {
        progress.setValue(std::clamp(int(p), 0, 99));
    });
    connect(&progress, &QProgressDialog::canceled, &feedback, &Feedback::cancel);

    QFutureWatcher<Result<LayoutExportResult>> watcher;
    QEventLoop loop;
    connect(&watcher, &QFutureWatcherBase::finished, &loop, &QEventLoop::quit);
    watcher.setFuture(QtConcurrent::run([layout, project, path, options, atlas, &feedback]() -> Result<LayoutExportResult> {
        return atlas ? LayoutExporter::exportAtlas(layout, *project, path, options, &feedback)
                     : LayoutExporter::exportPage(layout, *project, path, options, &feedback);
    }));
    if (!watcher.isFinished())
        loop.exec(); // the modal dialog takes the user's input: Cancel
    progress.hide();
    Result<LayoutExportResult> result = watcher.result();
    if (canceled)
        *canceled = feedback.isCanceled();
    if (!result && feedback.isCanceled() && result.error().message.isEmpty())
        return fail(tr("The export of %1 was cancelled.").arg(QFileInfo(path).fileName()), path);
    return result;
}

void LayoutDesigner::exportWithDialog()
{
    LayoutExportDialog dialog(m_layout, m_project, this);
    if (dialog.exec() != QDialog::Accepted)
        return;
    const QString path = dialog.path();
    bool canceled = false;
    auto result = runExport(path, dialog.options(), dialog.exportAtlas(), &canceled);
    if (!result) {
        if (canceled) {
            statusBar()->showMessage(tr("Export cancelled; no file was written."), 8000);
            return;
        }
        QMessageBox box(QMessageBox::Critical, tr("Export Failed"),
                        tr("Could not export to %1.").arg(QDir::toNativeSeparators(path)), QMessageBox::Ok, this);
        box.setInformativeText(result.error().message);
        if (!result.error().detail.isEmpty())
            box.setDetailedText(result.error().detail);
        box.exec();
        return;
    }
    const QString folder = result->files.isEmpty() ? QFileInfo(path).absolutePath()
                                                   : QFileInfo(result->files.first()).absolutePath();
    auto *box = new QMessageBox(QMessageBox::Information, tr("Export Finished"),
                                tr("%n file(s) written to %1.", nullptr, int(result->files.size()))
                                    .arg(QDir::toNativeSeparators(folder)),
                                QMessageBox::Close, this);
    box->setAttribute(Qt::WA_DeleteOnClose);
    if (!result->warnings.isEmpty()) {
        box->setInformativeText(tr("With %n warning(s).", nullptr, int(result->warnings.size())));
        box->setDetailedText(result->warnings.join(u'\n'));
    }
    QPushButton *openFolder = box->addButton(tr("Open Folder"), QMessageBox::AcceptRole);
    connect(openFolder, &QPushButton::clicked, this,
            [folder] { QDesktopServices::openUrl(QUrl::fromLocalFile(folder)); });
    box->open();
}

void LayoutDesigner::closeEvent(QCloseEvent *event)
{
    QSettings settings;
    settings.setValue(u"layoutDesigner/geometry"_s, saveGeometry());
    settings.setValue(u"layoutDesigner/state"_s, saveState());
    event->accept();
}

} // namespace territoria
