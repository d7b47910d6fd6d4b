#include "model/export/FortiOsWriter.h"

#include "model/export/PlatformNames.h"
#include "model/export/TextSink.h"
#include "model/export/VendorObjects.h"

namespace pp {

namespace {

using Q = PlatformNames;

QString quotedList(const QStringList &names)
{
    QStringList out;
    for (const QString &n : names)
        out << Q::fortiQuote(n);
    return out.join(QLatin1Char(' '));
}

QString mask(const QString &cidr)
{
    return cidr.section(QLatin1Char('/'), 0, 0) + QLatin1Char(' ')
        + VendorObjects::netmask(cidr.section(QLatin1Char('/'), 1).toInt());
}

/// The members of a group of one family, by name.
QStringList familyMembers(const VendorObjects &objects, const VendorObjects::Group &g, bool v6)
{
    QStringList out;
    for (int a : g.addresses)
        if (objects.addresses()[size_t(a)].v6 == v6)
            out << objects.addresses()[size_t(a)].name;
    return out;
}

void writeAddresses(TextSink &out, const VendorObjects &objects, bool v6)
{
    bool any = false;
    for (const AddressObject &a : objects.addresses()) {
        if (a.v6 != v6)
            continue;
        if (!any)
            out << (v6 ? "config firewall address6\n" : "config firewall address\n");
        any = true;
        out << "    edit " << Q::fortiQuote(a.name) << '\n';
        if (v6)
            out << "        set ip6 " << a.cidr << '\n';
        else
            out << "        set subnet " << mask(a.cidr) << '\n';
        out << "        set comment " << Q::fortiQuote(a.description) << '\n';
        out << "    next\n";
    }
    if (any)
        out << "end\n";
}

/// Groups of one family; a group with both families is two groups, the
/// IPv6 one named with "_v6". Returns the names per group (empty: none).
std::vector<QString> writeGroups(TextSink &out, const VendorObjects &objects, PlatformNames &names, bool v6)
{
    std::vector<QString> made;
    bool any = false;
    for (const VendorObjects::Group &g : objects.groups()) {
        const QStringList members = familyMembers(objects, g, v6);
        const bool mixed = !familyMembers(objects, g, !v6).isEmpty();
        made.push_back(members.isEmpty() ? QString() : v6 && mixed ? names.name(g.name + QStringLiteral("_v6"), NameKind::Object, true) : g.name);
        if (members.isEmpty())
            continue;
        if (!any)
            out << (v6 ? "config firewall addrgrp6\n" : "config firewall addrgrp\n");
        any = true;
        out << "    edit " << Q::fortiQuote(made.back()) << '\n';
        out << "        set member " << quotedList(members) << '\n';
        out << "        set comment " << Q::fortiQuote(g.description) << '\n';
        out << "    next\n";
    }
    if (any)
        out << "end\n";
    return made;
}

QString ranges(const std::vector<ServicePort> &ports)
{
    QStringList out;
    for (const ServicePort &p : ports)
        out << p.text;
    return out.join(QLatin1Char(' '));
}

/// Service custom objects: TCP and UDP ports in one, ICMP echo in another
/// ("_ICMP"). Returns the names a policy lists per service.
std::vector<QStringList> writeServices(TextSink &out, const VendorObjects &objects, PlatformNames &names)
{
    std::vector<QStringList> made;
    if (!objects.services().empty())
        out << "config firewall service custom\n";
    for (const VendorObjects::Service &s : objects.services()) {
        QStringList list;
        const auto tcp = s.of(Protocol::Tcp);
        const auto udp = s.of(Protocol::Udp);
        if (!tcp.empty() || !udp.empty()) {
            out << "    edit " << Q::fortiQuote(s.name) << '\n';
            if (!tcp.empty())
                out << "        set tcp-portrange " << ranges(tcp) << '\n';
            if (!udp.empty())
                out << "        set udp-portrange " << ranges(udp) << '\n';
            out << "    next\n";
            list << s.name;
        }
        if (s.hasIcmp()) {
            const QString icmp = names.name(s.name + QStringLiteral("_ICMP"), NameKind::Object, true);
            out << "    edit " << Q::fortiQuote(icmp) << "\n        set protocol ICMP\n        set icmptype 8\n    next\n";
            list << icmp;
        }
        made.push_back(list);
    }
    if (!objects.services().empty())
        out << "end\n";
    return made;
}

} // namespace

FortiOsWriter::FortiOsWriter()
    : VendorWriter(FirewallPlatform::Fortigate)
{
}

void FortiOsWriter::writeSection(TextSink &out, const ExportInput &, const RequestSection &,
                                 const VendorObjects &objects, PlatformNames &names) const
{
    writeAddresses(out, objects, false);
    writeAddresses(out, objects, true);
    const std::vector<QString> v4 = writeGroups(out, objects, names, false);
    const std::vector<QString> v6 = writeGroups(out, objects, names, true);
    const std::vector<QStringList> services = writeServices(out, objects, names);
    if (objects.rules().empty())
        return;
    out << "config firewall policy\n";
    for (const VendorRule &r : objects.rules()) {
        out << "    edit 0\n";
        out << "        set name " << Q::fortiQuote(r.name) << '\n';
        out << "        set srcintf " << Q::fortiQuote(r.fromZone) << '\n';
        out << "        set dstintf " << Q::fortiQuote(r.toZone) << '\n';
        const size_t from = size_t(r.sourceGroup);
        const size_t to = size_t(r.destinationGroup);
        if (!v4[from].isEmpty() && !v4[to].isEmpty())
            out << "        set srcaddr " << Q::fortiQuote(v4[from]) << "\n        set dstaddr " << Q::fortiQuote(v4[to])
                << '\n';
        if (!v6[from].isEmpty() && !v6[to].isEmpty())
            out << "        set srcaddr6 " << Q::fortiQuote(v6[from]) << "\n        set dstaddr6 "
                << Q::fortiQuote(v6[to]) << '\n';
        out << "        set action accept\n";
        out << "        set schedule \"always\"\n";
        out << "        set service " << quotedList(services[size_t(r.service)]) << '\n';
        out << "        set logtraffic all\n";
        out << "        set comments " << Q::fortiQuote(r.description) << '\n';
        out << "    next\n";
    }
    out << "end\n";
}

} // namespace pp
