#pragma once

#include <QString>
#include <QStringList>
#include <QVector>

#include "model/design/Design.h"
#include "model/engine/Analysis.h"
#include "model/review/OpeningFacts.h"

#include <optional>
#include <vector>

namespace pp {

enum class RiskLevel : quint8 { Low, Medium, High };
/// "high", "medium", "low": the level as JSON and the files name it.
QString riskLevelName(RiskLevel level);
/// The level in the reader's language.
QString riskLevelText(RiskLevel level);

/// What a rule or recommendation looks at in an opening. Empty lists and
/// unset values match everything.
struct RiskCondition
{
    QVector<ZoneKind> fromZoneKinds;
    QVector<ZoneKind> toZoneKinds;
    QStringList services;   ///< any of these services
    QStringList refsAny;    ///< any of these seed anchors
    int minPorts = 0;       ///< range width at least this
    int minSourceMachines = 0;
    std::optional<bool> sourcesWithoutAddress;
    std::optional<bool> fallbackOnly;
};

struct RiskRule
{
    QString id;
    int points = 0;
    RiskCondition when;
    QString reason;
    QString reasonZh;       ///< the same in Traditional Chinese
    QString ref;
    /// The reason in the reader's language (chineseTerms()).
    QString localReason() const;
};

struct Recommendation
{
    QString id;
    RiskCondition when;
    QString text;
    QString textZh;         ///< the same in Traditional Chinese
    QString ref;
    int note = 0;
    /// The text in the reader's language (chineseTerms()).
    QString localText() const;
};

struct RiskAssessment
{
    RiskLevel level = RiskLevel::Low;
    int score = 0;
    QStringList reasons;     ///< in the reader's language when assessed
    std::vector<const Recommendation *> recommendations;
};

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
