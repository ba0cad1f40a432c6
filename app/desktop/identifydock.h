#pragma once

#include "gui/identify.h"

#include <QDockWidget>

class QTreeWidget;
class QLabel;

namespace territoria {

// Results of the identify tool: one branch per feature (or raster cell), its
// attributes as "field | value" rows.
class IdentifyDock : public QDockWidget
{
    Q_OBJECT
public:
    explicit IdentifyDock(QWidget *parent = nullptr);
    void setResults(const QList<IdentifyResult> &results, const QPointF &mapPoint, const QString &crsLabel);
    QList<IdentifyResult> results() const { return m_results; }
    QTreeWidget *tree() const { return m_tree; }

private:
    QTreeWidget *m_tree = nullptr;
    QLabel *m_header = nullptr;
    QList<IdentifyResult> m_results;
};

} // namespace territoria
