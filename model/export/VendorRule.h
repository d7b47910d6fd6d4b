#pragma once

#include <QString>
#include <QStringList>

#include "model/export/FirewallRule.h"

namespace pp {

/// A rule of one device as the vendor writers write it: the request's
/// FirewallRule with the device's names for zones, groups and services, and
/// its description, all fitted to the platform.
struct VendorRule
{
    const FirewallRule *rule = nullptr;
    QString name;             ///< "PP_FW-01"
    QString fromZone;         ///< the zone as the device names it (interface name)
    QString toZone;
    int sourceGroup = -1;     ///< index into VendorObjects::groups()
    int destinationGroup = -1;
    int service = -1;         ///< index into VendorObjects::services()
    QString description;      ///< ticket, lines, anchors, justification; fitted to the platform
    QStringList remarks;      ///< the same cut into remark lines (ASA: 100 characters each)
};

} // namespace pp
