#include "model/audit/AuditReport.h"

#include "model/design/Design.h"
#include "model/engine/Opening.h"

#include <QSet>

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

std::vector<const AuditFinding *> AuditReport::findingsTouching(const Design &design, const Opening &opening) const
{
    QSet<QString> hosts;
    for (const std::vector<int> *side : {&opening.fromHosts, &opening.toHosts})
        for (int h : *side)
            hosts.insert(design.hosts[size_t(h)].id);
    std::vector<const AuditFinding *> out;
    for (const AuditFinding &f : findings)
        if (std::any_of(f.hosts.begin(), f.hosts.end(), [&hosts](const QString &id) { return hosts.contains(id); }))
            out.push_back(&f);
    return out;
}

} // namespace pp
