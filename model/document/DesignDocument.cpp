#include "model/document/DesignDocument.h"

#include <QSet>

#include <algorithm>

namespace pp {

DesignDocument::DesignDocument(QObject *parent) : QObject(parent) {}

void DesignDocument::reset(Design design)
{
    m_design = std::move(design);
    reindexHosts();
    reindexZones();
    emit designReset();
    notifyStructural();
}

const Host *DesignDocument::host(const QString &id) const
{
    const int i = hostIndex(id);
    return i < 0 ? nullptr : &m_design.hosts[size_t(i)];
}

const Zone *DesignDocument::zone(const QString &id) const
{
    const int i = zoneIndex(id);
    return i < 0 ? nullptr : &m_design.zones[size_t(i)];
}

const Site *DesignDocument::site(const QString &code) const
{
    return m_design.site(code);
}

QString DesignDocument::uniqueId(const QString &base) const
{
    auto taken = [this](const QString &id) {
        if (m_hostIndex.contains(id) || m_zoneIndex.contains(id) || m_design.site(id))
            return true;
        for (const Link &l : m_design.links)
            if (l.id == id)
                return true;
        return m_design.firewallIndex(id) >= 0;
    };
    const QString stem = base.isEmpty() ? QStringLiteral("item") : base;
    if (!taken(stem))
        return stem;
    for (int n = 2;; ++n) {
        const QString candidate = QStringLiteral("%1-%2").arg(stem).arg(n);
        if (!taken(candidate))
            return candidate;
    }
}

void DesignDocument::insertHost(int index, const Host &host)
{
    index = std::clamp(index, 0, int(m_design.hosts.size()));
    m_design.hosts.insert(m_design.hosts.begin() + index, host);
    reindexHosts();
    emit hostAdded(host.id);
    notifyStructural();
}

void DesignDocument::insertHosts(const std::vector<std::pair<int, Host>> &hosts)
{
    if (hosts.empty())
        return;
    // One merge pass: inserting one by one would shift the whole list (ten
    // thousand hosts in the XL design) once per host.
    std::vector<Host> merged;
    merged.reserve(m_design.hosts.size() + hosts.size());
    size_t next = 0;
    for (const auto &[index, host] : hosts) {
        while (int(merged.size()) < index && next < m_design.hosts.size())
            merged.push_back(std::move(m_design.hosts[next++]));
        merged.push_back(host);
    }
    while (next < m_design.hosts.size())
        merged.push_back(std::move(m_design.hosts[next++]));
    m_design.hosts = std::move(merged);
    reindexHosts();
    for (const auto &entry : hosts)
        emit hostAdded(entry.second.id);
    notifyStructural();
}

void DesignDocument::removeHosts(const QStringList &ids)
{
    QSet<QString> gone;
    for (const QString &id : ids)
        if (m_hostIndex.contains(id))
            gone.insert(id);
    if (gone.isEmpty())
        return;
    auto &hosts = m_design.hosts;
    hosts.erase(std::remove_if(hosts.begin(), hosts.end(), [&gone](const Host &h) { return gone.contains(h.id); }),
                hosts.end());
    reindexHosts();
    for (const QString &id : ids)
        if (gone.remove(id))
            emit hostRemoved(id);
    notifyStructural();
}

void DesignDocument::removeHost(const QString &id)
{
    const int i = hostIndex(id);
    if (i < 0)
        return;
    m_design.hosts.erase(m_design.hosts.begin() + i);
    reindexHosts();
    emit hostRemoved(id);
    notifyStructural();
}

void DesignDocument::replaceHost(const Host &host)
{
    replaceHosts({host});
}

void DesignDocument::replaceHosts(const std::vector<Host> &hosts)
{
    DesignChange change;
    change.structural = false;
    for (const Host &h : hosts) {
        const int i = hostIndex(h.id);
        if (i < 0)
            continue;
        m_design.hosts[size_t(i)] = h;
        change.hosts << h.id;
    }
    if (change.hosts.isEmpty())
        return;
    for (const QString &id : std::as_const(change.hosts))
        emit hostChanged(id);
    emit changed(change);
}

void DesignDocument::insertZone(int index, const Zone &zone)
{
    index = std::clamp(index, 0, int(m_design.zones.size()));
    m_design.zones.insert(m_design.zones.begin() + index, zone);
    reindexZones();
    emit zoneAdded(zone.id);
    notifyStructural();
}

void DesignDocument::removeZone(const QString &id)
{
    const int i = zoneIndex(id);
    if (i < 0)
        return;
    m_design.zones.erase(m_design.zones.begin() + i);
    reindexZones();
    emit zoneRemoved(id);
    notifyStructural();
}

void DesignDocument::replaceZone(const Zone &zone)
{
    replaceZone(zone.id, zone);
}

void DesignDocument::replaceZone(const QString &id, const Zone &zone)
{
    const int i = zoneIndex(id);
    if (i < 0)
        return;
    m_design.zones[size_t(i)] = zone;
    if (zone.id != id) {
        reindexZones();
        emit zoneRenamed(id, zone.id);
    }
    emit zoneChanged(zone.id);
    notifyStructural();
}

void DesignDocument::insertSite(int index, const Site &site)
{
    index = std::clamp(index, 0, int(m_design.sites.size()));
    m_design.sites.insert(m_design.sites.begin() + index, site);
    emit siteAdded(site.code);
    notifyStructural();
}

void DesignDocument::removeSite(const QString &code)
{
    const int i = m_design.siteIndex(code);
    if (i < 0)
        return;
    m_design.sites.erase(m_design.sites.begin() + i);
    emit siteRemoved(code);
    notifyStructural();
}

void DesignDocument::replaceSite(const QString &code, const Site &site)
{
    const int i = m_design.siteIndex(code);
    if (i < 0)
        return;
    m_design.sites[size_t(i)] = site;
    emit siteChanged(site.code);
    notifyStructural();
}

void DesignDocument::insertFirewall(int index, const Firewall &firewall)
{
    index = std::clamp(index, 0, int(m_design.firewalls.size()));
    m_design.firewalls.insert(m_design.firewalls.begin() + index, firewall);
    emit firewallAdded(firewall.id);
    notifyStructural();
}

void DesignDocument::removeFirewall(const QString &id)
{
    const int i = m_design.firewallIndex(id);
    if (i < 0)
        return;
    m_design.firewalls.erase(m_design.firewalls.begin() + i);
    emit firewallRemoved(id);
    notifyStructural();
}

void DesignDocument::replaceFirewall(const Firewall &firewall)
{
    const int i = m_design.firewallIndex(firewall.id);
    if (i < 0)
        return;
    Firewall &current = m_design.firewalls[size_t(i)];
    Firewall moved = current;
    moved.pos = firewall.pos;
    const bool onlyMoved = moved == firewall;
    current = firewall;
    emit firewallChanged(firewall.id);
    DesignChange change;
    change.structural = !onlyMoved;
    emit changed(change);
}

void DesignDocument::setRoutes(std::vector<Route> routes)
{
    m_design.routes = std::move(routes);
    emit routesChanged();
    notifyStructural();
}

void DesignDocument::setLinks(std::vector<Link> links)
{
    m_design.links = std::move(links);
    emit linksChanged();
    notifyStructural();
}

void DesignDocument::setName(const QString &name)
{
    m_design.name = name;
    emit propertiesChanged();
    notifyStructural();
}

void DesignDocument::setCatalog(const QString &catalogId)
{
    m_design.catalog = catalogId;
    emit propertiesChanged();
    notifyStructural();
}

void DesignDocument::setSettings(const DesignSettings &settings)
{
    m_design.settings = settings;
    emit propertiesChanged();
    notifyStructural();
}

void DesignDocument::setChangeRequest(const ChangeRequestInfo &info)
{
    m_design.changeRequest = info;
    emit propertiesChanged();
    DesignChange change;
    change.structural = false; // metadata does not change flows
    emit changed(change);
}

void DesignDocument::setReviews(std::vector<ReviewDecision> reviews, const QString &cursor)
{
    m_design.reviews = std::move(reviews);
    m_design.reviewCursor = cursor;
    emit reviewsChanged();
    DesignChange change;
    change.structural = false; // decisions do not change flows
    emit changed(change);
}

void DesignDocument::setVerifications(std::vector<VerificationRecord> records)
{
    m_design.verifications = std::move(records);
    emit verificationsChanged();
    DesignChange change;
    change.structural = false; // results do not change flows
    emit changed(change);
}

void DesignDocument::setBoundaryGroups(std::vector<BoundaryGroup> groups)
{
    m_design.boundaryGroups = std::move(groups);
    emit boundaryGroupsChanged();
    notifyStructural();
}

void DesignDocument::reindexHosts()
{
    m_hostIndex.clear();
    m_hostIndex.reserve(qsizetype(m_design.hosts.size()));
    for (size_t i = 0; i < m_design.hosts.size(); ++i)
        m_hostIndex.insert(m_design.hosts[i].id, int(i));
}

void DesignDocument::reindexZones()
{
    m_zoneIndex.clear();
    for (size_t i = 0; i < m_design.zones.size(); ++i)
        m_zoneIndex.insert(m_design.zones[i].id, int(i));
}

void DesignDocument::notifyStructural()
{
    emit changed(DesignChange{});
}

} // namespace pp
