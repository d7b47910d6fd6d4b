#include "model/design/Firewall.h"

namespace pp {

namespace {

const char16_t *const platformIds[] = {u"generic",  u"paloalto", u"fortigate", u"cisco-asa",
                                       u"juniper-srx", u"nftables", u"iptables", u"windows",
                                       u"azure-nsg", u"aws-sg",   u"capirca"};
static_assert(std::size(platformIds) == size_t(FirewallPlatformCount));

} // namespace

QString platformName(FirewallPlatform p)
{
    return QString::fromUtf16(platformIds[size_t(p)]);
}

std::optional<FirewallPlatform> platformFromName(QStringView name)
{
    for (size_t i = 0; i < std::size(platformIds); ++i)
        if (name == QStringView(platformIds[i]))
            return FirewallPlatform(i);
    return std::nullopt;
}

QString platformNames()
{
    QStringList ids;
    for (const char16_t *id : platformIds)
        ids << QString::fromUtf16(id);
    return ids.join(QStringLiteral(", "));
}

int Firewall::interfaceIn(const QString &zone) const
{
    for (size_t i = 0; i < interfaces.size(); ++i)
        if (interfaces[i].zone == zone)
            return int(i);
    return -1;
}

QStringList Firewall::zones() const
{
    QStringList out;
    for (const FirewallInterface &i : interfaces)
        if (!i.zone.isEmpty() && !out.contains(i.zone))
            out << i.zone;
    return out;
}

bool operator==(const Firewall &a, const Firewall &b)
{
    return a.id == b.id && a.name == b.name && a.platform == b.platform && a.management == b.management
        && a.interfaces == b.interfaces && a.pos == b.pos && a.extras == b.extras;
}

} // namespace pp
