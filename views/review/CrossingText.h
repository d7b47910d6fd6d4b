#pragma once

#include <QCoreApplication>
#include <QString>

#include "model/engine/AnalysisSnapshot.h"

namespace pp {
struct AuditReport;
class Catalog;
struct Flow;
struct ReviewItem;
}

namespace pp::views {

/// What the walkthrough shows of one crossing, as HTML for its two tabs:
/// the details (zones, port, risk and why, flows, recommendations) and the
/// seed sections the opening rests on, with their notes.
class CrossingText
{
    // The walkthrough's words, where the translation has them.
    Q_DECLARE_TR_FUNCTIONS(pp::views::ReviewPanel)

public:
    CrossingText(const AnalysisSnapshot &analysis, const Catalog &catalog);

    QString details(const ReviewItem &item) const;
    /// The seed sections, their notes, and what SSL bridging must let through.
    QString sources(const ReviewItem &item) const;
    /// Issue 15: the audited policy's rules that reach the crossing's hosts
    /// wider than the design needs (any port, any source), or that none does.
    QString wideRules(const ReviewItem &item, const AuditReport &audit) const;
    /// One flow in a line short enough for a side dock.
    QString flowLine(const Flow &flow) const;

    static QString esc(const QString &s);

private:
    const AnalysisSnapshot &m_analysis;
    const Catalog &m_catalog;
};

} // namespace pp::views
