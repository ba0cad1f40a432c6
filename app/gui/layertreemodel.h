#pragma once

#include <QAbstractListModel>
#include <QPointer>
#include <QStringList>

namespace territoria {

class Layer;
class Project;

// The project's layers, top first, for the layer panel: name (editable),
// visibility check box, a swatch of the layer's colours, drag and drop to reorder.
class LayerTreeModel : public QAbstractListModel
{
    Q_OBJECT
public:
    enum Role { LayerIdRole = Qt::UserRole + 1 };

    explicit LayerTreeModel(Project *project, QObject *parent = nullptr);

    Layer *layer(const QModelIndex &index) const;
    QModelIndex index(const Layer *layer) const;
    using QAbstractListModel::index;

    int rowCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    bool setData(const QModelIndex &index, const QVariant &value, int role = Qt::EditRole) override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;

    Qt::DropActions supportedDropActions() const override;
    QStringList mimeTypes() const override;
    QMimeData *mimeData(const QModelIndexList &indexes) const override;
    bool canDropMimeData(const QMimeData *data, Qt::DropAction action, int row, int column,
                         const QModelIndex &parent) const override;
    bool dropMimeData(const QMimeData *data, Qt::DropAction action, int row, int column,
                      const QModelIndex &parent) override;

    // Moves the layer at `from` so that it ends up before the layer now at `beforeRow`
    // (rowCount() = to the bottom). Returns false when nothing moved.
    bool moveLayer(int from, int beforeRow);

    static QString mimeType();

private:
    void resync();
    void watch(Layer *layer);
    void onLayerAdded(Layer *layer, int index);
    void onLayerAboutToBeRemoved(Layer *layer);
    void onReordered();
    void layerChanged();

    QPointer<Project> m_project;
    QStringList m_ids; // mirror of the project's order, updated inside begin/end calls
};

} // namespace territoria
