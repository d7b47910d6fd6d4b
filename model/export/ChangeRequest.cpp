#include "model/export/ChangeRequest.h"

#include "model/review/RiskRules.h"

#include <algorithm>

namespace pp {

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

QString RequestSide::label() const
{
    if (interfaceName.isEmpty() || interfaceName == zoneName)
        return zoneName;
    return QStringLiteral("%1 (%2)").arg(interfaceName, zoneName);
}

Slice<RequestLine> ChangeRequest::linesOf(const RequestSection &section) const
{
    const RequestLine *first = lines.data() + section.firstLine;
    return {first, first + section.lineCount};
}

Slice<FirewallRule> ChangeRequest::rulesOf(const RequestSection &section) const
{
    const FirewallRule *first = rules.data() + section.firstRule;
    return {first, first + section.ruleCount};
}

QStringList ChangeRequest::lineWarnings(const RequestLine &line) const
{
    return group(line.source).warnings + group(line.destination).warnings;
}

const RequestHost *ChangeRequest::sideHost(const RequestSide &side, const QString &id) const
{
    for (int h : group(side).hosts)
        if (hosts[size_t(h)].id == id)
            return &hosts[size_t(h)];
    return nullptr;
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

size_t ChangeRequest::flowCount() const
{
    size_t n = otherFlows.size();
    for (const RequestLine &line : lines)
        n += line.flows.size();
    return n;
}

} // namespace pp
