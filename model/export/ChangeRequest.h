#pragma once

#include <QString>
#include <QStringList>

#include "model/design/Design.h"
#include "model/engine/Analysis.h"
#include "model/engine/FlowKinds.h"

#include <functional>
#include <vector>

namespace pp {

class RiskRules;

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

/// A host as the request shows it, resolved once per request: every line and
/// group refers to it by its index in ChangeRequest::hosts.
struct RequestHost
{
    QString id;
    QString name;
    QString zoneId;
    QString site;             ///< site code, empty for global roles
    QStringList addresses;    ///< the host's own, or its zone's subnets
    bool zoneSubnets = false; ///< the host has no address: its zone's subnets stand in
    int count = 1;            ///< machines the host stands for
    QStringList roles;        ///< role ids
    QString warning;          ///< why its rules are wider than the host (or cannot be scoped); empty if fine
};

/// A named set of hosts (firewall "object group"): the hosts on one side of
/// one or more lines, in one zone. Built once per distinct set of hosts; its
/// texts are made once, so writers only copy them.
struct ObjectGroup
{
    QString name;             ///< e.g. "LAN_Clients" (GroupNaming)
    QString zoneId;
    QString zoneName;
    std::vector<int> hosts;   ///< indices into ChangeRequest::hosts, in design order
    QStringList hostNames;
    QStringList addresses;    ///< every host's addresses, unique, in order
    QString hostsText;        ///< hostNames joined with ", "
    QString addressesText;    ///< addresses joined with ", "
    QStringList warnings;     ///< its hosts' warnings
    QString warningsText;     ///< warnings joined with line breaks
};

/// A named set of protocol/port pairs (firewall "service group").
struct ServiceGroup
{
    QString name;             ///< e.g. "SVC_HTTP_HTTPS" (GroupNaming)
    QStringList members;      ///< "TCP/445", "UDP/135", "ICMP/echo-request"
    QStringList services;     ///< the catalog's service ids behind the members
};

/// One flow a request line serves: two hosts and a kind, all by index.
struct RequestFlow
{
    int from = -1;            ///< index into ChangeRequest::hosts
    int to = -1;
    int kind = -1;            ///< index into ChangeRequest::flowKinds
};

/// One side of a request line: a zone and the object group of its hosts.
struct RequestSide
{
    QString zoneId;
    QString zoneName;
    /// Rule 10: the zone as the line's firewall device names it (the
    /// interface's name, else the zone id); empty without a device.
    QString interfaceName;
    ZoneKind zoneKind = ZoneKind::Internal;
    int group = -1;           ///< index into ChangeRequest::objectGroups

    /// What the line's device calls this side: the interface's name, with
    /// the design's zone name beside it when they differ; the zone's name
    /// without a device.
    QString label() const;
    /// The name rules on the device use: the interface's, else the zone id.
    QString ruleZone() const { return interfaceName.isEmpty() ? zoneId : interfaceName; }
};

/// One line of a firewall change request: one opening of the engine.
struct RequestLine
{
    QString id;               ///< "CR-001"
    QString key;              ///< FlowText::openingKey, stable across versions of a design
    int section = 0;          ///< index into ChangeRequest::sections
    RequestAction action = RequestAction::Add;
    QString change;           ///< for Modify: what changed, in words
    RequestSide source;
    RequestSide destination;
    Protocol protocol = Protocol::Tcp;
    PortRange range;          ///< empty for ICMP
    QString port;             ///< "443", "49152-65535", "echo-request"
    QStringList services;     ///< service names in words
    QStringList serviceIds;   ///< the catalog's service ids
    int serviceGroup = -1;    ///< index into ChangeRequest::serviceGroups
    int rule = -1;            ///< index into ChangeRequest::rules
    bool bothWays = false;    ///< served by a connection either side may start (<-->)
    QString pairLine;         ///< the line for the opposite direction, if the request has one
    QStringList refs;         ///< seed anchors
    bool runtime = false;
    bool install = false;
    RequestRisk risk;
    std::vector<RequestFlow> flows;
    /// The flows it serves, in words: one line per kind of flow with the
    /// first host pairs it joins ("and N more").
    QString justification;
    /// Rule 8: what an SSL-bridging proxy in front of the internet-facing
    /// MPs, DPs and FSPs of this line must pass (FlowText::bridging); a
    /// remark for the firewall team beside the justification, empty when
    /// there is none.
    QStringList bridging;

    QString phaseText() const;     ///< "runtime", "install" or "runtime, install"
    QString directionText() const; ///< "one way (-->)" or "both ways (<-->)"
    QString portLabel() const;     ///< "TCP/443"
};

/// Lines with the same action, source group and destination group on one
/// device, merged into one rule over a service group: what a firewall team
/// enters.
struct FirewallRule
{
    QString id;               ///< "FW-01"
    int section = 0;
    RequestAction action = RequestAction::Add;
    QString fromZone, toZone; ///< zone ids; on a device, its names for them (RequestSide::ruleZone)
    int sourceGroup = -1;     ///< indices into ChangeRequest::objectGroups
    int destinationGroup = -1;
    int serviceGroup = -1;    ///< index into ChangeRequest::serviceGroups
    QStringList lines;        ///< request line ids
};

/// Contiguous elements of one of the request's vectors.
template<typename T>
struct Slice
{
    const T *first = nullptr;
    const T *last = nullptr;
    const T *begin() const { return first; }
    const T *end() const { return last; }
    size_t size() const { return size_t(last - first); }
    bool empty() const { return first == last; }
};

/// The part of a request one firewall device carries out. A design without
/// firewalls has one section: the implicit firewall between every two zones
/// (rule 10). Its lines and rules are contiguous ranges of the request's.
struct RequestSection
{
    QString device;           ///< firewall id; empty for the implicit firewall
    QString name;             ///< what a person reads: the device's name, or "Zone boundaries"
    QString platform;         ///< rule 10 platform id; "generic" for the implicit firewall
    int firstLine = 0;
    int lineCount = 0;
    int firstRule = 0;
    int ruleCount = 0;
};

/// A firewall change request: lines per device section, grouped into rules
/// over named object and service groups, with the design's request metadata.
/// Hosts, groups and flow kinds are resolved once and shared by index; the
/// writers (one per format) only format and stream it.
struct ChangeRequest
{
    QString designName;
    ChangeRequestInfo info;
    bool delta = false;       ///< lines are the difference between two designs
    std::vector<RequestSection> sections;
    std::vector<RequestLine> lines;     ///< section by section
    std::vector<FirewallRule> rules;    ///< section by section
    std::vector<RequestHost> hosts;
    std::vector<ObjectGroup> objectGroups;
    std::vector<ServiceGroup> serviceGroups;
    std::vector<FlowKind> flowKinds;
    std::vector<RequestFlow> otherFlows; ///< flows outside the request (allFlows)
    QStringList warnings;     ///< request-wide, e.g. hosts without an address

    const ObjectGroup &group(const RequestSide &side) const { return objectGroups[size_t(side.group)]; }
    const RequestHost &host(int index) const { return hosts[size_t(index)]; }
    const FlowKind &kind(const RequestFlow &flow) const { return flowKinds[size_t(flow.kind)]; }
    const ServiceGroup &services(const RequestLine &line) const { return serviceGroups[size_t(line.serviceGroup)]; }
    Slice<RequestLine> linesOf(const RequestSection &section) const;
    Slice<FirewallRule> rulesOf(const RequestSection &section) const;
    /// The warnings of a line: its groups' (hosts without an address).
    QStringList lineWarnings(const RequestLine &line) const;
    /// The host of a side with this id, or null.
    const RequestHost *sideHost(const RequestSide &side, const QString &id) const;
    const ObjectGroup *objectGroup(const QString &name) const;
    const ServiceGroup *serviceGroup(const QString &name) const;
    int count(RequestAction action) const;
    /// Every flow the request lists: the lines' flows, then otherFlows.
    size_t flowCount() const;
};

struct ChangeRequestOptions
{
    RiskProvider risk;        ///< optional
    bool allFlows = false;    ///< also list the flows that cross no boundary
    /// Rule 10: only this firewall device's lines (its id); empty = every
    /// device's, each in its own section.
    QString firewall;
};

} // namespace pp
