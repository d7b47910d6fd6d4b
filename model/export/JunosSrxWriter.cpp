#include "model/export/JunosSrxWriter.h"

#include "model/export/PlatformNames.h"
#include "model/export/TextSink.h"
#include "model/export/VendorObjects.h"

namespace pp {

namespace {

/// An application holds at most 8 terms (aerleon junipersrx.py).
constexpr size_t termsPerApplication = 8;

/// Applications of a service: terms of at most eight, several joined in an
/// application set. Returns the name a policy matches.
QString writeApplication(TextSink &out, const VendorObjects::Service &s, PlatformNames &names)
{
    const size_t parts = (s.ports.size() + termsPerApplication - 1) / termsPerApplication;
    QStringList made;
    for (size_t part = 0; part < parts; ++part) {
        const QString name = parts == 1 ? s.name : names.name(s.name + QStringLiteral("_%1").arg(part + 1), NameKind::Object, true);
        for (size_t i = part * termsPerApplication; i < qMin(s.ports.size(), (part + 1) * termsPerApplication); ++i) {
            const ServicePort &p = s.ports[i];
            out << "set applications application " << name << " term t" << QString::number(i + 1) << " protocol ";
            if (p.isIcmp())
                out << "icmp icmp-type 8\n";
            else
                out << p.lowerProtocol() << " destination-port " << p.text << '\n';
        }
        made << name;
    }
    if (parts == 1)
        return made.front();
    const QString set = names.name(s.name + QStringLiteral("_set"), NameKind::Object, true);
    for (const QString &m : made)
        out << "set applications application-set " << set << " application " << m << '\n';
    return set;
}

} // namespace

JunosSrxWriter::JunosSrxWriter()
    : VendorWriter(FirewallPlatform::JuniperSrx)
{
}

void JunosSrxWriter::writeSection(TextSink &out, const ExportInput &, const RequestSection &,
                                  const VendorObjects &objects, PlatformNames &names) const
{
    const QString book = QStringLiteral("set security address-book global ");
    for (const AddressObject &a : objects.addresses()) {
        out << book << "address " << a.name << ' ' << a.cidr << '\n';
        out << book << "address " << a.name << " description " << PlatformNames::setQuote(a.description) << '\n';
    }
    for (const VendorObjects::Group &g : objects.groups())
        for (int a : g.addresses)
            out << book << "address-set " << g.name << " address " << objects.addresses()[size_t(a)].name << '\n';
    std::vector<QString> applications;
    for (const VendorObjects::Service &s : objects.services())
        applications.push_back(writeApplication(out, s, names));
    for (const VendorRule &r : objects.rules()) {
        const QString head = QStringLiteral("set security policies from-zone %1 to-zone %2 policy %3 ")
                                 .arg(r.fromZone, r.toZone, r.name);
        out << head << "match source-address " << objects.groups()[size_t(r.sourceGroup)].name << '\n';
        out << head << "match destination-address " << objects.groups()[size_t(r.destinationGroup)].name << '\n';
        out << head << "match application " << applications[size_t(r.service)] << '\n';
        out << head << "then permit\n";
        out << head << "then log session-close\n";
        out << head << "description " << PlatformNames::setQuote(r.description) << '\n';
    }
}

} // namespace pp
