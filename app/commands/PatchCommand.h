#pragma once

// Private to the undo layer: the one command most edits are, a DesignPatch
// applied to the document on redo and inverted on undo.

#include <QUndoCommand>

#include "app/commands/DesignPatch.h"

namespace pp {
class DesignDocument;
}

namespace pp::commands {

/// Applies a patch (redo) or its inverse (undo). Ids and values only: no
/// pointers into the document or the scene survive between the two.
class PatchCommand : public QUndoCommand
{
public:
    /// `mergeId` from CommandIds.h: consecutive commands with the same id
    /// that touch the same entities become one undo step.
    PatchCommand(DesignDocument *document, DesignPatch patch, const QString &text, int mergeId = -1,
                 QUndoCommand *parent = nullptr);

    void redo() override;
    void undo() override;
    int id() const override { return m_mergeId; }
    bool mergeWith(const QUndoCommand *other) override;

    static void apply(DesignDocument *document, const DesignPatch &patch);

private:
    DesignDocument *m_document;
    DesignPatch m_patch;
    int m_mergeId;
};

} // namespace pp::commands
