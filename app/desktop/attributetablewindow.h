#pragma once

#include <QPointer>
#include <QWidget>

#include <memory>

class QAction;
class QCheckBox;
class QComboBox;
class QLabel;
class QLineEdit;
class QTableView;
class QToolBar;

namespace territoria {

class AttributeTableModel;
class EditingController;
struct Field;
class VectorLayer;

// A window with the attribute table of one vector layer; sorting by clicking a
// column header runs in the background. Selected rows are the layer's selected
// features, both ways (map, charts and table share one selection). While the
// layer is in edit mode cells are editable, fields can be added and deleted,
// and the multi-edit bar sets one field of all selected features at once (one
// undo step). The toolbar toggles editing, saves, undoes and redoes.
class AttributeTableWindow : public QWidget
{
    Q_OBJECT
public:
    explicit AttributeTableWindow(VectorLayer *layer, QWidget *parent = nullptr);
    // Toggling and saving then go through the controller (crash journal, prompts).
    void setEditingController(EditingController *controller);
    AttributeTableModel *model() const { return m_model; }
    QTableView *view() const { return m_view; }
    // Hides the rows that are not selected (tables up to ShowSelectedLimit rows).
    static constexpr int ShowSelectedLimit = 200000;
    bool showsSelectedOnly() const;
    void setShowSelectedOnly(bool only);

    QToolBar *toolBar() const { return m_toolBar; }
    QAction *toolAction(const QString &objectName) const;
    // Adds a field to the layer (must be editing); the error is also shown.
    bool addField(const Field &field);
    bool deleteField(int index);
    // Sets field `field` of every selected feature to `text` (converted to the
    // field type) in one undo command. Returns the number of features changed, -1 on error.
    int applyToSelected(int field, const QString &text);
    // The last message shown in the status line (errors of edits included).
    QString statusText() const;

private:
    void updateStatus(const QString &extra = {});
    void selectRowsFromLayer();
    void selectFeaturesFromRows();
    void applyRowFilter();
    void updateEditActions();
    void showAddFieldDialog();
    void showDeleteFieldDialog();
    void fillMultiEditFields();
    void showError(const QString &message);
    QPointer<VectorLayer> m_layer;
    QCheckBox *m_selectedOnly = nullptr;
    bool m_syncing = false;
    AttributeTableModel *m_model = nullptr;
    QTableView *m_view = nullptr;
    QLabel *m_status = nullptr;
    QString m_layerName;
    QPointer<EditingController> m_controller;
    QToolBar *m_toolBar = nullptr;
    QAction *m_toggle = nullptr;
    QAction *m_save = nullptr;
    QAction *m_undo = nullptr;
    QAction *m_redo = nullptr;
    QAction *m_addField = nullptr;
    QAction *m_deleteField = nullptr;
    QAction *m_deleteFeatures = nullptr;
    QWidget *m_multiBar = nullptr;
    QComboBox *m_multiField = nullptr;
    QLineEdit *m_multiValue = nullptr;
    QList<QMetaObject::Connection> m_stackConnections;
};

} // namespace territoria
