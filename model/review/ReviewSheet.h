#pragma once

#include <QDateTime>
#include <QString>
#include <QStringList>

#include "model/engine/Analysis.h"
#include "model/design/Design.h"
#include "model/review/RiskRules.h"

#include <vector>

namespace pp {

class Catalog;

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

/// The review of a design: every crossing, highest risk first, with the
/// latest decision of each and whether that decision is still current.
/// Items point into the design's decisions: rebuild after any change.
class ReviewSheet
{
public:
    ReviewSheet(const Design &design, const Catalog &catalog, const Analysis &analysis,
                const RiskRules &rules = RiskRules::builtin());
    /// The openings of `design`/`analysis` judged against other decisions
    /// (the designer's live document while the analysis is a snapshot).
    ReviewSheet(const Design &design, const Catalog &catalog, const Analysis &analysis,
                const std::vector<ReviewDecision> &decisions, const QString &cursor,
                const RiskRules &rules = RiskRules::builtin());

    const std::vector<ReviewItem> &items() const { return m_items; }
    int indexOf(const QString &key) const;
    /// Where the walkthrough resumes: the design's cursor if it still
    /// names an item, else the first item that still needs a decision.
    int resumeIndex() const;
    /// Decisions whose opening no longer exists.
    const std::vector<const ReviewDecision *> &orphans() const { return m_orphans; }

    int count(ReviewStatus status) const;
    int needingDecision() const; ///< pending + stale
    /// The gate: every crossing approved, none stale.
    bool allApproved() const;

    /// A new decision on an item, fingerprinted as the opening is now.
    static ReviewDecision decide(const ReviewItem &item, Verdict verdict, const QString &comment,
                                 const QString &reviewer, const QDateTime &when);

    /// Fingerprint of an opening: hosts, addresses, refs, phases and traffic.
    static QString fingerprint(const Design &design, const Opening &opening);

private:
    void build(const Design &design, const Catalog &catalog, const Analysis &analysis, const RiskRules &rules);

    QString m_cursor;
    const std::vector<ReviewDecision> *m_decisions = nullptr;
    std::vector<ReviewItem> m_items;
    std::vector<const ReviewDecision *> m_orphans;
};

} // namespace pp
