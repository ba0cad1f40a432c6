#pragma once

#include <QPointer>
#include <QWidget>

#include <memory>

class QCheckBox;
class QLabel;
class QTableView;

namespace territoria {

class AttributeTableModel;
class VectorLayer;

// A window with the attribute table of one vector layer; sorting by clicking a
// column header runs in the background. Selected rows are the layer's selected
// features, both ways (map, charts and table share one selection).
class AttributeTableWindow : public QWidget
{
    Q_OBJECT
public:
    explicit AttributeTableWindow(VectorLayer *layer, QWidget *parent = nullptr);
    AttributeTableModel *model() const { return m_model; }
    QTableView *view() const { return m_view; }
    // Hides the rows that are not selected (tables up to ShowSelectedLimit rows).
    static constexpr int ShowSelectedLimit = 200000;
    bool showsSelectedOnly() const;
    void setShowSelectedOnly(bool only);

private:
    void updateStatus(const QString &extra = {});
    void selectRowsFromLayer();
    void selectFeaturesFromRows();
    void applyRowFilter();
    QPointer<VectorLayer> m_layer;
    QCheckBox *m_selectedOnly = nullptr;
    bool m_syncing = false;
    AttributeTableModel *m_model = nullptr;
    QTableView *m_view = nullptr;
    QLabel *m_status = nullptr;
    QString m_layerName;
};

} // namespace territoria
