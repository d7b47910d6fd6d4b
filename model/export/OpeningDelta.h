#pragma once

#include <QString>
#include <QStringList>

#include "model/engine/Analysis.h"

#include <vector>

namespace pp {

class Catalog;
struct Design;

enum class DeltaKind : quint8 { Added, Removed, Changed };
QString deltaKindName(DeltaKind kind); ///< "added", "removed", "changed"

/// How one opening differs between two versions of a design. Openings are
/// matched by FlowText::openingKey ("lan>dmz/TCP/443"); "changed" means the
/// same key with other hosts, other addresses or other seed anchors.
struct OpeningChange
{
    DeltaKind kind = DeltaKind::Added;
    QString key;
    int before = -1;          ///< index into the old analysis' openings, or -1
    int after = -1;           ///< index into the new analysis' openings, or -1
    QStringList sourcesAdded, sourcesRemoved;           ///< host ids
    QStringList destinationsAdded, destinationsRemoved; ///< host ids
    QStringList addressesAdded, addressesRemoved;
    QStringList refsAdded, refsRemoved;

    /// e.g. "sources +cl2 -cl1; refs +BKMK_PortsClient-MP"; empty unless changed.
    QString summary() const;
};

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
