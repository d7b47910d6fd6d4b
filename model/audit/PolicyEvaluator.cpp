#include "model/audit/PolicyEvaluator.h"

#include <algorithm>
#include <map>
#include <tuple>

namespace pp {

namespace {

constexpr int MaxChainDepth = 32; // jump loops (nft refuses them, a CSV cannot have them)

/// "*" and a trailing "+" (iptables) are wildcards.
bool nameMatches(const QString &pattern, const QStringList &names)
{
    for (const QString &n : names) {
        if (pattern == QLatin1String("*") || pattern.compare(n, Qt::CaseInsensitive) == 0)
            return true;
        if (pattern.endsWith(QLatin1Char('+')) && n.startsWith(pattern.chopped(1), Qt::CaseInsensitive))
            return true;
    }
    return false;
}

/// The query's ports the rule's services reach for its protocol; for ICMP a
/// non-empty marker set when the rule reaches ICMP at all.
PortSet reached(const PolicyRule &rule, const PolicyQuery &q, const PortSet &ports)
{
    if (rule.anyService())
        return q.protocol == Protocol::Icmp ? PortSet(0, 0) : ports;
    PortSet out;
    for (const ServiceMatch &s : rule.services) {
        if (s.protocol && *s.protocol != q.protocol)
            continue;
        if (q.protocol == Protocol::Icmp)
            return PortSet(0, 0);
        out.add(ports.intersected(s.ports));
    }
    return out;
}

QString policyName(const PolicyChain &c)
{
    return QStringLiteral("policy %1 of %2").arg(c.policy == RuleAction::Accept ? QStringLiteral("accept")
                                                                               : QStringLiteral("drop"),
                                                 c.name);
}

} // namespace

struct PolicyEvaluator::Walk
{
    PortSet allowed, denied;
    QStringList rules, deniedBy;
    bool returned = false;
};

/// The jumps one query has walked, by target chain, depth and ports: a walk
/// depends on nothing else. Chains that jump twice to the next, thirty deep,
/// would otherwise be walked 2^30 times (a hostile or generated policy).
struct PolicyEvaluator::Walked
{
    std::map<std::tuple<const PolicyChain *, int, std::vector<std::pair<int, int>>>, Walk> byJump;
};

const PolicyEvaluator::Walk &PolicyEvaluator::jump(const PolicyChain &chain, const PolicyQuery &q, const PortSet &ports,
                                                   int depth, Walked &walked) const
{
    const auto key = std::make_tuple(&chain, depth, ports.runs());
    const auto found = walked.byJump.find(key);
    if (found != walked.byJump.end())
        return found->second;
    Walk sub;
    walk(chain, q, ports, sub, depth, walked);
    return walked.byJump.emplace(key, std::move(sub)).first->second;
}

bool PolicyEvaluator::zonesMatch(const PolicyRule &rule, const PolicyQuery &q) const
{
    if (!m_matchZones)
        return true;
    auto side = [](const QStringList &zones, const QStringList &names) {
        return zones.isEmpty() || names.isEmpty()
            || std::any_of(zones.begin(), zones.end(), [&](const QString &z) { return nameMatches(z, names); });
    };
    return side(rule.fromZones, q.fromNames) && side(rule.toZones, q.toNames);
}

void PolicyEvaluator::walk(const PolicyChain &chain, const PolicyQuery &q, PortSet ports, Walk &w, int depth,
                           Walked &walked) const
{
    for (const PolicyRule &rule : chain.rules) {
        if (ports.isEmpty() || w.returned)
            return;
        if (!rule.unevaluated.isEmpty() || rule.action == RuleAction::None || !zonesMatch(rule, q))
            continue;
        if (!rule.sources.intersects(q.source, q.sourceName)
            || !rule.destinations.intersects(q.destination, q.destinationName))
            continue;
        const PortSet matched = reached(rule, q, ports);
        if (matched.isEmpty())
            continue;
        const bool whole = rule.sources.containsAll(q.source, q.sourceName)
            && rule.destinations.containsAll(q.destination, q.destinationName);
        switch (rule.action) {
        case RuleAction::Accept:
            if (!whole)
                continue; // part of the host's addresses only: not granted
            w.allowed.add(matched);
            w.rules << rule.name;
            ports = ports.subtracted(matched);
            break;
        case RuleAction::Deny:
            w.denied.add(matched);
            w.deniedBy << rule.name;
            ports = ports.subtracted(matched);
            break;
        case RuleAction::Jump:
        case RuleAction::Goto: {
            const PolicyChain *target = m_policy.chain(rule.target);
            if (!whole || !target || depth >= MaxChainDepth)
                continue;
            const Walk &sub = jump(*target, q, matched, depth + 1, walked);
            w.allowed.add(sub.allowed);
            w.denied.add(sub.denied);
            w.rules += sub.rules;
            w.deniedBy += sub.deniedBy;
            ports = ports.subtracted(sub.allowed).subtracted(sub.denied);
            if (rule.action == RuleAction::Goto)
                return; // what the target left undecided goes to the base chain's policy
            break;
        }
        case RuleAction::Return:
            if (whole)
                return;
            break;
        case RuleAction::None:
            break;
        }
    }
}

PolicyAnswer PolicyEvaluator::evaluate(const PolicyQuery &query) const
{
    PolicyQuery q = query;
    if (q.protocol == Protocol::Icmp)
        q.ports = PortSet(0, 0); // one marker "port" stands for the ICMP message
    PolicyAnswer answer;
    const auto entries = m_policy.entryChains();
    if (entries.empty()) {
        answer.denied = q.ports;
        answer.deniedBy << QStringLiteral("no rules");
        return answer;
    }
    PortSet passing = q.ports;
    Walked walked;
    for (const PolicyChain *chain : entries) {
        Walk w;
        walk(*chain, q, passing, w, 0, walked);
        const PortSet undecided = passing.subtracted(w.allowed).subtracted(w.denied);
        if (!undecided.isEmpty()) {
            (chain->policy == RuleAction::Accept ? w.allowed : w.denied).add(undecided);
            (chain->policy == RuleAction::Accept ? w.rules : w.deniedBy) << policyName(*chain);
        }
        answer.denied.add(w.denied);
        answer.deniedBy += w.deniedBy;
        passing = passing.intersected(w.allowed);
        answer.rules += w.rules;
    }
    answer.rules.removeDuplicates();
    answer.deniedBy.removeDuplicates();
    if (q.protocol == Protocol::Icmp) {
        answer.icmpAllowed = !passing.isEmpty();
        answer.allowed = PortSet();
        answer.denied = PortSet();
    } else {
        answer.allowed = passing;
        answer.denied = q.ports.subtracted(passing);
    }
    return answer;
}

} // namespace pp
