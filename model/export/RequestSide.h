#pragma once

#include <QString>

#include "model/design/Zone.h"

namespace pp {

/// One side of a request line: a zone and the object group of its hosts.
struct RequestSide
{
    QString zoneId;
    QString zoneName;
    /// Rule 10: the zone as the line's firewall device names it (the
    /// interface's name, else the zone id); empty without a device.
    QString interfaceName;
    ZoneKind zoneKind = ZoneKind::Internal;
    int group = -1;           ///< index into ChangeRequest::objectGroups

    /// What the line's device calls this side: the interface's name, with
    /// the design's zone name beside it when they differ; the zone's name
    /// without a device.
    QString label() const;
    /// The name rules on the device use: the interface's, else the zone id.
    QString ruleZone() const { return interfaceName.isEmpty() ? zoneId : interfaceName; }
};

} // namespace pp
