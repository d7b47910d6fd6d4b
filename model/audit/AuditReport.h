#pragma once

#include <QString>
#include <QStringList>

#include "model/audit/AuditFinding.h"
#include "model/audit/AuditItem.h"

#include <vector>

namespace pp {

struct AuditReport
{
    QString format;
    std::vector<AuditItem> items;       ///< in opening order
    std::vector<AuditFinding> findings;
    QStringList notes;                  ///< what the readers or the audit passed over

    int count(AuditStatus s) const;
    /// The item of an opening, or null (openings of other devices under --firewall).
    const AuditItem *item(int opening) const;
};

} // namespace pp
