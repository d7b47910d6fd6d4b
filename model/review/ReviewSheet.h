#pragma once

#include <QDateTime>
#include <QString>
#include <QStringList>

#include "model/engine/Analysis.h"
#include "model/design/Design.h"
#include "model/review/ReviewItem.h"
#include "model/review/RiskRules.h"

#include <memory>
#include <vector>

namespace pp {

class Catalog;
struct AnalysisSnapshot;

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

    /// The review of a snapshot's openings under the live document's
    /// `decisions` and `cursor`: the sheet made with the analysis (shared,
    /// no work) while they are the ones it was made with, else a new one.
    /// `fallback` is the catalog when the snapshot names none.
    static std::shared_ptr<const ReviewSheet> of(const AnalysisSnapshot &snapshot, const Catalog &fallback,
                                                 const std::vector<ReviewDecision> &decisions,
                                                 const QString &cursor);

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
