#include "model/export/RequestRisk.h"

#include "model/engine/Opening.h"
#include "model/review/RiskRules.h"

namespace pp {

RiskProvider riskRulesProvider(const RiskRules &rules)
{
    return [&rules](const Design &design, const Opening &opening) {
        const RiskAssessment a = rules.assess(design, opening);
        return RequestRisk{riskLevelName(a.level), a.reasons};
    };
}

} // namespace pp
