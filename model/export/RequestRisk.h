#pragma once

#include <QString>
#include <QStringList>

#include <functional>

namespace pp {

class RiskRules;
struct Design;
struct Opening;

/// Risk of one opening as a change request shows it; empty = not assessed.
struct RequestRisk
{
    QString level;            ///< "high", "medium", "low" or empty
    QStringList reasons;
};

/// The hook through which a risk assessment reaches the change request. The
/// request has a risk column whatever is plugged in; with no provider it
/// stays empty.
using RiskProvider = std::function<RequestRisk(const Design &, const Opening &)>;

/// A provider backed by the security review's risk rules (issue 5); `rules`
/// must outlive it (RiskRules::builtin() does).
RiskProvider riskRulesProvider(const RiskRules &rules);

} // namespace pp
