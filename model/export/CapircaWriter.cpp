#include "model/export/CapircaWriter.h"

#include "model/export/ChangeRequest.h"
#include "model/export/ExportText.h"
#include "model/export/PlatformNames.h"
#include "model/export/TextSink.h"
#include "model/export/VendorObjects.h"

#include <QSet>

namespace pp {

namespace {

/// A token as Capirca reads it: the request's group names are identifiers
/// already (GroupNaming); this keeps a user's rename one too.
QString token(const QString &name)
{
    return exporttext::identifier(name, 63);
}

bool hasProtocol(const ServiceGroup &group, Protocol protocol)
{
    const auto ports = VendorObjects::parsePorts(group.members);
    return std::any_of(ports.begin(), ports.end(), [protocol](const ServicePort &p) { return p.protocol == protocol; });
}

/// iptables term chains are "P_<term>" and must stay under 29 characters
/// (tested here), so filters and terms are short.
QString filterName(const QString &from, const QString &to, QSet<QString> &taken)
{
    const QString base = exporttext::identifier(QStringLiteral("pp_") + from + QLatin1Char('_') + to, 24);
    QString name = base;
    for (int n = 2; taken.contains(name); ++n)
        name = base.left(21) + QString::number(n);
    taken.insert(name);
    return name;
}

} // namespace

CapircaWriter::CapircaWriter()
    : VendorWriter(FirewallPlatform::Capirca)
{
}

QString CapircaWriter::serviceToken(const ServiceGroup &group, Protocol protocol)
{
    const bool mixed = hasProtocol(group, Protocol::Tcp) && hasProtocol(group, Protocol::Udp);
    return mixed ? token(group.name) + QLatin1Char('_') + protocolName(protocol) : token(group.name);
}

QString CapircaWriter::termName(const FirewallRule &rule, Protocol protocol)
{
    return exporttext::identifier(rule.id, 16).toLower().replace(QLatin1Char('_'), QLatin1Char('-')) + QLatin1Char('-')
        + protocolName(protocol).toLower();
}

bool CapircaWriter::writeDefinitions(const ExportInput &input, QIODevice &networks, QIODevice &services, QString *error)
{
    const ChangeRequest &request = input.request;
    PlatformNames names(FirewallPlatform::Capirca);
    TextSink net(networks);
    QSet<int> groups;
    for (const FirewallRule &rule : request.rules)
        groups << rule.sourceGroup << rule.destinationGroup;
    for (size_t g = 0; g < request.objectGroups.size(); ++g) {
        const ObjectGroup &group = request.objectGroups[g];
        if (!groups.contains(int(g)) || group.addresses.isEmpty())
            continue;
        net << token(group.name) << " =";
        QStringList done;
        for (int h : group.hosts)
            for (const QString &address : request.host(h).addresses) {
                const QString c = VendorObjects::cidr(address);
                if (done.contains(c))
                    continue;
                net << (done.isEmpty() ? " " : "    ") << c << "  # " << names.comment(request.host(h).name, 200) << '\n';
                done << c;
            }
        net << '\n';
    }
    TextSink svc(services);
    for (const ServiceGroup &group : request.serviceGroups) {
        const auto ports = VendorObjects::parsePorts(group.members);
        for (const Protocol protocol : {Protocol::Tcp, Protocol::Udp}) {
            if (!hasProtocol(group, protocol))
                continue;
            svc << serviceToken(group, protocol) << " =";
            for (const ServicePort &p : ports)
                if (p.protocol == protocol)
                    svc << ' ' << p.text << '/' << p.lowerProtocol();
            svc << '\n';
        }
    }
    bool ok = true;
    for (TextSink *sink : {&net, &svc})
        if (!sink->flush()) {
            ok = false;
            if (error)
                *error = QStringLiteral("cannot write: %1").arg(sink->errorString());
        }
    return ok;
}

void CapircaWriter::writeSection(TextSink &out, const ExportInput &input, const RequestSection &section,
                                 const VendorObjects &objects, PlatformNames &names) const
{
    sectionComment(out, input, section, objects.warnings());
    const ChangeRequest &request = input.request;
    // One header per zone pair, in the order the rules first use it.
    QStringList pairs;
    for (const VendorRule &r : objects.rules())
        if (!pairs.contains(r.fromZone + QLatin1Char(' ') + r.toZone))
            pairs << r.fromZone + QLatin1Char(' ') + r.toZone;
    QSet<QString> filters;
    for (const QString &pair : pairs) {
        const QString from = pair.section(QLatin1Char(' '), 0, 0);
        const QString to = pair.section(QLatin1Char(' '), 1, 1);
        const QString filter = filterName(from, to, filters);
        out << "\nheader {\n  comment:: \""
            << names.comment(QStringLiteral("PortPlanner: %1 %2 to %3").arg(section.name, from, to), 200) << "\"\n"
            << "  target:: paloalto from-zone " << from << " to-zone " << to << '\n'
            << "  target:: srx from-zone " << from << " to-zone " << to << '\n'
            << "  target:: ciscoasa " << filter << '\n'
            << "  target:: iptables " << filter << " ACCEPT\n}\n";
        for (const VendorRule &r : objects.rules()) {
            if (r.fromZone != from || r.toZone != to)
                continue;
            const ServiceGroup &services = request.serviceGroups[size_t(r.rule->serviceGroup)];
            const QString source = token(request.objectGroups[size_t(r.rule->sourceGroup)].name);
            const QString destination = token(request.objectGroups[size_t(r.rule->destinationGroup)].name);
            for (const Protocol protocol : {Protocol::Tcp, Protocol::Udp, Protocol::Icmp}) {
                if (!hasProtocol(services, protocol))
                    continue;
                const QString term = termName(*r.rule, protocol);
                out << "\nterm " << term << " {\n  comment:: \"" << r.description << "\"\n"
                    << "  source-address:: " << source << "\n  destination-address:: " << destination << '\n'
                    << "  protocol:: " << protocolName(protocol).toLower() << '\n';
                if (protocol == Protocol::Icmp)
                    out << "  icmp-type:: echo-request\n";
                else
                    out << "  destination-port:: " << serviceToken(services, protocol) << '\n';
                out << "  action:: accept\n}\n";
            }
        }
    }
}

} // namespace pp
