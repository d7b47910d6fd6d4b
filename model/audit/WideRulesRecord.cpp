#include "model/audit/WideRulesRecord.h"

#include "model/audit/PolicyAudit.h"
#include "model/engine/Analysis.h"
#include "model/review/ReviewSheet.h"

#include <QHash>

namespace pp {

QString wideRulesRecordHtml(const Design &design, const Analysis &analysis, const ReviewSheet &sheet,
                            const AuditReport &audit)
{
    auto esc = [](const QString &s) { return s.toHtmlEscaped(); };
    QString html = QStringLiteral("<h2>Existing rules wider than the design needs</h2>\n");
    if (audit.findings.empty())
        return html + QStringLiteral("<p class=\"muted\">The audited policy (%1) has no rule that reaches a ConfigMgr "
                                     "host with any port or from any source.</p>\n")
                          .arg(esc(audit.format));
    // The crossings each rule touches, in the sheet's order (highest risk first).
    QHash<const AuditFinding *, QStringList> crossings;
    for (const ReviewItem &item : sheet.items())
        for (const AuditFinding *f : audit.findingsTouching(design, analysis.openings[size_t(item.opening)]))
            crossings[f] << item.key;
    html += QStringLiteral("<p>From the audit against the existing %1 policy: each rule lets more reach these hosts "
                           "than the crossings below need.</p>\n<table>\n<tr><th>Rule</th><th>Where</th><th>Why</th>"
                           "<th>Hosts it reaches</th><th>Crossings it touches</th></tr>\n")
                .arg(esc(audit.format));
    for (const AuditFinding &f : audit.findings) {
        const QStringList keys = crossings.value(&f);
        html += QStringLiteral("<tr><td>%1</td><td>%2</td><td>%3</td><td>%4</td><td>%5</td></tr>\n")
                    .arg(esc(f.rule), esc(f.where), esc(f.reasons.join(QStringLiteral(", "))),
                         esc(f.hosts.join(QStringLiteral(", "))),
                         keys.isEmpty() ? QStringLiteral("<span class=\"muted\">none</span>") : esc(keys.join(QStringLiteral(", "))));
    }
    return html + QStringLiteral("</table>\n");
}

} // namespace pp
