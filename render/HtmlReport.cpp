#include "render/HtmlReport.h"

#include "model/engine/Analysis.h"
#include "model/export/ChangeRequest.h"
#include "model/export/ExportProgress.h"
#include "model/export/ExportText.h"
#include "model/export/RequestTable.h"
#include "model/export/TextSink.h"
#include "model/export/ValueText.h"
#include "render/DiagramSvg.h"
#include "render/ReportContent.h"

namespace pp {

namespace {

using exporttext::xml;
using reportcontent::ReportText;
namespace rc = reportcontent;

/// A section heading with its anchor.
QString h2(const char *id, const QString &title)
{
    return QStringLiteral("<h2 id=\"%1\">%2</h2>\n").arg(QLatin1String(id), xml(title));
}

QString link(const char *id, const QString &title)
{
    return QStringLiteral("<a href=\"#%1\">%2</a>").arg(QLatin1String(id), xml(title));
}

const char *const styleSheet =
    "body{font-family:'DejaVu Sans',Arial,sans-serif;margin:1.5em;color:#1b2631;font-size:9pt}"
    "h1{font-size:16pt;margin-bottom:.2em}h2{font-size:13pt;margin-top:1.4em;border-bottom:1px solid #aab7b8}"
    "h3{font-size:11pt}table{border-collapse:collapse;margin-bottom:1em}"
    "th,td{border:1px solid #aab7b8;padding:3px 5px;text-align:left;vertical-align:top}"
    "th{background-color:#1f5f99;color:#ffffff}"
    "td.add{color:#1e8449;font-weight:bold}td.remove{color:#b02a2a;font-weight:bold}"
    "td.modify{color:#c25e00;font-weight:bold}td.high{background-color:#f5b7b1}"
    "td.medium{background-color:#fad7a0}td.low{background-color:#d5f5e3}"
    "td:first-child{white-space:nowrap}.key{font-size:8pt}.muted{color:#707b7c}.warning{color:#9a5b00}"
    ".bridging{color:#1f4e79}.diagram svg{max-width:100%;height:auto}";

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
    QString out = QStringLiteral("<table width=\"100%\" border=\"1\" cellspacing=\"0\" cellpadding=\"3\">\n<tr>");
    for (int i = 0; i < headers.size(); ++i)
        out += i < widths.size() ? QStringLiteral("<th width=\"%1%\">%2</th>").arg(widths[i]).arg(xml(headers[i]))
                                 : QStringLiteral("<th>%1</th>").arg(xml(headers[i]));
    return out + QStringLiteral("</tr>\n");
}

QString row(const QStringList &cells)
{
    QString out = QStringLiteral("<tr>");
    for (const QString &c : cells)
        out += cell(lines(c));
    return out + QStringLiteral("</tr>\n");
}

QString sideText(const ChangeRequest &request, const RequestSide &side)
{
    const ObjectGroup &g = request.group(side);
    return QStringLiteral("<b>%1</b><br/>%2<br/><span class=\"muted\">%3</span>")
        .arg(xml(side.label()), xml(rc::hostsText(g)), xml(rc::addressesText(g)));
}

QString lineRow(const ChangeRequest &request, const RequestLine &line)
{
    QString action = xml(ValueText::action(line.action));
    if (!line.change.isEmpty())
        action += QStringLiteral("<br/><span class=\"muted\">%1</span>").arg(xml(line.change));
    QString service = QStringLiteral("<b>%1</b>").arg(xml(line.portLabel()));
    if (!line.services.isEmpty())
        service += QStringLiteral("<br/>%1").arg(xml(line.services.join(QStringLiteral(", "))));
    QString direction = xml(ValueText::direction(line));
    if (!line.pairLine.isEmpty())
        direction += QStringLiteral("<br/>") + xml(ReportText::tr("pair: %1").arg(line.pairLine));
    QString justification = QStringLiteral("&#8226; ") + xml(line.justification).replace(QLatin1Char('\n'), QLatin1String("<br/>&#8226; "));
    for (const QString &b : line.bridging)
        justification += QStringLiteral("<br/><span class=\"bridging\">%1</span>").arg(xml(b));
    const ObjectGroup &from = request.group(line.source), &to = request.group(line.destination);
    const QStringList warnings = from.warnings.mid(0, 3) + to.warnings.mid(0, 3);
    for (const QString &w : warnings)
        justification += QStringLiteral("<br/><span class=\"warning\">%1</span>").arg(xml(w));
    const qsizetype more = from.warnings.size() + to.warnings.size() - warnings.size();
    if (more > 0)
        justification += QStringLiteral("<br/><span class=\"warning\">%1</span>")
                             .arg(xml(ReportText::tr("and %1 more warning(s) of this kind").arg(more)));
    QString risk = xml(ValueText::risk(line.risk.level));
    if (!line.risk.reasons.isEmpty())
        risk += QStringLiteral("<br/><span class=\"muted\">%1</span>").arg(xml(line.risk.reasons.join(QStringLiteral("; "))));
    const QString id = QStringLiteral("%1<br/><span class=\"key muted\">%2</span>").arg(xml(line.id), xml(line.key));
    return QStringLiteral("<tr>") + cell(id) + cell(action, requestActionName(line.action))
        + cell(sideText(request, line.source)) + cell(sideText(request, line.destination)) + cell(service)
        + cell(direction) + cell(justification) + cell(xml(line.refs.join(QStringLiteral(", "))))
        + cell(xml(ValueText::phase(line))) + cell(risk, line.risk.level)
        + cell(xml(request.rules[size_t(line.rule)].id)) + QStringLiteral("</tr>\n");
}

/// The blocks of lines a section's table is cut into (first line, count).
std::vector<std::pair<int, int>> blocks(const RequestSection &section, int limit)
{
    std::vector<std::pair<int, int>> out;
    const int end = std::min(section.firstLine + section.lineCount, limit);
    for (int first = section.firstLine; first < end; first += rc::linesPerBlock)
        out.emplace_back(first, std::min(rc::linesPerBlock, end - first));
    return out;
}

QString sectionTitle(const RequestSection &section)
{
    return section.device.isEmpty() ? section.name
                                    : ReportText::tr("Firewall %1 (%2)").arg(section.name, section.device);
}

void contents(TextSink &out, const ExportInput &input)
{
    const ChangeRequest &request = input.request;
    out << h2("contents", ReportText::tr("Contents")) << "<ul>\n";
    out << "<li>" << link("pairs", ReportText::tr("Summary per zone pair")) << "</li>\n<li>"
        << link("diagram", ReportText::tr("Diagram")) << "</li>\n<li>"
        << link("rules", ReportText::tr("Firewall rules")) << "</li>\n<li>"
        << link("groups", ReportText::tr("Object and service groups")) << "</li>\n<li>"
        << link("lines", ReportText::tr("Request lines")) << "\n<ul>\n";
    for (size_t s = 0; s < request.sections.size(); ++s) {
        const auto parts = blocks(request.sections[s], input.linesToWrite());
        out << "<li><a href=\"#section-" << QString::number(s + 1) << "\">" << xml(sectionTitle(request.sections[s]))
            << "</a>";
        if (parts.size() > 1) {
            out << "\n<ul>\n";
            for (const auto &[first, count] : parts)
                out << "<li><a href=\"#lines-" << QString::number(first + 1) << "\">"
                    << xml(rc::blockTitle(request, first, count)) << "</a></li>\n";
            out << "</ul>\n";
        }
        out << "</li>\n";
    }
    out << "</ul></li>\n<li>" << link("findings", ReportText::tr("Findings")) << "</li>\n</ul>\n";
}

void head(TextSink &out, const ChangeRequest &request)
{
    const QString title = rc::title(request);
    //: The HTML language code of the report's own words (BCP 47).
    const QString lang = ReportText::tr("en", "html lang");
    out << "<!DOCTYPE html>\n<html xmlns=\"http://www.w3.org/1999/xhtml\" lang=\"" << xml(lang)
        << "\">\n<head>\n"
           "<meta charset=\"utf-8\"/>\n"
           "<meta http-equiv=\"Content-Security-Policy\" content=\"default-src 'none'; "
           "style-src 'unsafe-inline'; img-src data:\"/>\n<title>"
        << xml(title) << "</title>\n<style>" << styleSheet << "</style>\n</head>\n<body>\n<h1>" << xml(title)
        << "</h1>\n";
    out << "<table border=\"1\" cellspacing=\"0\" cellpadding=\"3\">\n";
    for (const auto &[name, value] : requesttable::metadata(request))
        out << "<tr><th>" << xml(name) << "</th><td>" << (value.isEmpty() ? QStringLiteral("-") : xml(value))
            << "</td></tr>\n";
    out << "</table>\n<p>" << xml(rc::counts(request)) << ' '
        << xml(ReportText::tr("Ports and anchors follow Microsoft's \"Ports used in Configuration Manager\"."))
        << "</p>\n";
    out << "<p class=\"muted\">" << xml(rc::summarised(request)) << "</p>\n";
}

void warnings(TextSink &out, const ChangeRequest &request)
{
    if (request.warnings.isEmpty())
        return;
    out << "<h2>" << xml(ReportText::tr("Warnings")) << "</h2>\n<ul>\n";
    for (const QString &w : request.warnings.mid(0, rc::listedWarnings))
        out << "<li class=\"warning\">" << xml(w) << "</li>\n";
    if (request.warnings.size() > rc::listedWarnings)
        out << "<li class=\"warning\">"
            << xml(ReportText::tr("and %1 more (the CSV lists each line's)")
                       .arg(request.warnings.size() - rc::listedWarnings))
            << "</li>\n";
    out << "</ul>\n";
}

void diagramSection(TextSink &out, const ExportInput &input, const HtmlReportOptions &options)
{
    // On paper the diagram starts a page of its own, its heading with it.
    out << "<h2 id=\"diagram\" style=\"page-break-before: always\">" << xml(ReportText::tr("Diagram"))
        << "</h2>\n<div class=\"diagram\">\n";
    if (options.diagramImage.isEmpty())
        out << designDiagramSvg(input.design, input.catalog, input.analysis);
    else
        out << "<img src=\"" << xml(options.diagramImage) << "\" alt=\"diagram\" width=\""
            << QString::number(options.diagramWidth) << "\"/>\n";
    out << "</div>\n";
}

void tables(TextSink &out, const ChangeRequest &request)
{
    out << h2("pairs", ReportText::tr("Summary per zone pair")) << tableStart(rc::zonePairHeaders());
    for (const rc::ZonePair &pair : rc::zonePairs(request))
        out << row(rc::zonePairRow(pair));
    out << "</table>\n" << h2("rules", ReportText::tr("Firewall rules")) << tableStart(rc::ruleHeaders(request));
    for (const FirewallRule &rule : request.rules)
        out << row(rc::ruleRow(request, rule));
    out << "</table>\n"
        << h2("groups", ReportText::tr("Object and service groups")) << tableStart(requesttable::groupHeaders());
    for (const ObjectGroup &g : request.objectGroups)
        out << row({g.name, ReportText::tr("hosts"), g.zoneId, rc::hostsText(g), rc::addressesText(g)});
    for (const ServiceGroup &g : request.serviceGroups)
        out << row(requesttable::serviceGroupRow(g));
    out << "</table>\n";
}

bool requestLines(TextSink &out, const ExportInput &input, ExportProgress &progress)
{
    const ChangeRequest &request = input.request;
    out << h2("lines", ReportText::tr("Request lines")) << "<p>"
        << xml(ReportText::tr("The source initiates. Direction <--> marks a connection either side may start; its "
                              "pair is the line for the other side."))
        << "</p>\n";
    for (size_t s = 0; s < request.sections.size(); ++s) {
        out << "<h3 id=\"section-" << QString::number(s + 1) << "\">" << xml(sectionTitle(request.sections[s]))
            << "</h3>\n";
        for (const auto &[first, count] : blocks(request.sections[s], input.linesToWrite())) {
            out << "<p id=\"lines-" << QString::number(first + 1) << "\" class=\"muted\">"
                << xml(ReportText::tr("Lines %1").arg(rc::blockTitle(request, first, count))) << ' '
                << link("contents", ReportText::tr("(contents)")) << "</p>\n";
            out << tableStart({ReportText::tr("line"), ReportText::tr("action"), ReportText::tr("source (initiator)"),
                               ReportText::tr("destination"), ReportText::tr("service"), ReportText::tr("direction"),
                               ReportText::tr("justification"), ReportText::tr("refs"), ReportText::tr("phase"),
                               ReportText::tr("risk"), ReportText::tr("rule")},
                              {6, 5, 12, 12, 9, 6, 22, 9, 6, 8, 5});
            for (int i = first; i < first + count; ++i) {
                out << lineRow(request, request.lines[size_t(i)]);
                if (!progress.advance())
                    return false;
            }
            out << "</table>\n";
        }
    }
    if (input.linesToWrite() < int(request.lines.size()))
        out << "<p class=\"muted\">"
            << xml(ReportText::tr("Preview: the first %1 of %2 lines.")
                       .arg(input.linesToWrite())
                       .arg(request.lines.size()))
            << "</p>\n";
    return true;
}

void findings(TextSink &out, const Analysis &analysis)
{
    out << h2("findings", ReportText::tr("Findings"));
    if (analysis.findings.empty()) {
        out << "<p>" << xml(ReportText::tr("No errors or warnings.")) << "</p>\n";
        return;
    }
    out << tableStart(rc::findingHeaders());
    for (const QStringList &r : rc::findingRows(analysis))
        out << row(r);
    out << "</table>\n";
}

} // namespace

HtmlReport::HtmlReport(HtmlReportOptions options)
    : m_options(std::move(options))
{
}

bool HtmlReport::write(const ExportInput &input, QIODevice &device, ExportProgress &progress, QString *error) const
{
    const ChangeRequest &request = input.request;
    progress.addTotal(input.linesToWrite());
    TextSink out(device);
    head(out, request);
    contents(out, input);
    warnings(out, request);
    diagramSection(out, input, m_options);
    tables(out, request);
    if (!requestLines(out, input, progress))
        return cancelled(error);
    findings(out, input.analysis);
    out << "<p class=\"muted\">" << xml(ReportText::tr("Generated by PortPlanner.")) << "</p>\n</body>\n</html>\n";
    return finish(out, progress, error);
}

} // namespace pp
