#pragma once

// The checks rule 10's firewalls and routes must pass (FirewallCheck.cpp);
// DesignCheck runs them with the rest, and the firewall editor holds its
// fields to the same rules.

#include <QVector>

#include "model/design/Design.h"
#include "model/file/LoadError.h"

namespace pp::io {

/// Unknown or missing zones, duplicate ids, bad management addresses, and
/// routes that name unknown zones or take a step no firewall joins. Each
/// error names its element ("firewalls[2].interfaces[1].zone").
void checkFirewalls(QVector<LoadError> &errors, const Design &design);

/// What a firewall's `management` may hold: an IPv4 or IPv6 address or a
/// DNS host name.
bool isManagementAddress(const QString &text);

} // namespace pp::io
