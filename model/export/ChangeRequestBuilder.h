#pragma once

#include "model/export/ChangeRequest.h"

namespace pp {

class Catalog;
struct OpeningDelta;

/// Builds change requests from the engine's openings; never recomputes
/// flows. Each host, group of hosts and kind of flow is resolved once, however
/// many lines use it.
class ChangeRequestBuilder
{
public:
    /// Every opening of a design, as lines to add.
    static ChangeRequest build(const Design &design, const Catalog &catalog, const Analysis &analysis,
                               const ChangeRequestOptions &options = {});

    /// Only what changed between two versions of a design: added openings as
    /// lines to add, changed ones to modify (taken from the new design),
    /// removed ones to remove (taken from the old one).
    static ChangeRequest build(const OpeningDelta &delta, const Design &oldDesign, const Analysis &oldAnalysis,
                               const Design &newDesign, const Analysis &newAnalysis, const Catalog &catalog,
                               const ChangeRequestOptions &options = {});
    /// The same when the two versions follow different catalogs (a design
    /// moving to current-branch guidance): removed lines read the old one.
    static ChangeRequest build(const OpeningDelta &delta, const Design &oldDesign, const Analysis &oldAnalysis,
                               const Catalog &oldCatalog, const Design &newDesign, const Analysis &newAnalysis,
                               const Catalog &newCatalog, const ChangeRequestOptions &options = {});
};

} // namespace pp
