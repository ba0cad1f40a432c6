#include "layerpanel.h"

#include "data/layer.h"
#include "data/vectorlayer.h"
#include "gui/layertreemodel.h"
#include "gui/styleeditor.h"
#include "joindialog.h"
#include "project/project.h"

#include <QHeaderView>
#include <QIcon>
#include <QKeyEvent>
#include <QMenu>
#include <QTreeView>

#include <memory>

using namespace Qt::StringLiterals;

namespace territoria {

LayerPanel::LayerPanel(Project *project, QWidget *parent)
    : QDockWidget(tr("Layers"), parent)
    , m_project(project)
{
    setObjectName(u"layerPanel"_s);
    m_model = new LayerTreeModel(project, this);
    m_view = new QTreeView(this);
    m_view->setModel(m_model);
    m_view->setHeaderHidden(true);
    m_view->setRootIsDecorated(false);
    m_view->setUniformRowHeights(true);
    m_view->setDragEnabled(true);
    m_view->setAcceptDrops(true);
    m_view->setDropIndicatorShown(true);
    m_view->setDragDropMode(QAbstractItemView::InternalMove);
    m_view->setDefaultDropAction(Qt::MoveAction);
    m_view->setSelectionMode(QAbstractItemView::SingleSelection);
    m_view->setEditTriggers(QAbstractItemView::EditKeyPressed | QAbstractItemView::SelectedClicked);
    m_view->setContextMenuPolicy(Qt::CustomContextMenu);
    m_view->setIconSize(QSize(16, 16));
    setWidget(m_view);

    connect(m_view, &QTreeView::customContextMenuRequested, this, &LayerPanel::showContextMenu);
    connect(m_view, &QTreeView::doubleClicked, this, [this](const QModelIndex &index) {
        if (Layer *layer = m_model->layer(index))
            emit propertiesRequested(layer);
    });
    connect(m_view->selectionModel(), &QItemSelectionModel::currentChanged, this,
            [this](const QModelIndex &current) { emit currentLayerChanged(m_model->layer(current)); });
}

Layer *LayerPanel::currentLayer() const
{
    return m_model->layer(m_view->currentIndex());
}

void LayerPanel::setCurrentLayer(Layer *layer)
{
    m_view->setCurrentIndex(m_model->index(layer));
}

void LayerPanel::showContextMenu(const QPoint &pos)
{
    const QModelIndex index = m_view->indexAt(pos);
    Layer *layer = m_model->layer(index);
    if (!layer)
        return;
    std::unique_ptr<QMenu> menu(createContextMenu(layer, this));
    menu->exec(m_view->viewport()->mapToGlobal(pos));
}

QMenu *LayerPanel::createContextMenu(Layer *layer, QWidget *parent)
{
    auto *menu = new QMenu(parent);
    menu->addAction(QIcon(u":/icons/zoom-layer.svg"_s), tr("&Zoom to Layer"), this,
                    [this, layer] { emit zoomToLayerRequested(layer); });
    if (layer->kind() == LayerKind::Vector)
        menu->addAction(QIcon(u":/icons/table.svg"_s), tr("Open &Attribute Table"), this,
                        [this, layer] { emit attributeTableRequested(layer); });
    const QModelIndex index = m_model->index(layer);
    menu->addAction(tr("Re&name"), this, [this, index] { m_view->edit(index); });
    auto *vl = qobject_cast<VectorLayer *>(layer);
    if (vl && vl->geometryKind() == GeometryKind::Polygon) {
        menu->addSeparator();
        QAction *act = menu->addAction(tr("&Choropleth Map…"), this, [this, vl] { choropleth(vl); });
        act->setObjectName(u"choroplethAction"_s);
        act->setToolTip(tr("Colour the polygons by a numeric field (5 classes, natural breaks)"));
    }
    if (vl) {
        QAction *join = menu->addAction(tr("&Join Table…"), this, [this, vl] {
            auto *dialog = new JoinDialog(m_project, vl, window());
            dialog->setAttribute(Qt::WA_DeleteOnClose);
            dialog->show();
        });
        join->setObjectName(u"joinTableAction"_s);
    }
    menu->addSeparator();
    menu->addAction(QIcon(u":/icons/remove.svg"_s), tr("&Remove Layer"), this,
                    [this, layer] { emit removeRequested(layer); });
    menu->addSeparator();
    menu->addAction(tr("&Properties…"), this, [this, layer] { emit propertiesRequested(layer); });
    return menu;
}

bool LayerPanel::choropleth(VectorLayer *layer)
{
    ChoroplethDialog dialog(layer, this);
    if (dialog.exec() != QDialog::Accepted)
        return false;
    return applyChoropleth(layer, dialog.field());
}

bool LayerPanel::applyChoropleth(VectorLayer *layer, const QString &field)
{
    const int index = layer->fields().indexOf(field);
    if (index < 0 || !isNumericField(layer->fields().at(index).type))
        return false;
    const QList<double> values = numericValues(readFieldValues(*layer->dataProvider(), index, 500000).values);
    layer->setStyle(choroplethStyle(layer->style(), layer->fields().at(index).name, values));
    return true;
}

} // namespace territoria
