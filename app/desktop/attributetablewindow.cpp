#include "attributetablewindow.h"

#include "data/vectorlayer.h"
#include "editingcontroller.h"
#include "gui/attributetablemodel.h"

#include <QAction>
#include <QCheckBox>
#include <QComboBox>
#include <QDialog>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QInputDialog>
#include <QLineEdit>
#include <QMessageBox>
#include <QPushButton>
#include <QSpinBox>
#include <QToolBar>
#include <QUndoStack>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QLabel>
#include <QLocale>
#include <QTableView>
#include <QVBoxLayout>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace territoria {

AttributeTableWindow::AttributeTableWindow(VectorLayer *layer, QWidget *parent)
    : QWidget(parent, Qt::Window)
    , m_layer(layer)
    , m_layerName(layer->name())
{
    setAttribute(Qt::WA_DeleteOnClose);
    setWindowTitle(tr("Attribute Table — %1").arg(layer->name()));
    resize(900, 520);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(4, 4, 4, 4);
    m_model = new AttributeTableModel(layer, this);

    // Editing toolbar.
    m_toolBar = new QToolBar(this);
    m_toolBar->setObjectName(u"attributeTableToolbar"_s);
    m_toolBar->setIconSize(QSize(20, 20));
    auto makeAction = [this](const QString &name, const QString &icon, const QString &text, const QString &tip) {
        auto *a = m_toolBar->addAction(QIcon(u":/icons/"_s + icon + u".svg"_s), text);
        a->setObjectName(name);
        a->setToolTip(tip.isEmpty() ? QString(text).remove(u'&') : tip);
        return a;
    };
    m_toggle = makeAction(u"toggleEditing"_s, u"edit-toggle"_s, tr("Toggle &Editing"), tr("Start or stop editing this layer"));
    m_toggle->setCheckable(true);
    m_save = makeAction(u"saveEdits"_s, u"edit-save"_s, tr("&Save Edits"), {});
    m_toolBar->addSeparator();
    m_undo = makeAction(u"undo"_s, u"undo"_s, tr("&Undo"), {});
    m_redo = makeAction(u"redo"_s, u"redo"_s, tr("&Redo"), {});
    m_toolBar->addSeparator();
    m_deleteFeatures = makeAction(u"deleteSelected"_s, u"edit-delete"_s, tr("&Delete Selected Features"), {});
    m_addField = makeAction(u"addField"_s, u"add-layer"_s, tr("Add &Field…"), tr("Add a field to the layer"));
    m_deleteField = makeAction(u"deleteField"_s, u"remove"_s, tr("De&lete Field…"), tr("Delete a field of the layer"));
    m_toolBar->setToolButtonStyle(Qt::ToolButtonIconOnly);
    layout->addWidget(m_toolBar);
    connect(m_toggle, &QAction::triggered, this, [this](bool on) {
        if (!m_layer)
            return;
        if (on) {
            if (m_controller)
                m_controller->startEditing(m_layer);
            else if (auto started = m_layer->startEditing(); !started)
                showError(started.error().message);
        } else if (m_controller) {
            m_controller->stopEditing(m_layer);
        } else if (m_layer->isModified()) {
            const auto answer = QMessageBox::warning(this, tr("Stop Editing"),
                                                     tr("Save the edits of layer “%1”?").arg(m_layer->name()),
                                                     QMessageBox::Save | QMessageBox::Discard | QMessageBox::Cancel);
            if (answer == QMessageBox::Save) {
                if (auto saved = m_layer->commitChanges(); !saved)
                    showError(saved.error().message);
            } else if (answer == QMessageBox::Discard) {
                m_layer->rollBack();
            }
        } else {
            m_layer->rollBack();
        }
        updateEditActions();
    });
    connect(m_save, &QAction::triggered, this, [this] {
        if (!m_layer)
            return;
        if (m_controller) {
            m_controller->saveEdits(m_layer, true);
        } else if (auto saved = m_layer->commitChanges(true); !saved) {
            showError(saved.error().message);
        }
        updateEditActions();
    });
    connect(m_undo, &QAction::triggered, this, [this] {
        if (m_layer && m_layer->undoStack())
            m_layer->undoStack()->undo();
    });
    connect(m_redo, &QAction::triggered, this, [this] {
        if (m_layer && m_layer->undoStack())
            m_layer->undoStack()->redo();
    });
    connect(m_deleteFeatures, &QAction::triggered, this, [this] {
        if (!m_layer || !m_layer->isEditable() || m_layer->selectedFeatureCount() == 0)
            return;
        const QSet<qint64> ids = m_layer->selectedFeatureIds();
        if (m_layer->deleteFeatures(ids))
            m_layer->clearSelection();
    });
    connect(m_addField, &QAction::triggered, this, &AttributeTableWindow::showAddFieldDialog);
    connect(m_deleteField, &QAction::triggered, this, &AttributeTableWindow::showDeleteFieldDialog);
    connect(layer, &VectorLayer::editingStarted, this, &AttributeTableWindow::updateEditActions);
    connect(layer, &VectorLayer::editingStopped, this, &AttributeTableWindow::updateEditActions);
    connect(layer, &VectorLayer::editsChanged, this, &AttributeTableWindow::updateEditActions);
    connect(layer, &VectorLayer::fieldsChanged, this, &AttributeTableWindow::fillMultiEditFields);

    // Multi-edit bar: one field of all selected features.
    m_multiBar = new QWidget(this);
    m_multiBar->setObjectName(u"multiEditBar"_s);
    auto *multi = new QHBoxLayout(m_multiBar);
    multi->setContentsMargins(0, 0, 0, 0);
    m_multiField = new QComboBox(m_multiBar);
    m_multiField->setObjectName(u"multiEditField"_s);
    m_multiValue = new QLineEdit(m_multiBar);
    m_multiValue->setObjectName(u"multiEditValue"_s);
    m_multiValue->setPlaceholderText(tr("value (empty = NULL)"));
    auto *apply = new QPushButton(tr("Apply to &Selected"), m_multiBar);
    apply->setObjectName(u"multiEditApply"_s);
    multi->addWidget(new QLabel(tr("Field"), m_multiBar));
    multi->addWidget(m_multiField);
    multi->addWidget(new QLabel(u"="_s, m_multiBar));
    multi->addWidget(m_multiValue, 1);
    multi->addWidget(apply);
    layout->addWidget(m_multiBar);
    connect(apply, &QPushButton::clicked, this, [this] {
        applyToSelected(m_multiField->currentData().toInt(), m_multiValue->text());
    });
    connect(m_multiValue, &QLineEdit::returnPressed, apply, &QPushButton::click);
    m_view = new QTableView(this);
    m_view->setModel(m_model);
    m_view->setAlternatingRowColors(true);
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setWordWrap(false);
    m_view->verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);
    m_view->verticalHeader()->setDefaultSectionSize(m_view->fontMetrics().height() + 6);
    m_view->horizontalHeader()->setSectionsMovable(true);
    m_view->horizontalHeader()->setDefaultSectionSize(130);
    // No section sorted yet: the rows are in source order, so no arrow until the
    // user asks for one (Qt's default indicator would claim column 0 is sorted).
    m_view->horizontalHeader()->setSortIndicator(-1, Qt::AscendingOrder);
    m_view->setSortingEnabled(true);
    m_view->horizontalHeader()->setSortIndicatorShown(false);
    layout->addWidget(m_view);
    auto *bottom = new QHBoxLayout;
    m_status = new QLabel(this);
    m_status->setObjectName(u"statusLabel"_s);
    bottom->addWidget(m_status, 1);
    m_selectedOnly = new QCheckBox(tr("Show selected only"), this);
    m_selectedOnly->setObjectName(u"selectedOnlyCheck"_s);
    bottom->addWidget(m_selectedOnly);
    layout->addLayout(bottom);

    // One selection for the table, the map and the charts.
    connect(m_view->selectionModel(), &QItemSelectionModel::selectionChanged, this,
            &AttributeTableWindow::selectFeaturesFromRows);
    connect(layer, &VectorLayer::selectionChanged, this, [this] {
        m_deleteFeatures->setEnabled(m_layer && m_layer->isEditable() && m_layer->selectedFeatureCount() > 0);
        selectRowsFromLayer();
        applyRowFilter();
        updateStatus();
    });
    connect(m_selectedOnly, &QCheckBox::toggled, this, &AttributeTableWindow::applyRowFilter);
    // Rows added or removed by edits, undo and redo.
    auto rowsMoved = [this] {
        if (!m_model->isLoaded())
            return;
        selectRowsFromLayer();
        applyRowFilter();
        updateStatus();
    };
    connect(m_model, &QAbstractItemModel::rowsInserted, this, rowsMoved);
    connect(m_model, &QAbstractItemModel::rowsRemoved, this, rowsMoved);
    connect(m_model, &QAbstractItemModel::modelReset, this, rowsMoved);
    connect(m_model, &AttributeTableModel::editFailed, this, &AttributeTableWindow::showError);

    // Fit columns to the rows on screen only (never read the whole layer for it).
    m_view->horizontalHeader()->setResizeContentsPrecision(0);
    m_view->horizontalHeader()->setStretchLastSection(true);
    connect(m_model, &AttributeTableModel::loaded, this, [this] {
        m_view->horizontalHeader()->setSortIndicatorShown(true);
        for (int c = 0; c < m_model->columnCount(); ++c) {
            m_view->resizeColumnToContents(c);
            m_view->setColumnWidth(c, std::clamp(m_view->columnWidth(c), 60, 320));
        }
        m_selectedOnly->setEnabled(m_model->rowCount() <= ShowSelectedLimit);
        selectRowsFromLayer();
        applyRowFilter();
        updateStatus();
    });
    connect(m_model, &AttributeTableModel::loadFailed, this, [this](const QString &message) { updateStatus(message); });
    connect(m_model, &AttributeTableModel::sortStarted, this, [this] {
        setCursor(Qt::BusyCursor);
        updateStatus(tr("sorting…"));
    });
    connect(m_model, &AttributeTableModel::sortFinished, this, [this] {
        unsetCursor();
        // The rows moved: select and filter them again.
        selectRowsFromLayer();
        applyRowFilter();
        updateStatus();
    });
    connect(m_model, &AttributeTableModel::sortFailed, this, [this](const QString &message) {
        unsetCursor();
        updateStatus(message);
    });
    m_status->setText(tr("Reading features…"));
    fillMultiEditFields();
    updateEditActions();
    m_model->load();
}

void AttributeTableWindow::setEditingController(EditingController *controller)
{
    m_controller = controller;
}

QAction *AttributeTableWindow::toolAction(const QString &objectName) const
{
    for (QAction *a : m_toolBar->actions())
        if (a->objectName() == objectName)
            return a;
    return nullptr;
}

QString AttributeTableWindow::statusText() const
{
    return m_status->text();
}

void AttributeTableWindow::showError(const QString &message)
{
    m_status->setStyleSheet(u"color: #b00020;"_s);
    updateStatus(message);
}

void AttributeTableWindow::updateEditActions()
{
    const bool editing = m_layer && m_layer->isEditable();
    QString reason;
    const bool canEdit = m_layer && m_layer->supportsEditing(&reason);
    m_toggle->setChecked(editing);
    m_toggle->setEnabled(editing || canEdit);
    m_toggle->setToolTip(editing || canEdit ? tr("Start or stop editing this layer")
                                            : tr("This layer cannot be edited: %1").arg(reason));
    m_save->setEnabled(editing && m_layer->isModified());
    QUndoStack *stack = editing ? m_layer->undoStack() : nullptr;
    for (const auto &c : std::as_const(m_stackConnections))
        disconnect(c);
    m_stackConnections.clear();
    auto updateUndo = [this] {
        QUndoStack *s = m_layer && m_layer->isEditable() ? m_layer->undoStack() : nullptr;
        m_undo->setEnabled(s && s->canUndo());
        m_redo->setEnabled(s && s->canRedo());
        m_undo->setToolTip(s && s->canUndo() ? tr("Undo %1").arg(s->undoText()) : tr("Undo"));
        m_redo->setToolTip(s && s->canRedo() ? tr("Redo %1").arg(s->redoText()) : tr("Redo"));
    };
    if (stack)
        m_stackConnections << connect(stack, &QUndoStack::indexChanged, this, updateUndo);
    updateUndo();
    m_addField->setEnabled(editing);
    m_deleteField->setEnabled(editing && !m_model->fields().isEmpty());
    m_deleteFeatures->setEnabled(editing && m_layer->selectedFeatureCount() > 0);
    m_multiBar->setEnabled(editing);
    m_multiBar->setVisible(editing);
    if (m_model->isLoaded())
        updateStatus();
}

void AttributeTableWindow::fillMultiEditFields()
{
    const int previous = m_multiField->currentIndex();
    m_multiField->clear();
    const Fields fields = m_layer ? m_layer->fields() : Fields();
    for (int i = 0; i < fields.size(); ++i)
        if (AttributeTableModel::isEditableType(fields.at(i).type))
            m_multiField->addItem(fields.at(i).name, i);
    if (previous >= 0 && previous < m_multiField->count())
        m_multiField->setCurrentIndex(previous);
}

bool AttributeTableWindow::addField(const Field &field)
{
    if (!m_layer || !m_layer->isEditable()) {
        showError(tr("Turn on editing to add fields."));
        return false;
    }
    auto added = m_layer->addField(field);
    if (!added) {
        showError(added.error().message);
        return false;
    }
    return true;
}

bool AttributeTableWindow::deleteField(int index)
{
    if (!m_layer || !m_layer->isEditable()) {
        showError(tr("Turn on editing to delete fields."));
        return false;
    }
    auto deleted = m_layer->deleteField(index);
    if (!deleted) {
        showError(deleted.error().message);
        return false;
    }
    return true;
}

int AttributeTableWindow::applyToSelected(int fieldIndex, const QString &text)
{
    if (!m_layer || !m_layer->isEditable()) {
        showError(tr("Turn on editing to change values."));
        return -1;
    }
    const Fields fields = m_layer->fields();
    if (fieldIndex < 0 || fieldIndex >= fields.size())
        return -1;
    const QSet<qint64> ids = m_layer->selectedFeatureIds();
    if (ids.isEmpty()) {
        showError(tr("Select the features to change first."));
        return -1;
    }
    QString error;
    const auto value = AttributeTableModel::convertValue(fields.at(fieldIndex), text, &error);
    if (!value) {
        showError(error);
        return -1;
    }
    int changed = 0;
    m_layer->beginEditCommand(tr("Set “%1” on %n feature(s)", nullptr, int(ids.size())).arg(fields.at(fieldIndex).name));
    for (qint64 fid : ids)
        changed += m_layer->changeAttributeValue(fid, fieldIndex, *value) ? 1 : 0;
    m_layer->endEditCommand();
    m_status->setStyleSheet({});
    updateStatus(tr("“%1” set on %n feature(s)", nullptr, changed).arg(fields.at(fieldIndex).name));
    return changed;
}

void AttributeTableWindow::showAddFieldDialog()
{
    if (!m_layer || !m_layer->isEditable())
        return;
    QDialog dialog(this);
    dialog.setWindowTitle(tr("Add Field — %1").arg(m_layer->name()));
    auto *form = new QFormLayout(&dialog);
    auto *name = new QLineEdit(&dialog);
    auto *type = new QComboBox(&dialog);
    const QList<std::pair<FieldType, QString>> types{
        {FieldType::String, tr("Text")},           {FieldType::Integer, tr("Whole number")},
        {FieldType::Integer64, tr("Whole number (64 bit)")}, {FieldType::Real, tr("Decimal number")},
        {FieldType::Date, tr("Date")},             {FieldType::DateTime, tr("Date and time")},
        {FieldType::Boolean, tr("Boolean")}};
    for (const auto &[t, label] : types)
        type->addItem(label, int(t));
    auto *width = new QSpinBox(&dialog);
    width->setRange(0, 65535);
    width->setSpecialValueText(tr("default"));
    width->setValue(80);
    auto *precision = new QSpinBox(&dialog);
    precision->setRange(0, 30);
    form->addRow(tr("Name:"), name);
    form->addRow(tr("Type:"), type);
    form->addRow(tr("Width:"), width);
    form->addRow(tr("Precision:"), precision);
    auto *message = new QLabel(&dialog);
    message->setStyleSheet(u"color: #b00020;"_s);
    message->setWordWrap(true);
    form->addRow(message);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, &dialog);
    form->addRow(buttons);
    auto update = [type, width, precision] {
        const auto t = FieldType(type->currentData().toInt());
        width->setEnabled(t == FieldType::String || t == FieldType::Integer || t == FieldType::Integer64
                          || t == FieldType::Real);
        precision->setEnabled(t == FieldType::Real);
        if (t == FieldType::String && width->value() == 0)
            width->setValue(80);
    };
    connect(type, &QComboBox::currentIndexChanged, &dialog, update);
    update();
    connect(buttons, &QDialogButtonBox::rejected, &dialog, &QDialog::reject);
    connect(buttons, &QDialogButtonBox::accepted, &dialog, [&] {
        Field field;
        field.name = name->text().trimmed();
        field.type = FieldType(type->currentData().toInt());
        field.width = width->isEnabled() ? width->value() : 0;
        field.precision = precision->isEnabled() ? precision->value() : 0;
        if (field.name.isEmpty()) {
            message->setText(tr("Give the field a name."));
            return;
        }
        if (!m_layer) {
            dialog.reject();
            return;
        }
        auto added = m_layer->addField(field);
        if (!added) {
            message->setText(added.error().message);
            return;
        }
        dialog.accept();
    });
    dialog.exec();
}

void AttributeTableWindow::showDeleteFieldDialog()
{
    if (!m_layer || !m_layer->isEditable())
        return;
    const QStringList names = m_layer->fields().names();
    if (names.isEmpty())
        return;
    bool ok = false;
    const QString name = QInputDialog::getItem(this, tr("Delete Field"), tr("Field to delete:"), names, 0, false, &ok);
    if (!ok)
        return;
    deleteField(int(names.indexOf(name)));
}

bool AttributeTableWindow::showsSelectedOnly() const
{
    return m_selectedOnly->isChecked();
}

void AttributeTableWindow::setShowSelectedOnly(bool only)
{
    m_selectedOnly->setChecked(only);
}

void AttributeTableWindow::selectFeaturesFromRows()
{
    if (m_syncing || !m_layer || !m_model->isLoaded())
        return;
    QSet<qint64> ids;
    for (const QItemSelectionRange &range : m_view->selectionModel()->selection())
        for (int row = range.top(); row <= range.bottom(); ++row)
            ids.insert(m_model->featureId(row));
    m_syncing = true;
    m_layer->selectFeatures(ids);
    m_syncing = false;
}

void AttributeTableWindow::selectRowsFromLayer()
{
    if (m_syncing || !m_layer || !m_model->isLoaded())
        return;
    const QSet<qint64> selected = m_layer->selectedFeatureIds();
    // Contiguous runs of selected rows become one range each.
    QItemSelection selection;
    const int rows = m_model->rowCount(), lastColumn = m_model->columnCount() - 1;
    int start = -1;
    for (int row = 0; row <= rows && !selected.isEmpty(); ++row) {
        const bool in = row < rows && selected.contains(m_model->featureId(row));
        if (in && start < 0)
            start = row;
        if (!in && start >= 0) {
            selection.select(m_model->index(start, 0), m_model->index(row - 1, std::max(0, lastColumn)));
            start = -1;
        }
    }
    m_syncing = true;
    m_view->selectionModel()->select(selection, QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
    m_syncing = false;
}

void AttributeTableWindow::applyRowFilter()
{
    if (!m_model->isLoaded() || m_model->rowCount() > ShowSelectedLimit)
        return;
    const bool only = m_selectedOnly->isChecked();
    const QSet<qint64> selected = m_layer ? m_layer->selectedFeatureIds() : QSet<qint64>{};
    m_view->setUpdatesEnabled(false);
    for (int row = 0; row < m_model->rowCount(); ++row) {
        const bool hide = only && !selected.contains(m_model->featureId(row));
        if (m_view->isRowHidden(row) != hide)
            m_view->setRowHidden(row, hide);
    }
    m_view->setUpdatesEnabled(true);
}

void AttributeTableWindow::updateStatus(const QString &extra)
{
    if (extra.isEmpty())
        m_status->setStyleSheet({});
    QString text = tr("%Ln feature(s)", nullptr, m_model->rowCount());
    if (m_layer && m_layer->selectedFeatureCount() > 0)
        text += u", "_s + tr("%Ln selected", nullptr, int(m_layer->selectedFeatureCount()));
    if (!extra.isEmpty())
        text += u" — "_s + extra;
    m_status->setText(text);
}

} // namespace territoria
