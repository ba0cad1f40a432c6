#pragma once

#include <QWidget>

#include <memory>

class QLabel;
class QTableView;

namespace territoria {

class AttributeTableModel;
class VectorLayer;

// A window with the attribute table of one vector layer; sorting by clicking a
// column header runs in the background.
class AttributeTableWindow : public QWidget
{
    Q_OBJECT
public:
    explicit AttributeTableWindow(VectorLayer *layer, QWidget *parent = nullptr);
    AttributeTableModel *model() const { return m_model; }
    QTableView *view() const { return m_view; }

private:
    void updateStatus(const QString &extra = {});
    AttributeTableModel *m_model = nullptr;
    QTableView *m_view = nullptr;
    QLabel *m_status = nullptr;
    QString m_layerName;
};

} // namespace territoria
