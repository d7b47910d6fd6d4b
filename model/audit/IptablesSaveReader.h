#pragma once

#include <QByteArray>

#include "model/audit/PolicyReadResult.h"

namespace pp {

/// `iptables-save` / `ip6tables-save` output: the filter table's chains,
/// their policies and rules (-s, -d, -p, -i, -o, --dport, multiport,
/// iprange, state/conntrack, comment, -j / -g). A match the audit cannot
/// evaluate (an ipset, a source port, an unknown module) leaves its rule
/// out, with the reason in the policy's notes.
class IptablesSaveReader
{
public:
    static PolicyReadResult read(const QByteArray &bytes);
};

} // namespace pp
