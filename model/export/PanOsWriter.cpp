#include "model/export/PanOsWriter.h"

#include "model/export/PlatformNames.h"
#include "model/export/TextSink.h"
#include "model/export/VendorObjects.h"

namespace pp {

namespace {

QString members(const QStringList &names)
{
    return QStringLiteral("[ ") + names.join(QLatin1Char(' ')) + QStringLiteral(" ]");
}

QString portList(const std::vector<ServicePort> &ports)
{
    QStringList out;
    for (const ServicePort &p : ports)
        out << p.text;
    return out.join(QLatin1Char(','));
}

/// The service objects of a service group: one per protocol (PAN-OS
/// services carry one), joined in a service group when there are two.
/// Returns what a rule names; empty when the group is ICMP only.
QString writeService(TextSink &out, const VendorObjects::Service &service, PlatformNames &names)
{
    QStringList made;
    const auto tcp = service.of(Protocol::Tcp);
    const auto udp = service.of(Protocol::Udp);
    const bool both = !tcp.empty() && !udp.empty();
    for (const auto &[ports, proto] : {std::pair{tcp, "tcp"}, std::pair{udp, "udp"}}) {
        if (ports.empty())
            continue;
        const QString name = both ? names.name(service.name + QLatin1Char('_') + QString::fromLatin1(proto).toUpper(), NameKind::Object, true)
                                  : service.name;
        out << "set service " << name << " protocol " << proto << " port " << portList(ports) << '\n';
        made << name;
    }
    if (both) {
        out << "set service-group " << service.name << " members " << members(made) << '\n';
        return service.name;
    }
    return made.value(0);
}

} // namespace

PanOsWriter::PanOsWriter()
    : VendorWriter(FirewallPlatform::PaloAlto)
{
}

void PanOsWriter::writeSection(TextSink &out, const ExportInput &, const RequestSection &,
                               const VendorObjects &objects, PlatformNames &names) const
{
    for (const AddressObject &a : objects.addresses()) {
        out << "set address " << a.name << " ip-netmask " << a.cidr << '\n';
        out << "set address " << a.name << " description " << PlatformNames::setQuote(a.description) << '\n';
    }
    for (const VendorObjects::Group &g : objects.groups()) {
        QStringList addresses;
        for (int a : g.addresses)
            addresses << objects.addresses()[size_t(a)].name;
        out << "set address-group " << g.name << " static " << members(addresses) << '\n';
        out << "set address-group " << g.name << " description " << PlatformNames::setQuote(g.description) << '\n';
    }
    std::vector<QString> serviceNames;
    for (const VendorObjects::Service &s : objects.services())
        serviceNames.push_back(writeService(out, s, names));
    for (const VendorRule &r : objects.rules()) {
        const QString head = QStringLiteral("set rulebase security rules ");
        const QString match = QStringLiteral(" from %1 to %2 source [ %3 ] destination [ %4 ]")
                                  .arg(r.fromZone, r.toZone, objects.groups()[size_t(r.sourceGroup)].name,
                                       objects.groups()[size_t(r.destinationGroup)].name);
        const QString &service = serviceNames[size_t(r.service)];
        if (!service.isEmpty()) {
            out << head << r.name << match << " application any service [ " << service << " ] action allow\n";
            out << head << r.name << " description " << PlatformNames::setQuote(r.description) << '\n';
        }
        if (objects.services()[size_t(r.service)].hasIcmp()) {
            const QString icmp = names.name(r.name + QStringLiteral("_ICMP"), NameKind::Rule, true);
            out << head << icmp << match << " application [ ping ] service application-default action allow\n";
            out << head << icmp << " description " << PlatformNames::setQuote(r.description) << '\n';
        }
    }
}

} // namespace pp
