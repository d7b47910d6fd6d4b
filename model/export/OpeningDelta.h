#pragma once

#include <QString>
#include <QStringList>

#include "model/engine/Analysis.h"
#include "model/export/OpeningChange.h"

#include <vector>

namespace pp {

class Catalog;
struct Design;

/// The difference between the openings of two designs: what a change request
/// for the new version must add, modify and remove. The designer's
/// "Compare with..." and `portplanner-cli diff` both read it.
struct OpeningDelta
{
    std::vector<OpeningChange> changes; ///< new design's order, then removed ones in old order
    int unchanged = 0;

    static OpeningDelta compare(const Design &oldDesign, const Analysis &oldAnalysis, const Design &newDesign,
                                const Analysis &newAnalysis, const Catalog &catalog);

    bool isEmpty() const { return changes.empty(); }
    int count(DeltaKind kind) const;
};

} // namespace pp
