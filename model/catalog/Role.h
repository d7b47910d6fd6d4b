#pragma once

#include <QString>

namespace pp {

enum class RoleScope : quint8 { Site, Hierarchy, Global, Client };

struct Role
{
    int index = -1;
    QString id;       ///< contract id, e.g. "management_point"
    QString name;     ///< English display name
    QString nameZh;   ///< the seed's Traditional Chinese term
    QString group;    ///< "site_system", "client" or "external" (palette grouping)
    RoleScope scope = RoleScope::Site;
    bool clientFacing = false; ///< honours the host option clientConnections (rule 8)
};

} // namespace pp
