#pragma once

#include <QString>

#include "model/review/RiskCondition.h"

namespace pp {

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

} // namespace pp
