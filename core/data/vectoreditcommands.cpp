#include "data/vectoreditcommands.h"

namespace territoria {

VectorEditCommand::VectorEditCommand(VectorLayer *layer, VectorEdits before, VectorEdits after, const QString &text,
                                     bool applied)
    : QUndoCommand(text)
    , m_layer(layer)
    , m_before(std::move(before))
    , m_after(std::move(after))
    , m_skipRedo(applied)
{
}

void VectorEditCommand::redo()
{
    if (m_skipRedo) {
        m_skipRedo = false;
        return;
    }
    if (m_layer)
        m_layer->setEdits(m_after);
}

void VectorEditCommand::undo()
{
    if (m_layer)
        m_layer->setEdits(m_before);
}

} // namespace territoria
