#include "model/engine/detail/ReachChecks.h"

#include "model/engine/detail/Findings.h"

#include "model/design/DisplayText.h"

#include <QCoreApplication>
#include <QHash>

#include <algorithm>

namespace pp::engine {

namespace {

QString internetSource(const Catalog &c)
{
    if (c.internetRestrictions().empty())
        return {};
    const SourcePage *page = c.source(c.internetRestrictions().front().source);
    return page ? page->citation() : QString();
}

/// The nearest site above `site` with a system of `role` that accepts
/// internet-based clients, or -1 (to say where the client cannot go).
int ancestorServingInternet(const EngineIndex &ix, int site, int role)
{
    for (int s = ix.siteParent[size_t(site)], steps = 0; s >= 0 && size_t(steps) <= ix.siteParent.size();
         s = ix.siteParent[size_t(s)], ++steps)
        for (int h : ix.hostsInSite(s, role))
            if (ix.servesClient(h, role, true))
                return s;
    return -1;
}

} // namespace

void checkClients(const EngineIndex &ix, Findings &out)
{
    const Design &d = ix.design;
    const Catalog &c = ix.catalog;
    const int client = c.roleIndex(QStringLiteral("client"));
    struct Need
    {
        int role;
        const char *code;
        QString what;
        QString ref;
    };
    const Need needs[] = {
        {c.roleIndex(QStringLiteral("management_point")), "client-without-management-point",
         QCoreApplication::translate("pp::Validator", "management point"), QStringLiteral("BKMK_PortsClient-MP")},
        {c.roleIndex(QStringLiteral("distribution_point")), "client-without-distribution-point",
         QCoreApplication::translate("pp::Validator", "distribution point"), QStringLiteral("BKMK_PortsClient-DP")},
    };
    for (int h : ix.hostsByRole[size_t(client)]) {
        const int site = ix.hostSite[size_t(h)];
        if (site < 0)
            continue;
        const Host &host = d.hosts[size_t(h)];
        const QString code = d.sites[size_t(site)].code;
        const bool internet = ix.isInternetClient(h);
        for (const Need &need : needs) {
            if (!ix.nearest(site, need.role, internet ? 1 : 0).empty())
                continue;
            if (!internet) {
                out.warning(need.code, QCoreApplication::translate("pp::Validator", "The clients of %1 have no %2 that serves them in site %3 or above.")
                                           .arg(host.id, need.what, code), need.ref)
                    .hosts << host.id;
                continue;
            }
            // Rule 8: no roaming, so a parent site's internet-facing systems
            // do not help; say so when that is what the design relies on.
            QString message = QCoreApplication::translate("pp::Validator", "The internet-based clients of %1 have no internet-facing %2 in their "
                                             "site %3.").arg(host.id, need.what, code);
            const int above = ancestorServingInternet(ix, site, need.role);
            if (above >= 0)
                message += QCoreApplication::translate("pp::Validator", " Site %1 above has one, but internet-based clients use only the systems of "
                                          "their assigned site.").arg(d.sites[size_t(above)].code);
            Finding &f = out.warning(need.code, message, need.ref);
            f.hosts << host.id;
            f.sites << code;
            f.source = internetSource(c);
        }
    }
}

/// Rule 8: secondary sites take no client connections from the internet,
/// and operating system deployment does not reach internet-based clients.
void checkInternetFacing(const EngineIndex &ix, Findings &out)
{
    const Design &d = ix.design;
    const Catalog &c = ix.catalog;
    const QString source = internetSource(c);
    const int dp = c.roleIndex(QStringLiteral("distribution_point"));
    for (size_t i = 0; i < d.hosts.size(); ++i) {
        const Host &h = d.hosts[i];
        const ClientConnections cc = h.options.connections();
        if (cc == ClientConnections::Intranet)
            continue;
        const int site = ix.hostSite[i];
        if (site >= 0 && d.sites[size_t(site)].type == SiteType::Secondary) {
            Finding &f = out.error("secondary-site-internet-system",
                                   QCoreApplication::translate("pp::Validator", "Host %1 in secondary site %2 is set to accept %3 clients; secondary "
                                                  "sites accept no client connections from the internet.")
                                       .arg(hostLabel(h), d.sites[size_t(site)].code,
                                            cc == ClientConnections::Both ? QCoreApplication::translate("pp::Validator", "intranet and internet")
                                                                          : QCoreApplication::translate("pp::Validator", "internet")),
                                   QStringLiteral("BKMK_IBCMports"));
            f.hosts << h.id;
            f.sites << d.sites[size_t(site)].code;
            f.source = source;
        }
        if (cc != ClientConnections::Internet || !ix.has(int(i), dp))
            continue;
        const struct
        {
            bool on;
            const char *code;
            QString feature;
            QString ref;
        } features[] = {
            {h.options.pxeEnabled(), "internet-only-dp-pxe", QStringLiteral("PXE"), QStringLiteral("BKMK_PortsClient-DP3")},
            {h.options.multicastEnabled(), "internet-only-dp-multicast", QCoreApplication::translate("pp::Validator", "multicast"),
             QStringLiteral("BKMK_PortsClient-DP2")},
        };
        for (const auto &feature : features) {
            if (!feature.on)
                continue;
            Finding &f = out.warning(feature.code,
                                     QCoreApplication::translate("pp::Validator", "Distribution point %1 enables %2 but serves only internet-based "
                                                    "clients, which get no operating system deployment: %2 cannot "
                                                    "work there.").arg(hostLabel(h), feature.feature),
                                     feature.ref);
            f.hosts << h.id;
            f.source = source;
        }
    }
}

/// Roles the design's catalog does not have (a design moved to a catalog
/// that dropped them, e.g. the application catalog in 2022): kept in the
/// file, no flows.
void checkCatalogRoles(const EngineIndex &ix, Findings &out)
{
    const Design &d = ix.design;
    for (const Host &h : d.hosts)
        for (const QString &r : h.roles) {
            if (ix.catalog.role(r))
                continue;
            const Role *known = Catalog::anyRole(r);
            out.warning("role-not-in-catalog",
                        QCoreApplication::translate("pp::Validator", "Host %1 carries the role %2, which the catalog %3 does not have: no flows "
                                       "for it.").arg(hostLabel(h), known ? known->name : r, ix.catalog.id()))
                .hosts << h.id;
        }
}

/// Rules of the current-branch catalog's roles and notes.
void checkCurrentBranch(const EngineIndex &ix, Findings &out)
{
    const Design &d = ix.design;
    const Catalog &c = ix.catalog;
    const int dp = c.roleIndex(QStringLiteral("distribution_point"));
    for (size_t i = 0; i < d.hosts.size(); ++i) {
        const Host &h = d.hosts[i];
        for (const QString &source : h.options.pullSources) {
            const int s = ix.hostById.value(source, -1);
            if (s >= 0 && (s == int(i) || !ix.has(s, dp)))
                out.warning("pull-source-not-dp",
                            QCoreApplication::translate("pp::Validator", "Host %1 pulls content from %2, which is not another distribution point.")
                                .arg(hostLabel(h), source),
                            QStringLiteral("BKMK_PortsPullDP-DPSource"))
                    .hosts << h.id << source;
        }
        if (!h.options.pullSources.isEmpty() && !ix.has(int(i), dp))
            out.warning("pull-sources-without-dp",
                        QCoreApplication::translate("pp::Validator", "Host %1 names pull sources but is not a distribution point; the option has "
                                       "no effect.").arg(hostLabel(h)),
                        QStringLiteral("BKMK_PortsPullDP-DPSource"))
                .hosts << h.id;
    }
    // The 2022 page's PXE note: ConfigMgr opens only the inbound Windows
    // Firewall rules of a PXE distribution point, never the outbound ones.
    const bool hostFirewallNote = std::any_of(c.notes().begin(), c.notes().end(), [](const SeedNote &n) {
        return n.key == QLatin1String("pxe-host-firewall");
    });
    if (!hostFirewallNote || dp < 0)
        return;
    for (int h : ix.hostsByRole[size_t(dp)])
        if (d.hosts[size_t(h)].options.pxeEnabled())
            out.warning("pxe-host-firewall",
                        QCoreApplication::translate("pp::Validator", "PXE on %1: a host firewall there must let the server send as well as receive "
                                       "on the PXE ports; ConfigMgr creates only the inbound rules.")
                            .arg(hostLabel(d.hosts[size_t(h)])),
                        QStringLiteral("BKMK_PortsClient-DP3"))
                .hosts << d.hosts[size_t(h)].id;
}

void checkBoundaryGroups(const EngineIndex &ix, Findings &out)
{
    if (!ix.hasBoundaryGroups)
        return;
    const Design &d = ix.design;
    for (size_t h = 0; h < d.hosts.size(); ++h) {
        bool client = false;
        for (const QString &r : d.hosts[h].roles)
            if (const Role *role = ix.catalog.role(r))
                client = client || role->scope == RoleScope::Client;
        if (!client)
            continue;
        const auto &groups = ix.hostGroups[h];
        if (groups.empty()) {
            out.warning("client-in-no-boundary-group",
                        QCoreApplication::translate("pp::Validator", "Clients %1 lie in no boundary group: they use every system of their site, "
                                       "as if there were no groups.").arg(hostLabel(d.hosts[h])))
                .hosts << d.hosts[h].id;
            continue;
        }
        for (int g : groups) {
            const BoundaryGroup &group = d.boundaryGroups[size_t(g)];
            if (!group.site.isEmpty() && !d.hosts[h].site.isEmpty() && group.site != d.hosts[h].site)
                out.warning("boundary-group-site",
                            QCoreApplication::translate("pp::Validator", "Boundary group %1 assigns clients to site %2, but %3 belongs to site %4.")
                                .arg(group.id, group.site, hostLabel(d.hosts[h]), d.hosts[h].site))
                    .hosts << d.hosts[h].id;
        }
    }
}

void checkFlows(const EngineIndex &ix, const Analysis &a, Findings &out)
{
    const Design &d = ix.design;
    // Note 4, once per distribution point whose TFTP reply crosses a zone.
    QHash<int, bool> tftpWarned;
    std::vector<bool> crossingHost(d.hosts.size(), false);
    for (const Flow &f : a.flows) {
        if (!f.crossing())
            continue;
        crossingHost[size_t(f.from)] = crossingHost[size_t(f.to)] = true;
        if (f.has(FlowReplyPath) && !tftpWarned.contains(f.from)) {
            tftpWarned.insert(f.from, true);
            out.warning("tftp-reply-path",
                        QCoreApplication::translate("pp::Validator", "PXE on %1: TFTP listens on UDP 69 but answers from a dynamic high "
                                       "port. A stateless firewall must also allow the reply path "
                                       "(UDP to the client's ports %2).")
                            .arg(hostLabel(d.hosts[size_t(f.from)]), f.range.toString()),
                        QStringLiteral("BKMK_PortsClient-DP3"))
                .hosts << d.hosts[size_t(f.from)].id;
        }
    }
    for (size_t h = 0; h < d.hosts.size(); ++h) {
        const Host &host = d.hosts[h];
        const int zone = ix.hostZone[h];
        if (!crossingHost[h] || !host.addresses.isEmpty() || zone < 0)
            continue;
        const Zone &z = d.zones[size_t(zone)];
        if (z.subnets.isEmpty())
            out.warning("no-address",
                        QCoreApplication::translate("pp::Validator", "Host %1 has crossing flows but neither it nor zone %2 has an address; "
                                       "change requests cannot name it.").arg(hostLabel(host), z.id))
                .hosts << host.id;
        else if (!anywhere(z.subnets))
            // The change request names the zone's subnets for it (and says
            // so): validation says it first, so both show the same.
            out.warning("zone-subnets-stand-in",
                        QCoreApplication::translate("pp::Validator", "Host %1 has crossing flows but no address: change requests name the "
                                       "subnets of zone %2 (%3) instead.")
                            .arg(hostLabel(host), z.id, z.subnets.join(QStringLiteral(", "))))
                .hosts << host.id;
    }

    QHash<int, int> excludedPerLink;
    for (const Flow &f : a.excluded)
        ++excludedPerLink[f.link];
    for (size_t i = 0; i < d.links.size(); ++i) {
        const Link &link = d.links[i];
        const QString name = link.id.isEmpty() ? QStringLiteral("#%1").arg(i + 1) : link.id;
        if (link.from == link.to)
            out.warning("link-to-itself", QCoreApplication::translate("pp::Validator", "Link %1 joins host %2 to itself and is ignored.")
                                              .arg(name, link.from))
                .hosts << link.from;
        if (link.kind == LinkKind::Exclude) {
            auto &f = out.warning("excluded-flows",
                                  QCoreApplication::translate("pp::Validator", "Link %1 leaves out %2 flow(s) the catalog requires from %3 to %4.")
                                      .arg(name).arg(excludedPerLink.value(int(i))).arg(link.from, link.to),
                                  link.ref);
            f.hosts << link.from << link.to;
        }
        for (const LinkPort &p : link.ports)
            if (p.protocol == Protocol::Udp && p.range.contains(1434))
                out.warning("sql-browser",
                            QCoreApplication::translate("pp::Validator", "Link %1 opens UDP 1434: ConfigMgr does not need the SQL Server "
                                           "Browser.").arg(name),
                            QStringLiteral("BKMK_PortsSQL-SQL"))
                    .hosts << link.from << link.to;
    }
}


} // namespace pp::engine
