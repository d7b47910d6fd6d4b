#include "model/audit/AuditReport.h"

#include <algorithm>

namespace pp {

int AuditReport::count(AuditStatus s) const
{
    return int(std::count_if(items.begin(), items.end(), [s](const AuditItem &i) { return i.status == s; }));
}

const AuditItem *AuditReport::item(int opening) const
{
    for (const AuditItem &i : items)
        if (i.opening == opening)
            return &i;
    return nullptr;
}

} // namespace pp
