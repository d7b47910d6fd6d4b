#include "model/review/RiskAssessment.h"

#include <QCoreApplication>

namespace pp {

QString riskLevelName(RiskLevel level)
{
    switch (level) {
    case RiskLevel::High: return QStringLiteral("high");
    case RiskLevel::Medium: return QStringLiteral("medium");
    case RiskLevel::Low: break;
    }
    return QStringLiteral("low");
}

QString riskLevelText(RiskLevel level)
{
    switch (level) {
    case RiskLevel::High: return QCoreApplication::translate("pp::RiskRules", "high");
    case RiskLevel::Medium: return QCoreApplication::translate("pp::RiskRules", "medium");
    case RiskLevel::Low: break;
    }
    return QCoreApplication::translate("pp::RiskRules", "low");
}

} // namespace pp
