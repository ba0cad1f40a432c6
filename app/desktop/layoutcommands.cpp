#include "layoutcommands.h"

#include <algorithm>

using namespace Qt::StringLiterals;

namespace territoria {

LayoutItemsCommand::LayoutItemsCommand(PrintLayout *layout, std::function<void()> changed, const QString &text,
                                       const QList<LayoutItemState> &before, const QList<LayoutItemState> &after,
                                       MergeKey mergeKey, bool alreadyApplied)
    : QUndoCommand(text)
    , m_layout(layout)
    , m_changed(std::move(changed))
    , m_before(before)
    , m_after(after)
    , m_mergeKey(mergeKey)
    , m_skipFirstRedo(alreadyApplied)
{
}

LayoutItemState LayoutItemsCommand::stateOf(const PrintLayout &layout, const QString &id)
{
    LayoutItemState state;
    state.id = id;
    state.index = layout.indexOf(id);
    if (const LayoutItem *item = layout.item(id))
        state.json = item->toJson({});
    return state;
}

void LayoutItemsCommand::apply(PrintLayout &layout, const QList<LayoutItemState> &states)
{
    // Removals first, then the others by increasing index so that each lands
    // where it was.
    for (const LayoutItemState &s : states) {
        if (!s.exists())
            (void)layout.takeItem(s.id);
    }
    QList<LayoutItemState> present;
    for (const LayoutItemState &s : states) {
        if (s.exists())
            present << s;
    }
    std::stable_sort(present.begin(), present.end(),
                     [](const LayoutItemState &a, const LayoutItemState &b) { return a.index < b.index; });
    for (const LayoutItemState &s : present) {
        auto item = LayoutItem::fromJson(s.json, {});
        if (!item) {
            qWarning("Layout undo: %s", qPrintable(item.error().message));
            continue;
        }
        (*item)->id = s.id;
        if (layout.indexOf(s.id) >= 0) {
            layout.replaceItem(std::move(*item));
            const int from = layout.indexOf(s.id);
            if (s.index >= 0 && from != s.index)
                layout.moveItem(from, std::min(s.index, layout.itemCount() - 1));
        } else {
            layout.addItem(std::move(*item), s.index);
        }
    }
}

void LayoutItemsCommand::redo()
{
    // The first redo of an edit the view already made only notifies.
    if (!std::exchange(m_skipFirstRedo, false))
        apply(*m_layout, m_after);
    if (m_changed)
        m_changed();
}

void LayoutItemsCommand::undo()
{
    apply(*m_layout, m_before);
    if (m_changed)
        m_changed();
}

bool LayoutItemsCommand::mergeWith(const QUndoCommand *other)
{
    if (other->id() != id() || m_mergeKey == NoMerge)
        return false;
    const auto *o = static_cast<const LayoutItemsCommand *>(other);
    if (o->text() != text() || o->m_after.size() != m_after.size())
        return false;
    for (qsizetype i = 0; i < m_after.size(); ++i) {
        if (o->m_after.at(i).id != m_after.at(i).id)
            return false;
    }
    m_after = o->m_after;
    bool same = m_after.size() == m_before.size();
    for (qsizetype i = 0; same && i < m_after.size(); ++i)
        same = m_after.at(i).json == m_before.at(i).json && m_after.at(i).index == m_before.at(i).index;
    if (same)
        setObsolete(true);
    return true;
}

LayoutSettingsCommand::LayoutSettingsCommand(PrintLayout *layout, std::function<void()> changed, const QString &text,
                                             const PageSettings &pageAfter, const AtlasSettings &atlasAfter)
    : QUndoCommand(text)
    , m_layout(layout)
    , m_changed(std::move(changed))
    , m_pageBefore(layout->page())
    , m_pageAfter(pageAfter)
    , m_atlasBefore(layout->atlas())
    , m_atlasAfter(atlasAfter)
{
}

void LayoutSettingsCommand::redo()
{
    m_layout->setPage(m_pageAfter);
    m_layout->setAtlas(m_atlasAfter);
    if (m_changed)
        m_changed();
}

void LayoutSettingsCommand::undo()
{
    m_layout->setPage(m_pageBefore);
    m_layout->setAtlas(m_atlasBefore);
    if (m_changed)
        m_changed();
}

bool LayoutSettingsCommand::mergeWith(const QUndoCommand *other)
{
    if (other->id() != id() || other->text() != text())
        return false;
    const auto *o = static_cast<const LayoutSettingsCommand *>(other);
    m_pageAfter = o->m_pageAfter;
    m_atlasAfter = o->m_atlasAfter;
    if (m_pageAfter == m_pageBefore && m_atlasAfter == m_atlasBefore)
        setObsolete(true);
    return true;
}

} // namespace territoria
