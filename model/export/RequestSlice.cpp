#include "model/export/RequestSlice.h"

namespace pp {

ChangeRequest requestForSection(const ChangeRequest &request, size_t section)
{
    ChangeRequest out;
    out.designName = request.designName;
    out.info = request.info;
    out.delta = request.delta;
    out.hosts = request.hosts;
    out.objectGroups = request.objectGroups;
    out.serviceGroups = request.serviceGroups;
    out.flowKinds = request.flowKinds;
    out.otherFlows = request.otherFlows;
    out.warnings = request.warnings;
    RequestSection s = request.sections.at(section);
    const auto lines = request.linesOf(s);
    const auto rules = request.rulesOf(s);
    out.lines.assign(lines.begin(), lines.end());
    out.rules.assign(rules.begin(), rules.end());
    for (RequestLine &line : out.lines) {
        line.section = 0;
        if (line.rule >= 0)
            line.rule -= s.firstRule;
    }
    for (FirewallRule &rule : out.rules)
        rule.section = 0;
    s.firstLine = 0;
    s.firstRule = 0;
    out.sections = {s};
    return out;
}

} // namespace pp
