#pragma once

#include <QString>
#include <QStringList>

#include "model/export/RequestAction.h"

namespace pp {

/// Lines with the same action, source group and destination group on one
/// device, merged into one rule over a service group: what a firewall team
/// enters.
struct FirewallRule
{
    QString id;               ///< "FW-01"
    int section = 0;
    RequestAction action = RequestAction::Add;
    QString fromZone, toZone; ///< zone ids; on a device, its names for them (RequestSide::ruleZone)
    int sourceGroup = -1;     ///< indices into ChangeRequest::objectGroups
    int destinationGroup = -1;
    int serviceGroup = -1;    ///< index into ChangeRequest::serviceGroups
    QStringList lines;        ///< request line ids
};

} // namespace pp
