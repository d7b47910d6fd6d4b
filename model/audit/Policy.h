#pragma once

#include <QString>
#include <QStringList>

#include "model/audit/AddressSet.h"
#include "model/audit/PortSet.h"

#include <map>
#include <optional>
#include <vector>

namespace pp {

enum class RuleAction : quint8 { Accept, Deny, Jump, Goto, Return, None };

/// One protocol and its destination ports a rule matches; no protocol = any.
struct ServiceMatch
{
    std::optional<Protocol> protocol;
    PortSet ports = PortSet::all(); ///< ignored for ICMP
};

/// One rule of an existing policy, as the audit reads it.
struct PolicyRule
{
    QString name;             ///< what a user looks for: "FORWARD #3 (comment)", a PAN rule name
    QString where;            ///< "line 12", "rules/entry[4]"
    RuleAction action = RuleAction::None;
    QString target;           ///< chain of a jump or goto
    AddressSet sources;
    AddressSet destinations;
    std::vector<ServiceMatch> services; ///< empty = any protocol, any port
    QStringList fromZones;    ///< ingress interfaces or zones; empty = any
    QStringList toZones;
    /// A condition the audit cannot evaluate (an ipset it has not seen, a
    /// state match on established traffic only): the rule is skipped, and
    /// the reason is kept for the report.
    QString unevaluated;

    bool anyService() const { return services.empty(); }
};

/// A list of rules evaluated in order, first match.
struct PolicyChain
{
    QString name;
    bool base = false;        ///< an entry point (FORWARD, a hooked nft chain, a PAN rulebase)
    QString hook;             ///< "forward", "input", ... for base chains
    RuleAction policy = RuleAction::Deny; ///< what a packet no rule decided gets (base chains)
    std::vector<PolicyRule> rules;
};

/// An existing firewall policy in one shape whatever its format.
struct Policy
{
    QString format;           ///< "nftables", "iptables", "csv", "paloalto", "capirca"
    std::vector<PolicyChain> chains;
    QStringList notes;        ///< what the reader passed over, for the report

    const PolicyChain *chain(const QString &name) const;
    /// The base chains packets through the device meet: those hooked on
    /// forward when any is, else those hooked on input (a host firewall),
    /// else every base chain.
    std::vector<const PolicyChain *> entryChains() const;
};

/// A policy, or why the file is not one (naming the line or element).
struct PolicyReadResult
{
    Policy policy;
    QString error;
    bool ok() const { return error.isEmpty(); }
};

} // namespace pp
