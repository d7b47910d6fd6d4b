#include "model/export/RequestTable.h"

#include "model/catalog/Catalog.h"

namespace pp::requesttable {

namespace {

QString list(const QStringList &items)
{
    return items.join(QStringLiteral(", "));
}

QString yesNo(bool b)
{
    return b ? QStringLiteral("yes") : QStringLiteral("no");
}

} // namespace

QStringList lineHeaders()
{
    return {QStringLiteral("line"), QStringLiteral("action"), QStringLiteral("firewall"), QStringLiteral("change"),
            QStringLiteral("opening"), QStringLiteral("source zone"), QStringLiteral("source hosts"),
            QStringLiteral("source addresses"), QStringLiteral("source group"), QStringLiteral("destination zone"),
            QStringLiteral("destination hosts"), QStringLiteral("destination addresses"),
            QStringLiteral("destination group"), QStringLiteral("protocol"), QStringLiteral("port"),
            QStringLiteral("services"), QStringLiteral("service group"), QStringLiteral("rule"),
            QStringLiteral("initiator"), QStringLiteral("direction"), QStringLiteral("pair"),
            QStringLiteral("justification"), QStringLiteral("ssl bridging"), QStringLiteral("refs"),
            QStringLiteral("phase"), QStringLiteral("risk"), QStringLiteral("risk reasons"),
            QStringLiteral("warnings"), QStringLiteral("ticket"), QStringLiteral("requester"),
            QStringLiteral("owner"), QStringLiteral("requested date"), QStringLiteral("review date"),
            QStringLiteral("window")};
}

QString warningsText(const ChangeRequest &request, const RequestLine &line)
{
    const QString &from = request.group(line.source).warningsText;
    const QString &to = request.group(line.destination).warningsText;
    if (from.isEmpty() || to.isEmpty())
        return from.isEmpty() ? to : from;
    return from + QLatin1Char('\n') + to;
}

QStringList lineRow(const ChangeRequest &request, const RequestLine &line)
{
    const ChangeRequestInfo &info = request.info;
    const ObjectGroup &from = request.group(line.source);
    const ObjectGroup &to = request.group(line.destination);
    return {line.id,
            requestActionName(line.action),
            request.sections[size_t(line.section)].device,
            line.change,
            line.key,
            line.source.label(),
            from.hostsText,
            from.addressesText,
            from.name,
            line.destination.label(),
            to.hostsText,
            to.addressesText,
            to.name,
            protocolName(line.protocol),
            line.port,
            list(line.services),
            request.services(line).name,
            request.rules[size_t(line.rule)].id,
            line.source.label(),
            line.directionText(),
            line.pairLine,
            line.justification,
            line.bridging.join(QLatin1Char('\n')),
            list(line.refs),
            line.phaseText(),
            line.risk.level,
            line.risk.reasons.join(QStringLiteral("; ")),
            warningsText(request, line),
            info.ticket,
            info.requester,
            info.owner,
            info.requestedDate,
            info.reviewDate,
            info.window};
}

QStringList ruleHeaders()
{
    return {QStringLiteral("rule"), QStringLiteral("action"), QStringLiteral("firewall"),
            QStringLiteral("source zone"), QStringLiteral("destination zone"), QStringLiteral("source group"),
            QStringLiteral("destination group"), QStringLiteral("service group"), QStringLiteral("services"),
            QStringLiteral("lines")};
}

QStringList ruleRow(const ChangeRequest &request, const FirewallRule &rule)
{
    const ServiceGroup &services = request.serviceGroups[size_t(rule.serviceGroup)];
    return {rule.id,
            requestActionName(rule.action),
            request.sections[size_t(rule.section)].device,
            rule.fromZone,
            rule.toZone,
            request.objectGroups[size_t(rule.sourceGroup)].name,
            request.objectGroups[size_t(rule.destinationGroup)].name,
            services.name,
            list(services.members),
            list(rule.lines)};
}

QStringList groupHeaders()
{
    return {QStringLiteral("group"), QStringLiteral("kind"), QStringLiteral("zone"), QStringLiteral("members"),
            QStringLiteral("addresses or ports")};
}

QStringList objectGroupRow(const ObjectGroup &g)
{
    return {g.name, QStringLiteral("hosts"), g.zoneId, g.hostsText, g.addressesText};
}

QStringList serviceGroupRow(const ServiceGroup &g)
{
    return {g.name, QStringLiteral("services"), QString(), list(g.services), list(g.members)};
}

QStringList flowHeaders()
{
    return {QStringLiteral("line"), QStringLiteral("from"), QStringLiteral("from zone"), QStringLiteral("to"),
            QStringLiteral("to zone"), QStringLiteral("protocol"), QStringLiteral("port"), QStringLiteral("ref"),
            QStringLiteral("phase"), QStringLiteral("crossing"), QStringLiteral("description"),
            QStringLiteral("fallback")};
}

QStringList flowRow(const ChangeRequest &request, const QString &line, const RequestFlow &f)
{
    const RequestHost &from = request.host(f.from);
    const RequestHost &to = request.host(f.to);
    const FlowKind &k = request.kind(f);
    return {line, from.name, from.zoneId, to.name, to.zoneId, k.protocol, k.port, k.ref, k.phase,
            yesNo(k.crossing()), k.description, k.fallback};
}

QStringList hostHeaders()
{
    return {QStringLiteral("host"), QStringLiteral("name"), QStringLiteral("zone"), QStringLiteral("site"),
            QStringLiteral("roles"), QStringLiteral("addresses"), QStringLiteral("machines")};
}

QStringList hostRow(const Host &h, const Catalog &catalog)
{
    QStringList roles;
    for (const QString &r : h.roles) {
        const Role *role = catalog.role(r);
        roles << (role ? role->name : r);
    }
    return {h.id, h.name, h.zone, h.site, list(roles), list(h.addresses), QString::number(h.machineCount())};
}

QStringList zoneHeaders()
{
    return {QStringLiteral("zone"), QStringLiteral("name"), QStringLiteral("kind"), QStringLiteral("subnets"),
            QStringLiteral("hosts")};
}

QStringList zoneRow(const Zone &z, int hosts)
{
    return {z.id, z.name, zoneKindName(z.kind), list(z.subnets), QString::number(hosts)};
}

std::vector<std::pair<QString, QString>> metadata(const ChangeRequest &request)
{
    const ChangeRequestInfo &info = request.info;
    return {{QStringLiteral("Design"), request.designName},
            {QStringLiteral("Ticket"), info.ticket},
            {QStringLiteral("Requester"), info.requester},
            {QStringLiteral("Owner"), info.owner},
            {QStringLiteral("Requested date"), info.requestedDate},
            {QStringLiteral("Review date"), info.reviewDate},
            {QStringLiteral("Implementation window"), info.window}};
}

QString metadataLine(const ChangeRequest &request)
{
    QStringList parts;
    for (const auto &[name, value] : metadata(request))
        if (!value.isEmpty() && name != QLatin1String("Design"))
            parts << name + QStringLiteral(": ") + value;
    return parts.isEmpty() ? QStringLiteral("no request metadata in the design") : parts.join(QStringLiteral("; "));
}

} // namespace pp::requesttable
