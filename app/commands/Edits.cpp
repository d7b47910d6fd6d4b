#include "app/commands/Edits.h"

#include "app/commands/CommandIds.h"
#include "app/commands/PatchCommand.h"
#include "app/commands/FirewallUpkeep.h"
#include "app/commands/Fragment.h"
#include "app/commands/HostReferences.h"
#include "app/commands/RemoveCommand.h"
#include "model/catalog/Catalog.h"
#include "model/document/DesignDocument.h"
#include "model/design/DisplayText.h"
#include "model/design/ZoneIds.h"
#include "model/file/DesignFile.h"

#include <QObject>
#include <QHash>
#include <QSet>
#include <QUndoStack>

namespace pp::commands {

namespace {

QString label(const Host &h)
{
    return h.name.isEmpty() ? h.id : h.name;
}

/// What names hosts and zones about to be removed must let go of them in
/// the same step: links, boundary groups, a site's internet proxy, firewall
/// interfaces and the routes they carried, other hosts' pull sources and
/// data warehouse database.
DesignPatch referencesTo(const Design &d, const QSet<QString> &hosts, const QSet<QString> &zones,
                         const QSet<QString> &firewalls)
{
    DesignPatch references;
    std::vector<Link> links;
    for (const Link &l : d.links)
        if (!hosts.contains(l.from) && !hosts.contains(l.to))
            links.push_back(l);
    if (links.size() != d.links.size())
        references.links = std::make_pair(d.links, links);
    std::vector<BoundaryGroup> groups = d.boundaryGroups;
    for (BoundaryGroup &g : groups) {
        g.systems.erase(std::remove_if(g.systems.begin(), g.systems.end(), [&](const QString &s) { return hosts.contains(s); }),
                        g.systems.end());
        g.zones.erase(std::remove_if(g.zones.begin(), g.zones.end(), [&](const QString &z) { return zones.contains(z); }),
                      g.zones.end());
    }
    if (!(groups == d.boundaryGroups))
        references.boundaryGroups = std::make_pair(d.boundaryGroups, groups);
    for (size_t i = 0; i < d.sites.size(); ++i)
        if (hosts.contains(d.sites[i].internetProxy)) {
            Site s = d.sites[i];
            s.internetProxy.clear();
            references.sites.push_back({s.code, int(i), d.sites[i], s});
        }
    dropFirewallReferences(d, zones, references, firewalls);
    dropHostOptionReferences(d, hosts, references);
    return references;
}

/// A short id for a new host carrying `roleId`: what admins call it
/// ("dp", "mp", "sup", "sql", "dc"), numbered by uniqueId when taken.
QString shortIdFor(const QString &roleId)
{
    static const QHash<QString, QString> known = {
        {QStringLiteral("site_database"), QStringLiteral("sql")}, {QStringLiteral("domain_controller"), QStringLiteral("dc")},
        {QStringLiteral("issuing_ca"), QStringLiteral("ca")},      {QStringLiteral("client"), QStringLiteral("clients")},
        {QStringLiteral("mac_client"), QStringLiteral("macs")},    {QStringLiteral("mobile_device"), QStringLiteral("mobiles")},
        {QStringLiteral("console"), QStringLiteral("console")},    {QStringLiteral("internet"), QStringLiteral("internet")},
        {QStringLiteral("microsoft_cloud"), QStringLiteral("mscloud")}, {QStringLiteral("intune"), QStringLiteral("intune")},
        {QStringLiteral("proxy_server"), QStringLiteral("proxy")}, {QStringLiteral("upstream_wsus"), QStringLiteral("wsus")},
        {QStringLiteral("exchange_online"), QStringLiteral("exo")}, {QStringLiteral("exchange_onprem"), QStringLiteral("exchange")},
        {QStringLiteral("policy_module"), QStringLiteral("ndes")},
    };
    if (const auto it = known.constFind(roleId); it != known.constEnd())
        return *it;
    QString initials; // distribution_point -> dp, software_update_point -> sup
    for (const QString &word : roleId.split(QLatin1Char('_'), Qt::SkipEmptyParts))
        initials += word.front();
    return initials;
}

/// "Management point", then "Management point 2": an obvious placeholder
/// the user replaces with the machine's DNS name (a made-up FQDN would
/// reach change requests looking real).
QString newHostName(const Design &d, const Role &role)
{
    const QString base = chineseTerms() && !role.nameZh.isEmpty() ? role.nameZh : role.name;
    QSet<QString> taken;
    for (const Host &h : d.hosts)
        taken.insert(h.name);
    QString name = base;
    for (int n = 2; taken.contains(name); ++n)
        name = QStringLiteral("%1 %2").arg(base).arg(n);
    return name;
}

} // namespace

Edits::Edits(QUndoStack *stack, DesignDocument *document, const Catalog &catalog)
    : m_stack(stack)
    , m_document(document)
    , m_catalog(catalog)
{
}

const Role *Edits::roleOf(const QString &roleId) const
{
    // The design's catalog first; a role only another built-in catalog has
    // is still placed (the engine warns about it).
    if (const Catalog *own = Catalog::forDesign(m_document->design().catalog))
        if (const Role *role = own->role(roleId))
            return role;
    return m_catalog.role(roleId) ? m_catalog.role(roleId) : Catalog::anyRole(roleId);
}

void Edits::push(DesignPatch &&patch, const QString &text, int mergeId)
{
    if (patch.isEmpty())
        return;
    m_stack->push(new PatchCommand(m_document, std::move(patch), text, mergeId));
}

QString Edits::addHostWithRole(const QString &roleId, const QString &zoneId, const QPointF &pos)
{
    const Role *role = roleOf(roleId);
    const Zone *zone = m_document->zone(zoneId);
    if (!role || !zone)
        return {};
    const Design &d = m_document->design();
    Host h;
    h.id = m_document->uniqueId(shortIdFor(roleId));
    h.name = newHostName(d, *role);
    h.zone = zoneId;
    h.roles = {roleId};
    h.pos = pos;
    if (role->scope != RoleScope::Global) {
        // A sensible default site: the one most hosts of this zone use, else the first.
        QHash<QString, int> votes;
        for (const Host &other : d.hosts)
            if (other.zone == zoneId && !other.site.isEmpty())
                ++votes[other.site];
        QString best = d.sites.empty() ? QString() : d.sites.front().code;
        for (auto it = votes.constBegin(); it != votes.constEnd(); ++it)
            if (it.value() > votes.value(best))
                best = it.key();
        h.site = best;
    }
    DesignPatch p;
    p.hosts.push_back({h.id, int(d.hosts.size()), std::nullopt, h});
    push(std::move(p), QObject::tr("Add %1").arg(role->name));
    return h.id;
}

bool Edits::addRoleToHost(const QString &roleId, const QString &hostId)
{
    const Host *host = m_document->host(hostId);
    const Role *role = roleOf(roleId);
    if (!host || !role || host->hasRole(roleId))
        return false;
    Host after = *host;
    after.roles << roleId;
    if (after.site.isEmpty() && role->scope != RoleScope::Global && !m_document->design().sites.empty())
        after.site = m_document->design().sites.front().code;
    DesignPatch p;
    p.hosts.push_back({hostId, m_document->hostIndex(hostId), *host, after});
    push(std::move(p), QObject::tr("Add %1 to %2").arg(role->name, label(*host)));
    return true;
}

void Edits::placeHosts(const std::vector<Placement> &placements, const QString &text)
{
    DesignPatch p;
    for (const Placement &pl : placements) {
        const Host *host = m_document->host(pl.id);
        if (!host)
            continue;
        Host after = *host;
        after.pos = pl.pos;
        after.zone = pl.zone;
        p.hosts.push_back({pl.id, m_document->hostIndex(pl.id), *host, after});
    }
    push(std::move(p), text);
}

void Edits::nudgeHosts(const std::vector<Placement> &placements)
{
    DesignPatch p;
    for (const Placement &pl : placements)
        if (const Host *host = m_document->host(pl.id)) {
            Host after = *host;
            after.pos = pl.pos;
            p.hosts.push_back({pl.id, m_document->hostIndex(pl.id), *host, after});
        }
    push(std::move(p), QObject::tr("Nudge %n host(s)", nullptr, int(p.hosts.size())), NudgeHosts);
}

void Edits::editHost(const Host &before, const Host &after)
{
    DesignPatch p;
    p.hosts.push_back({before.id, m_document->hostIndex(before.id), before, after});
    push(std::move(p), QObject::tr("Edit %1").arg(label(before)));
}

void Edits::remove(const QStringList &hostIds, const QStringList &zoneIds, const QStringList &firewallIds)
{
    const Design &d = m_document->design();
    QSet<QString> hosts(hostIds.begin(), hostIds.end());
    QSet<QString> zones;
    for (const QString &z : zoneIds)
        if (m_document->zone(z))
            zones.insert(z);
    for (const Host &h : d.hosts)
        if (zones.contains(h.zone))
            hosts.insert(h.id);
    QSet<QString> firewalls;
    for (const QString &f : firewallIds)
        if (m_document->firewall(f))
            firewalls.insert(f);
    std::vector<std::pair<int, Host>> removedHosts;
    for (size_t i = 0; i < d.hosts.size(); ++i)
        if (hosts.contains(d.hosts[i].id))
            removedHosts.emplace_back(int(i), d.hosts[i]);
    std::vector<std::pair<int, Zone>> removedZones;
    for (size_t i = 0; i < d.zones.size(); ++i)
        if (zones.contains(d.zones[i].id))
            removedZones.emplace_back(int(i), d.zones[i]);
    if (removedHosts.empty() && removedZones.empty()) {
        removeFirewalls(firewallIds); // devices alone: their own step (and its text)
        return;
    }
    QSet<QString> present;
    for (const auto &h : removedHosts)
        present.insert(h.second.id);
    hosts = present;

    const int count = int(removedHosts.size() + removedZones.size() + firewalls.size());
    const QString text = count == 1 && removedZones.empty() ? QObject::tr("Delete %1").arg(removedHosts.front().second.id)
                                                            : QObject::tr("Delete %n item(s)", nullptr, count);
    DesignPatch references = referencesTo(d, hosts, zones, firewalls);
    m_stack->push(new RemoveCommand(m_document, std::move(removedHosts), std::move(removedZones), std::move(references),
                                    text));
}

QString Edits::addZone(ZoneKind kind, const QRectF &rect)
{
    Zone z;
    z.kind = kind;
    const QString names[] = {QObject::tr("Internal network"), QObject::tr("DMZ"), QObject::tr("Internet"),
                             QObject::tr("Cloud"), QObject::tr("Branch office"), QObject::tr("WAN")};
    static_assert(std::size(names) == ZoneKindCount, "a default name for every zone kind");
    z.name = names[size_t(kind)];
    QSet<QString> taken;
    for (const Zone &other : m_document->design().zones)
        taken.insert(other.name);
    for (int n = 2; taken.contains(z.name); ++n)
        z.name = QStringLiteral("%1 %2").arg(names[size_t(kind)]).arg(n);
    z.id = m_document->uniqueId(zoneids::suggested(z));
    z.rect = rect;
    DesignPatch p;
    p.zones.push_back({z.id, int(m_document->design().zones.size()), std::nullopt, z});
    push(std::move(p), QObject::tr("Add zone"));
    return z.id;
}

void Edits::editZone(const Zone &before, const Zone &after)
{
    Zone target = after;
    // An id PortPlanner made from the old name follows the new one.
    if (target.id == before.id && target.name != before.name && zoneids::followsName(before)) {
        const QString wanted = zoneids::suggested(target);
        target.id = wanted == before.id ? before.id : m_document->uniqueId(wanted);
    }
    const QString text = QObject::tr("Edit zone %1").arg(before.name.isEmpty() ? before.id : before.name);
    if (target.id == before.id) {
        DesignPatch p;
        p.zones.push_back({before.id, m_document->zoneIndex(before.id), before, target});
        push(std::move(p), text);
        return;
    }
    push(renamePatch(before, target), text);
}

DesignPatch Edits::renamePatch(const Zone &before, const Zone &after) const
{
    // Every reference to the old id changes in the same step (zoneids::rename).
    const Design &d = m_document->design();
    Design renamed = d;
    *renamed.zone(before.id) = after;
    zoneids::rename(renamed, before.id, after.id);
    DesignPatch p;
    const int index = m_document->zoneIndex(before.id);
    p.zones.push_back({before.id, index, before, renamed.zones[size_t(index)]});
    for (size_t i = 0; i < d.hosts.size(); ++i)
        if (!(d.hosts[i] == renamed.hosts[i]))
            p.hosts.push_back({d.hosts[i].id, int(i), d.hosts[i], renamed.hosts[i]});
    for (size_t i = 0; i < d.firewalls.size(); ++i)
        if (!(d.firewalls[i] == renamed.firewalls[i]))
            p.firewalls.push_back({d.firewalls[i].id, int(i), d.firewalls[i], renamed.firewalls[i]});
    if (!(d.routes == renamed.routes))
        p.routes = std::make_pair(d.routes, renamed.routes);
    if (!(d.boundaryGroups == renamed.boundaryGroups))
        p.boundaryGroups = std::make_pair(d.boundaryGroups, renamed.boundaryGroups);
    if (d.reviews != renamed.reviews || d.reviewCursor != renamed.reviewCursor)
        p.reviews = std::make_pair(std::make_pair(d.reviews, d.reviewCursor),
                                   std::make_pair(renamed.reviews, renamed.reviewCursor));
    return p;
}

bool Edits::renameZone(const QString &zoneId, const QString &newId)
{
    const Zone *zone = m_document->zone(zoneId);
    if (!zone || !zoneids::isValid(newId) || (newId != zoneId && m_document->uniqueId(newId) != newId))
        return false;
    if (newId == zoneId)
        return true;
    Zone after = *zone;
    after.id = newId;
    push(renamePatch(*zone, after), QObject::tr("Change zone id %1 to %2").arg(zoneId, newId));
    return true;
}

void Edits::editZoneGeometry(const QString &zoneId, const QRectF &rect, const std::vector<Placement> &carried)
{
    const Zone *zone = m_document->zone(zoneId);
    if (!zone)
        return;
    DesignPatch p;
    Zone after = *zone;
    after.rect = rect;
    p.zones.push_back({zoneId, m_document->zoneIndex(zoneId), *zone, after});
    for (const Placement &pl : carried)
        if (const Host *host = m_document->host(pl.id)) {
            Host moved = *host;
            moved.pos = pl.pos;
            moved.zone = pl.zone;
            p.hosts.push_back({pl.id, m_document->hostIndex(pl.id), *host, moved});
        }
    const bool resized = zone->rect.size() != rect.size();
    push(std::move(p), resized ? QObject::tr("Resize zone") : QObject::tr("Move zone"));
}

void Edits::addSite(const Site &site)
{
    DesignPatch p;
    p.sites.push_back({site.code, int(m_document->design().sites.size()), std::nullopt, site});
    push(std::move(p), QObject::tr("Add site %1").arg(site.code));
}

void Edits::editSite(const Site &before, const Site &after)
{
    DesignPatch p;
    p.sites.push_back({before.code, m_document->design().siteIndex(before.code), before, after});
    push(std::move(p), QObject::tr("Edit site %1").arg(before.code));
}

void Edits::removeSite(const QString &code)
{
    const Design &d = m_document->design();
    const int index = d.siteIndex(code);
    if (index < 0)
        return;
    DesignPatch p;
    p.sites.push_back({code, index, d.sites[size_t(index)], std::nullopt});
    for (size_t i = 0; i < d.sites.size(); ++i)
        if (d.sites[i].parent == code) {
            Site child = d.sites[i];
            child.parent.clear();
            p.sites.push_back({child.code, int(i), d.sites[i], child});
        }
    for (size_t i = 0; i < d.hosts.size(); ++i)
        if (d.hosts[i].site == code) {
            Host h = d.hosts[i];
            h.site.clear();
            p.hosts.push_back({h.id, int(i), d.hosts[i], h});
        }
    std::vector<BoundaryGroup> groups = d.boundaryGroups;
    for (BoundaryGroup &g : groups)
        if (g.site == code)
            g.site.clear();
    if (!(groups == d.boundaryGroups))
        p.boundaryGroups = std::make_pair(d.boundaryGroups, groups);
    push(std::move(p), QObject::tr("Remove site %1").arg(code));
}

QByteArray Edits::copy(const QStringList &hostIds, const QStringList &zoneIds) const
{
    return fragmentJson(m_document->design(), QSet<QString>(hostIds.begin(), hostIds.end()), zoneIds);
}

QStringList Edits::paste(const QByteArray &bytes, const QPointF &offset, const QString &targetZone, QString *error)
{
    QString why;
    const std::optional<Fragment> parsed = parseFragment(bytes, m_catalog, &why);
    if (!parsed) {
        if (error)
            *error = QObject::tr("The clipboard holds no PortPlanner hosts: %1").arg(why);
        return {};
    }
    const Design &fragment = parsed->design;
    const QSet<QString> &pastedZones = parsed->wholeZones;

    DesignPatch p;
    QHash<QString, QString> zoneMap;
    int zoneIndex = int(m_document->design().zones.size());
    QStringList takenIds;
    auto fresh = [&](const QString &base) {
        QString id = m_document->uniqueId(base);
        for (int n = 2; takenIds.contains(id); ++n)
            id = m_document->uniqueId(QStringLiteral("%1-%2").arg(base).arg(n));
        takenIds << id;
        return id;
    };
    for (const Zone &z : fragment.zones) {
        if (!pastedZones.contains(z.id)) {
            // Hosts copied without their zone land in the target zone, or
            // back in their own zone when it still exists.
            zoneMap.insert(z.id, !targetZone.isEmpty() ? targetZone : m_document->zone(z.id) ? z.id : QString());
            continue;
        }
        Zone copy = z;
        copy.id = fresh(z.id);
        copy.rect.translate(offset);
        zoneMap.insert(z.id, copy.id);
        p.zones.push_back({copy.id, zoneIndex++, std::nullopt, copy});
    }
    int hostIndex = int(m_document->design().hosts.size());
    QStringList added;
    QPointF shift = offset;
    if (pastedZones.isEmpty() && !targetZone.isEmpty() && !fragment.hosts.empty()) {
        // Into a chosen zone: keep the hosts' arrangement, move it to the zone's corner.
        QRectF bounds;
        for (const Host &h : fragment.hosts)
            bounds |= QRectF(h.pos, QSizeF(1, 1));
        shift = m_document->zone(targetZone)->rect.topLeft() + QPointF(20, 50) - bounds.topLeft();
    }
    QHash<QString, QString> newIds;
    for (const Host &h : fragment.hosts) {
        const QString zone = zoneMap.value(h.zone);
        if (zone.isEmpty())
            continue;
        Host copy = h;
        copy.id = fresh(h.id);
        copy.zone = zone;
        copy.pos = h.pos + shift;
        if (!m_document->site(copy.site))
            copy.site.clear();
        p.hosts.push_back({copy.id, hostIndex++, std::nullopt, copy});
        added << copy.id;
        newIds.insert(h.id, copy.id);
    }
    // A pull DP pasted with its source pulls from the source's copy.
    for (auto &change : p.hosts)
        remapHostOptionReferences(change.after->options, newIds, m_document->design());
    if (p.hosts.empty() && p.zones.empty()) {
        if (error)
            *error = QObject::tr("Nothing to paste here: choose a zone first.");
        return {};
    }
    push(std::move(p), QObject::tr("Paste %n host(s)", nullptr, int(added.size())));
    return added;
}

} // namespace pp::commands
