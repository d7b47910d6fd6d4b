#pragma once

#include <QString>
#include <QStringList>

#include "model/audit/Policy.h"

#include <vector>

namespace pp {

struct Analysis;
class Catalog;
struct Design;
struct Opening;

enum class AuditStatus : quint8 {
    Allowed,  ///< the policy already allows every host pair and port
    Partial,  ///< some of it: `missing` says what is not
    Missing,  ///< none of it
};
QString auditStatusName(AuditStatus s); ///< "allowed", "partial", "missing"

/// One opening held against the policy.
struct AuditItem
{
    int opening = -1;         ///< index into Analysis::openings
    QString key;              ///< FlowText::openingKey
    AuditStatus status = AuditStatus::Missing;
    QStringList rules;        ///< the rules that allow (some of) it
    QStringList missing;      ///< "CM01 -> DP01: TCP/8531" per host pair still blocked
    QStringList deniedBy;     ///< the rules or chain policies that block it
};

/// An existing rule that lets more reach ConfigMgr hosts than the design
/// needs: any port, or any source. For the security review.
struct AuditFinding
{
    QString rule;
    QString where;
    QStringList hosts;        ///< host ids it reaches
    QStringList reasons;      ///< "any port", "any source"
    QString message;
};

struct AuditReport
{
    QString format;
    std::vector<AuditItem> items;       ///< in opening order
    std::vector<AuditFinding> findings;
    QStringList notes;                  ///< what the readers or the audit passed over

    int count(AuditStatus s) const;
    /// The item of an opening, or null (openings of other devices under --firewall).
    const AuditItem *item(int opening) const;
    /// The findings whose rule reaches a host at either end of an opening
    /// of `design` (the crossing a reviewer is looking at), in report order.
    std::vector<const AuditFinding *> findingsTouching(const Design &design, const Opening &opening) const;
};

/// Holds every opening (or those of one firewall) against a policy.
class PolicyAudit
{
public:
    /// `firewall` < 0: every opening; else only that device's.
    static AuditReport run(const Design &design, const Catalog &catalog, const Analysis &analysis,
                           const Policy &policy, int firewall = -1);
};

} // namespace pp
