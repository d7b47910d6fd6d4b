#pragma once

#include <QString>

#include "model/design/Extras.h"

namespace pp {

/// One interface of a firewall. It sits in one zone; `name` is that zone's
/// name on the device (a PAN-OS or SRX security zone, an ASA nameif), and
/// the device's rules use it.
struct FirewallInterface
{
    QString id;               ///< the device's own name for the port, e.g. "ethernet1/1"
    QString zone;             ///< zone id
    QString name;             ///< the zone as the device knows it; empty = the zone id
    Extras extras;

    /// What the device's rules call this side: `name`, else the zone id.
    QString ruleName() const { return name.isEmpty() ? zone : name; }
    friend bool operator==(const FirewallInterface &a, const FirewallInterface &b);
};

} // namespace pp
