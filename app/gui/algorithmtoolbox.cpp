#include "algorithmtoolbox.h"

#include "analysis/algorithmregistry.h"

#include <QHeaderView>
#include <QLineEdit>
#include <QMap>
#include <QTreeWidget>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace territoria {

namespace {
constexpr int IdRole = Qt::UserRole;
constexpr int SearchRole = Qt::UserRole + 1;
} // namespace

AlgorithmToolbox::AlgorithmToolbox(const AlgorithmRegistry *registry, QWidget *parent)
    : QWidget(parent)
    , m_registry(registry)
{
    setObjectName(u"algorithmToolbox"_s);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(2, 2, 2, 2);
    m_search = new QLineEdit(this);
    m_search->setObjectName(u"algorithmSearch"_s);
    m_search->setPlaceholderText(tr("Search…"));
    m_search->setClearButtonEnabled(true);
    layout->addWidget(m_search);
    m_tree = new QTreeWidget(this);
    m_tree->setObjectName(u"algorithmTree"_s);
    m_tree->setHeaderHidden(true);
    m_tree->setRootIsDecorated(true);
    m_tree->setUniformRowHeights(true);
    layout->addWidget(m_tree, 1);

    connect(m_search, &QLineEdit::textChanged, this, &AlgorithmToolbox::applyFilter);
    connect(m_tree, &QTreeWidget::itemActivated, this, [this](QTreeWidgetItem *item) {
        const QString id = item->data(0, IdRole).toString();
        if (!id.isEmpty())
            emit algorithmActivated(id);
    });
    reload();
}

void AlgorithmToolbox::reload()
{
    m_tree->clear();
    if (!m_registry)
        return;
    QMap<QString, QList<const Algorithm *>> groups; // sorted by group name
    for (const Algorithm *a : m_registry->algorithms())
        groups[a->group()] << a;
    for (auto it = groups.cbegin(); it != groups.cend(); ++it) {
        auto *group = new QTreeWidgetItem(m_tree, QStringList{it.key()});
        QFont bold = group->font(0);
        bold.setBold(true);
        group->setFont(0, bold);
        group->setFlags(Qt::ItemIsEnabled);
        QList<const Algorithm *> list = it.value();
        std::sort(list.begin(), list.end(), [](const Algorithm *x, const Algorithm *y) {
            return x->displayName().localeAwareCompare(y->displayName()) < 0;
        });
        for (const Algorithm *a : std::as_const(list)) {
            auto *item = new QTreeWidgetItem(group, QStringList{a->displayName()});
            item->setData(0, IdRole, a->id());
            item->setData(0, SearchRole, QStringList{a->displayName(), a->id(), a->group(), a->shortHelp()}.join(u'\n'));
            item->setToolTip(0, u"<p><b>%1</b> <tt>%2</tt></p><p>%3</p>"_s.arg(
                                    a->displayName().toHtmlEscaped(), a->id(), a->shortHelp().toHtmlEscaped()));
        }
    }
    m_tree->expandAll();
    applyFilter();
}

void AlgorithmToolbox::setFilterText(const QString &text)
{
    m_search->setText(text);
}

QString AlgorithmToolbox::filterText() const
{
    return m_search->text();
}

void AlgorithmToolbox::applyFilter()
{
    const QStringList words = m_search->text().split(u' ', Qt::SkipEmptyParts);
    for (int g = 0; g < m_tree->topLevelItemCount(); ++g) {
        QTreeWidgetItem *group = m_tree->topLevelItem(g);
        int shown = 0;
        for (int i = 0; i < group->childCount(); ++i) {
            QTreeWidgetItem *item = group->child(i);
            const QString haystack = item->data(0, SearchRole).toString();
            const bool match = std::all_of(words.cbegin(), words.cend(), [&](const QString &w) {
                return haystack.contains(w, Qt::CaseInsensitive);
            });
            item->setHidden(!match);
            shown += match ? 1 : 0;
        }
        group->setHidden(shown == 0);
        if (!words.isEmpty() && shown > 0)
            group->setExpanded(true);
    }
}

QStringList AlgorithmToolbox::visibleAlgorithmIds() const
{
    QStringList ids;
    for (int g = 0; g < m_tree->topLevelItemCount(); ++g) {
        QTreeWidgetItem *group = m_tree->topLevelItem(g);
        if (group->isHidden())
            continue;
        for (int i = 0; i < group->childCount(); ++i) {
            if (!group->child(i)->isHidden())
                ids << group->child(i)->data(0, IdRole).toString();
        }
    }
    return ids;
}

} // namespace territoria
