#include "model/design/Design.h"

namespace pp {

namespace {

template<typename Vec, typename Key, typename Get>
int indexIn(const Vec &v, const Key &key, Get get)
{
    for (size_t i = 0; i < v.size(); ++i)
        if (get(v[i]) == key)
            return int(i);
    return -1;
}

} // namespace

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
