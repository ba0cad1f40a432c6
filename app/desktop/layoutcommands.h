#pragma once

#include "layout/printlayout.h"

#include <QJsonObject>
#include <QList>
#include <QUndoCommand>

#include <functional>

namespace territoria {

// Undo commands of the layout designer. They act on a PrintLayout the
// designer owns and call `changed` after every redo/undo so that the designer
// refreshes its view and panels and writes the layout back to the project.

// One item as it was (or will be): its place in the paint order and its JSON
// (empty base dir: paths stay absolute). An empty JSON means "absent".
struct LayoutItemState {
    QString id;
    int index = -1;
    QJsonObject json;
    bool exists() const { return !json.isEmpty(); }
};

// Puts items into given states: adds, removes, changes or reorders them. Used
// for every item edit (moves, resizes, nudges, property edits, z-order, adding
// and deleting). Consecutive commands with the same merge key and the same items
// merge (arrow-key nudges, typing in a property field).
class LayoutItemsCommand : public QUndoCommand
{
public:
    enum MergeKey { NoMerge = -1, NudgeMerge = 1, PropertyMerge = 2 };

    LayoutItemsCommand(PrintLayout *layout, std::function<void()> changed, const QString &text,
                       const QList<LayoutItemState> &before, const QList<LayoutItemState> &after,
                       MergeKey mergeKey = NoMerge, bool alreadyApplied = false);

    void undo() override;
    void redo() override;
    int id() const override { return m_mergeKey; }
    bool mergeWith(const QUndoCommand *other) override;

    // The state of item `id` in `layout` now (absent: empty JSON).
    static LayoutItemState stateOf(const PrintLayout &layout, const QString &id);
    // Applies states in order (removals first, then additions and changes by index).
    static void apply(PrintLayout &layout, const QList<LayoutItemState> &states);

private:
    PrintLayout *m_layout;
    std::function<void()> m_changed;
    QList<LayoutItemState> m_before;
    QList<LayoutItemState> m_after;
    MergeKey m_mergeKey;
    bool m_skipFirstRedo;
};

// Page size/orientation and atlas settings (the layout without its items).
class LayoutSettingsCommand : public QUndoCommand
{
public:
    LayoutSettingsCommand(PrintLayout *layout, std::function<void()> changed, const QString &text,
                          const PageSettings &pageAfter, const AtlasSettings &atlasAfter);

    void undo() override;
    void redo() override;
    int id() const override { return 3; }
    bool mergeWith(const QUndoCommand *other) override;

private:
    PrintLayout *m_layout;
    std::function<void()> m_changed;
    PageSettings m_pageBefore, m_pageAfter;
    AtlasSettings m_atlasBefore, m_atlasAfter;
};

} // namespace territoria
