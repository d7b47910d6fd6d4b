#include "model/review/RiskRule.h"

#include "model/design/DisplayText.h"

namespace pp {

QString RiskRule::localReason() const
{
    return chineseTerms() && !reasonZh.isEmpty() ? reasonZh : reason;
}

} // namespace pp
