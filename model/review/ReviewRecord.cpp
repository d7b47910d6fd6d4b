#include "model/review/ReviewRecord.h"

#include "model/catalog/Catalog.h"
#include "model/engine/FlowText.h"
#include "model/review/ReviewSheet.h"

#include <QDateTime>
#include <QSet>

#include <algorithm>
#include <initializer_list>

namespace pp {

namespace {

QString esc(const QString &s)
{
    return s.toHtmlEscaped();
}

QString hostList(const Design &d, const std::vector<int> &hosts)
{
    QStringList names;
    for (int h : hosts)
        names << esc(d.hosts[size_t(h)].name.isEmpty() ? d.hosts[size_t(h)].id : d.hosts[size_t(h)].name);
    return names.join(QStringLiteral(", "));
}

QString row(const QStringList &cells, const QString &cssClass = {})
{
    QString out = cssClass.isEmpty() ? QStringLiteral("<tr>") : QStringLiteral("<tr class=\"%1\">").arg(cssClass);
    for (const QString &c : cells)
        out += QStringLiteral("<td>") + c + QStringLiteral("</td>");
    return out + QStringLiteral("</tr>\n");
}

QString headHtml(const Design &design)
{
    return QStringLiteral(
        "<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\"/>\n<title>Security review record: %1</title>\n"
        "<style>body{font-family:sans-serif;margin:2em;color:#222}table{border-collapse:collapse;width:100%;margin-bottom:1.5em}"
        "th,td{border:1px solid #bbb;padding:4px 6px;text-align:left;vertical-align:top;font-size:90%}"
        "th{background:#e8eef4}tr.high td:first-child{border-left:4px solid #c0392b}tr.medium td:first-child{border-left:4px solid #e67e22}"
        "tr.low td:first-child{border-left:4px solid #27ae60}.muted{color:#666}</style>\n</head>\n<body>\n")
               .arg(esc(design.name))
        + QStringLiteral("<h1>Security review record</h1>\n<p>Design: <b>%1</b>. Generated %2 UTC.</p>\n")
              .arg(esc(design.name), QDateTime::currentDateTimeUtc().toString(QStringLiteral("yyyy-MM-dd HH:mm")));
}

QString summaryHtml(const ReviewSheet &sheet)
{
    QString html = QStringLiteral("<h2>Summary</h2>\n<table>\n<tr><th>Crossings</th><th>Approved</th><th>Rejected</th><th>Questioned</th>"
                                  "<th>Pending</th><th>Needs re-review</th><th>Gate</th></tr>\n");
    html += row({QString::number(sheet.items().size()), QString::number(sheet.count(ReviewStatus::Approved)),
                 QString::number(sheet.count(ReviewStatus::Rejected)), QString::number(sheet.count(ReviewStatus::Questioned)),
                 QString::number(sheet.count(ReviewStatus::Pending)), QString::number(sheet.count(ReviewStatus::Stale)),
                 sheet.allApproved() ? QStringLiteral("passed") : QStringLiteral("not passed")});
    return html + QStringLiteral("</table>\n");
}

/// The crossings with one of `statuses`, one row each.
QString crossingsHtml(const QString &title, std::initializer_list<ReviewStatus> statuses, const Design &design,
                      const Analysis &analysis, const ReviewSheet &sheet, const FlowText &text)
{
    QString html = QStringLiteral("<h2>%1</h2>\n<table>\n<tr><th>Risk</th><th>Opening</th><th>From</th><th>To</th><th>Traffic</th>"
                                  "<th>Status</th><th>Decided by</th><th>When</th><th>Comment</th><th>Seed sections</th></tr>\n")
                       .arg(esc(title));
    int n = 0;
    for (const ReviewItem &item : sheet.items()) {
        if (std::find(statuses.begin(), statuses.end(), item.status) == statuses.end())
            continue;
        ++n;
        const Opening &o = analysis.openings[size_t(item.opening)];
        const ReviewDecision *d = item.decision;
        html += row({esc(riskLevelName(item.risk.level)) + QStringLiteral(" (%1)").arg(item.risk.score),
                     esc(item.key), esc(text.zoneName(o.fromZone)) + QStringLiteral(": ") + hostList(design, o.fromHosts),
                     esc(text.zoneName(o.toZone)) + QStringLiteral(": ") + hostList(design, o.toHosts),
                     esc(trafficName(item.traffic)), esc(reviewStatusName(item.status)), d ? esc(d->reviewer) : QString(),
                     d ? esc(d->time) : QString(), d ? esc(d->comment) : QString(), esc(o.refs.join(QStringLiteral(", ")))},
                    riskLevelName(item.risk.level));
    }
    if (n == 0)
        html += QStringLiteral("<tr><td colspan=\"10\" class=\"muted\">None.</td></tr>\n");
    return html + QStringLiteral("</table>\n");
}

/// Each recommendation once, with the crossings it applies to.
QString recommendationsHtml(const Catalog &catalog, const ReviewSheet &sheet)
{
    QString html = QStringLiteral("<h2>Recommendations</h2>\n<table>\n<tr><th>Recommendation</th><th>Applies to</th><th>Seed section</th></tr>\n");
    QVector<const Recommendation *> order;
    QHash<const Recommendation *, QStringList> appliesTo;
    for (const ReviewItem &item : sheet.items())
        for (const Recommendation *r : item.risk.recommendations) {
            if (!appliesTo.contains(r))
                order << r;
            appliesTo[r] << item.key;
        }
    for (const Recommendation *r : order) {
        const Section *s = catalog.section(r->ref);
        html += row({esc(r->text), esc(appliesTo.value(r).join(QStringLiteral(", "))),
                     r->ref.isEmpty() ? QString() : esc(r->ref) + (s ? QStringLiteral(": ") + esc(s->title) : QString())});
    }
    // Rule 8: the SSL-bridging requirements, one row per distinct text.
    QStringList bridging;
    QHash<QString, QStringList> bridgingAppliesTo;
    for (const ReviewItem &item : sheet.items())
        for (const QString &b : item.bridging) {
            if (!bridgingAppliesTo.contains(b))
                bridging << b;
            bridgingAppliesTo[b] << item.key;
        }
    for (const QString &b : bridging)
        html += row({esc(b), esc(bridgingAppliesTo.value(b).join(QStringLiteral(", "))), QString()});
    if (order.isEmpty() && bridging.isEmpty())
        html += QStringLiteral("<tr><td colspan=\"3\" class=\"muted\">None.</td></tr>\n");
    return html + QStringLiteral("</table>\n");
}

/// Every decision in the order made, and those on openings that are gone.
QString historyHtml(const Design &design, const ReviewSheet &sheet)
{
    QString html = QStringLiteral("<h2>Decision history</h2>\n<table>\n<tr><th>When</th><th>Reviewer</th><th>Opening</th><th>Decision</th><th>Comment</th></tr>\n");
    for (const ReviewDecision &d : design.reviews)
        html += row({esc(d.time), esc(d.reviewer), esc(d.key), esc(verdictName(d.verdict)), esc(d.comment)});
    if (design.reviews.empty())
        html += QStringLiteral("<tr><td colspan=\"5\" class=\"muted\">No decisions yet.</td></tr>\n");
    html += QStringLiteral("</table>\n");
    if (!sheet.orphans().empty()) {
        html += QStringLiteral("<h2>Decisions on openings the design no longer needs</h2>\n<ul>\n");
        for (const ReviewDecision *d : sheet.orphans())
            html += QStringLiteral("<li>%1: %2 by %3</li>\n").arg(esc(d->key), esc(verdictName(d->verdict)), esc(d->reviewer));
        html += QStringLiteral("</ul>\n");
    }
    return html;
}

/// Issue 15: what the verification checks said of each crossing, when any
/// results were imported; a result whose opening changed since says so.
QString verificationHtml(const Design &design, const ReviewSheet &sheet)
{
    if (design.verifications.empty())
        return {};
    QString html = QStringLiteral("<h2>Verification after the change</h2>\n<table>\n<tr><th>Opening</th><th>Result</th>"
                                  "<th>Checks</th><th>When</th><th>Results file</th><th>Failures</th></tr>\n");
    for (const ReviewItem &item : sheet.items()) {
        const VerificationRecord *r = nullptr;
        for (const VerificationRecord &v : design.verifications)
            if (v.key == item.key)
                r = &v;
        if (!r) {
            html += row({esc(item.key), QStringLiteral("untested"), QString(), QString(), QString(), QString()});
            continue;
        }
        const QString result = r->fingerprint == item.fingerprint ? verificationResultName(r->result)
                                                                  : QStringLiteral("changed since checked: check again");
        html += row({esc(item.key), esc(result),
                     QStringLiteral("%1 passed, %2 failed, %3 untested").arg(r->passed).arg(r->failed).arg(r->untested),
                     esc(r->time), esc(r->source), esc(r->failures.join(QStringLiteral("; ")))});
    }
    return html + QStringLiteral("</table>\n");
}

} // namespace

QByteArray reviewRecordHtml(const Design &design, const Catalog &catalog, const Analysis &analysis,
                            const ReviewSheet &sheet, const QString &moreSections)
{
    const FlowText text(design, catalog);
    QString html = headHtml(design) + summaryHtml(sheet);
    html += crossingsHtml(QStringLiteral("Outstanding (pending or needing re-review)"),
                          {ReviewStatus::Pending, ReviewStatus::Stale}, design, analysis, sheet, text);
    html += crossingsHtml(QStringLiteral("Rejected"), {ReviewStatus::Rejected}, design, analysis, sheet, text);
    html += crossingsHtml(QStringLiteral("Questioned"), {ReviewStatus::Questioned}, design, analysis, sheet, text);
    html += crossingsHtml(QStringLiteral("Approved"), {ReviewStatus::Approved}, design, analysis, sheet, text);
    html += recommendationsHtml(catalog, sheet) + historyHtml(design, sheet) + verificationHtml(design, sheet);
    html += moreSections;
    html += QStringLiteral("</body>\n</html>\n");
    return html.toUtf8();
}

} // namespace pp
