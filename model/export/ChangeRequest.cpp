#include "model/export/ChangeRequest.h"

#include "model/catalog/Catalog.h"
#include "model/engine/FlowText.h"
#include "model/export/ExportText.h"
#include "model/export/OpeningDelta.h"
#include "model/review/RiskRules.h"

#include <QHash>
#include <QSet>

#include <algorithm>
#include <map>
#include <tuple>

namespace pp {

namespace {

/// Host pairs listed per kind of flow in a justification; the flows sheet
/// has them all.
constexpr int justificationPairs = 4;

/// 0.0.0.0/0 and ::/0: a zone that stands for "anywhere" (the internet, a
/// cloud) needs no address per host, so saying so would be noise.
bool anywhere(const QStringList &subnets)
{
    return std::all_of(subnets.begin(), subnets.end(),
                       [](const QString &s) { return s.endsWith(QLatin1String("/0")); });
}

RequestSide makeSide(const Design &design, int zone, const std::vector<int> &hosts, QStringList &warnings)
{
    RequestSide side;
    if (zone >= 0) {
        const Zone &z = design.zones[size_t(zone)];
        side.zoneId = z.id;
        side.zoneName = z.name.isEmpty() ? z.id : z.name;
        side.zoneKind = z.kind;
    }
    for (int index : hosts) {
        const Host &h = design.hosts[size_t(index)];
        RequestHost rh;
        rh.id = h.id;
        rh.name = h.name.isEmpty() ? h.id : h.name;
        rh.addresses = ruleAddresses(design, h, &rh.zoneSubnets);
        rh.count = h.machineCount();
        rh.roles = h.roles;
        if (rh.addresses.isEmpty())
            warnings << QStringLiteral("%1 has no address and zone %2 no subnet: the rule cannot be scoped until "
                                       "one is filled in")
                            .arg(rh.name, side.zoneName);
        else if (rh.zoneSubnets && !anywhere(rh.addresses))
            warnings << QStringLiteral("%1 has no address: the subnets of zone %2 (%3) stand in")
                            .arg(rh.name, side.zoneName, rh.addresses.join(QStringLiteral(", ")));
        side.hosts.push_back(std::move(rh));
    }
    return side;
}

RequestFlow makeFlow(const Flow &f, const FlowText &text)
{
    RequestFlow rf;
    rf.from = text.fromId(f);
    rf.to = text.toId(f);
    rf.fromName = text.hostName(f.from);
    rf.toName = text.hostName(f.to);
    rf.fromZone = text.fromZoneId(f);
    rf.toZone = text.toZoneId(f);
    rf.protocol = protocolName(f.protocol);
    rf.port = text.port(f);
    rf.ref = text.ref(f);
    rf.phase = phaseName(f.phase);
    rf.description = text.description(f);
    rf.fallback = text.fallbackPath(f);
    rf.crossing = f.crossing();
    return rf;
}

RequestLine makeLine(const Design &design, const Catalog &catalog, const Analysis &analysis, const Opening &o,
                     const ChangeRequestOptions &options)
{
    const FlowText text(design, catalog);
    RequestLine line;
    line.key = text.openingKey(o);
    line.protocol = o.protocol;
    line.range = o.range;
    line.port = o.portText;
    line.refs = o.refs;
    line.runtime = o.runtime;
    line.install = o.install;
    for (const QString &service : o.services)
        line.services << catalog.serviceName(service);
    line.source = makeSide(design, o.fromZone, o.fromHosts, line.warnings);
    line.destination = makeSide(design, o.toZone, o.toHosts, line.warnings);
    for (int index : o.flows) {
        const Flow &f = analysis.flows[size_t(index)];
        line.flows.push_back(makeFlow(f, text));
        if (f.connection >= 0 && catalog.connections()[size_t(f.connection)].direction == Direction::BothWays)
            line.bothWays = true;
    }
    line.bridging = text.bridging(o, analysis.flows);
    if (options.risk)
        line.risk = options.risk(design, o);
    return line;
}

QString reverseKey(const RequestLine &line)
{
    return QStringLiteral("%1>%2/%3/%4")
        .arg(line.destination.zoneId, line.source.zoneId, protocolName(line.protocol), line.port);
}

/// Readable and content-addressed: zone, the host (or how many), and a hash
/// of the members and their addresses. Safe as an nftables set name.
QString objectGroupName(const RequestSide &side)
{
    QStringList parts;
    for (const RequestHost &h : side.hosts)
        parts << h.id + QLatin1Char('=') + h.addresses.join(QLatin1Char(' '));
    parts.sort();
    const QString content = side.zoneId + QLatin1Char('|') + parts.join(QLatin1Char('|'));
    const QString who = side.hosts.size() == 1 ? exporttext::identifier(side.hosts.front().id, 16)
                                               : QStringLiteral("%1hosts").arg(side.hosts.size());
    return exporttext::identifier(side.zoneId, 12) + QLatin1Char('_') + who + QLatin1Char('_')
        + exporttext::shortHash(content);
}

QString serviceGroupName(const QStringList &members)
{
    if (members.size() == 1)
        return exporttext::identifier(members.front(), 28).toLower();
    return QStringLiteral("svc%1_").arg(members.size()) + exporttext::shortHash(members.join(QLatin1Char(',')));
}

using RuleKey = std::tuple<int, QString, QString>;

RuleKey ruleKey(const RequestLine &line)
{
    return {int(line.action), line.source.group, line.destination.group};
}

/// Ids, pairs, object and service groups and rules, once the lines are in
/// their final order.
void finish(ChangeRequest &request)
{
    const int width = qMax(3, int(QString::number(request.lines.size()).size()));
    QHash<QString, int> byKey;
    for (size_t i = 0; i < request.lines.size(); ++i) {
        RequestLine &line = request.lines[i];
        line.id = QStringLiteral("CR-%1").arg(int(i + 1), width, 10, QLatin1Char('0'));
        for (RequestFlow &f : line.flows)
            f.line = line.id;
        byKey.insert(requestActionName(line.action) + line.key, int(i));
    }

    // A <--> connection makes two openings, one per initiating side: mark
    // them as a pair so the firewall team sees they belong together.
    for (RequestLine &line : request.lines) {
        const int other = byKey.value(requestActionName(line.action) + reverseKey(line), -1);
        if (other >= 0 && (line.bothWays || request.lines[size_t(other)].bothWays))
            line.pairLine = request.lines[size_t(other)].id;
    }

    QSet<QString> groupNames;
    auto groupFor = [&](RequestSide &side) {
        side.group = objectGroupName(side);
        if (groupNames.contains(side.group))
            return;
        groupNames.insert(side.group);
        request.objectGroups.push_back({side.group, side.zoneId, side.hostNames(), side.addresses()});
    };

    // Lines with the same action and the same two host sets become one rule.
    std::map<RuleKey, size_t> ruleIndex;
    std::vector<QStringList> ruleMembers;
    for (RequestLine &line : request.lines) {
        groupFor(line.source);
        groupFor(line.destination);
        auto it = ruleIndex.find(ruleKey(line));
        if (it == ruleIndex.end()) {
            FirewallRule rule;
            rule.id = QStringLiteral("FW-%1").arg(int(request.rules.size() + 1), 2, 10, QLatin1Char('0'));
            rule.action = line.action;
            rule.fromZone = line.source.zoneId;
            rule.toZone = line.destination.zoneId;
            rule.sourceGroup = line.source.group;
            rule.destinationGroup = line.destination.group;
            it = ruleIndex.emplace(ruleKey(line), request.rules.size()).first;
            request.rules.push_back(rule);
            ruleMembers.emplace_back();
        }
        FirewallRule &rule = request.rules[it->second];
        rule.lines << line.id;
        line.rule = rule.id;
        if (!ruleMembers[it->second].contains(line.portLabel()))
            ruleMembers[it->second] << line.portLabel();
    }

    QSet<QString> serviceNames;
    for (size_t i = 0; i < request.rules.size(); ++i) {
        FirewallRule &rule = request.rules[i];
        rule.serviceGroup = serviceGroupName(ruleMembers[i]);
        if (!serviceNames.contains(rule.serviceGroup)) {
            serviceNames.insert(rule.serviceGroup);
            request.serviceGroups.push_back({rule.serviceGroup, ruleMembers[i]});
        }
    }
    for (RequestLine &line : request.lines) {
        line.serviceGroup = request.rules[ruleIndex.at(ruleKey(line))].serviceGroup;
        for (const QString &w : line.warnings)
            if (!request.warnings.contains(w))
                request.warnings << w;
    }
}

ChangeRequest emptyRequest(const Design &design)
{
    ChangeRequest request;
    request.designName = design.name;
    request.info = design.changeRequest;
    return request;
}

} // namespace

QStringList ruleAddresses(const Design &design, const Host &host, bool *zoneSubnets)
{
    if (zoneSubnets)
        *zoneSubnets = false;
    if (!host.addresses.isEmpty())
        return host.addresses;
    const Zone *zone = design.zone(host.zone);
    if (!zone || zone->subnets.isEmpty())
        return {};
    if (zoneSubnets)
        *zoneSubnets = true;
    return zone->subnets;
}

RiskProvider riskRulesProvider(const RiskRules &rules)
{
    return [&rules](const Design &design, const Opening &opening) {
        const RiskAssessment a = rules.assess(design, opening);
        return RequestRisk{riskLevelName(a.level), a.reasons};
    };
}

QString requestActionName(RequestAction action)
{
    switch (action) {
    case RequestAction::Add: return QStringLiteral("add");
    case RequestAction::Modify: return QStringLiteral("modify");
    case RequestAction::Remove: return QStringLiteral("remove");
    }
    return {};
}

QStringList RequestSide::hostNames() const
{
    QStringList names;
    for (const RequestHost &h : hosts)
        names << h.name;
    return names;
}

QStringList RequestSide::addresses() const
{
    QStringList all;
    for (const RequestHost &h : hosts)
        for (const QString &a : h.addresses)
            if (!all.contains(a))
                all << a;
    return all;
}

const RequestHost *RequestSide::host(const QString &id) const
{
    for (const RequestHost &h : hosts)
        if (h.id == id)
            return &h;
    return nullptr;
}

QString RequestLine::phaseText() const
{
    if (runtime && install)
        return QStringLiteral("runtime, install");
    return install ? QStringLiteral("install") : QStringLiteral("runtime");
}

QString RequestLine::directionText() const
{
    // Words first: a cell starting with "-" would read as a formula.
    return bothWays ? QStringLiteral("both ways (<-->)") : QStringLiteral("one way (-->)");
}

QString RequestLine::portLabel() const
{
    return protocolName(protocol) + QLatin1Char('/') + port;
}

QString RequestLine::justification() const
{
    // Flows of one kind (same words, same anchor) share a line; the pairs of
    // hosts they join follow it.
    QStringList kinds;
    QHash<QString, QStringList> pairs;
    for (const RequestFlow &f : flows) {
        const QString kind = QStringLiteral("%1 [%2]").arg(f.description, f.ref);
        if (!pairs.contains(kind))
            kinds << kind;
        const QString pair = f.fromName + QStringLiteral(" -> ") + f.toName;
        if (!pairs[kind].contains(pair))
            pairs[kind] << pair;
    }
    QStringList out;
    for (const QString &kind : kinds) {
        const QStringList &p = pairs[kind];
        QString who = p.mid(0, justificationPairs).join(QStringLiteral(", "));
        if (p.size() > justificationPairs)
            who += QStringLiteral(" and %1 more").arg(p.size() - justificationPairs);
        out << kind + QStringLiteral(": ") + who;
    }
    return out.join(QLatin1Char('\n'));
}

const ObjectGroup *ChangeRequest::objectGroup(const QString &name) const
{
    for (const ObjectGroup &g : objectGroups)
        if (g.name == name)
            return &g;
    return nullptr;
}

const ServiceGroup *ChangeRequest::serviceGroup(const QString &name) const
{
    for (const ServiceGroup &g : serviceGroups)
        if (g.name == name)
            return &g;
    return nullptr;
}

int ChangeRequest::count(RequestAction action) const
{
    return int(std::count_if(lines.begin(), lines.end(), [action](const RequestLine &l) { return l.action == action; }));
}

ChangeRequest ChangeRequestBuilder::build(const Design &design, const Catalog &catalog, const Analysis &analysis,
                                          const ChangeRequestOptions &options)
{
    ChangeRequest request = emptyRequest(design);
    for (const Opening &o : analysis.openings)
        request.lines.push_back(makeLine(design, catalog, analysis, o, options));
    if (options.allFlows) {
        const FlowText text(design, catalog);
        for (const Flow &f : analysis.flows)
            if (!f.crossing())
                request.otherFlows.push_back(makeFlow(f, text));
    }
    finish(request);
    return request;
}

ChangeRequest ChangeRequestBuilder::build(const OpeningDelta &delta, const Design &oldDesign,
                                          const Analysis &oldAnalysis, const Design &newDesign,
                                          const Analysis &newAnalysis, const Catalog &catalog,
                                          const ChangeRequestOptions &options)
{
    return build(delta, oldDesign, oldAnalysis, catalog, newDesign, newAnalysis, catalog, options);
}

ChangeRequest ChangeRequestBuilder::build(const OpeningDelta &delta, const Design &oldDesign,
                                          const Analysis &oldAnalysis, const Catalog &oldCatalog,
                                          const Design &newDesign, const Analysis &newAnalysis,
                                          const Catalog &newCatalog, const ChangeRequestOptions &options)
{
    ChangeRequest request = emptyRequest(newDesign);
    request.delta = true;
    // Zone pairs in the new design's order, zones only the old one has after them.
    auto zoneOrder = [&](const QString &id) {
        const int index = newDesign.zoneIndex(id);
        return index >= 0 ? index : int(newDesign.zones.size()) + oldDesign.zoneIndex(id);
    };
    struct Sorted
    {
        std::tuple<int, int, int, int, int, QString> order;
        RequestLine line;
    };
    std::vector<Sorted> sorted;
    for (const OpeningChange &c : delta.changes) {
        RequestLine line = c.kind == DeltaKind::Removed
            ? makeLine(oldDesign, oldCatalog, oldAnalysis, oldAnalysis.openings[size_t(c.before)], options)
            : makeLine(newDesign, newCatalog, newAnalysis, newAnalysis.openings[size_t(c.after)], options);
        line.action = c.kind == DeltaKind::Added ? RequestAction::Add
            : c.kind == DeltaKind::Removed       ? RequestAction::Remove
                                                 : RequestAction::Modify;
        line.change = c.summary();
        auto order = std::make_tuple(zoneOrder(line.source.zoneId), zoneOrder(line.destination.zoneId),
                                     int(line.protocol), int(line.range.first), int(line.range.last), line.port);
        sorted.push_back({order, std::move(line)});
    }
    std::stable_sort(sorted.begin(), sorted.end(), [](const Sorted &a, const Sorted &b) { return a.order < b.order; });
    for (Sorted &s : sorted)
        request.lines.push_back(std::move(s.line));
    finish(request);
    return request;
}

} // namespace pp
