#include "model/export/IptablesWriter.h"

#include "model/export/ChangeRequest.h"
#include "model/export/PlatformNames.h"
#include "model/export/TextSink.h"
#include "model/export/VendorObjects.h"

#include <QCoreApplication>

namespace pp {

namespace {

/// multiport takes at most 15 ports, a range counting two (man
/// iptables-extensions).
constexpr int multiportSlots = 15;

/// The IPv4 addresses of a group, comma-separated (iptables expands a list
/// given to -s or -d into one rule each).
QString addressList(const VendorObjects &objects, int group)
{
    QStringList out;
    for (int a : objects.groups()[size_t(group)].addresses)
        if (!objects.addresses()[size_t(a)].v6)
            out << objects.addresses()[size_t(a)].cidr;
    return out.join(QLatin1Char(','));
}

/// Ports in chunks multiport takes: "80,443,8530:8531".
QStringList portChunks(const std::vector<ServicePort> &ports)
{
    QStringList chunks;
    QStringList current;
    int used = 0;
    for (const ServicePort &p : ports) {
        const int cost = p.range.isSingle() ? 1 : 2;
        if (used + cost > multiportSlots) {
            chunks << current.join(QLatin1Char(','));
            current.clear();
            used = 0;
        }
        current << (p.range.isSingle() ? QString::number(p.range.first)
                                       : QStringLiteral("%1:%2").arg(p.range.first).arg(p.range.last));
        used += cost;
    }
    if (!current.isEmpty())
        chunks << current.join(QLatin1Char(','));
    return chunks;
}

} // namespace

IptablesWriter::IptablesWriter()
    : VendorWriter(FirewallPlatform::Iptables)
{
}

void IptablesWriter::writeSection(TextSink &out, const ExportInput &input, const RequestSection &section,
                                  const VendorObjects &objects, PlatformNames &names) const
{
    const QString chain = names.name(
        QStringLiteral("PP-") + (section.device.isEmpty() ? QStringLiteral("zones") : section.device), NameKind::Rule, true);
    QStringList warnings = objects.warnings();
    const bool v6 = std::any_of(objects.addresses().begin(), objects.addresses().end(),
                                [](const AddressObject &a) { return a.v6; });
    if (v6)
        warnings << QCoreApplication::translate("IptablesWriter", "IPv6 addresses are left out: they need ip6tables.");
    sectionComment(out, input, section, warnings);
    out << "# " << QCoreApplication::translate("IptablesWriter",
                                               "Load with iptables-restore --noflush: chain %1 is refreshed, nothing "
                                               "else is touched; loading again adds a second jump from FORWARD "
                                               "(iptables -D FORWARD -j %1 removes it).")
                       .arg(chain)
        << '\n';
    out << "*filter\n:" << chain << " - [0:0]\n-I FORWARD 1 -j " << chain << '\n';
    for (const VendorRule &r : objects.rules()) {
        const QString from = addressList(objects, r.sourceGroup);
        const QString to = addressList(objects, r.destinationGroup);
        if (from.isEmpty() || to.isEmpty())
            continue;
        const QString head = QStringLiteral("-A %1 -s %2 -d %3 ").arg(chain, from, to);
        const QString tail = QStringLiteral(" -m comment --comment %1 -j ACCEPT\n")
                                 .arg(PlatformNames::iptablesQuote(r.description));
        const VendorObjects::Service &s = objects.services()[size_t(r.service)];
        for (const Protocol protocol : {Protocol::Tcp, Protocol::Udp}) {
            const QString p = protocolName(protocol).toLower();
            for (const QString &chunk : portChunks(s.of(protocol)))
                out << head << "-p " << p << " -m " << p << " -m multiport --dports " << chunk << tail;
        }
        if (s.hasIcmp())
            out << head << "-p icmp -m icmp --icmp-type echo-request" << tail;
    }
    out << "COMMIT\n";
    if (v6)
        warn(section, warnings.back());
}

} // namespace pp
