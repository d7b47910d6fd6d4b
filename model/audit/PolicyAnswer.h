#pragma once

#include <QStringList>

#include "model/audit/PortSet.h"

namespace pp {

/// What the policy does with the query's ports.
struct PolicyAnswer
{
    PortSet allowed;
    PortSet denied;
    bool icmpAllowed = false; ///< for ICMP queries (no ports)
    QStringList rules;        ///< the rules that allowed something, in order
    QStringList deniedBy;     ///< the rules (or chain policies) that denied something
};

} // namespace pp
