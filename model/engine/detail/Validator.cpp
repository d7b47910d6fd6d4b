#include "model/engine/detail/Validator.h"

#include "model/engine/detail/Findings.h"
#include "model/engine/detail/FlowGenerator.h"
#include "model/engine/detail/ReachChecks.h"

#include "model/design/DisplayText.h"
#include "model/design/FreeSpace.h"

#include <QCoreApplication>
#include <QHash>
#include <QHostAddress>

#include <algorithm>

namespace pp::engine {

namespace {

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
                      QCoreApplication::translate("pp::Validator", "Host %1 carries ConfigMgr roles but belongs to no site.").arg(hostLabel(h)))
                .hosts << h.id;

        if (ix.has(host, database)) {
            if (h.options.isNamedSqlInstance() && !h.options.ports.value(Setting::SqlPort))
                out.error("named-instance-without-port",
                          QCoreApplication::translate("pp::Validator", "Host %1 uses the named SQL instance %2 without a static port; "
                                         "ConfigMgr does not support dynamic SQL ports.")
                              .arg(hostLabel(h), h.options.sqlInstance),
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
                              .arg(hostLabel(h), http.toString(), https.toString()),
                          QStringLiteral("BKMY_PortNotes"))
                    .hosts << h.id;
        }
        if ((h.options.pxeEnabled() || h.options.multicastEnabled()) && !ix.has(host, dp))
            out.warning("dp-option-without-dp",
                        QCoreApplication::translate("pp::Validator", "Host %1 enables PXE or multicast but is not a distribution point; "
                                       "the option has no effect.").arg(hostLabel(h)))
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
                                    .arg(hostLabel(h), a, d.zones[size_t(zone)].id))
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
} // namespace

std::vector<Finding> validate(const EngineIndex &index, const FlowGenerator &generator, const Analysis &analysis)
{
    Findings out;
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