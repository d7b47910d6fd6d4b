#pragma once

// Private to the undo layer: an edit as before/after values of the entities
// it touches, applied through DesignDocument so every view hears of it.

#include <QUndoCommand>

#include "model/design/Design.h"

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

    /// What turns `before` into `after`: entities matched by id (sites by
    /// code), added ones at their place in `after`. For edits computed as a
    /// whole new design, such as an inventory import merged into this one.
    static DesignPatch between(const Design &before, const Design &after);

    bool isEmpty() const;
    /// The same patch the other way round.
    DesignPatch inverted() const;
    /// Folds a later patch of the same entities into this one (this one's
    /// befores, the later one's afters). False, and nothing changed, when
    /// the two touch different entities or add or remove any.
    bool absorb(const DesignPatch &later);
};

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
