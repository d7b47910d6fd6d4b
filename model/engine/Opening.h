#pragma once

#include <QString>
#include <QStringList>

#include "model/design/PortRange.h"

#include <vector>

namespace pp {

/// A firewall rule a boundary crossing needs.
///
/// Without firewalls in the design: crossing flows grouped by (source zone,
/// destination zone, protocol, port), one implicit firewall per zone pair;
/// `firewall`, `ingress` and `egress` are -1.
///
/// With firewalls (rule 10): one opening per (firewall, ingress interface,
/// egress interface, protocol, port), holding every flow whose path passes
/// that device that way, so a flow through three firewalls is in an opening
/// on each. fromZone/toZone are then the zones of the ingress and egress
/// interfaces, not of the flow's hosts. A crossing flow without a path (the
/// "no-path" error) still gets a zone-pair opening with firewall -1, so that
/// nothing it needs drops out of a change request.
struct Opening
{
    int fromZone = -1;
    int toZone = -1;
    int firewall = -1;            ///< index into Design::firewalls, or -1 (implicit)
    int ingress = -1;             ///< interface of `firewall` the flows enter by
    int egress = -1;              ///< interface of `firewall` they leave by
    Protocol protocol = Protocol::Tcp;
    PortRange range;
    QString portText;             ///< "443", "49152-65535", "echo-request"
    std::vector<int> flows;       ///< indices into Analysis::flows
    std::vector<int> fromHosts;   ///< sorted, unique
    std::vector<int> toHosts;
    QStringList refs;             ///< seed anchors of the flows, sorted
    QStringList services;         ///< service ids, sorted
    bool runtime = false;
    bool install = false;
    bool fallbackOnly = false;    ///< every flow is boundary-group fallback
    bool localAndFallback = false;
};

} // namespace pp
