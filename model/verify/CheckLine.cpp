#include "model/verify/CheckLine.h"

namespace pp {

QString checkResultName(CheckResult r)
{
    switch (r) {
    case CheckResult::Open: return QStringLiteral("open");
    case CheckResult::Closed: return QStringLiteral("closed");
    case CheckResult::Timeout: return QStringLiteral("timeout");
    case CheckResult::Untested: return QStringLiteral("untested");
    case CheckResult::Error: return QStringLiteral("error");
    }
    return {};
}

} // namespace pp
