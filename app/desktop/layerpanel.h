#pragma once

#include <QDockWidget>

class QMenu;
class QTreeView;

namespace territoria {

class Layer;
class LayerTreeModel;
class VectorLayer;
class Project;

// The "Layers" dock: visibility, order (drag), rename (F2/double click) and a
// context menu (zoom to layer, attribute table, choropleth, properties, remove).
class LayerPanel : public QDockWidget
{
    Q_OBJECT
public:
    LayerPanel(Project *project, QWidget *parent = nullptr);

    LayerTreeModel *model() const { return m_model; }
    QTreeView *view() const { return m_view; }
    Layer *currentLayer() const;
    void setCurrentLayer(Layer *layer);

    // The context menu of `layer` (the caller owns it).
    QMenu *createContextMenu(Layer *layer, QWidget *parent);
    // One-click choropleth of a polygon layer: asks for a numeric field, then
    // applies a graduated style (Jenks, 5 classes, YlOrRd). False when cancelled.
    bool choropleth(VectorLayer *layer);
    // The same without asking; false when `field` is not a numeric field.
    static bool applyChoropleth(VectorLayer *layer, const QString &field);

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
