#pragma once

#include <Qt>

namespace pp::views {

/// Roles the flow and opening models expose beyond display text.
enum ItemRole {
    SortRole = Qt::UserRole + 1,
    FlowIndexRole,      ///< index into the snapshot's flows
    PairKeyRole,        ///< "a|b" host pair of a flow
    HostIdsRole,        ///< QStringList of the hosts a row names
    CrossingRole,       ///< bool
    ZonePairRole,       ///< "from>to" zone ids
    ProtocolRole,       ///< "TCP", "UDP", "ICMP"
    PortRole,           ///< port text
    RefRole,            ///< seed anchors, space separated
    OpeningKeyRole,     ///< FlowText::openingKey
    HostNamesRole,      ///< QStringList of the names of the hosts a row names
    ReviewStatusRole,   ///< int ReviewStatus of an opening; absent for flows
    DevicesRole,        ///< QStringList of the firewall ids a row passes (rule 10)
    PolicyStatusRole,   ///< int AuditStatus of an opening once audited; absent otherwise (issue 15)
};

} // namespace pp::views
