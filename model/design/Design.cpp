#include "model/design/Design.h"

namespace pp {

namespace {

template<typename Enum, size_t N>
std::optional<Enum> fromName(const char16_t *const (&names)[N], QStringView name)
{
    for (size_t i = 0; i < N; ++i)
        if (name == QStringView(names[i]))
            return Enum(i);
    return std::nullopt;
}

const char16_t *const siteTypes[] = {u"cas", u"primary", u"secondary"};
const char16_t *const zoneKinds[] = {u"internal", u"perimeter", u"internet", u"cloud", u"branch", u"transit"};
const char16_t *const clientConnectionNames[] = {u"intranet", u"internet", u"both"};
const char16_t *const verdictNames[] = {u"approve", u"reject", u"question"};

template<typename Vec, typename Key, typename Get>
int indexIn(const Vec &v, const Key &key, Get get)
{
    for (size_t i = 0; i < v.size(); ++i)
        if (get(v[i]) == key)
            return int(i);
    return -1;
}

} // namespace

QString siteTypeName(SiteType t) { return QString::fromUtf16(siteTypes[size_t(t)]); }
std::optional<SiteType> siteTypeFromName(QStringView n) { return fromName<SiteType>(siteTypes, n); }
QString zoneKindName(ZoneKind k) { return QString::fromUtf16(zoneKinds[size_t(k)]); }
std::optional<ZoneKind> zoneKindFromName(QStringView n) { return fromName<ZoneKind>(zoneKinds, n); }
QString zoneKindNames()
{
    QStringList names;
    for (const char16_t *k : zoneKinds)
        names << QString::fromUtf16(k);
    const QString last = names.takeLast();
    return names.join(QStringLiteral(", ")) + QStringLiteral(" or ") + last;
}
QString clientConnectionsName(ClientConnections c)
{
    return QString::fromUtf16(clientConnectionNames[size_t(c)]);
}
std::optional<ClientConnections> clientConnectionsFromName(QStringView n)
{
    return fromName<ClientConnections>(clientConnectionNames, n);
}

QString verdictName(Verdict v) { return QString::fromUtf16(verdictNames[size_t(v)]); }
std::optional<Verdict> verdictFromName(QStringView n) { return fromName<Verdict>(verdictNames, n); }

bool HostOptions::isNamedSqlInstance() const
{
    return !sqlInstance.isEmpty()
        && sqlInstance.compare(QLatin1String("MSSQLSERVER"), Qt::CaseInsensitive) != 0;
}

bool operator==(const Site &a, const Site &b)
{
    return a.code == b.code && a.type == b.type && a.parent == b.parent && a.name == b.name
        && a.ports == b.ports && a.wakeOnLan == b.wakeOnLan && a.wakeUpProxy == b.wakeUpProxy
        && a.internetProxy == b.internetProxy && a.winPePeerCache == b.winPePeerCache
        && a.expressUpdates == b.expressUpdates && a.extras == b.extras;
}

bool operator==(const Zone &a, const Zone &b)
{
    return a.id == b.id && a.name == b.name && a.kind == b.kind && a.subnets == b.subnets
        && a.rect == b.rect && a.color == b.color && a.extras == b.extras;
}

bool operator==(const HostOptions &a, const HostOptions &b)
{
    return a.ports == b.ports && a.pxe == b.pxe && a.multicast == b.multicast
        && a.siteServerInitiates == b.siteServerInitiates && a.workgroup == b.workgroup
        && a.azureLoadBalancer == b.azureLoadBalancer && a.sqlInstance == b.sqlInstance
        && a.clientConnections == b.clientConnections && a.cmgInstances == b.cmgInstances
        && a.cmgDeployment == b.cmgDeployment && a.pullSources == b.pullSources
        && a.warehouseDatabase == b.warehouseDatabase && a.extras == b.extras;
}

QStringList HostOptions::namedHosts(const QString &option) const
{
    if (option == QLatin1String("pullSources"))
        return pullSources;
    if (option == QLatin1String("warehouseDatabase") && !warehouseDatabase.isEmpty())
        return {warehouseDatabase};
    return {};
}

bool operator==(const Host &a, const Host &b)
{
    return a.id == b.id && a.name == b.name && a.zone == b.zone && a.site == b.site
        && a.roles == b.roles && a.addresses == b.addresses && a.pos == b.pos
        && a.count == b.count && a.options == b.options && a.extras == b.extras;
}

bool operator==(const Link &a, const Link &b)
{
    return a.id == b.id && a.kind == b.kind && a.from == b.from && a.to == b.to && a.ref == b.ref
        && a.ports == b.ports && a.comment == b.comment && a.extras == b.extras;
}

bool operator==(const DesignSettings &a, const DesignSettings &b)
{
    return a.ports == b.ports && a.extras == b.extras;
}

bool operator==(const BoundaryFallback &a, const BoundaryFallback &b)
{
    return a.to == b.to && a.roles == b.roles && a.minutes == b.minutes && a.never == b.never && a.extras == b.extras;
}

bool operator==(const BoundaryGroup &a, const BoundaryGroup &b)
{
    return a.id == b.id && a.name == b.name && a.zones == b.zones && a.subnets == b.subnets && a.site == b.site
        && a.systems == b.systems && a.fallback == b.fallback && a.fallbackToDefault == b.fallbackToDefault
        && a.extras == b.extras;
}

bool operator==(const ReviewDecision &a, const ReviewDecision &b)
{
    return a.key == b.key && a.verdict == b.verdict && a.comment == b.comment && a.reviewer == b.reviewer
        && a.time == b.time && a.fingerprint == b.fingerprint && a.extras == b.extras;
}

bool operator==(const ChangeRequestInfo &a, const ChangeRequestInfo &b)
{
    return a.ticket == b.ticket && a.requester == b.requester && a.owner == b.owner
        && a.requestedDate == b.requestedDate && a.reviewDate == b.reviewDate && a.window == b.window
        && a.groupNames == b.groupNames && a.extras == b.extras;
}

bool operator==(const Design &a, const Design &b)
{
    return a.name == b.name && a.catalog == b.catalog && a.settings == b.settings
        && a.changeRequest == b.changeRequest
        && a.sites == b.sites && a.zones == b.zones && a.hosts == b.hosts && a.links == b.links
        && a.reviews == b.reviews && a.boundaryGroups == b.boundaryGroups && a.firewalls == b.firewalls
        && a.routes == b.routes && a.reviewCursor == b.reviewCursor && a.verifications == b.verifications
        && a.extras == b.extras;
}

int Design::hostIndex(const QString &id) const
{
    return indexIn(hosts, id, [](const Host &h) -> const QString & { return h.id; });
}
int Design::zoneIndex(const QString &id) const
{
    return indexIn(zones, id, [](const Zone &z) -> const QString & { return z.id; });
}
int Design::siteIndex(const QString &code) const
{
    return indexIn(sites, code, [](const Site &s) -> const QString & { return s.code; });
}

const BoundaryGroup *Design::boundaryGroup(const QString &id) const
{
    for (const auto &g : boundaryGroups)
        if (g.id == id)
            return &g;
    return nullptr;
}

int Design::firewallIndex(const QString &id) const
{
    return indexIn(firewalls, id, [](const Firewall &f) -> const QString & { return f.id; });
}

const Firewall *Design::firewall(const QString &id) const
{
    const int i = firewallIndex(id);
    return i < 0 ? nullptr : &firewalls[size_t(i)];
}

const Site *Design::site(const QString &code) const
{
    const int i = siteIndex(code);
    return i < 0 ? nullptr : &sites[size_t(i)];
}
const Zone *Design::zone(const QString &id) const
{
    const int i = zoneIndex(id);
    return i < 0 ? nullptr : &zones[size_t(i)];
}
const Host *Design::host(const QString &id) const
{
    const int i = hostIndex(id);
    return i < 0 ? nullptr : &hosts[size_t(i)];
}
Site *Design::site(const QString &code)
{
    const int i = siteIndex(code);
    return i < 0 ? nullptr : &sites[size_t(i)];
}
Zone *Design::zone(const QString &id)
{
    const int i = zoneIndex(id);
    return i < 0 ? nullptr : &zones[size_t(i)];
}
Host *Design::host(const QString &id)
{
    const int i = hostIndex(id);
    return i < 0 ? nullptr : &hosts[size_t(i)];
}

} // namespace pp
