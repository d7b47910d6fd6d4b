// The Edits API for rule 10: firewall devices, their interfaces (a device
// linked to a zone) and pinned routes. Each call is one undo step.
#include "app/commands/Edits.h"

#include "app/commands/DesignPatch.h"
#include "app/commands/FirewallUpkeep.h"
#include "model/design/ZoneIds.h"
#include "model/document/DesignDocument.h"

#include <QObject>

#include <algorithm>

namespace pp::commands {

namespace {

QString label(const Firewall &fw)
{
    return fw.name.isEmpty() ? fw.id : fw.name;
}

/// The routes still travelable once `firewalls` replace the design's own,
/// as a change for `patch` when some drop out.
void keepRoutesTravelable(const Design &d, const std::vector<Firewall> &firewalls, DesignPatch &patch)
{
    std::vector<Route> kept = travelableRoutes(d.routes, firewalls, d.zones);
    if (kept.size() != d.routes.size())
        patch.routes = std::make_pair(d.routes, std::move(kept));
}

} // namespace

QString Edits::addFirewall(FirewallPlatform platform, const QPointF &pos)
{
    Firewall fw;
    fw.id = m_document->uniqueId(QStringLiteral("fw"));
    fw.name = fw.id;
    fw.platform = platform;
    fw.pos = pos;
    DesignPatch p;
    p.firewalls.push_back({fw.id, int(m_document->design().firewalls.size()), std::nullopt, fw});
    push(std::move(p), QObject::tr("Add firewall %1").arg(fw.id));
    return fw.id;
}

void Edits::moveFirewall(const QString &id, const QPointF &pos)
{
    const Firewall *fw = m_document->firewall(id);
    if (!fw || fw->pos == pos)
        return;
    Firewall after = *fw;
    after.pos = pos;
    DesignPatch p;
    p.firewalls.push_back({id, m_document->firewallIndex(id), *fw, after});
    push(std::move(p), QObject::tr("Move firewall %1").arg(label(*fw)));
}

void Edits::editFirewall(const Firewall &before, const Firewall &after)
{
    const Design &d = m_document->design();
    const int index = d.firewallIndex(before.id);
    if (index < 0)
        return;
    DesignPatch p;
    p.firewalls.push_back({before.id, index, before, after});
    std::vector<Firewall> firewalls = d.firewalls;
    firewalls[size_t(index)] = after;
    keepRoutesTravelable(d, firewalls, p);
    push(std::move(p), QObject::tr("Edit firewall %1").arg(label(before)));
}

void Edits::removeFirewalls(const QStringList &ids)
{
    const Design &d = m_document->design();
    DesignPatch p;
    std::vector<Firewall> remaining;
    for (size_t i = 0; i < d.firewalls.size(); ++i) {
        if (ids.contains(d.firewalls[i].id))
            p.firewalls.push_back({d.firewalls[i].id, int(i), d.firewalls[i], std::nullopt});
        else
            remaining.push_back(d.firewalls[i]);
    }
    if (p.firewalls.empty())
        return;
    keepRoutesTravelable(d, remaining, p);
    const QString text = p.firewalls.size() == 1 ? QObject::tr("Delete firewall %1").arg(label(*p.firewalls.front().before))
                                                 : QObject::tr("Delete %n firewall(s)", nullptr, int(p.firewalls.size()));
    push(std::move(p), text);
}

QString Edits::addInterface(const QString &firewallId, const QString &zoneId)
{
    const Firewall *fw = m_document->firewall(firewallId);
    const Zone *zone = m_document->zone(zoneId);
    if (!fw || !zone)
        return {};
    Firewall after = *fw;
    FirewallInterface iface;
    iface.id = nextInterfaceId(*fw);
    iface.zone = zoneId;
    // The zone's name in the ASCII every platform's syntax takes ("Taichung
    // branch" -> "taichung-branch"); the id where the name has no such
    // letters (a Chinese name).
    iface.name = zoneids::fromName(zone->name);
    if (iface.name.isEmpty())
        iface.name = zoneId;
    after.interfaces.push_back(iface);
    DesignPatch p;
    p.firewalls.push_back({firewallId, m_document->firewallIndex(firewallId), *fw, after});
    push(std::move(p), QObject::tr("Link firewall %1 to zone %2").arg(label(*fw), zoneId));
    return iface.id;
}

void Edits::removeInterface(const QString &firewallId, const QString &interfaceId)
{
    const Firewall *fw = m_document->firewall(firewallId);
    if (!fw)
        return;
    Firewall after = *fw;
    auto &interfaces = after.interfaces;
    const auto gone = std::find_if(interfaces.begin(), interfaces.end(),
                                   [&](const FirewallInterface &i) { return i.id == interfaceId; });
    if (gone == interfaces.end())
        return;
    const QString zone = gone->zone;
    interfaces.erase(gone);
    const Design &d = m_document->design();
    const int index = d.firewallIndex(firewallId);
    DesignPatch p;
    p.firewalls.push_back({firewallId, index, *fw, after});
    std::vector<Firewall> firewalls = d.firewalls;
    firewalls[size_t(index)] = after;
    keepRoutesTravelable(d, firewalls, p);
    push(std::move(p), QObject::tr("Unlink firewall %1 from zone %2").arg(label(*fw), zone));
}

void Edits::setRoutes(const std::vector<Route> &routes, const QString &text)
{
    DesignPatch p;
    p.routes = std::make_pair(m_document->design().routes, routes);
    push(std::move(p), text);
}

void Edits::addRoute(const Route &route)
{
    std::vector<Route> routes = m_document->design().routes;
    routes.push_back(route);
    setRoutes(routes, QObject::tr("Pin route %1").arg(route.zones().join(QStringLiteral(" → "))));
}

void Edits::editRoute(const Route &before, const Route &after)
{
    std::vector<Route> routes = m_document->design().routes;
    const auto it = std::find_if(routes.begin(), routes.end(),
                                 [&](const Route &r) { return r.from == before.from && r.to == before.to; });
    if (it == routes.end() || *it == after)
        return;
    *it = after;
    setRoutes(routes, QObject::tr("Edit route %1").arg(after.zones().join(QStringLiteral(" → "))));
}

void Edits::removeRoute(const QString &from, const QString &to)
{
    std::vector<Route> routes = m_document->design().routes;
    const auto it = std::find_if(routes.begin(), routes.end(), [&](const Route &r) { return r.from == from && r.to == to; });
    if (it == routes.end())
        return;
    const QString text = QObject::tr("Unpin route %1").arg(it->zones().join(QStringLiteral(" → ")));
    routes.erase(it);
    setRoutes(routes, text);
}

} // namespace pp::commands
