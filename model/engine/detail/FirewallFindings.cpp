#include "model/engine/detail/FirewallFindings.h"

#include "model/engine/detail/PathFinder.h"

#include <QCoreApplication>
#include <QSet>

#include <algorithm>

namespace pp::engine {

namespace {

Finding finding(Severity severity, const char *code, const QString &message)
{
    Finding f;
    f.severity = severity;
    f.code = QString::fromLatin1(code);
    f.message = message;
    return f;
}

/// "a, b, c and 4 more": messages stay readable for a zone of 5,000 hosts.
QString someOf(const QStringList &ids, int shown = 6)
{
    if (ids.size() <= shown)
        return ids.join(QStringLiteral(", "));
    return QCoreApplication::translate("pp::Validator", "%1 and %2 more").arg(ids.mid(0, shown).join(QStringLiteral(", "))).arg(ids.size() - shown);
}

void noPath(const EngineIndex &ix, const Analysis &a, const std::vector<std::pair<int, int>> &unreachable,
            std::vector<Finding> &out)
{
    if (unreachable.empty())
        return;
    const Design &d = ix.design;
    // Hosts per unreachable zone pair, in flow order.
    std::vector<QStringList> hosts(unreachable.size());
    std::vector<QSet<int>> seen(unreachable.size());
    for (const Flow &f : a.flows) {
        if (!f.crossing() || f.path >= 0)
            continue;
        const auto it = std::lower_bound(unreachable.begin(), unreachable.end(), std::pair{f.fromZone, f.toZone});
        if (it == unreachable.end() || *it != std::pair{f.fromZone, f.toZone})
            continue;
        const size_t i = size_t(it - unreachable.begin());
        for (int h : {f.from, f.to})
            if (!seen[i].contains(h)) {
                seen[i].insert(h);
                hosts[i] << d.hosts[size_t(h)].id;
            }
    }
    for (size_t i = 0; i < unreachable.size(); ++i) {
        const QString from = d.zones[size_t(unreachable[i].first)].id;
        const QString to = d.zones[size_t(unreachable[i].second)].id;
        Finding f = finding(Severity::Error, "no-path",
                            QCoreApplication::translate("pp::Validator", "No firewall joins zone %1 to zone %2, directly or through other zones: "
                                           "the flows between %3 cannot cross. Link a firewall to both zones, or "
                                           "to zones between them.")
                                .arg(from, to, someOf(hosts[i])));
        f.zones << from << to;
        f.hosts = hosts[i];
        out.push_back(std::move(f));
    }
}

void looseFirewalls(const Design &d, std::vector<Finding> &out)
{
    for (const Firewall &fw : d.firewalls) {
        const QStringList zones = fw.zones();
        if (zones.size() >= 2)
            continue;
        Finding f = finding(Severity::Warning, "firewall-one-zone",
                            zones.isEmpty()
                                ? QCoreApplication::translate("pp::Validator", "Firewall %1 has no interface in any zone; it joins nothing.").arg(fw.id)
                                : QCoreApplication::translate("pp::Validator", "Firewall %1 has interfaces in zone %2 only; it joins nothing. "
                                                 "Link it to a second zone.").arg(fw.id, zones.front()));
        f.firewalls << fw.id;
        f.zones = zones;
        out.push_back(std::move(f));
    }
}

void transitHosts(const EngineIndex &ix, std::vector<Finding> &out)
{
    const Design &d = ix.design;
    std::vector<QStringList> hosts(d.zones.size());
    for (size_t h = 0; h < d.hosts.size(); ++h)
        if (const int z = ix.hostZone[h]; z >= 0 && d.zones[size_t(z)].kind == ZoneKind::Transit)
            hosts[size_t(z)] << d.hosts[h].id;
    for (size_t z = 0; z < d.zones.size(); ++z) {
        if (hosts[z].isEmpty())
            continue;
        Finding f = finding(Severity::Warning, "transit-zone-with-hosts",
                            QCoreApplication::translate("pp::Validator", "Zone %1 is a transit zone (a WAN between firewalls) but holds %2. "
                                           "Put them in the zone they live in, or make %1 another kind of zone.")
                                .arg(d.zones[z].id, someOf(hosts[z])));
        f.zones << d.zones[z].id;
        f.hosts = hosts[z];
        out.push_back(std::move(f));
    }
}

QString firewallIds(const Design &d, const Path &path)
{
    QStringList ids;
    for (const PathHop &hop : path)
        ids << d.firewalls[size_t(hop.firewall)].id;
    return ids.join(QStringLiteral(", "));
}

void longRoutes(const EngineIndex &ix, const PathFinder &paths, std::vector<Finding> &out)
{
    const Design &d = ix.design;
    for (const Route &route : d.routes) {
        const std::optional<Path> pinned = paths.routePath(route, false);
        const int from = ix.zoneById.value(route.from, -1);
        const int to = ix.zoneById.value(route.to, -1);
        const int shortest = paths.distance(from, to);
        if (!pinned || shortest < 0 || int(pinned->size()) <= shortest)
            continue;
        Finding f = finding(Severity::Warning, "route-longer-than-shortest",
                            QCoreApplication::translate("pp::Validator", "The route from %1 to %2 through %3 passes %4 firewalls (%5); the shortest "
                                           "path passes %6. Each extra device needs its own rules.")
                                .arg(route.from, route.to, route.via.join(QStringLiteral(", ")))
                                .arg(pinned->size())
                                .arg(firewallIds(d, *pinned))
                                .arg(shortest));
        f.zones = route.zones();
        for (const PathHop &hop : *pinned)
            f.firewalls << d.firewalls[size_t(hop.firewall)].id;
        out.push_back(std::move(f));
    }
}

} // namespace

std::vector<Finding> firewallFindings(const EngineIndex &index, const PathFinder &paths, const Analysis &analysis,
                                      const std::vector<std::pair<int, int>> &unreachable)
{
    std::vector<Finding> out;
    noPath(index, analysis, unreachable, out);
    looseFirewalls(index.design, out);
    transitHosts(index, out);
    longRoutes(index, paths, out);
    return out;
}

} // namespace pp::engine
