#pragma once

// Private to the undo layer: an edit as before/after values of the entities
// it touches, applied through DesignDocument so every view hears of it.

#include <QUndoCommand>

#include "model/Design.h"

#include <optional>
#include <utility>
#include <vector>

namespace pp {
class DesignDocument;
}

namespace pp::commands {

/// One entity's change: absent before = added, absent after = removed.
/// `index` is its position in the document's list when present.
template<typename T>
struct EntityChange
{
    QString id;
    int index = -1;
    std::optional<T> before;
    std::optional<T> after;
};

template<typename T>
using ValueChange = std::optional<std::pair<T, T>>;

struct DesignPatch
{
    std::vector<EntityChange<Host>> hosts;
    std::vector<EntityChange<Zone>> zones;
    std::vector<EntityChange<Site>> sites;
    ValueChange<std::vector<Link>> links;
    ValueChange<std::vector<BoundaryGroup>> boundaryGroups;
    ValueChange<std::pair<std::vector<ReviewDecision>, QString>> reviews;
    ValueChange<QString> name;
    ValueChange<DesignSettings> settings;
    ValueChange<ChangeRequestInfo> changeRequest;

    bool isEmpty() const;
    /// The same patch the other way round.
    DesignPatch inverted() const;
};

/// Applies a patch (redo) or its inverse (undo). Ids and values only: no
/// pointers into the document or the scene survive between the two.
class PatchCommand : public QUndoCommand
{
public:
    PatchCommand(DesignDocument *document, DesignPatch patch, const QString &text, QUndoCommand *parent = nullptr);

    void redo() override;
    void undo() override;

    static void apply(DesignDocument *document, const DesignPatch &patch);

private:
    DesignDocument *m_document;
    DesignPatch m_patch;
};

} // namespace pp::commands
