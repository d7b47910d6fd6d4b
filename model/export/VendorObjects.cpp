#include "model/export/VendorObjects.h"

#include "model/export/ExportText.h"
#include "model/export/RequestWriter.h"

#include <QCoreApplication>
#include <QHostAddress>

namespace pp {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("VendorObjects", text);
}

/// "CM01" for "CM01.contoso.com": the first label is what people say.
QString shortName(const RequestHost &host)
{
    const QString first = host.name.section(QLatin1Char('.'), 0, 0);
    return first.isEmpty() ? host.id : first;
}

/// Object descriptions: FortiGate address comments hold 255 (FortiOS CLI
/// reference); ASA descriptions 200 (ASA command reference, "description").
int descriptionLength(FirewallPlatform platform)
{
    return platform == FirewallPlatform::CiscoAsa ? 200 : 255;
}

} // namespace

bool VendorObjects::Service::hasIcmp() const
{
    return std::any_of(ports.begin(), ports.end(), [](const ServicePort &p) { return p.isIcmp(); });
}

std::vector<ServicePort> VendorObjects::Service::of(Protocol protocol) const
{
    std::vector<ServicePort> out;
    for (const ServicePort &p : ports)
        if (p.protocol == protocol)
            out.push_back(p);
    return out;
}

QString VendorObjects::cidr(const QString &address)
{
    const QString a = address.trimmed();
    const bool v6 = a.contains(QLatin1Char(':'));
    const QString withPrefix = a.contains(QLatin1Char('/')) ? a : a + (v6 ? QStringLiteral("/128") : QStringLiteral("/32"));
    // Host bits cleared: an SRX address is a network prefix (1.2.3.4/24 is
    // refused), and the others read it the same way.
    const QPair<QHostAddress, int> subnet = QHostAddress::parseSubnet(withPrefix);
    if (subnet.first.isNull())
        return withPrefix;
    const int prefix = subnet.second;
    if (!v6) {
        const quint32 mask = prefix == 0 ? 0 : ~quint32(0) << (32 - prefix);
        return QHostAddress(subnet.first.toIPv4Address() & mask).toString() + QLatin1Char('/') + QString::number(prefix);
    }
    Q_IPV6ADDR bytes = subnet.first.toIPv6Address();
    for (int i = 0; i < 16; ++i) {
        const int bits = qBound(0, prefix - i * 8, 8);
        bytes[i] &= quint8(bits == 0 ? 0 : 0xff << (8 - bits));
    }
    return QHostAddress(bytes).toString() + QLatin1Char('/') + QString::number(prefix);
}

QString VendorObjects::netmask(int prefixLength)
{
    const quint32 mask = prefixLength <= 0 ? 0 : prefixLength >= 32 ? 0xffffffffu : ~((1u << (32 - prefixLength)) - 1);
    return QHostAddress(mask).toString();
}

std::vector<ServicePort> VendorObjects::parsePorts(const QStringList &members)
{
    std::vector<ServicePort> out;
    for (const QString &member : members) {
        const QString proto = member.section(QLatin1Char('/'), 0, 0);
        const QString port = member.section(QLatin1Char('/'), 1);
        const auto protocol = protocolFromName(proto);
        if (!protocol)
            continue;
        ServicePort p;
        p.protocol = *protocol;
        p.text = port;
        if (p.protocol != Protocol::Icmp) {
            const auto range = PortRange::parse(port);
            if (!range)
                continue;
            p.range = *range;
        }
        out.push_back(p);
    }
    return out;
}

VendorObjects::VendorObjects(const ExportInput &input, const RequestSection &section, PlatformNames &names)
    : m_input(input)
    , m_section(section)
    , m_names(names)
{
    const ChangeRequest &request = input.request;
    for (const FirewallRule &rule : request.rulesOf(section)) {
        if (rule.action == RequestAction::Remove) {
            m_skipped << tr("%1 (%2): a removal; take it out by hand, this file only adds.")
                             .arg(rule.id, rule.lines.join(QStringLiteral(", ")));
            continue;
        }
        const ObjectGroup &from = request.objectGroups[size_t(rule.sourceGroup)];
        const ObjectGroup &to = request.objectGroups[size_t(rule.destinationGroup)];
        if (from.addresses.isEmpty() || to.addresses.isEmpty()) {
            m_skipped << tr("%1 (%2): %3 has no address to scope a rule to; not written.")
                             .arg(rule.id, rule.lines.join(QStringLiteral(", ")),
                                  from.addresses.isEmpty() ? from.name : to.name);
            continue;
        }
        VendorRule v;
        v.rule = &rule;
        v.name = m_names.name(QStringLiteral("PP_") + rule.id, NameKind::Rule, true);
        // iptables, Azure and AWS rules name no zone: the chain or group the
        // rules land in is the device itself.
        const bool zones = namesObjects();
        v.fromZone = zones ? m_names.name(zoneName(rule.fromZone), NameKind::Zone) : rule.fromZone;
        v.toZone = zones ? m_names.name(zoneName(rule.toZone), NameKind::Zone) : rule.toZone;
        v.sourceGroup = groupIndex(rule.sourceGroup);
        v.destinationGroup = groupIndex(rule.destinationGroup);
        v.service = serviceIndex(rule.serviceGroup);
        // ASA and iptables have no rule names: the remark or comment
        // starts with it, so a reader finds the rule.
        const bool unnamed = m_names.platform() == FirewallPlatform::CiscoAsa
            || m_names.platform() == FirewallPlatform::Iptables;
        const QString text = unnamed ? v.name + QLatin1Char(' ') + description(rule) : description(rule);
        // ASA remarks hold 100 characters: several of them keep the text.
        if (m_names.platform() == FirewallPlatform::CiscoAsa) {
            v.remarks = m_names.commentLines(text);
            v.description = v.remarks.join(QLatin1Char(' '));
        } else {
            v.description = m_names.comment(text);
        }
        m_rules.push_back(v);
    }
}

/// The zone as the device names it: its interface's name (rule 10), or the
/// zone id for the implicit firewall of a design without devices.
QString VendorObjects::zoneName(const QString &zoneId) const
{
    if (const Firewall *fw = m_input.design.firewall(m_section.device)) {
        const int i = fw->interfaceIn(zoneId);
        if (i >= 0)
            return fw->interfaces[size_t(i)].ruleName();
    }
    return zoneId;
}

/// Ticket and line ids first, then the seed anchors, then the words: a
/// platform that cuts the text keeps what identifies the change.
QString VendorObjects::description(const FirewallRule &rule) const
{
    const ChangeRequest &request = m_input.request;
    QStringList refs;
    QString words;
    for (const RequestLine &line : request.linesOf(m_section)) {
        if (!rule.lines.contains(line.id))
            continue;
        for (const QString &ref : line.refs)
            if (!refs.contains(ref))
                refs << ref;
        if (words.isEmpty())
            words = exporttext::singleLine(line.justification);
    }
    QStringList parts;
    if (!request.info.ticket.isEmpty())
        parts << request.info.ticket;
    parts << rule.lines.join(QLatin1Char(' '));
    parts << refs.join(QLatin1Char(' '));
    QString text = parts.join(QLatin1Char(' ')).simplified();
    if (!words.isEmpty())
        text += QStringLiteral(": ") + words;
    return text;
}

/// iptables, Azure and AWS rules list addresses and ports, not objects: their
/// group names appear nowhere, so they are not fitted (nor warned of).
bool VendorObjects::namesObjects() const
{
    switch (m_names.platform()) {
    case FirewallPlatform::Iptables:
    case FirewallPlatform::AzureNsg:
    case FirewallPlatform::AwsSg:
        return false;
    default:
        return true;
    }
}

int VendorObjects::groupIndex(int objectGroup)
{
    const auto found = m_groupByRequest.constFind(objectGroup);
    if (found != m_groupByRequest.constEnd())
        return *found;
    const ChangeRequest &request = m_input.request;
    const ObjectGroup &og = request.objectGroups[size_t(objectGroup)];
    Group g;
    g.name = namesObjects() ? m_names.name(og.name) : og.name;
    g.description = m_names.comment(og.hostsText, descriptionLength(m_names.platform()));
    for (int h : og.hosts) {
        const RequestHost &host = request.host(h);
        for (int i = 0; i < host.addresses.size(); ++i) {
            const int a = addressIndex(host, host.addresses.at(i), i);
            if (std::find(g.addresses.begin(), g.addresses.end(), a) == g.addresses.end())
                g.addresses.push_back(a);
        }
    }
    m_groups.push_back(g);
    m_groupByRequest.insert(objectGroup, int(m_groups.size()) - 1);
    return int(m_groups.size()) - 1;
}

int VendorObjects::addressIndex(const RequestHost &host, const QString &address, int nth)
{
    const QString c = cidr(address);
    const auto found = m_addressByCidr.constFind(c);
    if (found != m_addressByCidr.constEnd())
        return *found;
    AddressObject a;
    a.cidr = c;
    a.v6 = c.contains(QLatin1Char(':'));
    if (host.zoneSubnets) {
        // A zone's subnet stands in for hosts without an address.
        a.name = m_names.name(QStringLiteral("NET_") + c, NameKind::Object, true);
        a.description = m_names.comment(tr("subnet of zone %1").arg(host.zoneId), descriptionLength(m_names.platform()));
    } else {
        a.name = m_names.name(QStringLiteral("H_") + shortName(host) + (nth ? QStringLiteral("_%1").arg(nth + 1) : QString()),
                              NameKind::Object, true);
        a.description = m_names.comment(host.name, descriptionLength(m_names.platform()));
    }
    m_addresses.push_back(a);
    m_addressByCidr.insert(c, int(m_addresses.size()) - 1);
    return int(m_addresses.size()) - 1;
}

int VendorObjects::serviceIndex(int serviceGroup)
{
    const auto found = m_serviceByRequest.constFind(serviceGroup);
    if (found != m_serviceByRequest.constEnd())
        return *found;
    const ServiceGroup &sg = m_input.request.serviceGroups[size_t(serviceGroup)];
    m_services.push_back({namesObjects() ? m_names.name(sg.name) : sg.name, parsePorts(sg.members)});
    m_serviceByRequest.insert(serviceGroup, int(m_services.size()) - 1);
    return int(m_services.size()) - 1;
}

} // namespace pp
