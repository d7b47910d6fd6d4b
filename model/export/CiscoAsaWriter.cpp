#include "model/export/CiscoAsaWriter.h"

#include "model/export/PlatformNames.h"
#include "model/export/TextSink.h"
#include "model/export/VendorObjects.h"

#include <QCoreApplication>

namespace pp {

namespace {

void writeAddress(TextSink &out, const AddressObject &a)
{
    out << "object network " << a.name << '\n';
    const QString address = a.cidr.section(QLatin1Char('/'), 0, 0);
    const int prefix = a.cidr.section(QLatin1Char('/'), 1).toInt();
    if (prefix == (a.v6 ? 128 : 32))
        out << " host " << address << '\n';
    else if (a.v6)
        out << " subnet " << a.cidr << '\n';
    else
        out << " subnet " << address << ' ' << VendorObjects::netmask(prefix) << '\n';
    if (!a.description.isEmpty())
        out << " description " << a.description << '\n';
}

void writeService(TextSink &out, const VendorObjects::Service &s)
{
    out << "object-group service " << s.name << '\n';
    for (const ServicePort &p : s.ports) {
        if (p.isIcmp()) {
            out << " service-object icmp echo\n";
            continue;
        }
        out << " service-object " << p.lowerProtocol() << " destination ";
        if (p.range.isSingle())
            out << "eq " << QString::number(p.range.first) << '\n';
        else
            out << "range " << QString::number(p.range.first) << ' ' << QString::number(p.range.last) << '\n';
    }
}

} // namespace

CiscoAsaWriter::CiscoAsaWriter()
    : VendorWriter(FirewallPlatform::CiscoAsa)
{
}

void CiscoAsaWriter::writeSection(TextSink &out, const ExportInput &input, const RequestSection &section,
                                  const VendorObjects &objects, PlatformNames &names) const
{
    sectionComment(out, input, section, objects.warnings());
    out << "! " << QCoreApplication::translate("CiscoAsaWriter",
                                               "Entries are appended to <nameif>_access_in; bind a list with "
                                               "access-group only where the interface has none.")
        << '\n';
    for (const AddressObject &a : objects.addresses())
        writeAddress(out, a);
    for (const VendorObjects::Group &g : objects.groups()) {
        out << "object-group network " << g.name << '\n';
        if (!g.description.isEmpty())
            out << " description " << g.description << '\n';
        for (int a : g.addresses)
            out << " network-object object " << objects.addresses()[size_t(a)].name << '\n';
    }
    for (const VendorObjects::Service &s : objects.services())
        writeService(out, s);
    for (const VendorRule &r : objects.rules()) {
        const QString acl = names.name(r.fromZone + QStringLiteral("_access_in"), NameKind::Rule, true);
        for (const QString &remark : r.remarks)
            out << "access-list " << acl << " remark " << remark << '\n';
        out << "access-list " << acl << " extended permit object-group " << objects.services()[size_t(r.service)].name
            << " object-group " << objects.groups()[size_t(r.sourceGroup)].name << " object-group "
            << objects.groups()[size_t(r.destinationGroup)].name << " log\n";
    }
}

} // namespace pp
