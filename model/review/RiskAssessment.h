#pragma once

#include <QString>
#include <QStringList>

#include "model/review/Recommendation.h"

#include <vector>

namespace pp {

enum class RiskLevel : quint8 { Low, Medium, High };
/// "high", "medium", "low": the level as JSON and the files name it.
QString riskLevelName(RiskLevel level);
/// The level in the reader's language.
QString riskLevelText(RiskLevel level);

struct RiskAssessment
{
    RiskLevel level = RiskLevel::Low;
    int score = 0;
    QStringList reasons;     ///< in the reader's language when assessed
    std::vector<const Recommendation *> recommendations;
};

} // namespace pp
