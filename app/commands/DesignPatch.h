#pragma once

// Private to the undo layer: an edit as before/after values of the entities
// it touches. PatchCommand applies it through DesignDocument so every view
// hears of it.

#include <QString>

#include "model/design/Design.h"

#include <optional>
#include <utility>
#include <vector>

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
    std::vector<EntityChange<Firewall>> firewalls;
    ValueChange<std::vector<Route>> routes;
    ValueChange<std::vector<Link>> links;
    ValueChange<std::vector<BoundaryGroup>> boundaryGroups;
    ValueChange<std::pair<std::vector<ReviewDecision>, QString>> reviews;
    ValueChange<std::vector<VerificationRecord>> verifications; ///< issue 15
    ValueChange<QString> name;
    ValueChange<DesignSettings> settings;
    ValueChange<ChangeRequestInfo> changeRequest;
    ValueChange<QString> catalog; ///< the port catalog id the design follows

    /// What turns `before` into `after`: entities matched by id (sites by
    /// code), added ones at their place in `after`. For edits computed as a
    /// whole new design, such as an inventory import merged into this one.
    static DesignPatch between(const Design &before, const Design &after);

    bool isEmpty() const;
    /// The same patch the other way round.
    DesignPatch inverted() const;
    /// Folds a later patch of the same entities into this one (this one's
    /// befores, the later one's afters), or a later move of the review
    /// cursor into a move of it. False, and nothing changed, when the two
    /// touch different entities or add or remove any.
    bool absorb(const DesignPatch &later);
};

} // namespace pp::commands
