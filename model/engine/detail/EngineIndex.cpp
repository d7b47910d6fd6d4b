#include "model/engine/detail/EngineIndex.h"

#include <QHostAddress>

#include <algorithm>
#include <iterator>
#include <map>
#include <unordered_map>

namespace pp::engine {

EngineIndex::EngineIndex(const Design &d, const Catalog &c)
    : design(d), catalog(c)
{
    m_roleCount = c.roles().size();
    roleSiteServer = c.roleIndex(QStringLiteral("site_server"));
    roleProxy = c.roleIndex(QStringLiteral("proxy_server"));
    roleCertificateRegistration = c.roleIndex(QStringLiteral("certificate_registration_point"));
    roleCloudManagementGateway = c.roleIndex(QStringLiteral("cloud_management_gateway"));

    siteByCode.reserve(qsizetype(d.sites.size()));
    for (size_t i = 0; i < d.sites.size(); ++i)
        siteByCode.insert(d.sites[i].code, int(i));
    zoneById.reserve(qsizetype(d.zones.size()));
    for (size_t i = 0; i < d.zones.size(); ++i)
        zoneById.insert(d.zones[i].id, int(i));
    hostById.reserve(qsizetype(d.hosts.size()));
    for (size_t i = 0; i < d.hosts.size(); ++i)
        hostById.insert(d.hosts[i].id, int(i));

    const size_t siteCount = d.sites.size();
    siteParent.assign(siteCount, -1);
    siteChildren.assign(siteCount, {});
    for (size_t i = 0; i < siteCount; ++i) {
        siteParent[i] = siteByCode.value(d.sites[i].parent, -1);
        if (siteParent[i] >= 0)
            siteChildren[size_t(siteParent[i])].push_back(int(i));
    }
    siteTop.assign(siteCount, -1);
    for (size_t i = 0; i < siteCount; ++i) {
        int s = int(i);
        // Bounded walk: DesignFile refuses cycles, but the engine never loops.
        for (size_t steps = 0; siteParent[size_t(s)] >= 0 && steps < siteCount; ++steps)
            s = siteParent[size_t(s)];
        siteTop[i] = s;
    }

    hostZone.resize(d.hosts.size());
    hostSite.resize(d.hosts.size());
    hostRoles.resize(d.hosts.size());
    hostsByRole.assign(m_roleCount, {});
    m_siteRoleHosts.assign(siteCount * m_roleCount, {});
    hierarchyRoles.assign(siteCount, 0);
    for (size_t h = 0; h < d.hosts.size(); ++h) {
        const Host &host = d.hosts[h];
        hostZone[h] = zoneById.value(host.zone, -1);
        hostSite[h] = host.site.isEmpty() ? -1 : siteByCode.value(host.site, -1);
        RoleMask mask = 0;
        for (const QString &r : host.roles) {
            const int role = c.roleIndex(r);
            if (role < 0)
                continue;
            mask |= RoleMask(1) << role;
            hostsByRole[size_t(role)].push_back(int(h));
            if (hostSite[h] >= 0) {
                m_siteRoleHosts[size_t(hostSite[h]) * m_roleCount + size_t(role)].push_back(int(h));
                hierarchyRoles[size_t(siteTop[size_t(hostSite[h])])] |= RoleMask(1) << role;
            }
        }
        hostRoles[h] = mask;
    }

    connectionsFrom.assign(m_roleCount, {});
    for (const Connection &conn : c.connections())
        connectionsFrom[size_t(conn.from)].push_back(conn.index);
    indexBoundaryGroups();
}

namespace {

using Subnet = QPair<QHostAddress, int>;

quint32 ipv4Mask(int prefix)
{
    return prefix == 0 ? 0 : ~quint32(0) << (32 - prefix);
}

/// The subnet boundaries of the boundary groups (rule 9), asked which
/// groups' boundaries hold an address or subnet. IPv4 boundaries are looked
/// up by prefix length and masked network, so matching costs one hash probe
/// per distinct prefix length, not one test per boundary (the XL design has
/// a thousand of them).
class SubnetBoundaries
{
public:
    void add(int group, const Subnet &boundary)
    {
        if (boundary.first.protocol() == QAbstractSocket::IPv4Protocol)
            m_ipv4[boundary.second][boundary.first.toIPv4Address() & ipv4Mask(boundary.second)].push_back(group);
        else
            m_other.push_back({group, boundary});
    }

    /// Appends the groups whose boundary holds a subnet (address, prefix length).
    void groupsHolding(const QHostAddress &address, int prefix, std::vector<int> &out) const
    {
        if (address.protocol() == QAbstractSocket::IPv4Protocol) {
            const quint32 ip = address.toIPv4Address();
            for (const auto &[len, byNetwork] : m_ipv4) {
                if (len > prefix)
                    break;
                auto it = byNetwork.find(ip & ipv4Mask(len));
                if (it != byNetwork.end())
                    out.insert(out.end(), it->second.begin(), it->second.end());
            }
            return;
        }
        for (const auto &[g, boundary] : m_other)
            if (prefix >= boundary.second && address.isInSubnet(boundary))
                out.push_back(g);
    }

    /// The groups a zone lies inside: those holding all its subnets, sorted.
    std::vector<int> groupsHoldingAll(const QStringList &subnets) const
    {
        std::vector<int> common;
        for (int i = 0; i < subnets.size(); ++i) {
            const auto zs = QHostAddress::parseSubnet(subnets[i]);
            std::vector<int> holding;
            if (!zs.first.isNull())
                groupsHolding(zs.first, zs.second, holding);
            std::sort(holding.begin(), holding.end());
            if (i == 0) {
                common = holding;
            } else {
                std::vector<int> both;
                std::set_intersection(common.begin(), common.end(), holding.begin(), holding.end(), std::back_inserter(both));
                common.swap(both);
            }
        }
        return common;
    }

private:
    std::map<int, std::unordered_map<quint32, std::vector<int>>> m_ipv4;
    std::vector<std::pair<int, Subnet>> m_other;
};

/// Rule 9: the boundary groups of each client host: those with its zone as
/// a boundary, those whose subnets hold its whole zone, and those whose
/// subnets hold one of its addresses. Empty for hosts without a client role.
std::vector<std::vector<int>> clientGroups(const EngineIndex &index, const std::vector<std::vector<int>> &groupsByZone,
                                           const SubnetBoundaries &subnets)
{
    const Design &design = index.design;
    std::vector<std::vector<int>> zoneInSubnetGroups(design.zones.size());
    for (size_t z = 0; z < design.zones.size(); ++z)
        zoneInSubnetGroups[z] = subnets.groupsHoldingAll(design.zones[z].subnets);

    RoleMask clientRoles = 0;
    for (const Role &r : index.catalog.roles())
        if (r.scope == RoleScope::Client)
            clientRoles |= RoleMask(1) << r.index;
    std::vector<std::vector<int>> out(design.hosts.size());
    for (size_t h = 0; h < design.hosts.size(); ++h) {
        if (!(index.hostRoles[h] & clientRoles))
            continue;
        std::vector<int> &mine = out[h];
        const int zone = index.hostZone[h];
        if (zone >= 0) {
            mine = groupsByZone[size_t(zone)];
            mine.insert(mine.end(), zoneInSubnetGroups[size_t(zone)].begin(), zoneInSubnetGroups[size_t(zone)].end());
        }
        for (const QString &a : design.hosts[h].addresses) {
            const QHostAddress address(a);
            subnets.groupsHolding(address, address.protocol() == QAbstractSocket::IPv4Protocol ? 32 : 128, mine);
        }
        std::sort(mine.begin(), mine.end());
        mine.erase(std::unique(mine.begin(), mine.end()), mine.end());
    }
    return out;
}

} // namespace

void EngineIndex::indexBoundaryGroups()
{
    for (const char *id : {"distribution_point", "management_point", "software_update_point", "state_migration_point"}) {
        const int role = catalog.roleIndex(QString::fromLatin1(id));
        if (role >= 0)
            boundaryRoles |= RoleMask(1) << role;
    }
    hasBoundaryGroups = !design.boundaryGroups.empty();
    if (!hasBoundaryGroups)
        return;
    const auto &groups = design.boundaryGroups;
    groupSystems.assign(groups.size(), {});
    // Zone boundaries by zone; subnet boundaries parsed once.
    std::vector<std::vector<int>> groupsByZone(design.zones.size());
    SubnetBoundaries subnets;
    for (size_t g = 0; g < groups.size(); ++g) {
        groupById.insert(groups[g].id, int(g));
        for (const QString &z : groups[g].zones) {
            const int zone = zoneById.value(z, -1);
            if (zone >= 0)
                groupsByZone[size_t(zone)].push_back(int(g));
        }
        for (const QString &s : groups[g].subnets) {
            const auto subnet = QHostAddress::parseSubnet(s);
            if (!subnet.first.isNull())
                subnets.add(int(g), subnet);
        }
        for (const QString &id : groups[g].systems) {
            const int h = hostById.value(id, -1);
            if (h >= 0)
                groupSystems[g].push_back(h);
        }
    }
    hostGroups = clientGroups(*this, groupsByZone, subnets);
}

const std::vector<int> &EngineIndex::hostsInSite(int site, int role) const
{
    if (site < 0 || role < 0)
        return m_none;
    return m_siteRoleHosts[size_t(site) * m_roleCount + size_t(role)];
}

bool EngineIndex::isInternetClient(int host) const
{
    const int zone = hostZone[size_t(host)];
    return zone >= 0 && design.zones[size_t(zone)].kind == ZoneKind::Internet;
}

bool EngineIndex::inSubtree(int site, int root) const
{
    for (size_t steps = 0; site >= 0 && steps <= siteParent.size(); ++steps) {
        if (site == root)
            return true;
        site = siteParent[size_t(site)];
    }
    return false;
}

bool EngineIndex::servesClient(int system, int role, bool internetClient) const
{
    if (!catalog.role(role).clientFacing)
        return true;
    const ClientConnections cc = design.hosts[size_t(system)].options.connections();
    if (cc == ClientConnections::Both)
        return true;
    return internetClient ? cc == ClientConnections::Internet : cc == ClientConnections::Intranet;
}

const std::vector<int> &EngineIndex::nearest(int site, int role, int internetClient) const
{
    if (site < 0 || role < 0)
        return m_none;
    const std::uint64_t key = (std::uint64_t(site) << 24) | (std::uint64_t(role) << 2)
        | std::uint64_t(internetClient + 1);
    auto it = m_nearestCache.find(key);
    if (it != m_nearestCache.end())
        return it->second;
    std::vector<int> found;
    for (int s = site, steps = 0; s >= 0 && size_t(steps) <= siteParent.size();
         s = siteParent[size_t(s)], ++steps) {
        for (int h : hostsInSite(s, role))
            if (internetClient < 0 || servesClient(h, role, internetClient == 1))
                found.push_back(h);
        // Rule 8: internet-based clients do not roam; they use the systems
        // of their assigned site or none (ibcm-plan in the catalog's sources).
        if (!found.empty() || internetClient == 1)
            break;
    }
    return m_nearestCache.emplace(key, std::move(found)).first->second;
}

const std::vector<int> &EngineIndex::peers(int site, int zone, int role) const
{
    const std::uint64_t key = (std::uint64_t(site + 1) << 40) | (std::uint64_t(zone + 1) << 8)
        | std::uint64_t(role);
    auto it = m_peerCache.find(key);
    if (it != m_peerCache.end())
        return it->second;
    std::vector<int> found;
    for (int h : hostsByRole[size_t(role)])
        if (hostSite[size_t(h)] == site && hostZone[size_t(h)] == zone)
            found.push_back(h);
    return m_peerCache.emplace(key, std::move(found)).first->second;
}

} // namespace pp::engine
