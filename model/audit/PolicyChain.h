#pragma once

#include <QString>

#include "model/audit/PolicyRule.h"

#include <vector>

namespace pp {

/// A list of rules evaluated in order, first match.
struct PolicyChain
{
    QString name;
    bool base = false;        ///< an entry point (FORWARD, a hooked nft chain, a PAN rulebase)
    QString hook;             ///< "forward", "input", ... for base chains
    RuleAction policy = RuleAction::Deny; ///< what a packet no rule decided gets (base chains)
    std::vector<PolicyRule> rules;
};

} // namespace pp
