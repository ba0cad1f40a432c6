#pragma once

#include <QWidget>

class QLineEdit;
class QTreeWidget;
class QTreeWidgetItem;

namespace territoria {

class AlgorithmRegistry;

// The processing toolbox: the registry's algorithms grouped by group(), a search
// filter (name, id, group or help text) and the help as tooltip. Double-click or
// Enter asks to open an algorithm.
class AlgorithmToolbox : public QWidget
{
    Q_OBJECT
public:
    explicit AlgorithmToolbox(const AlgorithmRegistry *registry, QWidget *parent = nullptr);

    void reload();
    void setFilterText(const QString &text);
    QString filterText() const;
    QTreeWidget *treeWidget() const { return m_tree; }
    // Ids of the algorithms the filter leaves visible.
    QStringList visibleAlgorithmIds() const;

Q_SIGNALS:
    void algorithmActivated(const QString &algorithmId);

private:
    void applyFilter();
    const AlgorithmRegistry *m_registry;
    QLineEdit *m_search = nullptr;
    QTreeWidget *m_tree = nullptr;
};

} // namespace territoria
