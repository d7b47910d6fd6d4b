#include "model/audit/AuditSubset.h"

#include "model/audit/PolicyAudit.h"
#include "model/engine/FlowText.h"

#include <QHash>

namespace pp {

Analysis notYetAllowed(const Design &design, const Catalog &catalog, const Analysis &analysis,
                       const AuditReport &report)
{
    QHash<QString, AuditStatus> status;
    for (const AuditItem &i : report.items)
        status.insert(i.key, i.status);
    Analysis out = analysis;
    out.openings.clear();
    const FlowText text(design, catalog);
    for (const Opening &o : analysis.openings) {
        const auto it = status.constFind(text.openingKey(o));
        if (it != status.constEnd() && *it != AuditStatus::Allowed)
            out.openings.push_back(o);
    }
    return out;
}

} // namespace pp
