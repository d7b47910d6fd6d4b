#pragma once

#include "model/audit/PortSet.h"
#include "model/design/PortRange.h"

#include <optional>

namespace pp {

/// One protocol and its destination ports a rule matches; no protocol = any.
struct ServiceMatch
{
    std::optional<Protocol> protocol;
    PortSet ports = PortSet::all(); ///< ignored for ICMP
};

} // namespace pp
