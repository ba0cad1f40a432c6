#pragma once

// Internal to core: the undo commands of a VectorLayer's edit session.
#include "data/vectorlayer.h"

#include <QPointer>
#include <QUndoCommand>

namespace territoria {

// One step of an edit session: the whole edit buffer before and after (implicitly
// shared containers, so a step costs little more than what it changed). redo() and
// undo() hand the buffer to the layer, which emits the same signals either way.
class VectorEditCommand : public QUndoCommand
{
public:
    // `applied`: the layer already holds `after` (a finished edit command), so the
    // first redo() that QUndoStack::push() calls does nothing.
    VectorEditCommand(VectorLayer *layer, VectorEdits before, VectorEdits after, const QString &text,
                      bool applied = false);
    void redo() override;
    void undo() override;

private:
    QPointer<VectorLayer> m_layer;
    VectorEdits m_before;
    VectorEdits m_after;
    bool m_skipRedo = false;
};

} // namespace territoria
