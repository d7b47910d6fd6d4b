#include "render/HtmlReport.h"

#include "model/engine/Analysis.h"
#include "model/export/ChangeRequest.h"
#include "render/DiagramSvg.h"
#include "model/export/ExportText.h"
#include "model/export/RequestTable.h"

#include <map>

namespace pp {

namespace {

using exporttext::xml;

const char *const styleSheet =
    "body{font-family:'DejaVu Sans',Arial,sans-serif;margin:1.5em;color:#1b2631;font-size:9pt}"
    "h1{font-size:16pt;margin-bottom:.2em}h2{font-size:13pt;margin-top:1.4em;border-bottom:1px solid #aab7b8}"
    "table{border-collapse:collapse;margin-bottom:1em}"
    "th,td{border:1px solid #aab7b8;padding:3px 5px;text-align:left;vertical-align:top}"
    "th{background-color:#1f5f99;color:#ffffff}"
    "td.add{color:#1e8449;font-weight:bold}td.remove{color:#b02a2a;font-weight:bold}"
    "td.modify{color:#c25e00;font-weight:bold}td.high{background-color:#f5b7b1}"
    "td.medium{background-color:#fad7a0}td.low{background-color:#d5f5e3}"
    "td:first-child{white-space:nowrap}.key{font-size:8pt}.muted{color:#707b7c}.warning{color:#9a5b00}.bridging{color:#1f4e79}.diagram svg{max-width:100%;height:auto}";

/// Text with its line breaks kept as <br/>.
QString lines(const QString &value)
{
    return xml(value).replace(QLatin1Char('\n'), QLatin1String("<br/>"));
}

QString cell(const QString &escaped, const QString &cssClass = {})
{
    return cssClass.isEmpty() ? QStringLiteral("<td>%1</td>").arg(escaped)
                              : QStringLiteral("<td class=\"%1\">%2</td>").arg(cssClass, escaped);
}

/// `widths`: per column, in percent of the page (empty: the renderer decides).
QString tableStart(const QStringList &headers, const QVector<int> &widths = {})
{
    // The attributes serve renderers without CSS tables (the PDF's).
    QString out = QStringLiteral("<table width=\"100%\" border=\"1\" cellspacing=\"0\" cellpadding=\"3\">\n<tr>");
    for (int i = 0; i < headers.size(); ++i)
        out += i < widths.size() ? QStringLiteral("<th width=\"%1%\">%2</th>").arg(widths[i]).arg(xml(headers[i]))
                                 : QStringLiteral("<th>%1</th>").arg(xml(headers[i]));
    return out + QStringLiteral("</tr>\n");
}

QString plainTable(const QStringList &headers, const std::vector<QStringList> &rows)
{
    QString out = tableStart(headers);
    for (const QStringList &row : rows) {
        out += QStringLiteral("<tr>");
        for (const QString &c : row)
            out += cell(lines(c));
        out += QStringLiteral("</tr>\n");
    }
    return out + QStringLiteral("</table>\n");
}

int riskRank(const QString &level)
{
    return level == QLatin1String("high") ? 3 : level == QLatin1String("medium") ? 2 : level == QLatin1String("low") ? 1 : 0;
}

QString sideText(const RequestSide &side)
{
    return QStringLiteral("<b>%1</b><br/>%2<br/><span class=\"muted\">%3</span>")
        .arg(xml(side.zoneName), xml(side.hostNames().join(QStringLiteral(", "))),
             xml(side.addresses().isEmpty() ? QStringLiteral("no address") : side.addresses().join(QStringLiteral(", "))));
}

QString zonePairSummary(const ChangeRequest &request)
{
    struct Summary
    {
        QString from, to;
        int lines = 0;
        QStringList rules, ports, actions;
        QString risk;
    };
    std::vector<Summary> pairs;
    std::map<std::pair<QString, QString>, size_t> index;
    for (const RequestLine &line : request.lines) {
        const auto key = std::make_pair(line.source.zoneId, line.destination.zoneId);
        auto it = index.find(key);
        if (it == index.end()) {
            it = index.emplace(key, pairs.size()).first;
            pairs.push_back({line.source.zoneName, line.destination.zoneName, 0, {}, {}, {}, {}});
        }
        Summary &s = pairs[it->second];
        ++s.lines;
        if (!s.rules.contains(line.rule))
            s.rules << line.rule;
        if (!s.ports.contains(line.portLabel()))
            s.ports << line.portLabel();
        const QString action = requestActionName(line.action);
        if (!s.actions.contains(action))
            s.actions << action;
        if (riskRank(line.risk.level) > riskRank(s.risk))
            s.risk = line.risk.level;
    }
    QString out = tableStart({QStringLiteral("from zone"), QStringLiteral("to zone"), QStringLiteral("lines"),
                              QStringLiteral("rules"), QStringLiteral("protocols and ports"),
                              QStringLiteral("actions"), QStringLiteral("highest risk")});
    for (const Summary &s : pairs)
        out += QStringLiteral("<tr>") + cell(xml(s.from)) + cell(xml(s.to)) + cell(QString::number(s.lines))
            + cell(xml(s.rules.join(QStringLiteral(", ")))) + cell(xml(s.ports.join(QStringLiteral(", "))))
            + cell(xml(s.actions.join(QStringLiteral(", ")))) + cell(xml(s.risk), s.risk) + QStringLiteral("</tr>\n");
    return out + QStringLiteral("</table>\n");
}

QString requestLines(const ChangeRequest &request)
{
    QString out = tableStart({QStringLiteral("line"), QStringLiteral("action"), QStringLiteral("source (initiator)"),
                              QStringLiteral("destination"), QStringLiteral("service"), QStringLiteral("direction"),
                              QStringLiteral("justification"), QStringLiteral("refs"), QStringLiteral("phase"),
                              QStringLiteral("risk"), QStringLiteral("rule")},
                             {6, 5, 12, 12, 9, 6, 22, 9, 6, 8, 5});
    for (const RequestLine &line : request.lines) {
        QString action = xml(requestActionName(line.action));
        if (!line.change.isEmpty())
            action += QStringLiteral("<br/><span class=\"muted\">%1</span>").arg(xml(line.change));
        QString service = QStringLiteral("<b>%1</b>").arg(xml(line.portLabel()));
        if (!line.services.isEmpty())
            service += QStringLiteral("<br/>%1").arg(xml(line.services.join(QStringLiteral(", "))));
        QString direction = xml(line.directionText());
        if (!line.pairLine.isEmpty())
            direction += QStringLiteral("<br/>pair: %1").arg(xml(line.pairLine));
        QStringList kinds;
        for (const QString &kind : line.justification().split(QLatin1Char('\n')))
            kinds << QStringLiteral("&#8226; ") + xml(kind);
        QString justification = kinds.join(QStringLiteral("<br/>"));
        for (const QString &w : line.warnings)
            justification += QStringLiteral("<br/><span class=\"warning\">%1</span>").arg(xml(w));
        for (const QString &b : line.bridging)
            justification += QStringLiteral("<br/><span class=\"bridging\">%1</span>").arg(xml(b));
        QString risk = xml(line.risk.level);
        if (!line.risk.reasons.isEmpty())
            risk += QStringLiteral("<br/><span class=\"muted\">%1</span>").arg(xml(line.risk.reasons.join(QStringLiteral("; "))));
        const QString id = QStringLiteral("%1<br/><span class=\"key muted\">%2</span>").arg(xml(line.id), xml(line.key));
        out += QStringLiteral("<tr>") + cell(id) + cell(action, requestActionName(line.action))
            + cell(sideText(line.source)) + cell(sideText(line.destination)) + cell(service) + cell(direction)
            + cell(justification) + cell(xml(line.refs.join(QStringLiteral(", ")))) + cell(xml(line.phaseText()))
            + cell(risk, line.risk.level) + cell(xml(line.rule)) + QStringLiteral("</tr>\n");
    }
    return out + QStringLiteral("</table>\n");
}

QString findings(const Analysis &analysis)
{
    if (analysis.findings.empty())
        return QStringLiteral("<p>No errors or warnings.</p>\n");
    std::vector<QStringList> rows;
    for (const Finding &f : analysis.findings)
        rows.push_back({f.severity == Severity::Error ? QStringLiteral("error") : QStringLiteral("warning"), f.code,
                        f.message, f.hosts.join(QStringLiteral(", ")), f.ref});
    return plainTable({QStringLiteral("severity"), QStringLiteral("code"), QStringLiteral("message"),
                       QStringLiteral("hosts"), QStringLiteral("ref")},
                      rows);
}

} // namespace

QByteArray changeRequestHtml(const ChangeRequest &request, const Design &design, const Catalog &catalog,
                             const Analysis &analysis, const HtmlReportOptions &options)
{
    const QString title = (request.delta ? QStringLiteral("Firewall change request (changes only): ")
                                         : QStringLiteral("Firewall change request: "))
        + request.designName;
    QString html;
    html += QStringLiteral("<!DOCTYPE html>\n<html xmlns=\"http://www.w3.org/1999/xhtml\" lang=\"en\">\n<head>\n"
                           "<meta charset=\"utf-8\"/>\n"
                           "<meta http-equiv=\"Content-Security-Policy\" content=\"default-src 'none'; "
                           "style-src 'unsafe-inline'; img-src data:\"/>\n"
                           "<title>%1</title>\n<style>%2</style>\n</head>\n<body>\n")
                .arg(xml(title), QLatin1String(styleSheet));
    html += QStringLiteral("<h1>%1</h1>\n").arg(xml(title));

    html += QStringLiteral("<table border=\"1\" cellspacing=\"0\" cellpadding=\"3\">\n");
    for (const auto &[name, value] : requesttable::metadata(request))
        html += QStringLiteral("<tr><th>%1</th><td>%2</td></tr>\n").arg(xml(name), value.isEmpty() ? QStringLiteral("-") : xml(value));
    html += QStringLiteral("</table>\n");
    html += QStringLiteral("<p>%1 request line(s) in %2 firewall rule(s): %3 to add, %4 to modify, %5 to remove. "
                           "Ports and anchors follow Microsoft's <i>Ports used in Configuration Manager</i>.</p>\n")
                .arg(request.lines.size())
                .arg(request.rules.size())
                .arg(request.count(RequestAction::Add))
                .arg(request.count(RequestAction::Modify))
                .arg(request.count(RequestAction::Remove));

    if (!request.warnings.isEmpty()) {
        html += QStringLiteral("<h2>Warnings</h2>\n<ul>\n");
        for (const QString &w : request.warnings)
            html += QStringLiteral("<li class=\"warning\">%1</li>\n").arg(xml(w));
        html += QStringLiteral("</ul>\n");
    }

    // On paper the diagram starts a page of its own, its heading with it.
    html += QStringLiteral("<h2 style=\"page-break-before: always\">Diagram</h2>\n<div class=\"diagram\">\n");
    if (options.diagramImage.isEmpty())
        html += QString::fromUtf8(designDiagramSvg(design, catalog, analysis));
    else
        html += QStringLiteral("<img src=\"%1\" alt=\"diagram\" width=\"%2\"/>\n")
                    .arg(xml(options.diagramImage))
                    .arg(options.diagramWidth);
    html += QStringLiteral("</div>\n");

    html += QStringLiteral("<h2>Summary per zone pair</h2>\n") + zonePairSummary(request);

    std::vector<QStringList> rules;
    for (const FirewallRule &rule : request.rules)
        rules.push_back(requesttable::ruleRow(request, rule));
    html += QStringLiteral("<h2>Firewall rules</h2>\n") + plainTable(requesttable::ruleHeaders(), rules);
    html += QStringLiteral("<h2>Object and service groups</h2>\n")
        + plainTable(requesttable::groupHeaders(), requesttable::groupRows(request));
    html += QStringLiteral("<h2>Request lines</h2>\n<p>The source initiates. Direction <b>&lt;--&gt;</b> marks a "
                           "connection either side may start; its pair is the line for the other side.</p>\n")
        + requestLines(request);
    html += QStringLiteral("<h2>Findings</h2>\n") + findings(analysis);
    html += QStringLiteral("<p class=\"muted\">Generated by PortPlanner.</p>\n</body>\n</html>\n");
    return html.toUtf8();
}

} // namespace pp
