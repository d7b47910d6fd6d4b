#include "model/export/RequestTable.h"

#include "model/catalog/Catalog.h"
#include "model/design/DisplayText.h"
#include "model/export/ValueText.h"

#include <QCoreApplication>

namespace pp::requesttable {

namespace {

QString list(const QStringList &items)
{
    return items.join(QStringLiteral(", "));
}

/// Headers and field names are read by people: in the chosen language
/// (the CLI's --lang, the designer's language), as the engine's messages.
/// (Named for this file alone: the unity build puts files together.)
struct Header
{
    Q_DECLARE_TR_FUNCTIONS(pp::RequestTable)
};

} // namespace

QStringList lineHeaders()
{
    return {Header::tr("line"),
            Header::tr("action"),
            Header::tr("firewall"),
            Header::tr("change"),
            Header::tr("opening"),
            Header::tr("source zone"),
            Header::tr("source hosts"),
            Header::tr("source addresses"),
            Header::tr("source group"),
            Header::tr("destination zone"),
            Header::tr("destination hosts"),
            Header::tr("destination addresses"),
            Header::tr("destination group"),
            Header::tr("protocol"),
            Header::tr("port"),
            Header::tr("services"),
            Header::tr("service group"),
            Header::tr("rule"),
            Header::tr("initiator"),
            Header::tr("direction"),
            Header::tr("pair"),
            Header::tr("justification"),
            Header::tr("ssl bridging"),
            Header::tr("refs"),
            Header::tr("phase"),
            Header::tr("risk"),
            Header::tr("risk reasons"),
            Header::tr("warnings"),
            Header::tr("ticket"),
            Header::tr("requester"),
            Header::tr("owner"),
            Header::tr("requested date"),
            Header::tr("review date"),
            Header::tr("window")};
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
            ValueText::action(line.action),
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
            ValueText::direction(line),
            line.pairLine,
            line.justification,
            line.bridging.join(QLatin1Char('\n')),
            list(line.refs),
            ValueText::phase(line),
            ValueText::risk(line.risk.level),
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
    return {Header::tr("rule"),
            Header::tr("action"),
            Header::tr("firewall"),
            Header::tr("source zone"),
            Header::tr("destination zone"),
            Header::tr("source group"),
            Header::tr("destination group"),
            Header::tr("service group"),
            Header::tr("services"),
            Header::tr("lines")};
}

QStringList ruleRow(const ChangeRequest &request, const FirewallRule &rule)
{
    const ServiceGroup &services = request.serviceGroups[size_t(rule.serviceGroup)];
    return {rule.id,
            ValueText::action(rule.action),
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
    return {Header::tr("group"), Header::tr("kind"), Header::tr("zone"), Header::tr("members"),
            Header::tr("addresses or ports")};
}

QStringList objectGroupRow(const ObjectGroup &g)
{
    return {g.name, ValueText::hostsKind(), g.zoneId, g.hostsText, g.addressesText};
}

QStringList serviceGroupRow(const ServiceGroup &g)
{
    return {g.name, ValueText::servicesKind(), QString(), list(g.services), list(g.members)};
}

QStringList flowHeaders()
{
    return {Header::tr("line"),    Header::tr("from"),     Header::tr("from zone"),   Header::tr("to"),
            Header::tr("to zone"), Header::tr("protocol"), Header::tr("port"),        Header::tr("ref"),
            Header::tr("phase"),   Header::tr("crossing"), Header::tr("description"), Header::tr("fallback")};
}

QStringList flowRow(const ChangeRequest &request, const QString &line, const RequestFlow &f)
{
    const RequestHost &from = request.host(f.from);
    const RequestHost &to = request.host(f.to);
    const FlowKind &k = request.kind(f);
    return {line,  from.name, from.zoneId,         to.name,       to.zoneId, k.protocol, k.port,
            k.ref, ValueText::phase(k.phase), ValueText::yesNo(k.crossing()), k.description, k.fallback};
}

QStringList hostHeaders()
{
    return {Header::tr("host"),  Header::tr("name"),      Header::tr("zone"),    Header::tr("site"),
            Header::tr("roles"), Header::tr("addresses"), Header::tr("machines")};
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
    return {Header::tr("zone"), Header::tr("name"), Header::tr("kind"), Header::tr("subnets"), Header::tr("hosts")};
}

QStringList zoneRow(const Zone &z, int hosts)
{
    return {z.id, z.name, zoneKindText(z.kind), list(z.subnets), QString::number(hosts)};
}

std::vector<std::pair<QString, QString>> metadata(const ChangeRequest &request)
{
    const ChangeRequestInfo &info = request.info;
    return {{Header::tr("Design"), request.designName},         {Header::tr("Ticket"), info.ticket},
            {Header::tr("Requester"), info.requester},          {Header::tr("Owner"), info.owner},
            {Header::tr("Requested date"), info.requestedDate}, {Header::tr("Review date"), info.reviewDate},
            {Header::tr("Implementation window"), info.window}};
}

QString metadataLine(const ChangeRequest &request)
{
    const auto fields = metadata(request);
    QStringList parts;
    for (size_t i = 1; i < fields.size(); ++i) // the design's name is not request metadata
        if (!fields[i].second.isEmpty())
            parts << fields[i].first + QStringLiteral(": ") + fields[i].second;
    return parts.isEmpty() ? Header::tr("no request metadata in the design") : parts.join(QStringLiteral("; "));
}

} // namespace pp::requesttable
