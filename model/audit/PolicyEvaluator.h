#pragma once

#include <QString>
#include <QStringList>

#include "model/audit/Policy.h"
#include "model/audit/PolicyAnswer.h"
#include "model/audit/PolicyQuery.h"

#include <vector>

namespace pp {

/// Walks a policy as the platform does: each entry chain in order, first
/// match, jumps into user chains and back, the chain's policy for what no
/// rule decided; a packet must pass every entry chain (nftables runs each
/// base chain of a hook). A rule decides for a host only when its address
/// set holds every address of the host; a deny that reaches part of the
/// host counts as a deny (an audit says "missing" rather than guess).
class PolicyEvaluator
{
public:
    explicit PolicyEvaluator(const Policy &policy, bool matchZones = true)
        : m_policy(policy), m_matchZones(matchZones) {}

    PolicyAnswer evaluate(const PolicyQuery &query) const;

private:
    struct Walk;
    struct Walked;
    void walk(const PolicyChain &chain, const PolicyQuery &q, PortSet ports, Walk &w, int depth, Walked &walked) const;
    /// What a jump to `chain` with `ports` decides, walked once per query.
    const Walk &jump(const PolicyChain &chain, const PolicyQuery &q, const PortSet &ports, int depth,
                     Walked &walked) const;
    bool zonesMatch(const PolicyRule &rule, const PolicyQuery &q) const;

    const Policy &m_policy;
    bool m_matchZones = true;
};

} // namespace pp
