#include "model/engine/detail/Validator.h"

#include "model/engine/detail/FlowGenerator.h"

#include "model/design/DisplayText.h"
#include "model/design/FreeSpace.h"

#include <QCoreApplication>
#include <QHash>
#include <QHostAddress>

#include <algorithm>

namespace pp::engine {

namespace {

class Findings
{
public:
    explicit Findings(const Design &d) : m_design(d) {}

    Finding &add(Severity severity, const char *code, const QString &message, const QString &ref = {})
    {
        Finding f;
        f.severity = severity;
        f.code = QString::fromLatin1(code);
        f.message = message;
        f.ref = ref;
        m_out.push_back(f);
        return m_out.back();
    }
    Finding &error(const char *code, const QString &message, const QString &ref = {})
    {
        return add(Severity::Error, code, message, ref);
    }
    Finding &warning(const char *code, const QString &message, const QString &ref = {})
    {
        return add(Severity::Warning, code, message, ref);
    }
    std::vector<Finding> take() { return std::move(m_out); }

private:
    const Design &m_design;
    std::vector<Finding> m_out;
};

/// 0.0.0.0/0 and ::/0 stand for "anywhere" (the internet, a cloud): no
/// address per host is expected there.
bool anywhere(const QStringList &subnets)
{
    return std::all_of(subnets.begin(), subnets.end(), [](const QString &s) { return s.endsWith(QLatin1String("/0")); });
}

/// Zones drawn over each other: a host in the shared part looks as if it
/// sat in both, and the canvas cannot tell which zone a drop meant.
void checkZones(const Design &d, Findings &out)
{
    for (size_t a = 0; a < d.zones.size(); ++a)
        for (size_t b = a + 1; b < d.zones.size(); ++b)
            if (freespace::overlap(d.zones[a], d.zones[b]))
                out.warning("zones-overlap", QCoreApplication::translate("pp::Validator", "Zones %1 and %2 overlap on the canvas; move one so that "
                                                            "each host clearly sits in one zone.")
                                                 .arg(d.zones[a].id, d.zones[b].id))
                    .zones << d.zones[a].id << d.zones[b].id;
}

QString label(const Host &h)
{
    return h.name.isEmpty() || h.name == h.id ? h.id : QStringLiteral("%1 (%2)").arg(h.id, h.name);
}

void checkSites(const EngineIndex &ix, Findings &out)
{
    const Design &d = ix.design;
    const int siteServer = ix.roleSiteServer;
    const int database = ix.catalog.roleIndex(QStringLiteral("site_database"));
    for (size_t s = 0; s < d.sites.size(); ++s) {
        const Site &site = d.sites[s];
        if (ix.hostsInSite(int(s), siteServer).empty())
            out.error("site-without-site-server",
                      QCoreApplication::translate("pp::Validator", "Site %1 has no host with the site server role.").arg(site.code))
                .sites << site.code;
        if (ix.hostsInSite(int(s), database).empty())
            out.error("site-without-database",
                      QCoreApplication::translate("pp::Validator", "Site %1 has no SQL Server for its site database.").arg(site.code),
                      QStringLiteral("BKMK_PortsSite-SQL"))
                .sites << site.code;
        const int parent = ix.siteParent[s];
        const Site *p = parent >= 0 ? &d.sites[size_t(parent)] : nullptr;
        QString problem;
        if (site.type == SiteType::Cas && p)
            problem = QCoreApplication::translate("pp::Validator", "a central administration site has no parent");
        else if (site.type == SiteType::Primary && p && p->type != SiteType::Cas)
            problem = QCoreApplication::translate("pp::Validator", "a primary site's parent must be a central administration site");
        else if (site.type == SiteType::Secondary && (!p || p->type != SiteType::Primary))
            problem = QCoreApplication::translate("pp::Validator", "a secondary site needs a primary site as parent");
        if (!problem.isEmpty()) {
            auto &f = out.error("site-hierarchy", QCoreApplication::translate("pp::Validator", "Site %1: %2.").arg(site.code, problem),
                                QStringLiteral("BKMK_PortsSite-Site"));
            f.sites << site.code;
            if (p)
                f.sites << p->code;
        }
    }
}

void checkHosts(const EngineIndex &ix, const FlowGenerator &gen, Findings &out)
{
    const Design &d = ix.design;
    const Catalog &c = ix.catalog;
    const int database = c.roleIndex(QStringLiteral("site_database"));
    const int sup = c.roleIndex(QStringLiteral("software_update_point"));
    const int upstream = c.roleIndex(QStringLiteral("upstream_wsus"));
    const int dp = c.roleIndex(QStringLiteral("distribution_point"));

    std::vector<std::vector<std::pair<QHostAddress, int>>> zoneSubnets(d.zones.size());
    for (size_t z = 0; z < d.zones.size(); ++z)
        for (const QString &s : d.zones[z].subnets) {
            const auto subnet = QHostAddress::parseSubnet(s);
            if (!subnet.first.isNull())
                zoneSubnets[z].push_back(subnet);
        }

    QHash<QString, QString> addressOwner;
    QHash<QString, QString> sqlEndpoint; // "address:port" -> host id
    for (size_t i = 0; i < d.hosts.size(); ++i) {
        const Host &h = d.hosts[i];
        const int host = int(i);
        bool needsSite = false;
        for (const QString &r : h.roles)
            if (const Role *role = c.role(r))
                needsSite = needsSite || role->scope != RoleScope::Global;
        if (needsSite && h.site.isEmpty())
            out.error("role-needs-site",
                      QCoreApplication::translate("pp::Validator", "Host %1 carries ConfigMgr roles but belongs to no site.").arg(label(h)))
                .hosts << h.id;

        if (ix.has(host, database)) {
            if (h.options.isNamedSqlInstance() && !h.options.ports.value(Setting::SqlPort))
                out.error("named-instance-without-port",
                          QCoreApplication::translate("pp::Validator", "Host %1 uses the named SQL instance %2 without a static port; "
                                         "ConfigMgr does not support dynamic SQL ports.")
                              .arg(label(h), h.options.sqlInstance),
                          QStringLiteral("BKMK_SQLPorts"))
                    .hosts << h.id;
            const PortRange port = gen.resolve(Setting::SqlPort, host);
            for (const QString &a : h.addresses) {
                const QString endpoint = a + QLatin1Char(':') + port.toString();
                if (sqlEndpoint.contains(endpoint))
                    out.error("sql-port-clash",
                              QCoreApplication::translate("pp::Validator", "Hosts %1 and %2 put two site databases on %3; each SQL Server "
                                             "instance needs its own ports.")
                                  .arg(sqlEndpoint.value(endpoint), h.id, endpoint),
                              QStringLiteral("BKMK_SQLPorts"))
                        .hosts << sqlEndpoint.value(endpoint) << h.id;
                sqlEndpoint.insert(endpoint, h.id);
            }
        }
        if (ix.has(host, sup) || ix.has(host, upstream)) {
            // Note 3: HTTP 80 pairs with HTTPS 443; any other HTTP port needs
            // an HTTPS port at least one higher.
            const PortRange http = gen.resolve(Setting::WsusHttpPort, host);
            const PortRange https = gen.resolve(Setting::WsusHttpsPort, host);
            const bool ok = http.first == 80 ? https.first == 443 : https.first >= http.first + 1;
            if (!ok)
                out.error("wsus-port-pair",
                          QCoreApplication::translate("pp::Validator", "Host %1: WSUS ports %2/%3 break note 3 (80 goes with 443; "
                                         "otherwise HTTPS must be at least HTTP + 1).")
                              .arg(label(h), http.toString(), https.toString()),
                          QStringLiteral("BKMY_PortNotes"))
                    .hosts << h.id;
        }
        if ((h.options.pxeEnabled() || h.options.multicastEnabled()) && !ix.has(host, dp))
            out.warning("dp-option-without-dp",
                        QCoreApplication::translate("pp::Validator", "Host %1 enables PXE or multicast but is not a distribution point; "
                                       "the option has no effect.").arg(label(h)))
                .hosts << h.id;

        const int zone = ix.hostZone[i];
        for (const QString &a : h.addresses) {
            const QHostAddress address(a);
            if (auto owner = addressOwner.constFind(a); owner != addressOwner.constEnd())
                out.warning("duplicate-address",
                            QCoreApplication::translate("pp::Validator", "Hosts %1 and %2 share the address %3.").arg(*owner, h.id, a))
                    .hosts << *owner << h.id;
            else
                addressOwner.insert(a, h.id);
            if (zone >= 0 && !zoneSubnets[size_t(zone)].empty()) {
                bool inside = false;
                for (const auto &subnet : zoneSubnets[size_t(zone)])
                    inside = inside || address.isInSubnet(subnet);
                if (!inside)
                    out.warning("address-outside-zone",
                                QCoreApplication::translate("pp::Validator", "Host %1: address %2 is outside the subnets of zone %3.")
                                    .arg(label(h), a, d.zones[size_t(zone)].id))
                        .hosts << h.id;
            }
        }
    }
}

void checkHierarchyRoles(const EngineIndex &ix, Findings &out)
{
    const Design &d = ix.design;
    for (const Role &role : ix.catalog.roles()) {
        if (role.scope != RoleScope::Hierarchy)
            continue;
        for (int h : ix.hostsByRole[size_t(role.index)]) {
            const int site = ix.hostSite[size_t(h)];
            if (site < 0)
                continue;
            if (ix.siteParent[size_t(site)] >= 0)
                out.warning("hierarchy-role-below-top",
                            QCoreApplication::translate("pp::Validator", "%1 on host %2 sits in site %3; hierarchy-wide roles belong in the "
                                           "top-level site, whose site server they talk to.")
                                .arg(chineseTerms() && !role.nameZh.isEmpty() ? role.nameZh : role.name, d.hosts[size_t(h)].id, d.sites[size_t(site)].code))
                    .hosts << d.hosts[size_t(h)].id;
        }
    }
}

/// Rule 8's page, for findings that rest on it.
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
                                       .arg(label(h), d.sites[size_t(site)].code,
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
                                                    "work there.").arg(label(h), feature.feature),
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
                                       "for it.").arg(label(h), known ? known->name : r, ix.catalog.id()))
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
                                .arg(label(h), source),
                            QStringLiteral("BKMK_PortsPullDP-DPSource"))
                    .hosts << h.id << source;
        }
        if (!h.options.pullSources.isEmpty() && !ix.has(int(i), dp))
            out.warning("pull-sources-without-dp",
                        QCoreApplication::translate("pp::Validator", "Host %1 names pull sources but is not a distribution point; the option has "
                                       "no effect.").arg(label(h)),
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
                            .arg(label(d.hosts[size_t(h)])),
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
                                       "as if there were no groups.").arg(label(d.hosts[h])))
                .hosts << d.hosts[h].id;
            continue;
        }
        for (int g : groups) {
            const BoundaryGroup &group = d.boundaryGroups[size_t(g)];
            if (!group.site.isEmpty() && !d.hosts[h].site.isEmpty() && group.site != d.hosts[h].site)
                out.warning("boundary-group-site",
                            QCoreApplication::translate("pp::Validator", "Boundary group %1 assigns clients to site %2, but %3 belongs to site %4.")
                                .arg(group.id, group.site, label(d.hosts[h]), d.hosts[h].site))
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
                            .arg(label(d.hosts[size_t(f.from)]), f.range.toString()),
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
                                       "change requests cannot name it.").arg(label(host), z.id))
                .hosts << host.id;
        else if (!anywhere(z.subnets))
            // The change request names the zone's subnets for it (and says
            // so): validation says it first, so both show the same.
            out.warning("zone-subnets-stand-in",
                        QCoreApplication::translate("pp::Validator", "Host %1 has crossing flows but no address: change requests name the "
                                       "subnets of zone %2 (%3) instead.")
                            .arg(label(host), z.id, z.subnets.join(QStringLiteral(", "))))
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

} // namespace

std::vector<Finding> validate(const EngineIndex &index, const FlowGenerator &generator, const Analysis &analysis)
{
    Findings out(index.design);
    checkSites(index, out);
    checkZones(index.design, out);
    checkHosts(index, generator, out);
    checkHierarchyRoles(index, out);
    checkClients(index, out);
    checkInternetFacing(index, out);
    checkCatalogRoles(index, out);
    checkCurrentBranch(index, out);
    checkBoundaryGroups(index, out);
    checkFlows(index, analysis, out);
    return out.take();
}

} // namespace pp::engine
