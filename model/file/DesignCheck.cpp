// Cross-reference checks shared by file loading and by anything that inserts
// a fragment into a document (paste, import): a design that passes them can
// be computed without the engine meeting a dangling id or a site cycle.
#include "model/file/DesignCheck.h"

#include "model/catalog/Catalog.h"
#include "model/file/ElementChecks.h"
#include "model/file/FirewallCheck.h"

#include <QHash>
#include <QHostAddress>
#include <QRegularExpression>
#include <QSet>

namespace pp {

namespace {

using io::addInvalid;
using io::checkUniqueId;
using io::hasControlCharacters;

/// Roles a boundary group governs (rule 9).
const QStringList &boundaryRoles()
{
    static const QStringList roles = {QStringLiteral("distribution_point"), QStringLiteral("management_point"),
                                      QStringLiteral("software_update_point"), QStringLiteral("state_migration_point")};
    return roles;
}

} // namespace

QVector<LoadError> checkDesign(const Design &design, const Catalog &catalog)
{
    return DesignCheck::run(design, catalog);
}

DesignCheck::DesignCheck(const Design &design, const Catalog &catalog)
    : m_design(design)
    , m_catalog(catalog)
    , m_own(design.catalog.isEmpty() || design.catalog == catalog.id() ? &catalog : Catalog::byId(design.catalog))
{
}

QVector<LoadError> DesignCheck::run(const Design &design, const Catalog &catalog)
{
    // Sites, zones and hosts first: the later checks look ids up in the
    // indexes those build.
    DesignCheck check(design, catalog);
    check.checkCatalog();
    check.checkSites();
    check.checkSiteParents();
    check.checkZones();
    check.checkHosts();
    check.checkInternetProxies();
    check.checkHostOptions();
    check.checkBoundaryGroups();
    check.checkLinks();
    io::checkFirewalls(check.m_errors, design);
    return std::move(check.m_errors);
}

void DesignCheck::checkCatalog()
{
    if (m_own)
        return;
    QStringList known = Catalog::builtinIds();
    if (!known.contains(m_catalog.id()))
        known.prepend(m_catalog.id());
    addInvalid(m_errors, QStringLiteral("catalog"),
               QStringLiteral("this design uses port catalog \"%1\"; this version has \"%2\"")
                   .arg(m_design.catalog, known.join(QStringLiteral("\", \""))));
    m_own = &m_catalog;
}

void DesignCheck::checkSites()
{
    QVector<LoadError> &errors = m_errors;
    const Design &d = m_design;
    static const QRegularExpression siteCode(QStringLiteral("^[A-Za-z0-9]{3}$"));
    QSet<QString> seen;
    for (size_t i = 0; i < d.sites.size(); ++i) {
        const Site &s = d.sites[i];
        const QString path = QStringLiteral("sites[%1]").arg(i);
        if (!s.code.isEmpty() && !siteCode.match(s.code).hasMatch())
            addInvalid(errors, path + QStringLiteral(".code"),
                       QStringLiteral("site code \"%1\" must be three letters or digits").arg(s.code));
        checkUniqueId(errors, path + QStringLiteral(".code"), s.code.toUpper(), seen, "site");
        m_siteByCode.insert(s.code, int(i));
    }
}

void DesignCheck::checkSiteParents()
{
    QVector<LoadError> &errors = m_errors;
    const Design &d = m_design;
    for (size_t i = 0; i < d.sites.size(); ++i) {
        const Site &s = d.sites[i];
        const QString path = QStringLiteral("sites[%1].parent").arg(i);
        if (s.parent.isEmpty())
            continue;
        if (!m_siteByCode.contains(s.parent)) {
            addInvalid(errors, path, QStringLiteral("site %1 has unknown parent site \"%2\"").arg(s.code, s.parent));
            continue;
        }
        // Walk up at most sites.size() steps: longer means a cycle.
        QString cursor = s.parent;
        for (size_t steps = 0; !cursor.isEmpty(); ++steps) {
            if (cursor == s.code || steps > d.sites.size()) {
                addInvalid(errors, path,
                           QStringLiteral("site %1 is its own ancestor (the parent chain loops)").arg(s.code));
                break;
            }
            auto it = m_siteByCode.constFind(cursor);
            if (it == m_siteByCode.constEnd())
                break;
            cursor = d.sites[size_t(*it)].parent;
        }
    }
}

void DesignCheck::checkZones()
{
    QVector<LoadError> &errors = m_errors;
    const Design &d = m_design;
    static const QRegularExpression color(QStringLiteral("^#[0-9A-Fa-f]{6}$"));
    QSet<QString> seen;
    for (size_t i = 0; i < d.zones.size(); ++i) {
        const Zone &z = d.zones[i];
        const QString path = QStringLiteral("zones[%1]").arg(i);
        checkUniqueId(errors, path + QStringLiteral(".id"), z.id, seen, "zone");
        m_zoneIds.insert(z.id);
        for (int j = 0; j < z.subnets.size(); ++j) {
            const auto subnet = QHostAddress::parseSubnet(z.subnets[j]);
            if (subnet.first.isNull() || !z.subnets[j].contains(QLatin1Char('/')))
                addInvalid(errors, path + QStringLiteral(".subnets[%1]").arg(j),
                           QStringLiteral("zone %1: \"%2\" is not a subnet in CIDR form (e.g. 10.0.0.0/16)")
                               .arg(z.id, z.subnets[j]));
        }
        if (!z.color.isEmpty() && !color.match(z.color).hasMatch())
            addInvalid(errors, path + QStringLiteral(".color"), QStringLiteral("expected a colour like #336699"));
    }
}

void DesignCheck::checkHosts()
{
    QVector<LoadError> &errors = m_errors;
    const Design &d = m_design;
    QSet<QString> seen;
    for (size_t i = 0; i < d.hosts.size(); ++i) {
        const Host &h = d.hosts[i];
        const QString path = QStringLiteral("hosts[%1]").arg(i);
        checkUniqueId(errors, path + QStringLiteral(".id"), h.id, seen, "host");
        m_hostById.insert(h.id, &h);
        if (!h.zone.isEmpty() && !m_zoneIds.contains(h.zone))
            addInvalid(errors, path + QStringLiteral(".zone"),
                       QStringLiteral("host %1 is in unknown zone \"%2\"").arg(h.id, h.zone));
        if (!h.site.isEmpty() && !m_siteByCode.contains(h.site))
            addInvalid(errors, path + QStringLiteral(".site"),
                       QStringLiteral("host %1 belongs to unknown site \"%2\"").arg(h.id, h.site));
        QSet<QString> roles;
        for (int j = 0; j < h.roles.size(); ++j) {
            // Roles of any built-in catalog are kept: the engine warns about
            // those the design's own catalog lacks.
            if (!m_own->role(h.roles[j]) && !Catalog::anyRole(h.roles[j]))
                addInvalid(errors, path + QStringLiteral(".roles[%1]").arg(j),
                           QStringLiteral("host %1 has unknown role \"%2\"").arg(h.id, h.roles[j]));
            else if (roles.contains(h.roles[j]))
                addInvalid(errors, path + QStringLiteral(".roles[%1]").arg(j),
                           QStringLiteral("host %1 lists role \"%2\" twice").arg(h.id, h.roles[j]));
            roles.insert(h.roles[j]);
        }
        for (int j = 0; j < h.addresses.size(); ++j) {
            QHostAddress address;
            if (!address.setAddress(h.addresses[j]))
                addInvalid(errors, path + QStringLiteral(".addresses[%1]").arg(j),
                           QStringLiteral("host %1: \"%2\" is not an IPv4 or IPv6 address").arg(h.id, h.addresses[j]));
        }
        if (hasControlCharacters(h.name))
            addInvalid(errors, path + QStringLiteral(".name"), QStringLiteral("host name contains control characters"));
    }
}

void DesignCheck::checkInternetProxies()
{
    QVector<LoadError> &errors = m_errors;
    const Design &d = m_design;
    for (size_t i = 0; i < d.sites.size(); ++i) {
        const Site &s = d.sites[i];
        if (s.internetProxy.isEmpty())
            continue;
        const Host *proxy = m_hostById.value(s.internetProxy);
        const QString path = QStringLiteral("sites[%1].internetProxy").arg(i);
        if (!proxy)
            addInvalid(errors, path,
                       QStringLiteral("site %1: internet proxy \"%2\" is not a host of this design")
                           .arg(s.code, s.internetProxy));
        else if (!proxy->hasRole(QStringLiteral("proxy_server")))
            addInvalid(errors, path,
                       QStringLiteral("site %1: internet proxy %2 does not carry the proxy_server role")
                           .arg(s.code, s.internetProxy));
    }
}

void DesignCheck::checkHostOptions()
{
    for (size_t i = 0; i < m_design.hosts.size(); ++i) {
        const Host &h = m_design.hosts[i];
        const QString path = QStringLiteral("hosts[%1].options").arg(i);
        for (int j = 0; j < h.options.pullSources.size(); ++j)
            if (!m_hostById.contains(h.options.pullSources[j]))
                addInvalid(m_errors, path + QStringLiteral(".pullSources[%1]").arg(j),
                           QStringLiteral("host %1 pulls content from unknown host \"%2\"")
                               .arg(h.id, h.options.pullSources[j]));
        if (!h.options.warehouseDatabase.isEmpty() && !m_hostById.contains(h.options.warehouseDatabase))
            addInvalid(m_errors, path + QStringLiteral(".warehouseDatabase"),
                       QStringLiteral("host %1 names unknown host \"%2\" as its data warehouse database")
                           .arg(h.id, h.options.warehouseDatabase));
    }
}

void DesignCheck::checkBoundaryGroups()
{
    QSet<QString> groupIds;
    QSet<QString> seen;
    for (const auto &g : m_design.boundaryGroups)
        groupIds.insert(g.id);
    for (size_t i = 0; i < m_design.boundaryGroups.size(); ++i) {
        const BoundaryGroup &g = m_design.boundaryGroups[i];
        const QString path = QStringLiteral("boundaryGroups[%1]").arg(i);
        checkUniqueId(m_errors, path + QStringLiteral(".id"), g.id, seen, "boundary group");
        checkGroupMembers(g, path);
        checkGroupFallbacks(g, path, groupIds);
    }
}

void DesignCheck::checkGroupMembers(const BoundaryGroup &g, const QString &path)
{
    QVector<LoadError> &errors = m_errors;
    for (int j = 0; j < g.zones.size(); ++j)
        if (!m_zoneIds.contains(g.zones[j]))
            addInvalid(errors, path + QStringLiteral(".zones[%1]").arg(j),
                       QStringLiteral("boundary group %1 names unknown zone \"%2\"").arg(g.id, g.zones[j]));
    for (int j = 0; j < g.subnets.size(); ++j) {
        const auto subnet = QHostAddress::parseSubnet(g.subnets[j]);
        if (subnet.first.isNull() || !g.subnets[j].contains(QLatin1Char('/')))
            addInvalid(
                errors, path + QStringLiteral(".subnets[%1]").arg(j),
                QStringLiteral("boundary group %1: \"%2\" is not a subnet in CIDR form").arg(g.id, g.subnets[j]));
    }
    if (!g.site.isEmpty() && !m_siteByCode.contains(g.site))
        addInvalid(errors, path + QStringLiteral(".site"),
                   QStringLiteral("boundary group %1 is assigned to unknown site \"%2\"").arg(g.id, g.site));
    for (int j = 0; j < g.systems.size(); ++j) {
        const Host *h = m_hostById.value(g.systems[j]);
        const QString where = path + QStringLiteral(".systems[%1]").arg(j);
        if (!h) {
            addInvalid(errors, where,
                       QStringLiteral("boundary group %1 names unknown host \"%2\"").arg(g.id, g.systems[j]));
            continue;
        }
        bool governed = false;
        for (const QString &r : boundaryRoles())
            governed = governed || h->hasRole(r);
        if (!governed)
            addInvalid(errors, where,
                       QStringLiteral("boundary group %1: host %2 is no distribution, management, software update "
                                      "or state migration point")
                           .arg(g.id, h->id));
    }
}

void DesignCheck::checkGroupFallbacks(const BoundaryGroup &g, const QString &path, const QSet<QString> &groupIds)
{
    QVector<LoadError> &errors = m_errors;
    for (size_t j = 0; j < g.fallback.size(); ++j) {
        const BoundaryFallback &f = g.fallback[j];
        const QString where = path + QStringLiteral(".fallback[%1]").arg(j);
        if (!f.to.isEmpty() && !groupIds.contains(f.to))
            addInvalid(errors, where + QStringLiteral(".to"),
                       QStringLiteral("boundary group %1 falls back to unknown group \"%2\"").arg(g.id, f.to));
        if (f.to == g.id)
            addInvalid(errors, where + QStringLiteral(".to"),
                       QStringLiteral("boundary group %1 falls back to itself").arg(g.id));
        for (int k = 0; k < f.roles.size(); ++k)
            if (!boundaryRoles().contains(f.roles[k]))
                addInvalid(errors, where + QStringLiteral(".roles[%1]").arg(k),
                           QStringLiteral("boundary group %1: \"%2\" is not a role boundary groups govern "
                                          "(distribution_point, management_point, software_update_point, "
                                          "state_migration_point)")
                               .arg(g.id, f.roles[k]));
    }
}

void DesignCheck::checkLinks()
{
    QVector<LoadError> &errors = m_errors;
    const Design &d = m_design;
    QSet<QString> seen;
    for (size_t i = 0; i < d.links.size(); ++i) {
        const Link &l = d.links[i];
        const QString path = QStringLiteral("links[%1]").arg(i);
        checkUniqueId(errors, path + QStringLiteral(".id"), l.id, seen, "link");
        for (const auto &[end, id] : {std::pair{"from", l.from}, std::pair{"to", l.to}})
            if (!id.isEmpty() && !m_hostById.contains(id))
                addInvalid(errors, path + QLatin1Char('.') + QLatin1String(end),
                           QStringLiteral("link names unknown host \"%1\"").arg(id));
        if (!l.ref.isEmpty() && m_own->portsOf(l.ref).empty())
            addInvalid(errors, path + QStringLiteral(".ref"),
                       QStringLiteral("\"%1\" is not a port section of the catalog").arg(l.ref));
        if (l.kind == LinkKind::Add && l.ref.isEmpty() && l.ports.empty())
            addInvalid(errors, path, QStringLiteral("a manual link needs a catalog ref or its own ports"));
    }
}

} // namespace pp
