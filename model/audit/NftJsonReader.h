#pragma once

#include <QByteArray>

#include "model/audit/PolicyReadResult.h"

namespace pp {

/// `nft -j list ruleset` (libnftables-json(5)): the ip, ip6 and inet
/// tables' filter chains with their hooks and policies, rules with address,
/// port and protocol matches (values, prefixes, ranges, anonymous and named
/// sets), interface names, conntrack state and verdicts. Errors name the
/// element ("nftables[12].rule.expr[3]").
class NftJsonReader
{
public:
    static PolicyReadResult read(const QByteArray &bytes);
};

} // namespace pp
