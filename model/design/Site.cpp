#include "model/design/Site.h"

#include "model/design/EnumNames.h"

namespace pp {

namespace {

const char16_t *const siteTypes[] = {u"cas", u"primary", u"secondary"};

} // namespace

QString siteTypeName(SiteType t) { return QString::fromUtf16(siteTypes[size_t(t)]); }
std::optional<SiteType> siteTypeFromName(QStringView n) { return enumFromName<SiteType>(siteTypes, n); }

bool operator==(const Site &a, const Site &b)
{
    return a.code == b.code && a.type == b.type && a.parent == b.parent && a.name == b.name
        && a.ports == b.ports && a.wakeOnLan == b.wakeOnLan && a.wakeUpProxy == b.wakeUpProxy
        && a.internetProxy == b.internetProxy && a.winPePeerCache == b.winPePeerCache
        && a.expressUpdates == b.expressUpdates && a.extras == b.extras;
}

} // namespace pp
