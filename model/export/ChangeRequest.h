#pragma once

#include <QString>
#include <QStringList>

#include "model/engine/Analysis.h"
#include "model/design/Design.h"

#include <functional>
#include <vector>

namespace pp {

class Catalog;
class RiskRules;
struct OpeningDelta;

/// Risk of one opening as a change request shows it; empty = not assessed.
struct RequestRisk
{
    QString level;            ///< "high", "medium", "low" or empty
    QStringList reasons;
};

/// The hook through which a risk assessment reaches the change request. The
/// request has a risk column whatever is plugged in; with no provider it
/// stays empty.
using RiskProvider = std::function<RequestRisk(const Design &, const Opening &)>;

/// A provider backed by the security review's risk rules (issue 5); `rules`
/// must outlive it (RiskRules::builtin() does).
RiskProvider riskRulesProvider(const RiskRules &rules);

/// The addresses a rule uses for a host: its own, or, when it has none, the
/// subnets of its zone (*zoneSubnets is then set). Empty when neither exists.
QStringList ruleAddresses(const Design &design, const Host &host, bool *zoneSubnets = nullptr);

/// What the firewall team is asked to do with a line.
enum class RequestAction : quint8 { Add, Modify, Remove };
QString requestActionName(RequestAction action); ///< "add", "modify", "remove"

/// A host on one side of a request line, with the addresses the rule uses.
struct RequestHost
{
    QString id;
    QString name;
    QStringList addresses;    ///< the host's own, or its zone's subnets
    bool zoneSubnets = false; ///< the host has no address: its zone's subnets stand in
    int count = 1;            ///< machines the host stands for
    QStringList roles;        ///< role ids
};

/// One side of a request line: a zone and the hosts in it.
struct RequestSide
{
    QString zoneId;
    QString zoneName;
    ZoneKind zoneKind = ZoneKind::Internal;
    std::vector<RequestHost> hosts;
    QString group;            ///< name of the object group for this host set

    QStringList hostNames() const;
    QStringList addresses() const; ///< every host's addresses, unique, in order
    const RequestHost *host(const QString &id) const;
};

/// One flow a request line serves, as text.
struct RequestFlow
{
    QString line;             ///< request line id; empty for flows outside the request
    QString from, to;         ///< host ids
    QString fromName, toName;
    QString fromZone, toZone; ///< zone ids
    QString protocol;
    QString port;
    QString ref;
    QString phase;
    QString description;
    QString fallback;         ///< boundary-group fallback path, or empty
    bool crossing = true;
};

/// One line of a firewall change request: one opening of the engine.
struct RequestLine
{
    QString id;               ///< "CR-001"
    QString key;              ///< FlowText::openingKey, stable across versions of a design
    RequestAction action = RequestAction::Add;
    QString change;           ///< for Modify: what changed, in words
    RequestSide source;
    RequestSide destination;
    Protocol protocol = Protocol::Tcp;
    PortRange range;          ///< empty for ICMP
    QString port;             ///< "443", "49152-65535", "echo-request"
    QStringList services;     ///< service names in words
    QString serviceGroup;     ///< name of the service group of the rule it belongs to
    QString rule;             ///< id of the consolidated firewall rule, e.g. "FW-01"
    bool bothWays = false;    ///< served by a connection either side may start (<-->)
    QString pairLine;         ///< the line for the opposite direction, if the request has one
    QStringList refs;         ///< seed anchors
    bool runtime = false;
    bool install = false;
    RequestRisk risk;
    std::vector<RequestFlow> flows;
    QStringList warnings;
    /// Rule 8: what an SSL-bridging proxy in front of the internet-facing
    /// MPs, DPs and FSPs of this line must pass (FlowText::bridging).
    QStringList bridging;

    QString phaseText() const;     ///< "runtime", "install" or "runtime, install"
    QString directionText() const; ///< "one way (-->)" or "both ways (<-->)"
    QString portLabel() const;     ///< "TCP/443"
    /// The flows it serves, in words: one line per kind of flow with the host
    /// pairs it joins.
    QString justification() const;
};

/// A named set of hosts (firewall "object group"). Names are derived from the
/// content, so the same hosts with the same addresses get the same name in
/// every export and every delta.
struct ObjectGroup
{
    QString name;
    QString zoneId;
    QStringList hosts;        ///< host names
    QStringList addresses;
};

/// A named set of protocol/port pairs (firewall "service group").
struct ServiceGroup
{
    QString name;
    QStringList members;      ///< "TCP/445", "UDP/135", "ICMP/echo-request"
};

/// Lines with the same action, source host set and destination host set,
/// merged into one rule over a service group: what a firewall team enters.
struct FirewallRule
{
    QString id;               ///< "FW-01"
    RequestAction action = RequestAction::Add;
    QString fromZone, toZone; ///< zone ids
    QString sourceGroup;
    QString destinationGroup;
    QString serviceGroup;
    QStringList lines;        ///< request line ids
};

/// A firewall change request: lines, grouped into rules over named object and
/// service groups, with the design's request metadata.
struct ChangeRequest
{
    QString designName;
    ChangeRequestInfo info;
    bool delta = false;       ///< lines are the difference between two designs
    std::vector<RequestLine> lines;
    std::vector<ObjectGroup> objectGroups;
    std::vector<ServiceGroup> serviceGroups;
    std::vector<FirewallRule> rules;
    std::vector<RequestFlow> otherFlows; ///< flows outside the request (allFlows)
    QStringList warnings;     ///< request-wide, e.g. hosts without an address

    const ObjectGroup *objectGroup(const QString &name) const;
    const ServiceGroup *serviceGroup(const QString &name) const;
    int count(RequestAction action) const;
};

struct ChangeRequestOptions
{
    RiskProvider risk;        ///< optional
    bool allFlows = false;    ///< also list the flows that cross no boundary
};

/// Builds change requests from the engine's openings; never recomputes flows.
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
