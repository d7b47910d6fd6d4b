#include "benchmarks/XlDesign.h"

#include <algorithm>

namespace pp::bench {

namespace {

Host makeHost(const QString &id, const QString &zone, const QString &site, QStringList roles, const QString &address,
              QPointF pos)
{
    Host h;
    h.id = id;
    h.name = id.toUpper() + QStringLiteral(".contoso.com");
    h.zone = zone;
    h.site = site;
    h.roles = std::move(roles);
    if (!address.isEmpty())
        h.addresses << address;
    h.pos = pos;
    return h;
}

Zone makeZone(const QString &id, ZoneKind kind, const QString &subnet, QRectF rect)
{
    Zone z;
    z.id = id;
    z.name = id;
    z.kind = kind;
    if (!subnet.isEmpty())
        z.subnets << subnet;
    z.rect = rect;
    return z;
}

QString ip(int a, int b, int c, int d)
{
    return QStringLiteral("%1.%2.%3.%4").arg(a).arg(b).arg(c).arg(d);
}

constexpr int primaries = 25;
constexpr int branchZones = 5;
constexpr int clientGroupsPerSecondary = 9;

void addSite(Design &d, const QString &code, SiteType type, const QString &parent)
{
    Site s;
    s.code = code;
    s.type = type;
    s.parent = parent;
    d.sites.push_back(s);
}

void addZones(Design &d, int secondaries)
{
    // 60 zones: 5 shared, 25 primary datacenters, 25 office LANs, 5 branch regions.
    d.zones.push_back(makeZone(QStringLiteral("hq"), ZoneKind::Internal, QStringLiteral("10.0.0.0/24"), {0, 0, 2000, 600}));
    d.zones.push_back(makeZone(QStringLiteral("ad"), ZoneKind::Internal, QStringLiteral("10.0.1.0/24"), {2100, 0, 900, 600}));
    d.zones.push_back(makeZone(QStringLiteral("dmz"), ZoneKind::Perimeter, QStringLiteral("172.16.0.0/24"), {3100, 0, 900, 600}));
    d.zones.push_back(makeZone(QStringLiteral("inet"), ZoneKind::Internet, QStringLiteral("0.0.0.0/0"), {4100, 0, 900, 600}));
    d.zones.push_back(makeZone(QStringLiteral("cloud"), ZoneKind::Cloud, QStringLiteral("0.0.0.0/0"), {5100, 0, 900, 600}));
    for (int p = 0; p < primaries; ++p) {
        const double x = (p % 5) * 1300.0;
        const double y = 800.0 + (p / 5) * 1400.0;
        d.zones.push_back(makeZone(QStringLiteral("dc%1").arg(p + 1), ZoneKind::Internal,
                                   QStringLiteral("10.%1.0.0/24").arg(p + 10), {x, y, 1200, 600}));
        d.zones.push_back(makeZone(QStringLiteral("lan%1").arg(p + 1), ZoneKind::Internal,
                                   QStringLiteral("10.%1.0.0/16").arg(p + 100), {x, y + 650, 1200, 600}));
    }
    // Branch regions are tall enough to hold their secondaries' cards in rows.
    const int perRegion = (secondaries + branchZones - 1) / branchZones;
    const double regionHeight = 100.0 + (perRegion / 20 + 1) * 10 * 90.0;
    for (int b = 0; b < branchZones; ++b)
        d.zones.push_back(makeZone(QStringLiteral("branch%1").arg(b + 1), ZoneKind::Branch,
                                   QStringLiteral("10.%1.0.0/12").arg(128 + b * 16), {b * 4200.0, 8000, 4100, regionHeight}));
}

/// The CAS with its database, and the shared hosts: domain controllers,
/// proxy, the internet and Microsoft's cloud.
void addCentralSite(Design &d)
{
    addSite(d, QStringLiteral("CAS"), SiteType::Cas, QString());
    d.hosts.push_back(makeHost(QStringLiteral("cas01"), QStringLiteral("hq"), QStringLiteral("CAS"),
                               {QStringLiteral("site_server"), QStringLiteral("sms_provider"),
                                QStringLiteral("service_connection_point")}, QStringLiteral("10.0.0.10"), {20, 40}));
    d.hosts.push_back(makeHost(QStringLiteral("casdb01"), QStringLiteral("hq"), QStringLiteral("CAS"),
                               {QStringLiteral("site_database"), QStringLiteral("reporting_services_point")},
                               QStringLiteral("10.0.0.11"), {260, 40}));
    for (int i = 0; i < 4; ++i)
        d.hosts.push_back(makeHost(QStringLiteral("dc%1ad").arg(i + 1), QStringLiteral("ad"), QString(),
                                   {QStringLiteral("domain_controller")}, ip(10, 0, 1, 5 + i), {2120.0 + i * 200, 40}));
    d.hosts.push_back(makeHost(QStringLiteral("proxy"), QStringLiteral("dmz"), QString(), {QStringLiteral("proxy_server")},
                               QStringLiteral("172.16.0.5"), {3120, 40}));
    d.hosts.push_back(makeHost(QStringLiteral("internet"), QStringLiteral("inet"), QString(), {QStringLiteral("internet")},
                               QString(), {4120, 40}));
    d.hosts.push_back(makeHost(QStringLiteral("mscloud"), QStringLiteral("cloud"), QString(),
                               {QStringLiteral("intune"), QStringLiteral("microsoft_cloud")}, QString(), {5120, 40}));
}

/// Primary `p`: its datacenter servers, console and two client groups of
/// 2,000, and (optionally) a boundary group of its datacenter and offices.
void addPrimary(Design &d, int p, bool boundaryGroups)
{
    const QString code = QStringLiteral("P%1").arg(p + 1, 2, 10, QLatin1Char('0'));
    const QString dc = QStringLiteral("dc%1").arg(p + 1);
    const QString lan = QStringLiteral("lan%1").arg(p + 1);
    const QRectF dr = d.zones[size_t(d.zoneIndex(dc))].rect;
    const QRectF lr = d.zones[size_t(d.zoneIndex(lan))].rect;
    addSite(d, code, SiteType::Primary, QStringLiteral("CAS"));
    d.sites.back().internetProxy = QStringLiteral("proxy");
    const QString pfx = code.toLower();
    d.hosts.push_back(makeHost(pfx + QStringLiteral("ss"), dc, code, {QStringLiteral("site_server"), QStringLiteral("sms_provider")},
                               ip(10, p + 10, 0, 10), dr.topLeft() + QPointF(20, 40)));
    d.hosts.push_back(makeHost(pfx + QStringLiteral("sql"), dc, code, {QStringLiteral("site_database")},
                               ip(10, p + 10, 0, 11), dr.topLeft() + QPointF(260, 40)));
    d.hosts.push_back(makeHost(pfx + QStringLiteral("mp"), dc, code,
                               {QStringLiteral("management_point"), QStringLiteral("distribution_point"),
                                QStringLiteral("software_update_point"), QStringLiteral("fallback_status_point")},
                               ip(10, p + 10, 0, 20), dr.topLeft() + QPointF(500, 40)));
    d.hosts.back().options.pxe = true;
    d.hosts.push_back(makeHost(pfx + QStringLiteral("console"), lan, code, {QStringLiteral("console")},
                               ip(10, p + 100, 0, 5), lr.topLeft() + QPointF(20, 40)));
    for (int g = 0; g < 2; ++g) {
        d.hosts.push_back(makeHost(pfx + QStringLiteral("pcs%1").arg(g + 1), lan, code, {QStringLiteral("client")},
                                   QString(), lr.topLeft() + QPointF(260 + g * 240, 40)));
        d.hosts.back().count = 2000;
    }
    if (boundaryGroups) {
        BoundaryGroup g;
        g.id = QStringLiteral("bg-") + pfx;
        g.name = code + QStringLiteral(" datacenter and offices");
        g.zones = QStringList{dc, lan};
        g.site = code;
        g.systems = QStringList{pfx + QStringLiteral("mp")};
        d.boundaryGroups.push_back(g);
    }
}

/// Secondary `s` in its branch region: one server with its roles, nine
/// client groups of 25, and (optionally) a boundary group of its /24 that
/// falls back to its primary's datacenter. With `firewalls` the branch is a
/// zone of its own, drawn around its cards inside its region.
void addSecondary(Design &d, int s, bool boundaryGroups, bool firewalls)
{
    const int primary = s % primaries;
    const QString code = QStringLiteral("%1%2").arg(QChar(u'D' + (s / 1296) % 12)).arg(s % 1296, 2, 36, QLatin1Char('0')).toUpper();
    const QString parent = QStringLiteral("P%1").arg(primary + 1, 2, 10, QLatin1Char('0'));
    const int region = s % branchZones;
    const int inRegion = s / branchZones;
    const QString regionZone = QStringLiteral("branch%1").arg(region + 1);
    const QRectF zr = d.zones[size_t(d.zoneIndex(regionZone))].rect;
    addSite(d, code, SiteType::Secondary, parent);
    const int a = 128 + region * 16 + (inRegion / 256) % 16;
    const int b = inRegion % 256;
    // Cards in rows of 20 secondaries, 10 cards (server + clients) each.
    const QPointF origin = zr.topLeft() + QPointF(20 + (inRegion % 20) * 200.0, 60 + (inRegion / 20) * 10 * 90.0);
    QString zone = regionZone;
    if (firewalls) {
        zone = QStringLiteral("br-") + code.toLower();
        d.zones.push_back(makeZone(zone, ZoneKind::Branch, QStringLiteral("10.%1.%2.0/24").arg(a).arg(b),
                                   {origin.x() - 10, origin.y() - 40, 196, 10 * 90.0 + 20}));
    }
    const QString pfx = QStringLiteral("s") + code.toLower();
    d.hosts.push_back(makeHost(pfx + QStringLiteral("ss"), zone, code,
                               {QStringLiteral("site_server"), QStringLiteral("site_database"),
                                QStringLiteral("management_point"), QStringLiteral("distribution_point")},
                               ip(10, a, b, 10), origin));
    for (int g = 0; g < clientGroupsPerSecondary; ++g) {
        d.hosts.push_back(makeHost(pfx + QStringLiteral("pcs%1").arg(g + 1), zone, parent, {QStringLiteral("client")},
                                   ip(10, a, b, 100 + g), origin + QPointF(0, (g + 1) * 90.0)));
        d.hosts.back().count = 25;
    }
    if (boundaryGroups) {
        // Branch boundary: the branch's own /24 inside its region zone.
        BoundaryGroup g;
        g.id = QStringLiteral("bg-") + pfx;
        g.name = code + QStringLiteral(" branch");
        g.subnets = QStringList{QStringLiteral("10.%1.%2.0/24").arg(a).arg(b)};
        g.site = parent;
        g.systems = QStringList{pfx + QStringLiteral("ss")};
        BoundaryFallback toDatacenter;
        toDatacenter.to = QStringLiteral("bg-") + parent.toLower();
        toDatacenter.roles = QStringList{QStringLiteral("distribution_point"), QStringLiteral("software_update_point")};
        toDatacenter.minutes = 120;
        g.fallback.push_back(toDatacenter);
        g.fallbackToDefault = false;
        d.boundaryGroups.push_back(g);
    }
}

Firewall makeFirewall(const QString &id, FirewallPlatform platform, const QStringList &zones, QPointF pos)
{
    Firewall fw;
    fw.id = id;
    fw.name = id.toUpper();
    fw.platform = platform;
    for (int i = 0; i < zones.size(); ++i)
        fw.interfaces.push_back({QStringLiteral("port%1").arg(i + 1), zones[i], zones[i], {}});
    fw.pos = pos;
    return fw;
}

/// Rule 10: a WAN transit zone below everything, a firewall per branch
/// (branch, wan) and per primary (datacenter, office LAN, wan), a core
/// firewall (hq, ad, dmz, wan) and an internet edge (dmz, internet, cloud).
/// The branch regions, empty now, leave.
void addFirewalls(Design &d)
{
    d.zones.erase(std::remove_if(d.zones.begin(), d.zones.end(),
                                 [](const Zone &z) { return z.id.startsWith(QLatin1String("branch")); }),
                  d.zones.end());
    double bottom = 0;
    for (const Zone &z : d.zones)
        bottom = std::max(bottom, z.rect.bottom());
    d.zones.push_back(makeZone(QStringLiteral("wan"), ZoneKind::Transit, QStringLiteral("10.255.0.0/16"),
                               {0, bottom + 200, 21000, 400}));
    const double wanTop = d.zones.back().rect.top();
    d.firewalls.push_back(makeFirewall(QStringLiteral("fw-core"), FirewallPlatform::PaloAlto,
                                       {QStringLiteral("hq"), QStringLiteral("ad"), QStringLiteral("dmz"), QStringLiteral("wan")},
                                       {2050, 650}));
    d.firewalls.push_back(makeFirewall(QStringLiteral("fw-edge"), FirewallPlatform::PaloAlto,
                                       {QStringLiteral("dmz"), QStringLiteral("inet"), QStringLiteral("cloud")},
                                       {4050, 650}));
    for (int p = 0; p < primaries; ++p) {
        const QString n = QString::number(p + 1);
        const QRectF dc = d.zones[size_t(d.zoneIndex(QStringLiteral("dc") + n))].rect;
        d.firewalls.push_back(makeFirewall(QStringLiteral("fw-dc") + n, FirewallPlatform::CiscoAsa,
                                           {QStringLiteral("dc") + n, QStringLiteral("lan") + n, QStringLiteral("wan")},
                                           dc.topRight() + QPointF(50, 625)));
    }
    static const FirewallPlatform branchPlatforms[] = {FirewallPlatform::Fortigate, FirewallPlatform::PaloAlto,
                                                       FirewallPlatform::JuniperSrx, FirewallPlatform::CiscoAsa,
                                                       FirewallPlatform::Nftables};
    int b = 0;
    for (const Zone &z : std::vector<Zone>(d.zones))
        if (z.id.startsWith(QLatin1String("br-")))
            d.firewalls.push_back(makeFirewall(QStringLiteral("fw-") + z.id, branchPlatforms[b++ % 5],
                                               {z.id, QStringLiteral("wan")}, QPointF(z.rect.center().x(), wanTop - 50)));
}

} // namespace

Design makeXlDesign(int scale, bool boundaryGroups, bool firewalls)
{
    const int secondaries = 1000 * scale;
    Design d;
    d.name = QStringLiteral("XL benchmark: CAS, %1 primaries, %2 secondaries").arg(primaries).arg(secondaries);
    addZones(d, secondaries);
    addCentralSite(d);
    for (int p = 0; p < primaries; ++p)
        addPrimary(d, p, boundaryGroups);
    for (int s = 0; s < secondaries; ++s)
        addSecondary(d, s, boundaryGroups, firewalls);
    if (firewalls)
        addFirewalls(d);
    return d;
}

} // namespace pp::bench
