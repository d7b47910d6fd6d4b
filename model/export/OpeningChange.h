#pragma once

#include <QString>
#include <QStringList>

namespace pp {

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

} // namespace pp
