#pragma once

#include <QString>

namespace pp {

/// What an inventory's role name (ConfigMgr's SMS_SystemResourceList
/// RoleName) means for a design.
struct ConfigMgrRoleName
{
    enum class Kind : quint8 {
        Role,         ///< a catalog role
        Generic,      ///< every site system has it; no ports of its own
        Uncatalogued, ///< a real ConfigMgr role the 2017 port catalog has no entry for
        Unknown,      ///< not a name this table knows
    };
    Kind kind = Kind::Unknown;
    QString role;             ///< catalog role id for Kind::Role
    QString option;           ///< a host option the name implies ("multicast", "pxe"), or empty
};

/// Looks a ConfigMgr role name up, ignoring case and surrounding blanks.
ConfigMgrRoleName configMgrRoleName(const QString &name);

} // namespace pp
