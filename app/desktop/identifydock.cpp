#include "identifydock.h"

#include "gui/attributetablemodel.h"

#include <QHeaderView>
#include <QLabel>
#include <QTreeWidget>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace territoria {

IdentifyDock::IdentifyDock(QWidget *parent)
    : QDockWidget(tr("Identify Results"), parent)
{
    setObjectName(u"identifyDock"_s);
    auto *content = new QWidget(this);
    auto *layout = new QVBoxLayout(content);
    layout->setContentsMargins(2, 2, 2, 2);
    m_header = new QLabel(tr("Click on the map with the identify tool."), content);
    m_header->setWordWrap(true);
    layout->addWidget(m_header);
    m_tree = new QTreeWidget(content);
    m_tree->setColumnCount(2);
    m_tree->setHeaderLabels({tr("Field"), tr("Value")});
    m_tree->setAlternatingRowColors(true);
    m_tree->header()->setSectionResizeMode(0, QHeaderView::Interactive);
    m_tree->header()->resizeSection(0, 170);
    layout->addWidget(m_tree);
    setWidget(content);
}

void IdentifyDock::setResults(const QList<IdentifyResult> &results, const QPointF &mapPoint, const QString &crsLabel)
{
    m_results = results;
    m_tree->clear();
    m_header->setText(results.isEmpty()
                          ? tr("Nothing found at %1, %2 (%3).")
                                .arg(QLocale().toString(mapPoint.x(), 'f', 2), QLocale().toString(mapPoint.y(), 'f', 2),
                                     crsLabel)
                          : tr("%n result(s) at %1, %2 (%3).", nullptr, int(results.size()))
                                .arg(QLocale().toString(mapPoint.x(), 'f', 2), QLocale().toString(mapPoint.y(), 'f', 2),
                                     crsLabel));
    QTreeWidgetItem *layerItem = nullptr;
    QString lastLayer;
    for (const IdentifyResult &r : results) {
        if (!layerItem || r.layerId != lastLayer) {
            layerItem = new QTreeWidgetItem(m_tree, {r.layerName});
            QFont f = layerItem->font(0);
            f.setBold(true);
            layerItem->setFont(0, f);
            layerItem->setFirstColumnSpanned(true);
            layerItem->setExpanded(true);
            lastLayer = r.layerId;
        }
        QTreeWidgetItem *parent = layerItem;
        if (r.kind == LayerKind::Vector) {
            parent = new QTreeWidgetItem(layerItem, {tr("Feature %1").arg(r.featureId), r.geometry.typeName()});
            // Expand the nearest feature of each layer; the others stay folded.
            parent->setExpanded(layerItem->childCount() == 1);
        }
        for (const auto &[name, value] : r.attributes) {
            auto *item = new QTreeWidgetItem(parent, {name, AttributeTableModel::displayText(value)});
            item->setToolTip(1, item->text(1));
        }
    }
    if (!results.isEmpty())
        raise();
}

} // namespace territoria
