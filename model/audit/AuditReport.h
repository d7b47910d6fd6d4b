#pragma once

#include <QString>
#include <QStringList>

#include "model/audit/AuditFinding.h"
#include "model/audit/AuditItem.h"

#include <vector>

namespace pp {

struct Design;
struct Opening;

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

} // namespace pp
