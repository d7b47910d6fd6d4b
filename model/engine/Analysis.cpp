#include "model/engine/Analysis.h"

namespace pp {

int Analysis::errorCount() const
{
    int n = 0;
    for (const auto &f : findings)
        n += f.severity == Severity::Error;
    return n;
}

int Analysis::warningCount() const
{
    return int(findings.size()) - errorCount();
}

const Path &Analysis::pathOf(const Flow &f) const
{
    static const Path none;
    return f.path >= 0 && size_t(f.path) < paths.size() ? paths[size_t(f.path)] : none;
}

} // namespace pp
