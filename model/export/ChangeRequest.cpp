#include "model/export/ChangeRequest.h"

#include <algorithm>

namespace pp {

Slice<RequestLine> ChangeRequest::linesOf(const RequestSection &section) const
{
    const RequestLine *first = lines.data() + section.firstLine;
    return {first, first + section.lineCount};
}

Slice<FirewallRule> ChangeRequest::rulesOf(const RequestSection &section) const
{
    const FirewallRule *first = rules.data() + section.firstRule;
    return {first, first + section.ruleCount};
}

QStringList ChangeRequest::lineWarnings(const RequestLine &line) const
{
    return group(line.source).warnings + group(line.destination).warnings;
}

const RequestHost *ChangeRequest::sideHost(const RequestSide &side, const QString &id) const
{
    for (int h : group(side).hosts)
        if (hosts[size_t(h)].id == id)
            return &hosts[size_t(h)];
    return nullptr;
}

const ObjectGroup *ChangeRequest::objectGroup(const QString &name) const
{
    for (const ObjectGroup &g : objectGroups)
        if (g.name == name)
            return &g;
    return nullptr;
}

const ServiceGroup *ChangeRequest::serviceGroup(const QString &name) const
{
    for (const ServiceGroup &g : serviceGroups)
        if (g.name == name)
            return &g;
    return nullptr;
}

int ChangeRequest::count(RequestAction action) const
{
    return int(std::count_if(lines.begin(), lines.end(), [action](const RequestLine &l) { return l.action == action; }));
}

size_t ChangeRequest::flowCount() const
{
    size_t n = otherFlows.size();
    for (const RequestLine &line : lines)
        n += line.flows.size();
    return n;
}

} // namespace pp
