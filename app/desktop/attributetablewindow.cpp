#include "attributetablewindow.h"

#include "data/vectorlayer.h"
#include "gui/attributetablemodel.h"

#include <QCheckBox>
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
    m_model = new AttributeTableModel(layer->dataProvider(), this);
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
        selectRowsFromLayer();
        applyRowFilter();
        updateStatus();
    });
    connect(m_selectedOnly, &QCheckBox::toggled, this, &AttributeTableWindow::applyRowFilter);

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
    m_model->load();
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
    QString text = tr("%Ln feature(s)", nullptr, m_model->rowCount());
    if (m_layer && m_layer->selectedFeatureCount() > 0)
        text += u", "_s + tr("%Ln selected", nullptr, int(m_layer->selectedFeatureCount()));
    if (!extra.isEmpty())
        text += u" — "_s + extra;
    m_status->setText(text);
}

} // namespace territoria
