#pragma once

#include <QByteArray>

#include "model/audit/PolicyReadResult.h"

namespace pp {

/// A PAN-OS configuration XML (running config export, or Capirca's
/// paloalto output): address objects (ip-netmask, ip-range, fqdn), static
/// address groups, service objects and groups, and the security rules of
/// every rulebase (pre, local, post) in order, first match, then the
/// interzone default (deny). Disabled rules are left out. Errors name the
/// element and its line.
class PanOsReader
{
public:
    static PolicyReadResult read(const QByteArray &bytes);
};

} // namespace pp
