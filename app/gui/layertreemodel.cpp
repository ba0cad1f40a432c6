#include "layertreemodel.h"

#include "data/layer.h"
#include "data/rasterlayer.h"
#include "data/vectorlayer.h"
#include "project/project.h"

#include <QDataStream>
#include <QIODevice>
#include <QIcon>
#include <QMimeData>
#include <QPainter>
#include <QPainterPath>
#include <QPixmap>

using namespace Qt::StringLiterals;

namespace territoria {

namespace {

QIcon swatchIcon(const Layer *layer)
{
    QPixmap pix(16, 16);
    pix.fill(Qt::transparent);
    QPainter p(&pix);
    p.setRenderHint(QPainter::Antialiasing);
    if (auto *vl = qobject_cast<const VectorLayer *>(layer)) {
        const VectorStyle style = vl->style();
        switch (vl->geometryKind()) {
        case GeometryKind::Point:
            p.setPen(QPen(style.strokeColor, 1));
            p.setBrush(style.fillColor);
            p.drawEllipse(QRectF(3.5, 3.5, 9, 9));
            break;
        case GeometryKind::Line: {
            p.setPen(QPen(style.strokeColor, 2.2, Qt::SolidLine, Qt::RoundCap));
            QPainterPath path;
            path.moveTo(1.5, 12);
            path.cubicTo(6, 1, 10, 15, 14.5, 4);
            p.drawPath(path);
            break;
        }
        default:
            p.setPen(QPen(style.strokeColor, 1));
            p.setBrush(style.fillColor);
            p.drawRect(QRectF(1.5, 2.5, 13, 11));
        }
    } else {
        QLinearGradient g(0, 0, 16, 16);
        g.setColorAt(0, QColor(0x44, 0x01, 0x54));
        g.setColorAt(0.5, QColor(0x21, 0x91, 0x8c));
        g.setColorAt(1, QColor(0xfd, 0xe7, 0x25));
        p.setPen(QPen(QColor(0x55, 0x55, 0x55), 1));
        p.setBrush(g);
        p.drawRect(QRectF(1.5, 1.5, 13, 13));
    }
    return QIcon(pix);
}

} // namespace

LayerTreeModel::LayerTreeModel(Project *project, QObject *parent)
    : QAbstractListModel(parent)
    , m_project(project)
{
    Q_ASSERT(project);
    connect(project, &Project::layerAdded, this, &LayerTreeModel::onLayerAdded);
    connect(project, &Project::layerAboutToBeRemoved, this, &LayerTreeModel::onLayerAboutToBeRemoved);
    connect(project, &Project::layerRemoved, this, [this](const QString &id) {
        // Normally handled in layerAboutToBeRemoved; resync if the mirror disagrees.
        if (m_ids.contains(id))
            resync();
    });
    connect(project, &Project::layersReordered, this, &LayerTreeModel::onReordered);
    connect(project, &Project::cleared, this, &LayerTreeModel::resync);
    connect(project, &Project::loaded, this, &LayerTreeModel::resync);
    resync();
}

void LayerTreeModel::resync()
{
    beginResetModel();
    m_ids.clear();
    if (m_project) {
        for (Layer *layer : m_project->layers()) {
            m_ids << layer->id();
            watch(layer);
        }
    }
    endResetModel();
}

void LayerTreeModel::watch(Layer *layer)
{
    connect(layer, &Layer::nameChanged, this, &LayerTreeModel::layerChanged, Qt::UniqueConnection);
    connect(layer, &Layer::visibilityChanged, this, &LayerTreeModel::layerChanged, Qt::UniqueConnection);
    connect(layer, &Layer::styleChanged, this, &LayerTreeModel::layerChanged, Qt::UniqueConnection);
    connect(layer, &Layer::crsChanged, this, &LayerTreeModel::layerChanged, Qt::UniqueConnection);
    if (auto *vl = qobject_cast<VectorLayer *>(layer)) {
        // The edit-mode marker.
        connect(vl, &VectorLayer::editingStarted, this, &LayerTreeModel::layerChanged, Qt::UniqueConnection);
        connect(vl, &VectorLayer::editingStopped, this, &LayerTreeModel::layerChanged, Qt::UniqueConnection);
    }
}

void LayerTreeModel::layerChanged()
{
    auto *layer = qobject_cast<Layer *>(sender());
    const QModelIndex idx = index(layer);
    if (idx.isValid())
        emit dataChanged(idx, idx);
}

void LayerTreeModel::onLayerAdded(Layer *layer, int index)
{
    if (m_ids.contains(layer->id()))
        return;
    const int row = std::clamp(index, 0, int(m_ids.size()));
    beginInsertRows({}, row, row);
    m_ids.insert(row, layer->id());
    endInsertRows();
    watch(layer);
    if (m_project && m_project->indexOf(layer) != row)
        onReordered();
}

void LayerTreeModel::onLayerAboutToBeRemoved(Layer *layer)
{
    const int row = int(m_ids.indexOf(layer->id()));
    if (row < 0)
        return;
    beginRemoveRows({}, row, row);
    m_ids.removeAt(row);
    endRemoveRows();
    disconnect(layer, nullptr, this, nullptr);
}

void LayerTreeModel::onReordered()
{
    if (!m_project)
        return;
    QStringList ids;
    for (Layer *layer : m_project->layers())
        ids << layer->id();
    if (ids == m_ids)
        return;
    if (QSet(ids.begin(), ids.end()) != QSet(m_ids.begin(), m_ids.end())) {
        resync();
        return;
    }
    emit layoutAboutToBeChanged();
    const QModelIndexList oldIndexes = persistentIndexList();
    QModelIndexList newIndexes;
    for (const QModelIndex &old : oldIndexes)
        newIndexes << index(int(ids.indexOf(m_ids.value(old.row()))), old.column());
    m_ids = ids;
    changePersistentIndexList(oldIndexes, newIndexes);
    emit layoutChanged();
}

Layer *LayerTreeModel::layer(const QModelIndex &index) const
{
    if (!m_project || !index.isValid() || index.row() >= m_ids.size())
        return nullptr;
    return m_project->layer(m_ids.at(index.row()));
}

QModelIndex LayerTreeModel::index(const Layer *layer) const
{
    if (!layer)
        return {};
    const int row = int(m_ids.indexOf(layer->id()));
    return row < 0 ? QModelIndex() : index(row, 0);
}

int LayerTreeModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_ids.size());
}

QVariant LayerTreeModel::data(const QModelIndex &index, int role) const
{
    Layer *l = layer(index);
    if (!l)
        return {};
    switch (role) {
    case Qt::DisplayRole:
        // A pencil marks the layers in edit mode.
        if (auto *vl = qobject_cast<VectorLayer *>(l); vl && vl->isEditable())
            return QString(l->name() + u" ✎"_s);
        return l->name();
    case Qt::EditRole:
        return l->name();
    case Qt::CheckStateRole:
        return l->isVisible() ? Qt::Checked : Qt::Unchecked;
    case Qt::DecorationRole:
        return swatchIcon(l);
    case Qt::ToolTipRole: {
        QString crs = l->crs().isValid() ? (l->crs().authId().isEmpty() ? l->crs().name()
                                                                        : l->crs().authId() + u" · "_s + l->crs().name())
                                         : tr("No CRS");
        QString tip = u"<b>%1</b><br>%2<br>%3"_s.arg(l->name().toHtmlEscaped(), l->source().toHtmlEscaped(),
                                                      crs.toHtmlEscaped());
        if (auto *vl = qobject_cast<VectorLayer *>(l))
            tip += u"<br>"_s + tr("%n feature(s)", nullptr, int(std::min<qint64>(vl->featureCount(), INT_MAX)));
        return tip;
    }
    case Qt::ForegroundRole:
        if (!l->crs().isValid())
            return QColor(0xb0, 0x60, 0x00);
        return {};
    case LayerIdRole:
        return l->id();
    default:
        return {};
    }
}

bool LayerTreeModel::setData(const QModelIndex &index, const QVariant &value, int role)
{
    Layer *l = layer(index);
    if (!l)
        return false;
    if (role == Qt::CheckStateRole) {
        const bool visible = value.toInt() == Qt::Checked;
        if (visible == l->isVisible())
            return true;
        l->setVisible(visible);
        m_project->setDirty();
        emit dataChanged(index, index, {Qt::CheckStateRole});
        return true;
    }
    if (role == Qt::EditRole) {
        const QString name = value.toString().trimmed();
        if (name.isEmpty())
            return false;
        if (name != l->name()) {
            l->setName(name);
            m_project->setDirty();
        }
        emit dataChanged(index, index, {Qt::DisplayRole, Qt::EditRole});
        return true;
    }
    return false;
}

Qt::ItemFlags LayerTreeModel::flags(const QModelIndex &index) const
{
    if (!index.isValid())
        return Qt::ItemIsDropEnabled;
    return Qt::ItemIsEnabled | Qt::ItemIsSelectable | Qt::ItemIsEditable | Qt::ItemIsUserCheckable
         | Qt::ItemIsDragEnabled | Qt::ItemNeverHasChildren;
}

Qt::DropActions LayerTreeModel::supportedDropActions() const
{
    return Qt::MoveAction;
}

QString LayerTreeModel::mimeType()
{
    return u"application/x-territoria-layer-ids"_s;
}

QStringList LayerTreeModel::mimeTypes() const
{
    return {mimeType()};
}

QMimeData *LayerTreeModel::mimeData(const QModelIndexList &indexes) const
{
    QStringList ids;
    for (const QModelIndex &idx : indexes) {
        if (Layer *l = layer(idx))
            ids << l->id();
    }
    if (ids.isEmpty())
        return nullptr;
    auto *data = new QMimeData;
    data->setData(mimeType(), ids.join(u'\n').toUtf8());
    return data;
}

bool LayerTreeModel::canDropMimeData(const QMimeData *data, Qt::DropAction action, int, int,
                                     const QModelIndex &) const
{
    return data && data->hasFormat(mimeType()) && action == Qt::MoveAction;
}

bool LayerTreeModel::dropMimeData(const QMimeData *data, Qt::DropAction action, int row, int,
                                  const QModelIndex &parent)
{
    if (!canDropMimeData(data, action, row, 0, parent) || !m_project)
        return false;
    // Dropped onto an item: insert before it; onto empty space: at the bottom.
    int before = row;
    if (before < 0)
        before = parent.isValid() ? parent.row() : int(m_ids.size());
    const QStringList ids = QString::fromUtf8(data->data(mimeType())).split(u'\n', Qt::SkipEmptyParts);
    for (const QString &id : ids) {
        const int from = int(m_ids.indexOf(id));
        if (from < 0)
            continue;
        moveLayer(from, before);
        const int now = int(m_ids.indexOf(id));
        before = now + 1;
    }
    // The view must not remove the source rows: the move already happened.
    return false;
}

bool LayerTreeModel::moveLayer(int from, int beforeRow)
{
    if (!m_project || from < 0 || from >= m_ids.size())
        return false;
    beforeRow = std::clamp(beforeRow, 0, int(m_ids.size()));
    const int to = from < beforeRow ? beforeRow - 1 : beforeRow;
    if (to == from)
        return false;
    m_project->moveLayer(from, to); // emits layersReordered -> onReordered()
    onReordered();
    m_project->setDirty();
    return true;
}

} // namespace territoria
