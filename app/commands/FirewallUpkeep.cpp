#include "app/commands/FirewallUpkeep.h"

#include <algorithm>

namespace pp::commands {

std::vector<Route> travelableRoutes(const std::vector<Route> &routes, const std::vector<Firewall> &firewalls,
                                    const std::vector<Zone> &zones)
{
    QSet<QString> zoneIds;
    for (const Zone &z : zones)
        zoneIds.insert(z.id);
    QSet<QString> joined;
    for (const Firewall &fw : firewalls) {
        QStringList in = fw.zones();
        in.erase(std::remove_if(in.begin(), in.end(), [&](const QString &z) { return !zoneIds.contains(z); }),
                 in.end());
        for (const QString &a : in)
            for (const QString &b : in)
                if (a != b)
                    joined.insert(a + QLatin1Char('|') + b);
    }
    std::vector<Route> kept;
    for (const Route &r : routes) {
        const QStringList steps = r.zones();
        bool ok = true;
        for (int k = 0; ok && k + 1 < steps.size(); ++k)
            ok = joined.contains(steps[k] + QLatin1Char('|') + steps[k + 1]);
        if (ok)
            kept.push_back(r);
    }
    return kept;
}

void dropFirewallReferences(const Design &d, const QSet<QString> &zones, DesignPatch &patch, const QSet<QString> &removed)
{
    if ((zones.isEmpty() && removed.isEmpty()) || (d.firewalls.empty() && d.routes.empty()))
        return;
    std::vector<Firewall> remaining;
    for (size_t i = 0; i < d.firewalls.size(); ++i) {
        const Firewall &fw = d.firewalls[i];
        if (removed.contains(fw.id)) {
            patch.firewalls.push_back({fw.id, int(i), fw, std::nullopt});
            continue;
        }
        Firewall after = fw;
        auto &interfaces = after.interfaces;
        interfaces.erase(std::remove_if(interfaces.begin(), interfaces.end(),
                                        [&](const FirewallInterface &fi) { return zones.contains(fi.zone); }),
                         interfaces.end());
        if (interfaces.size() != fw.interfaces.size())
            patch.firewalls.push_back({fw.id, int(i), fw, after});
        remaining.push_back(std::move(after));
    }
    std::vector<Zone> remainingZones;
    for (const Zone &z : d.zones)
        if (!zones.contains(z.id))
            remainingZones.push_back(z);
    std::vector<Route> routes = travelableRoutes(d.routes, remaining, remainingZones);
    if (routes.size() != d.routes.size())
        patch.routes = std::make_pair(d.routes, routes);
}

QString nextInterfaceId(const Firewall &fw)
{
    // Each platform's own way of naming ports, so that the id reads like the
    // device's configuration; the first free number wins.
    QString pattern;
    int first = 1;
    switch (fw.platform) {
    case FirewallPlatform::PaloAlto: pattern = QStringLiteral("ethernet1/%1"); break;
    case FirewallPlatform::Fortigate: pattern = QStringLiteral("port%1"); break;
    case FirewallPlatform::CiscoAsa: pattern = QStringLiteral("GigabitEthernet0/%1"); first = 0; break;
    case FirewallPlatform::JuniperSrx: pattern = QStringLiteral("ge-0/0/%1"); first = 0; break;
    case FirewallPlatform::Nftables:
    case FirewallPlatform::Iptables: pattern = QStringLiteral("eth%1"); first = 0; break;
    case FirewallPlatform::Windows: pattern = QStringLiteral("Ethernet%1"); break;
    case FirewallPlatform::AzureNsg: pattern = QStringLiteral("subnet%1"); break;
    case FirewallPlatform::AwsSg: pattern = QStringLiteral("eni%1"); break;
    case FirewallPlatform::Generic:
    case FirewallPlatform::Capirca: pattern = QStringLiteral("if%1"); break;
    }
    QSet<QString> taken;
    for (const FirewallInterface &i : fw.interfaces)
        taken.insert(i.id);
    for (int n = first;; ++n)
        if (const QString id = pattern.arg(n); !taken.contains(id))
            return id;
}

} // namespace pp::commands
