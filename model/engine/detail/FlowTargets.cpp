// FlowGenerator's first half: which hosts a catalog connection reaches from
// one host (its conditions, the site hierarchy, boundary groups). What it
// emits for each is in FlowGenerator.cpp.
#include "model/engine/detail/FlowGenerator.h"

#include <algorithm>
#include <unordered_map>

namespace pp::engine {

bool FlowGenerator::conditionsHold(const QVector<Condition> &conditions, int from, int to) const
{
    const Design &d = m_ix.design;
    const int site = m_ix.hostSite[size_t(from)];
    const Site *fromSite = site >= 0 ? &d.sites[size_t(site)] : nullptr;
    const HostOptions *toOptions = to >= 0 ? &d.hosts[size_t(to)].options : nullptr;
    for (Condition c : conditions) {
        bool holds = true;
        switch (c) {
        case Condition::FromSiteWakeUpProxy:
            holds = fromSite && fromSite->wakeUpProxyEnabled();
            break;
        case Condition::FromSiteWakeOnLan:
            holds = fromSite && fromSite->wakeOnLanEnabled();
            break;
        case Condition::FromSiteTopLevel:
            holds = fromSite && m_ix.siteParent[size_t(site)] < 0;
            break;
        case Condition::FromDomainIntranet:
            holds = !d.hosts[size_t(from)].options.workgroup.value_or(false) && !m_ix.isInternetClient(from);
            break;
        case Condition::HierarchyHasCertificateRegistrationPoint:
            holds = hierarchyHas(site, m_ix.roleCertificateRegistration);
            break;
        case Condition::HierarchyHasCloudManagementGateway:
            holds = hierarchyHas(site, m_ix.roleCloudManagementGateway);
            break;
        case Condition::FromInternet:
            holds = m_ix.isInternetClient(from);
            break;
        case Condition::FromSiteWinPePeerCache:
            holds = fromSite && fromSite->winPePeerCacheEnabled();
            break;
        case Condition::FromSiteExpressUpdates:
            holds = fromSite && fromSite->expressUpdatesEnabled();
            break;
        // The CMG's deployment and VM count (bkmk_cmgcp-cmg2, bkmk_cmgcp-cmg).
        case Condition::ToCmgScaleSet:
            holds = !toOptions || !toOptions->cmgClassic();
            break;
        case Condition::ToCmgClassic:
            holds = !toOptions || toOptions->cmgClassic();
            break;
        case Condition::ToCmgOneVm:
            holds = !toOptions || toOptions->cmgInstanceCount() == 1;
            break;
        case Condition::ToCmgSeveralVms:
            holds = !toOptions || toOptions->cmgInstanceCount() > 1;
            break;
        // Conditions on the responding host hold until a host is known.
        case Condition::ToPxe:
            holds = !toOptions || toOptions->pxeEnabled();
            break;
        case Condition::ToMulticast:
            holds = !toOptions || toOptions->multicastEnabled();
            break;
        case Condition::ToInternetFacing:
            holds = !toOptions || toOptions->connections() != ClientConnections::Intranet;
            break;
        case Condition::ToAzureLoadBalancer:
            holds = !toOptions || toOptions->azureLoadBalancer.value_or(false);
            break;
        case Condition::RemoteSql:
            holds = to != from;
            break;
        }
        if (!holds)
            return false;
    }
    return true;
}

bool FlowGenerator::hierarchyHas(int site, int role) const
{
    return site >= 0 && role >= 0 && (m_ix.hierarchyRoles[size_t(m_ix.siteTop[size_t(site)])] >> role) & 1U;
}

void FlowGenerator::targets(const Connection &conn, int host, std::vector<Target> &out) const
{
    out.clear();
    const int site = m_ix.hostSite[size_t(host)];
    if (!conn.hostOption.isEmpty()) {
        // The initiating host names whom it talks to (a pull DP's sources, a
        // data warehouse point's database): those hosts replace the scope.
        const QStringList named = m_ix.design.hosts[size_t(host)].options.namedHosts(conn.hostOption);
        for (const QString &id : named)
            if (const int t = m_ix.hostById.value(id, -1); t >= 0)
                out.push_back(Target{t, 0, -1, -1});
        if (!named.isEmpty())
            return;
    }
    auto add = [&out](const std::vector<int> &hosts) {
        for (int t : hosts)
            out.push_back(Target{t, 0, -1, -1});
    };
    auto addIf = [&out](const std::vector<int> &hosts, auto keep) {
        for (int t : hosts)
            if (keep(t))
                out.push_back(Target{t, 0, -1, -1});
    };
    switch (conn.scope) {
    case Scope::Site: {
        // Rule 8 applies to clients: internet-based ones use only systems that
        // accept internet clients, intranet ones only those that accept them.
        const bool isClient = m_ix.catalog.role(conn.from).scope == RoleScope::Client;
        const int filter = isClient ? (m_ix.isInternetClient(host) ? 1 : 0) : -1;
        if (isClient && m_ix.hasBoundaryGroups && ((m_ix.boundaryRoles >> conn.to) & 1U))
            boundaryTargets(conn, host, filter, out);
        else
            add(m_ix.nearest(site, conn.to, filter));
        break;
    }
    case Scope::OwnSite:
        add(m_ix.hostsInSite(site, conn.to));
        break;
    case Scope::ParentChild:
        if (site < 0)
            break;
        if (m_ix.siteParent[size_t(site)] >= 0)
            add(m_ix.hostsInSite(m_ix.siteParent[size_t(site)], conn.to));
        for (int child : m_ix.siteChildren[size_t(site)])
            add(m_ix.hostsInSite(child, conn.to));
        break;
    case Scope::Global:
        add(m_ix.hostsByRole[size_t(conn.to)]);
        break;
    case Scope::Hierarchy:
        if (site < 0)
            break;
        addIf(m_ix.hostsByRole[size_t(conn.to)], [&](int t) {
            const int ts = m_ix.hostSite[size_t(t)];
            return ts >= 0 && m_ix.siteTop[size_t(ts)] == m_ix.siteTop[size_t(site)];
        });
        break;
    case Scope::Subtree:
        if (site < 0)
            break;
        addIf(m_ix.hostsByRole[size_t(conn.to)], [&](int t) { return m_ix.inSubtree(m_ix.hostSite[size_t(t)], site); });
        break;
    case Scope::Peer:
        if (site >= 0)
            add(m_ix.peers(site, m_ix.hostZone[size_t(host)], conn.to));
        break;
    case Scope::Named:
        break; // only the hosts a host option names
    }
}

void FlowGenerator::boundaryTargets(const Connection &conn, int host, int filter, std::vector<Target> &out) const
{
    const auto &groups = m_ix.hostGroups[size_t(host)];
    const int site = m_ix.hostSite[size_t(host)];
    if (groups.empty()) {
        // In no group: the site default group, as rule 1 (validation warns).
        for (int t : m_ix.nearest(site, conn.to, filter))
            out.push_back(Target{t, 0, -1, -1});
        return;
    }
    // Rule 8: an internet-based client uses its own site's systems only.
    auto eligible = [&](int t) {
        return m_ix.has(t, conn.to) && (filter < 0 || m_ix.servesClient(t, conn.to, filter == 1))
            && (filter != 1 || m_ix.hostSite[size_t(t)] == site);
    };
    auto seen = [&out](int t) {
        for (const Target &x : out)
            if (x.host == t)
                return true;
        return false;
    };
    const auto &design = m_ix.design;
    for (int g : groups)
        for (int t : m_ix.groupSystems[size_t(g)])
            if (eligible(t) && !seen(t))
                out.push_back(Target{t, 0, -1, -1});
    // Fallback is not transitive: only the client's own groups' neighbours.
    const QString &roleId = m_ix.catalog.role(conn.to).id;
    bool defaultAllowed = false;
    int defaultVia = -1;
    for (int g : groups) {
        const BoundaryGroup &group = design.boundaryGroups[size_t(g)];
        if (group.usesDefaultGroup() && defaultVia < 0) {
            defaultAllowed = true;
            defaultVia = g;
        }
        for (size_t r = 0; r < group.fallback.size(); ++r) {
            const BoundaryFallback &fb = group.fallback[r];
            if (fb.never || (!fb.roles.isEmpty() && !fb.roles.contains(roleId)))
                continue;
            const int neighbour = m_ix.groupById.value(fb.to, -1);
            if (neighbour < 0 || neighbour == g)
                continue;
            for (int t : m_ix.groupSystems[size_t(neighbour)])
                if (eligible(t) && !seen(t))
                    out.push_back(Target{t, FlowFallback, g, int(r)});
        }
    }
    if (defaultAllowed)
        for (int t : m_ix.nearest(site, conn.to, filter))
            if (!seen(t))
                out.push_back(Target{t, FlowFallback, defaultVia, -1});
}

} // namespace pp::engine
