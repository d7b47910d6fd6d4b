#pragma once

#include <QString>
#include <QStringList>

#include "model/audit/AuditFinding.h"
#include "model/audit/AuditItem.h"
#include "model/audit/AuditReport.h"
#include "model/audit/PolicyReadResult.h"

#include <vector>

namespace pp {

struct Analysis;
class Catalog;
struct Design;
struct Opening;

/// Holds every opening (or those of one firewall) against a policy.
class PolicyAudit
{
public:
    /// `firewall` < 0: every opening; else only that device's.
    static AuditReport run(const Design &design, const Catalog &catalog, const Analysis &analysis,
                           const Policy &policy, int firewall = -1);
};

} // namespace pp
