#pragma once

// What the rules engine derives from a design. This header is Analysis's
// and brings in every part it holds, one header per struct.

#include <QString>
#include <QStringList>

#include "model/catalog/Catalog.h"
#include "model/design/PortRange.h"
#include "model/engine/Finding.h"
#include "model/engine/Flow.h"
#include "model/engine/FlowNote.h"
#include "model/engine/Opening.h"
#include "model/engine/PathHop.h"

#include <vector>

namespace pp {

struct Design;

/// Everything the engine derives from a design. Consumers (table, canvas,
/// CLI, exports, review) read this and never recompute.
struct Analysis
{
    std::vector<Flow> flows;          ///< flows the design needs
    std::vector<Flow> excluded;       ///< flows manual links removed
    std::vector<Opening> openings;
    std::vector<Finding> findings;
    std::vector<FlowNote> notes;      ///< rule 8: connections left out for internet-based clients
    /// Rule 10: one path per ordered zone pair that crossing flows need, in
    /// (from zone, to zone) order; Flow::path indexes it. Shared, so that
    /// hundreds of thousands of flows do not each own a vector. Empty when
    /// the design has no firewalls.
    std::vector<Path> paths;

    /// The engine's working set for partial recomputes: the catalog's flows
    /// before manual links apply, grouped by owning host (the catalog's
    /// "from" side): catalogFlows[ownerBegin[h] .. ownerBegin[h + 1]).
    std::vector<Flow> catalogFlows;
    std::vector<int> ownerBegin;

    /// The firewalls `f` passes; empty without firewalls or without a path.
    const Path &pathOf(const Flow &f) const;

    int errorCount() const;
    int warningCount() const;
};

} // namespace pp
