#include "views/review/CrossingText.h"

#include "model/audit/PolicyAudit.h"
#include "model/catalog/Catalog.h"
#include "model/design/DisplayText.h"
#include "model/engine/FlowText.h"
#include "model/review/ReviewSheet.h"

namespace pp::views {

namespace {

QString riskColor(RiskLevel l)
{
    return l == RiskLevel::High ? QStringLiteral("#a93226") : l == RiskLevel::Medium ? QStringLiteral("#b9770e")
                                                                                     : QStringLiteral("#1e8449");
}

} // namespace

CrossingText::CrossingText(const AnalysisSnapshot &analysis, const Catalog &catalog)
    : m_analysis(analysis)
    , m_catalog(catalog)
{
}

QString CrossingText::esc(const QString &s)
{
    return s.toHtmlEscaped();
}

QString CrossingText::details(const ReviewItem &item) const
{
    const Opening &o = m_analysis.analysis.openings[size_t(item.opening)];
    const FlowText text(m_analysis.design, m_analysis.catalogOr(m_catalog));
    QString h;
    h += QStringLiteral("<h3>%1 → %2 &nbsp; %3 %4</h3>")
             .arg(esc(text.zoneName(o.fromZone)), esc(text.zoneName(o.toZone)), esc(protocolName(o.protocol)), esc(o.portText));
    h += QStringLiteral("<p><b style=\"color:%1\">%2</b> &nbsp; %3 &nbsp; %4</p>")
             .arg(riskColor(item.risk.level), esc(tr("Risk: %1 (%2)").arg(riskLevelText(item.risk.level)).arg(item.risk.score)),
                  esc(tr("Status: %1").arg(reviewStatusText(item.status))), esc(tr("Traffic: %1").arg(trafficText(item.traffic))));
    if (!item.risk.reasons.isEmpty()) {
        h += QStringLiteral("<p><b>%1</b></p><ul>").arg(esc(tr("Why this risk")));
        for (const QString &r : item.risk.reasons)
            h += QStringLiteral("<li>%1</li>").arg(esc(r));
        h += QStringLiteral("</ul>");
    }
    h += QStringLiteral("<p><b>%1</b></p><ul>").arg(esc(tr("Flows (%1)").arg(o.flows.size())));
    // A few in full; the Flows table beside the canvas has them all.
    constexpr size_t shown = 4;
    for (size_t i = 0; i < o.flows.size() && i < shown; ++i)
        h += QStringLiteral("<li>%1</li>").arg(esc(flowLine(m_analysis.analysis.flows[size_t(o.flows[i])])));
    if (o.flows.size() > shown)
        h += QStringLiteral("<li>%1</li>").arg(esc(tr("… and %1 more in the Flows table").arg(o.flows.size() - shown)));
    h += QStringLiteral("</ul><p>%1</p>").arg(esc(tr("Seed sections: %1").arg(o.refs.join(QStringLiteral(", ")))));
    if (!item.risk.recommendations.empty()) {
        h += QStringLiteral("<p><b>%1</b></p><ul>").arg(esc(tr("Recommendations")));
        for (const Recommendation *r : item.risk.recommendations)
            h += QStringLiteral("<li>%1%2</li>").arg(esc(r->localText()), r->ref.isEmpty() ? QString() : QStringLiteral(" <code>%1</code>").arg(esc(r->ref)));
        h += QStringLiteral("</ul>");
    }
    return h;
}

QString CrossingText::wideRules(const ReviewItem &item, const AuditReport &audit) const
{
    const Opening &o = m_analysis.analysis.openings[size_t(item.opening)];
    const std::vector<const AuditFinding *> touching = audit.findingsTouching(m_analysis.design, o);
    if (touching.empty())
        return QStringLiteral("<p>%1</p>").arg(esc(tr("No rule of the audited policy reaches these hosts wider than the design needs.")));
    QString h = QStringLiteral("<p><b style=\"color:#a93226\">%1</b></p><ul>")
                    .arg(esc(tr("Existing rules wider than the design needs (%1)").arg(touching.size())));
    for (const AuditFinding *f : touching) {
        QStringList reasons;
        for (const QString &r : f->reasons)
            reasons << (r == QLatin1String("any port") ? tr("any port") : r == QLatin1String("any source") ? tr("any source") : r);
        h += QStringLiteral("<li>%1</li>")
                 .arg(esc(tr("%1 (%2) lets %3 reach %4")
                              .arg(f->rule, f->where, reasons.join(tr(" and ")), f->hosts.join(QStringLiteral(", ")))));
    }
    return h + QStringLiteral("</ul>");
}

QString CrossingText::flowLine(const Flow &f) const
{
    // "MP01 → SQL01: HTTPS: ..." without the domain and the anchor (the
    // Seed sections tab has those): one line in a side dock.
    const Design &d = m_analysis.design;
    auto shortName = [&d](int host) {
        const Host &h = d.hosts[size_t(host)];
        const QString name = h.name.isEmpty() ? h.id : h.name;
        return name.section(QLatin1Char('.'), 0, 0);
    };
    return QStringLiteral("%1 → %2: %3").arg(shortName(f.from), shortName(f.to),
                                             FlowText(d, m_analysis.catalogOr(m_catalog)).description(f));
}

QString CrossingText::sources(const ReviewItem &item) const
{
    const Opening &o = m_analysis.analysis.openings[size_t(item.opening)];
    QString h;
    const Catalog &catalog = m_analysis.catalogOr(m_catalog);
    QList<int> notes; // once each, after the sections: several sections cite the same note
    for (const QString &ref : o.refs) {
        const Section *s = catalog.section(ref);
        h += QStringLiteral("<p><code>%1</code> — %2 <i>%3</i>").arg(esc(ref), esc(s ? s->title : QString()),
                                                                       esc(s ? s->titleZh : QString()));
        for (const Connection &c : catalog.connections())
            if (c.ref == ref && !c.when.isEmpty()) {
                h += QStringLiteral("<br/>%1").arg(esc(c.when));
                break;
            }
        if (s && !s->summary.isEmpty())
            h += QStringLiteral("<br/>%1").arg(esc(s->summary));
        for (const Connection &c : catalog.connections())
            if (c.ref == ref) {
                for (int n : c.notes)
                    if (!notes.contains(n))
                        notes << n;
                break;
            }
        h += QStringLiteral("</p>");
    }
    for (int n : std::as_const(notes))
        if (const SeedNote *note = catalog.note(n))
            h += QStringLiteral("<p>%1</p>").arg(esc(tr("Note %1, %2: %3").arg(n).arg(note->title, note->summary)));
    // What an SSL-bridging device must let through cites its page: with the sources.
    if (!item.bridging.isEmpty()) {
        h += QStringLiteral("<p><b>%1</b></p><ul>").arg(esc(tr("SSL bridging")));
        for (const QString &b : item.bridging)
            h += QStringLiteral("<li>%1</li>").arg(esc(b));
        h += QStringLiteral("</ul>");
    }
    return h;
}

} // namespace pp::views
