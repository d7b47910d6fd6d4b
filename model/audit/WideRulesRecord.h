#pragma once

#include <QString>

namespace pp {

struct Analysis;
struct AuditReport;
struct Design;
class ReviewSheet;

/// Issue 15: the review record's section on the audited policy's rules that
/// reach ConfigMgr hosts wider than the design needs (any port, any
/// source), each with the crossings whose hosts it reaches; or that the
/// audit found none. HTML for reviewRecordHtml's `moreSections`; every
/// value from the policy and the design is escaped.
QString wideRulesRecordHtml(const Design &design, const Analysis &analysis, const ReviewSheet &sheet,
                            const AuditReport &audit);

} // namespace pp
