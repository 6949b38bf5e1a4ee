#pragma once

namespace kg {

/// Merge ids of the undo commands (QUndoCommand::id()); commands with the same id may merge.
enum CommandId {
    MoveNodesCommandId = 1,
    SetNodeGeometryCommandId,
    ChangeNodePropertyCommandId,
};

} // namespace kg
