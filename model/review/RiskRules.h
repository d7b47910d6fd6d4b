#pragma once

#include <QString>
#include <QStringList>
#include <QVector>

#include "model/design/Design.h"
#include "model/engine/Analysis.h"
#include "model/review/OpeningFacts.h"
#include "model/review/Recommendation.h"
#include "model/review/RiskAssessment.h"
#include "model/review/RiskCondition.h"
#include "model/review/RiskRule.h"

#include <optional>
#include <vector>

namespace pp {

/// Risk rules, kept as data (resources/review/risk-rules.json).
class RiskRules
{
public:
    static const RiskRules &builtin();
    static std::optional<RiskRules> parse(const QByteArray &json, QString *error);

    RiskAssessment assess(const OpeningFacts &facts) const;
    RiskAssessment assess(const Design &design, const Opening &opening) const
    {
        return assess(OpeningFacts::of(design, opening));
    }

    const std::vector<RiskRule> &rules() const { return m_rules; }
    const std::vector<Recommendation> &recommendations() const { return m_recommendations; }
    int highThreshold() const { return m_high; }
    int mediumThreshold() const { return m_medium; }

private:
    std::vector<RiskRule> m_rules;
    std::vector<Recommendation> m_recommendations;
    int m_high = 6;
    int m_medium = 3;
};

} // namespace pp
