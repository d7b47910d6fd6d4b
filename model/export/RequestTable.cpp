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
    return {QStringLiteral("line"), QStringLiteral("action"), QStringLiteral("change"), QStringLiteral("opening"),
            QStringLiteral("source zone"), QStringLiteral("source hosts"), QStringLiteral("source addresses"),
            QStringLiteral("source group"), QStringLiteral("destination zone"), QStringLiteral("destination hosts"),
            QStringLiteral("destination addresses"), QStringLiteral("destination group"), QStringLiteral("protocol"),
            QStringLiteral("port"), QStringLiteral("services"), QStringLiteral("service group"),
            QStringLiteral("rule"), QStringLiteral("initiator"), QStringLiteral("direction"), QStringLiteral("pair"),
            QStringLiteral("justification"), QStringLiteral("refs"), QStringLiteral("phase"), QStringLiteral("risk"),
            QStringLiteral("risk reasons"), QStringLiteral("warnings"), QStringLiteral("ssl bridging"),
            QStringLiteral("ticket"),
            QStringLiteral("requester"), QStringLiteral("owner"), QStringLiteral("requested date"),
            QStringLiteral("review date"), QStringLiteral("window")};
}

QStringList lineRow(const ChangeRequest &request, const RequestLine &line)
{
    const ChangeRequestInfo &info = request.info;
    return {line.id,
            requestActionName(line.action),
            line.change,
            line.key,
            line.source.zoneName,
            list(line.source.hostNames()),
            list(line.source.addresses()),
            line.source.group,
            line.destination.zoneName,
            list(line.destination.hostNames()),
            list(line.destination.addresses()),
            line.destination.group,
            protocolName(line.protocol),
            line.port,
            list(line.services),
            line.serviceGroup,
            line.rule,
            line.source.zoneName,
            line.directionText(),
            line.pairLine,
            line.justification(),
            list(line.refs),
            line.phaseText(),
            line.risk.level,
            line.risk.reasons.join(QStringLiteral("; ")),
            line.warnings.join(QLatin1Char('\n')),
            line.bridging.join(QLatin1Char('\n')),
            info.ticket,
            info.requester,
            info.owner,
            info.requestedDate,
            info.reviewDate,
            info.window};
}

QStringList ruleHeaders()
{
    return {QStringLiteral("rule"), QStringLiteral("action"), QStringLiteral("source zone"),
            QStringLiteral("destination zone"), QStringLiteral("source group"),
            QStringLiteral("destination group"), QStringLiteral("service group"), QStringLiteral("services"),
            QStringLiteral("lines")};
}

QStringList ruleRow(const ChangeRequest &request, const FirewallRule &rule)
{
    const ServiceGroup *services = request.serviceGroup(rule.serviceGroup);
    return {rule.id,
            requestActionName(rule.action),
            rule.fromZone,
            rule.toZone,
            rule.sourceGroup,
            rule.destinationGroup,
            rule.serviceGroup,
            services ? list(services->members) : QString(),
            list(rule.lines)};
}

QStringList groupHeaders()
{
    return {QStringLiteral("group"), QStringLiteral("kind"), QStringLiteral("zone"), QStringLiteral("members"),
            QStringLiteral("addresses or ports")};
}

std::vector<QStringList> groupRows(const ChangeRequest &request)
{
    std::vector<QStringList> rows;
    for (const ObjectGroup &g : request.objectGroups)
        rows.push_back({g.name, QStringLiteral("hosts"), g.zoneId, list(g.hosts), list(g.addresses)});
    for (const ServiceGroup &g : request.serviceGroups)
        rows.push_back({g.name, QStringLiteral("services"), QString(), QString(), list(g.members)});
    return rows;
}

QStringList flowHeaders()
{
    return {QStringLiteral("line"), QStringLiteral("from"), QStringLiteral("from zone"), QStringLiteral("to"),
            QStringLiteral("to zone"), QStringLiteral("protocol"), QStringLiteral("port"), QStringLiteral("ref"),
            QStringLiteral("phase"), QStringLiteral("crossing"), QStringLiteral("description"),
            QStringLiteral("fallback")};
}

std::vector<QStringList> flowRows(const ChangeRequest &request)
{
    std::vector<QStringList> rows;
    auto add = [&rows](const RequestFlow &f) {
        rows.push_back({f.line, f.fromName, f.fromZone, f.toName, f.toZone, f.protocol, f.port, f.ref, f.phase,
                        yesNo(f.crossing), f.description, f.fallback});
    };
    for (const RequestLine &line : request.lines)
        for (const RequestFlow &f : line.flows)
            add(f);
    for (const RequestFlow &f : request.otherFlows)
        add(f);
    return rows;
}

QStringList hostHeaders()
{
    return {QStringLiteral("host"), QStringLiteral("name"), QStringLiteral("zone"), QStringLiteral("site"),
            QStringLiteral("roles"), QStringLiteral("addresses"), QStringLiteral("machines")};
}

std::vector<QStringList> hostRows(const Design &design, const Catalog &catalog)
{
    std::vector<QStringList> rows;
    for (const Host &h : design.hosts) {
        QStringList roles;
        for (const QString &r : h.roles) {
            const Role *role = catalog.role(r);
            roles << (role ? role->name : r);
        }
        rows.push_back({h.id, h.name, h.zone, h.site, list(roles), list(h.addresses),
                        QString::number(h.machineCount())});
    }
    return rows;
}

QStringList zoneHeaders()
{
    return {QStringLiteral("zone"), QStringLiteral("name"), QStringLiteral("kind"), QStringLiteral("subnets"),
            QStringLiteral("hosts")};
}

std::vector<QStringList> zoneRows(const Design &design)
{
    std::vector<QStringList> rows;
    for (const Zone &z : design.zones) {
        const auto hosts = std::count_if(design.hosts.begin(), design.hosts.end(),
                                         [&z](const Host &h) { return h.zone == z.id; });
        rows.push_back({z.id, z.name, zoneKindName(z.kind), list(z.subnets), QString::number(hosts)});
    }
    return rows;
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
