#pragma once

#include <QString>
#include <QStringView>

#include "model/design/Extras.h"
#include "model/design/Settings.h"

#include <optional>

namespace pp {

enum class SiteType : quint8 { Cas, Primary, Secondary };
QString siteTypeName(SiteType t);
std::optional<SiteType> siteTypeFromName(QStringView name);

struct Site
{
    QString code;             ///< 3 characters, e.g. "PS1"
    SiteType type = SiteType::Primary;
    QString parent;           ///< site code; empty = none
    QString name;             ///< optional display name
    PortSettings ports;       ///< client ports, wake-up ports (note 2)
    std::optional<bool> wakeOnLan;
    std::optional<bool> wakeUpProxy;
    QString internetProxy;    ///< id of a proxy_server host (note 1); empty = none
    std::optional<bool> winPePeerCache; ///< Windows PE peer cache (configmgr-current-2022)
    std::optional<bool> expressUpdates; ///< express installation files (configmgr-current-2022)
    Extras extras;

    bool wakeOnLanEnabled() const { return wakeOnLan.value_or(false); }
    bool wakeUpProxyEnabled() const { return wakeUpProxy.value_or(false); }
    bool winPePeerCacheEnabled() const { return winPePeerCache.value_or(false); }
    bool expressUpdatesEnabled() const { return expressUpdates.value_or(false); }
    friend bool operator==(const Site &a, const Site &b);
};

} // namespace pp
