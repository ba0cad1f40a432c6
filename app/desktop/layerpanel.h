#pragma once

#include <QDockWidget>

class QTreeView;

namespace territoria {

class Layer;
class LayerTreeModel;
class Project;

// The "Layers" dock: visibility, order (drag), rename (F2/double click) and a
// context menu (zoom to layer, attribute table, properties, remove).
class LayerPanel : public QDockWidget
{
    Q_OBJECT
public:
    LayerPanel(Project *project, QWidget *parent = nullptr);

    LayerTreeModel *model() const { return m_model; }
    QTreeView *view() const { return m_view; }
    Layer *currentLayer() const;
    void setCurrentLayer(Layer *layer);

Q_SIGNALS:
    void zoomToLayerRequested(territoria::Layer *layer);
    void attributeTableRequested(territoria::Layer *layer);
    void propertiesRequested(territoria::Layer *layer);
    void removeRequested(territoria::Layer *layer);
    void currentLayerChanged(territoria::Layer *layer);

private:
    void showContextMenu(const QPoint &pos);
    Project *m_project;
    LayerTreeModel *m_model = nullptr;
    QTreeView *m_view = nullptr;
};

} // namespace territoria
