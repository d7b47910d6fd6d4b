#pragma once

#include <QString>
#include <QStringList>

#include "model/catalog/Catalog.h"
#include "model/design/PortRange.h"

#include <vector>

namespace pp {

struct Design;

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

/// Rule 10: one firewall a flow passes, entering at one interface and
/// leaving at another. Indices into Design::firewalls and that firewall's
/// interfaces (Firewall::interfaces).
struct PathHop
{
    int firewall = -1;
    int ingress = -1;
    int egress = -1;

    friend bool operator==(const PathHop &a, const PathHop &b)
    {
        return a.firewall == b.firewall && a.ingress == b.ingress && a.egress == b.egress;
    }
};

/// The firewalls a flow passes, in the order it passes them.
using Path = std::vector<PathHop>;

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

/// Rule 8: a connection the catalog implies that the engine leaves out
/// because an internet-based client cannot use it ("no PXE over the
/// internet"). Shown beside the flows so a user sees why one is missing.
struct FlowNote
{
    int client = -1;      ///< the internet-based client host
    int other = -1;       ///< the host on the other side (DP, console, site server, peer)
    int connection = -1;  ///< the catalog connection left out
    int restriction = -1; ///< index into Catalog::internetRestrictions()
};

enum class Severity : quint8 { Error, Warning };

/// A validation result: the design cannot be built as drawn (error), or it
/// works but a reviewer should look (warning).
struct Finding
{
    Severity severity = Severity::Warning;
    QString code;                 ///< stable id, e.g. "named-instance-without-port"
    QString message;
    QStringList hosts;            ///< host ids it names
    QStringList zones;
    QStringList sites;
    QStringList firewalls;        ///< firewall ids it names (rule 10)
    QString ref;                  ///< seed anchor it rests on, if any
    QString source;               ///< another public page it rests on (SourcePage::citation), if any
};

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
