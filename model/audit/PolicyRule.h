#pragma once

#include <QString>
#include <QStringList>

#include "model/audit/AddressSet.h"
#include "model/audit/ServiceMatch.h"

#include <vector>

namespace pp {

enum class RuleAction : quint8 { Accept, Deny, Jump, Goto, Return, None };

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

} // namespace pp
