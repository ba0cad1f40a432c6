#include "attributetablewindow.h"

#include "data/vectorlayer.h"
#include "gui/attributetablemodel.h"

#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QTableView>
#include <QVBoxLayout>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace territoria {

AttributeTableWindow::AttributeTableWindow(VectorLayer *layer, QWidget *parent)
    : QWidget(parent, Qt::Window)
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
    m_status = new QLabel(this);
    m_status->setObjectName(u"statusLabel"_s);
    layout->addWidget(m_status);

    // Fit columns to the rows on screen only (never read the whole layer for it).
    m_view->horizontalHeader()->setResizeContentsPrecision(0);
    m_view->horizontalHeader()->setStretchLastSection(true);
    connect(m_model, &AttributeTableModel::loaded, this, [this] {
        m_view->horizontalHeader()->setSortIndicatorShown(true);
        for (int c = 0; c < m_model->columnCount(); ++c) {
            m_view->resizeColumnToContents(c);
            m_view->setColumnWidth(c, std::clamp(m_view->columnWidth(c), 60, 320));
        }
        updateStatus();
    });
    connect(m_model, &AttributeTableModel::loadFailed, this, [this](const QString &message) { updateStatus(message); });
    connect(m_model, &AttributeTableModel::sortStarted, this, [this] {
        setCursor(Qt::BusyCursor);
        updateStatus(tr("sorting…"));
    });
    connect(m_model, &AttributeTableModel::sortFinished, this, [this] {
        unsetCursor();
        updateStatus();
    });
    connect(m_model, &AttributeTableModel::sortFailed, this, [this](const QString &message) {
        unsetCursor();
        updateStatus(message);
    });
    m_status->setText(tr("Reading features…"));
    m_model->load();
}

void AttributeTableWindow::updateStatus(const QString &extra)
{
    QString text = tr("%Ln feature(s)", nullptr, m_model->rowCount());
    if (!extra.isEmpty())
        text += u" — "_s + extra;
    m_status->setText(text);
}

} // namespace territoria
