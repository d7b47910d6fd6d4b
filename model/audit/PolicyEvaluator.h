#pragma once

#include <QString>
#include <QStringList>

#include "model/audit/Policy.h"

#include <vector>

namespace pp {

/// One connection the audit asks about: from the addresses of one host to
/// those of another, one protocol, a set of destination ports, entering
/// and leaving the device by interfaces or zones known under these names.
struct PolicyQuery
{
    std::vector<IpRange> source;
    QString sourceName;       ///< host name, matched against FQDN objects
    std::vector<IpRange> destination;
    QString destinationName;
    Protocol protocol = Protocol::Tcp;
    PortSet ports;            ///< empty for ICMP
    QStringList fromNames;    ///< the ingress interface's or zone's names; empty = unknown
    QStringList toNames;
};

/// What the policy does with the query's ports.
struct PolicyAnswer
{
    PortSet allowed;
    PortSet denied;
    bool icmpAllowed = false; ///< for ICMP queries (no ports)
    QStringList rules;        ///< the rules that allowed something, in order
    QStringList deniedBy;     ///< the rules (or chain policies) that denied something
};

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
