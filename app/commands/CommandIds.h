#pragma once

// The registry of undo merge ids, in one place so that two commands never
// share an id by accident (QUndoCommand::id(); -1 = never merges).

namespace pp::commands {

enum MergeId : int {
    NoMerge = -1,
    /// Arrow-key nudges of the same hosts: a run of presses is one step.
    NudgeHosts = 1,
    /// Moves through the security review: a run of them is one step.
    ReviewCursor = 2,
};

} // namespace pp::commands
