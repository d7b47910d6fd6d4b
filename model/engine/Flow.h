#pragma once

#include "model/catalog/Catalog.h"
#include "model/design/PortRange.h"

namespace pp {

enum FlowFlag : quint16 {
    FlowCrossing = 1 << 0,  ///< source and destination hosts are in different zones
    FlowReplyPath = 1 << 1, ///< note 4: TFTP answers from a dynamic port (stateless firewalls)
    FlowViaProxy = 1 << 2,  ///< note 1: routed to the site's internet proxy
    FlowFallback = 1 << 3,  ///< reached only through boundary-group fallback
    FlowManual = 1 << 4,    ///< added by a manual link (rule 7)
    FlowExcluded = 1 << 5,  ///< removed by a manual exclude link (rule 7)
    /// Rule 8: a connection an internet-based client cannot use. The engine
    /// keeps one such marker per host pair only to explain it (FlowNote).
    FlowNotOverInternet = 1 << 6,
    /// Rule 8: an internet-based client's HTTP(S) to an internet-facing system
    /// whose role has SSL-bridging requirements (Catalog::bridging).
    FlowSslBridging = 1 << 7,
};

/// One connection the design needs: initiating host -> responding host on one
/// protocol and port (or range). Hosts and zones are indices into the
/// Design's vectors; text comes from FlowText.
struct Flow
{
    int from = -1;
    int to = -1;
    int fromZone = -1;
    int toZone = -1;
    int connection = -1;          ///< catalog connection, or -1 (manual link)
    int link = -1;                ///< design link that added or excluded it, or -1
    const CatalogPort *row = nullptr; ///< the seed row; null for a link's own ports
    Protocol protocol = Protocol::Tcp;
    Phase phase = Phase::Runtime;
    quint16 flags = 0;
    PortRange range;              ///< resolved; empty for ICMP
    /// For FlowFallback: the boundary group whose fallback reached it and the
    /// index of the relation in its fallback list (-1: the site default group).
    int fallbackGroup = -1;
    int fallbackRelation = -1;
    /// Rule 10: index into Analysis::paths. -1 when the design has no
    /// firewalls (one implicit firewall per zone pair), when the flow does
    /// not cross, or when no firewall path joins its zones (an error finding).
    int path = -1;

    bool crossing() const { return flags & FlowCrossing; }
    bool has(FlowFlag f) const { return flags & f; }
};

} // namespace pp
