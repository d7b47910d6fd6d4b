#pragma once

// Private to the engine: the design re-expressed as indices and bit masks, so
// that scoping a connection costs lookups rather than string compares.

#include "model/catalog/Catalog.h"
#include "model/design/Design.h"

#include <QHash>

#include <cstdint>
#include <unordered_map>
#include <vector>

namespace pp::engine {

using RoleMask = std::uint64_t;

struct EngineIndex
{
    EngineIndex(const Design &design, const Catalog &catalog);

    const Design &design;
    const Catalog &catalog;

    QHash<QString, int> siteByCode;
    QHash<QString, int> zoneById;
    QHash<QString, int> hostById;

    std::vector<int> hostZone;       ///< zone index per host (-1 if unknown)
    std::vector<int> hostSite;       ///< site index per host (-1 if none)
    std::vector<RoleMask> hostRoles;
    std::vector<int> siteParent;     ///< -1 for top-level sites
    std::vector<int> siteTop;        ///< the top-level site of each site's hierarchy
    std::vector<std::vector<int>> siteChildren;
    std::vector<RoleMask> hierarchyRoles; ///< per top-level site: roles present anywhere below
    std::vector<std::vector<int>> hostsByRole;
    /// per connection "from" role: the catalog connections it starts
    std::vector<std::vector<int>> connectionsFrom;

    /// Rule 9. Groups per host (filled for hosts with a client-scope role)
    /// and the roles boundary groups govern.
    bool hasBoundaryGroups = false;
    std::vector<std::vector<int>> hostGroups;
    std::vector<std::vector<int>> groupSystems; ///< host indices per group
    QHash<QString, int> groupById;
    RoleMask boundaryRoles = 0;

    int roleSiteServer = -1;
    int roleProxy = -1;
    int roleCertificateRegistration = -1;
    int roleCloudManagementGateway = -1;

    bool has(int host, int role) const { return role >= 0 && (hostRoles[size_t(host)] >> role) & 1U; }
    const std::vector<int> &hostsInSite(int site, int role) const;
    bool isInternetClient(int host) const;
    bool inSubtree(int site, int root) const;
    /// Rule 1: the role's hosts in the site, else in the nearest ancestor
    /// that has any eligible one. `internetClient` selects rule 8's filter
    /// for client-facing roles (-1: no filter); for internet-based clients
    /// (1) only the site itself counts: they do not fall back to a parent.
    const std::vector<int> &nearest(int site, int role, int internetClient) const;
    /// Rule 8: may a client of this kind use this client-facing system?
    bool servesClient(int system, int role, bool internetClient) const;
    const std::vector<int> &peers(int site, int zone, int role) const;

private:
    void indexBoundaryGroups();

    std::vector<std::vector<int>> m_siteRoleHosts; ///< [site * roleCount + role]
    size_t m_roleCount = 0;
    std::vector<int> m_none;
    mutable std::unordered_map<std::uint64_t, std::vector<int>> m_nearestCache;
    mutable std::unordered_map<std::uint64_t, std::vector<int>> m_peerCache;
};

} // namespace pp::engine
