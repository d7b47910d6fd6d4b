#pragma once

#include <QString>
#include <QStringList>

#include "model/design/ReviewDecision.h"
#include "model/review/RiskAssessment.h"

#include <vector>

namespace pp {

enum class ReviewStatus : quint8 {
    Pending,    ///< no decision yet
    Approved,
    Rejected,
    Questioned,
    Stale,      ///< decided, but the opening has changed since: needs re-review
};
/// The status as the CLI's JSON and the files name it ("needs re-review").
QString reviewStatusName(ReviewStatus s);
/// The status in the reader's language.
QString reviewStatusText(ReviewStatus s);

/// Whom an opening's flows serve under rule 9.
enum class Traffic : quint8 { Local, Fallback, Mixed };
QString trafficName(Traffic t);
QString trafficText(Traffic t);

/// One boundary crossing to review.
struct ReviewItem
{
    int opening = -1;              ///< index into Analysis::openings
    QString key;                   ///< FlowText::openingKey
    QString fingerprint;           ///< what the opening is now
    RiskAssessment risk;
    /// Rule 8: what an SSL-bridging proxy must pass for this crossing (one
    /// recommendation per internet-facing role it reaches; FlowText::bridging).
    QStringList bridging;
    Traffic traffic = Traffic::Local;
    ReviewStatus status = ReviewStatus::Pending;
    const ReviewDecision *decision = nullptr; ///< latest decision for the key, if any
    std::vector<const ReviewDecision *> history; ///< every decision for the key, oldest first
};

} // namespace pp
