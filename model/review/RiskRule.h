#pragma once

#include <QString>

#include "model/review/RiskCondition.h"

namespace pp {

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

} // namespace pp
