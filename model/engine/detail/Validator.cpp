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

/// The checks of each host, made in one pass over the hosts so that the
/// findings keep host order: its site, its site database's SQL port, its
/// WSUS ports (note 3), its distribution point options, its addresses.
class HostChecks
{
public:
    HostChecks(const EngineIndex &ix, const FlowGenerator &gen, Findings &out);
    void run();

private:
    void checkSite(const Host &h);
    void checkDatabase(const Host &h, int host);
    void checkWsusPorts(const Host &h, int host);
    void checkDpOptions(const Host &h, int host);
    void checkAddresses(const Host &h, int host);

    const EngineIndex &m_ix;
    const FlowGenerator &m_gen;
    Findings &m_out;
    int m_database = -1;
    int m_sup = -1;
    int m_upstream = -1;
    int m_dp = -1;
    std::vector<std::vector<std::pair<QHostAddress, int>>> m_zoneSubnets; ///< parsed once per zone
    QHash<QString, QString> m_addressOwner;
    QHash<QString, QString> m_sqlEndpoint; ///< "address:port" -> host id
};

HostChecks::HostChecks(const EngineIndex &ix, const FlowGenerator &gen, Findings &out)
    : m_ix(ix), m_gen(gen), m_out(out)
{
    const Catalog &c = ix.catalog;
    m_database = c.roleIndex(QStringLiteral("site_database"));
    m_sup = c.roleIndex(QStringLiteral("software_update_point"));
    m_upstream = c.roleIndex(QStringLiteral("upstream_wsus"));
    m_dp = c.roleIndex(QStringLiteral("distribution_point"));
    const Design &d = ix.design;
    m_zoneSubnets.resize(d.zones.size());
    for (size_t z = 0; z < d.zones.size(); ++z)
        for (const QString &s : d.zones[z].subnets) {
            const auto subnet = QHostAddress::parseSubnet(s);
            if (!subnet.first.isNull())
                m_zoneSubnets[z].push_back(subnet);
        }
}

void HostChecks::run()
{
    const Design &d = m_ix.design;
    for (size_t i = 0; i < d.hosts.size(); ++i) {
        const Host &h = d.hosts[i];
        checkSite(h);
        checkDatabase(h, int(i));
        checkWsusPorts(h, int(i));
        checkDpOptions(h, int(i));
        checkAddresses(h, int(i));
    }
}

void HostChecks::checkSite(const Host &h)
{
    bool needsSite = false;
    for (const QString &r : h.roles)
        if (const Role *role = m_ix.catalog.role(r))
            needsSite = needsSite || role->scope != RoleScope::Global;
    if (needsSite && h.site.isEmpty())
        m_out.error("role-needs-site",
                    QCoreApplication::translate("pp::Validator", "Host %1 carries ConfigMgr roles but belongs to no site.").arg(hostLabel(h)))
            .hosts << h.id;
}

void HostChecks::checkDatabase(const Host &h, int host)
{
    if (!m_ix.has(host, m_database))
        return;
    if (h.options.isNamedSqlInstance() && !h.options.ports.value(Setting::SqlPort))
        m_out.error("named-instance-without-port",
                    QCoreApplication::translate("pp::Validator", "Host %1 uses the named SQL instance %2 without a static port; "
                                   "ConfigMgr does not support dynamic SQL ports.")
                        .arg(hostLabel(h), h.options.sqlInstance),
                    QStringLiteral("BKMK_SQLPorts"))
            .hosts << h.id;
    const PortRange port = m_gen.resolve(Setting::SqlPort, host);
    for (const QString &a : h.addresses) {
        const QString endpoint = a + QLatin1Char(':') + port.toString();
        if (m_sqlEndpoint.contains(endpoint))
            m_out.error("sql-port-clash",
                        QCoreApplication::translate("pp::Validator", "Hosts %1 and %2 put two site databases on %3; each SQL Server "
                                       "instance needs its own ports.")
                            .arg(m_sqlEndpoint.value(endpoint), h.id, endpoint),
                        QStringLiteral("BKMK_SQLPorts"))
                .hosts << m_sqlEndpoint.value(endpoint) << h.id;
        m_sqlEndpoint.insert(endpoint, h.id);
    }
}

void HostChecks::checkWsusPorts(const Host &h, int host)
{
    if (!m_ix.has(host, m_sup) && !m_ix.has(host, m_upstream))
        return;
    // Note 3: HTTP 80 pairs with HTTPS 443; any other HTTP port needs
    // an HTTPS port at least one higher.
    const PortRange http = m_gen.resolve(Setting::WsusHttpPort, host);
    const PortRange https = m_gen.resolve(Setting::WsusHttpsPort, host);
    const bool ok = http.first == 80 ? https.first == 443 : https.first >= http.first + 1;
    if (!ok)
        m_out.error("wsus-port-pair",
                    QCoreApplication::translate("pp::Validator", "Host %1: WSUS ports %2/%3 break note 3 (80 goes with 443; "
                                   "otherwise HTTPS must be at least HTTP + 1).")
                        .arg(hostLabel(h), http.toString(), https.toString()),
                    QStringLiteral("BKMY_PortNotes"))
            .hosts << h.id;
}

void HostChecks::checkDpOptions(const Host &h, int host)
{
    if ((h.options.pxeEnabled() || h.options.multicastEnabled()) && !m_ix.has(host, m_dp))
        m_out.warning("dp-option-without-dp",
                      QCoreApplication::translate("pp::Validator", "Host %1 enables PXE or multicast but is not a distribution point; "
                                     "the option has no effect.").arg(hostLabel(h)))
            .hosts << h.id;
}

void HostChecks::checkAddresses(const Host &h, int host)
{
    const int zone = m_ix.hostZone[size_t(host)];
    for (const QString &a : h.addresses) {
        const QHostAddress address(a);
        if (auto owner = m_addressOwner.constFind(a); owner != m_addressOwner.constEnd())
            m_out.warning("duplicate-address",
                          QCoreApplication::translate("pp::Validator", "Hosts %1 and %2 share the address %3.").arg(*owner, h.id, a))
                .hosts << *owner << h.id;
        else
            m_addressOwner.insert(a, h.id);
        if (zone >= 0 && !m_zoneSubnets[size_t(zone)].empty()) {
            bool inside = false;
            for (const auto &subnet : m_zoneSubnets[size_t(zone)])
                inside = inside || address.isInSubnet(subnet);
            if (!inside)
                m_out.warning("address-outside-zone",
                              QCoreApplication::translate("pp::Validator", "Host %1: address %2 is outside the subnets of zone %3.")
                                  .arg(hostLabel(h), a, m_ix.design.zones[size_t(zone)].id))
                    .hosts << h.id;
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

} // namespace

std::vector<Finding> validate(const EngineIndex &index, const FlowGenerator &generator, const Analysis &analysis)
{
    Findings out;
    checkSites(index, out);
    checkZones(index.design, out);
    HostChecks(index, generator, out).run();
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