#include "render/ReportComposer.h"

#include "model/design/Design.h"
#include "model/engine/Analysis.h"
#include "model/export/ChangeRequest.h"
#include "model/export/ExportProgress.h"
#include "model/export/ExportText.h"
#include "model/export/RequestTable.h"
#include "model/export/ValueText.h"
#include "render/DiagramSvg.h"
#include "render/ZoneOverview.h"
#include "render/PageFlow.h"
#include "render/ReportContent.h"
#include "render/ReportTable.h"

#include <QPainter>
#include <QSvgRenderer>

namespace pp {

namespace {

namespace rc = reportcontent;
using reportcontent::ReportText;

/// Up to this many hosts each is drawn (as vectors, sharp at any zoom);
/// beyond, the page shows zones (ZoneOverview).
constexpr size_t vectorDiagramHosts = 400;
/// Contents are worth a page once a request runs this long.
constexpr size_t contentsFromLines = 40;

QString pdfSectionTitle(const RequestSection &s)
{
    return s.device.isEmpty() ? ReportText::tr("Request lines")
                              : ReportText::tr("Request lines: firewall %1 (%2)").arg(s.name, s.device);
}

TextStyle actionStyle(RequestAction a)
{
    return a == RequestAction::Add ? TextStyle::Added : a == RequestAction::Remove ? TextStyle::Removed : TextStyle::Modified;
}

QColor riskColor(const QString &level)
{
    if (level == QLatin1String("high"))
        return QColor(0xf5, 0xb7, 0xb1);
    if (level == QLatin1String("medium"))
        return QColor(0xfa, 0xd7, 0xa0);
    if (level == QLatin1String("low"))
        return QColor(0xd5, 0xf5, 0xe3);
    return {};
}

TableCell text(const QString &value, TextStyle style = TextStyle::Normal)
{
    return {{{value, style}}, {}};
}

TableCell side(const ChangeRequest &request, const RequestSide &s)
{
    const ObjectGroup &g = request.group(s);
    return {{{s.label(), TextStyle::Bold}, {rc::hostsText(g), TextStyle::Normal}, {rc::addressesText(g), TextStyle::Muted}},
            {}};
}

TableRow pdfLineRow(const ChangeRequest &request, const RequestLine &line)
{
    TableCell justification{{{QStringLiteral("\u2022 ") + QString(line.justification).replace(QLatin1Char('\n'), QStringLiteral("\n\u2022 ")),
                              TextStyle::Normal}},
                            {}};
    for (const QString &b : line.bridging)
        justification.parts.push_back({b, TextStyle::Muted});
    if (!line.risk.reasons.isEmpty())
        justification.parts.push_back(
            {ReportText::tr("Risk: %1").arg(line.risk.reasons.join(QStringLiteral("; "))), TextStyle::Muted});
    const ObjectGroup &from = request.group(line.source), &to = request.group(line.destination);
    const QStringList warnings = from.warnings.mid(0, 2) + to.warnings.mid(0, 2);
    QString warningText = warnings.join(QLatin1Char('\n'));
    if (const qsizetype more = from.warnings.size() + to.warnings.size() - warnings.size(); more > 0)
        warningText += QLatin1Char('\n') + ReportText::tr("and %1 more warning(s) like these").arg(more);
    if (!warningText.isEmpty())
        justification.parts.push_back({warningText, TextStyle::Warning});

    TableCell action{{{ValueText::action(line.action), actionStyle(line.action)}}, {}};
    if (!line.change.isEmpty())
        action.parts.push_back({line.change, TextStyle::Muted});
    TableCell service{{{line.portLabel(), TextStyle::Bold}, {line.services.join(QStringLiteral(", ")), TextStyle::Normal},
                       {ValueText::phase(line), TextStyle::Muted}},
                      {}};
    TableCell direction = text(ValueText::direction(line));
    if (!line.pairLine.isEmpty())
        direction.parts.push_back({ReportText::tr("pair: %1").arg(line.pairLine), TextStyle::Muted});
    const TableCell risk{{{ValueText::risk(line.risk.level), TextStyle::Bold}}, riskColor(line.risk.level)};
    const TableCell id{{{line.id, TextStyle::Bold}, {request.rules[size_t(line.rule)].id, TextStyle::Normal},
                        {line.key, TextStyle::Muted}},
                       {}};
    return {id, action, side(request, line.source), side(request, line.destination), service, direction,
            justification, text(line.refs.join(QLatin1Char('\n'))), risk};
}

TableRow plainRow(const QStringList &cells)
{
    TableRow row;
    for (const QString &c : cells)
        row.push_back(text(c));
    return row;
}

} // namespace

ReportComposer::ReportComposer(const ExportInput &input, const QSizeF &page, const QRectF &content)
    : m_input(input)
    , m_page(page)
    , m_content(content)
{
    m_withContents = input.request.lines.size() > contentsFromLines || input.request.sections.size() > 1;
    buildAnchors();
    buildTables();
}

ReportComposer::~ReportComposer() = default;

int ReportComposer::lineCount() const
{
    return m_input.linesToWrite();
}

int ReportComposer::addAnchor(const QString &title, int level)
{
    m_anchors.push_back({title, level, -1});
    return int(m_anchors.size()) - 1;
}

void ReportComposer::buildAnchors()
{
    const ChangeRequest &request = m_input.request;
    m_at.pairs = addAnchor(ReportText::tr("Summary per zone pair"));
    m_at.warnings = request.warnings.isEmpty() ? -1 : addAnchor(ReportText::tr("Warnings"));
    m_at.diagram = addAnchor(ReportText::tr("Diagram"));
    m_at.rules = addAnchor(ReportText::tr("Firewall rules"));
    m_at.groups = addAnchor(ReportText::tr("Object and service groups"));
    for (const RequestSection &s : request.sections) {
        m_sectionAnchor.push_back(addAnchor(pdfSectionTitle(s)));
        const int end = std::min(s.firstLine + s.lineCount, lineCount());
        if (end - s.firstLine > rc::linesPerBlock)
            for (int first = s.firstLine; first < end; first += rc::linesPerBlock)
                addAnchor(rc::blockTitle(request, first, std::min(rc::linesPerBlock, end - first)), 1);
    }
    m_at.findings = addAnchor(ReportText::tr("Findings"));
    m_at.signOff = addAnchor(ReportText::tr("Sign-off"));
}

std::unique_ptr<ReportTable> ReportComposer::linesTable(const RequestSection &section)
{
    const ChangeRequest &request = m_input.request;
    const int rows = std::max(0, std::min(section.lineCount, lineCount() - section.firstLine));
    const int first = section.firstLine;
    return std::make_unique<ReportTable>(
        m_style,
        QStringList {ReportText::tr("Line / rule"), ReportText::tr("Action"), ReportText::tr("Source (initiator)"),
                     ReportText::tr("Destination"), ReportText::tr("Service"), ReportText::tr("Direction"),
                     ReportText::tr("Justification"), ReportText::tr("Refs"), ReportText::tr("Risk")},
        rows, [&request, first](int r) { return pdfLineRow(request, request.lines[size_t(first + r)]); });
}

void ReportComposer::buildTables()
{
    const ChangeRequest &request = m_input.request;
    auto fields = std::make_shared<std::vector<std::pair<QString, QString>>>(requesttable::metadata(request));
    fields->push_back({ReportText::tr("Kind"),
                       request.delta ? ReportText::tr("changes only (a delta)") : ReportText::tr("the whole design")});
    m_fields = std::make_unique<ReportTable>(m_style, 2, int(fields->size()), [fields](int r) {
        const auto &[name, value] = (*fields)[size_t(r)];
        return TableRow{text(name, TextStyle::Bold), text(value.isEmpty() ? QStringLiteral("-") : value)};
    });

    auto pairs = std::make_shared<std::vector<rc::ZonePair>>(rc::zonePairs(request));
    m_pairs = std::make_unique<ReportTable>(m_style, rc::zonePairHeaders(), int(pairs->size()), [pairs](int r) {
        TableRow row = plainRow(rc::zonePairRow((*pairs)[size_t(r)]));
        row.back().background = riskColor((*pairs)[size_t(r)].risk);
        return row;
    });

    const QStringList roles {ReportText::tr("Requester"), ReportText::tr("Firewall / network team"),
                             ReportText::tr("Security review"), ReportText::tr("Change approval")};
    const QString requester = request.info.requester;
    m_approval = std::make_unique<ReportTable>(
        m_style,
        QStringList {ReportText::tr("Role"), ReportText::tr("Name"), ReportText::tr("Signature"),
                     ReportText::tr("Date")},
        int(roles.size()), [roles, requester](int r) {
            // Room to sign: three lines a row.
            return TableRow{{{{roles[r], TextStyle::Bold}, {QString(), TextStyle::Normal}, {QString(), TextStyle::Normal}}, {}},
                            text(r == 0 ? requester : QString()), text(QString()), text(QString())};
        });

    m_rules = std::make_unique<ReportTable>(m_style, rc::ruleHeaders(request), int(request.rules.size()), [&request](int r) {
        return plainRow(rc::ruleRow(request, request.rules[size_t(r)]));
    });
    const int objects = int(request.objectGroups.size());
    m_groups = std::make_unique<ReportTable>(
        m_style, requesttable::groupHeaders(), objects + int(request.serviceGroups.size()), [&request, objects](int r) {
            if (r < objects) {
                const ObjectGroup &g = request.objectGroups[size_t(r)];
                return plainRow({g.name, ReportText::tr("hosts"), g.zoneId, rc::hostsText(g), rc::addressesText(g)});
            }
            return plainRow(requesttable::serviceGroupRow(request.serviceGroups[size_t(r - objects)]));
        });
    auto findings = std::make_shared<std::vector<QStringList>>(rc::findingRows(m_input.analysis));
    m_findings = std::make_unique<ReportTable>(m_style, rc::findingHeaders(), int(findings->size()),
                                               [findings](int r) { return plainRow((*findings)[size_t(r)]); });
    for (const RequestSection &s : request.sections)
        m_lines.push_back(linesTable(s));
}

bool ReportComposer::prepare(ExportProgress &progress)
{
    const qreal width = m_content.width();
    // A row never takes more than most of a page: the rest is cut.
    const qreal tallest = m_content.height() * 0.8;
    for (ReportTable *t : {m_fields.get(), m_pairs.get(), m_approval.get(), m_rules.get(), m_groups.get(), m_findings.get()})
        t->prepare(t == m_fields.get() ? width * 0.6 : width, tallest);
    for (const auto &t : m_lines)
        if (!t->prepare(width, tallest, [&progress] { return progress.advance(); }))
            return false;
    return true;
}

void ReportComposer::heading(PageFlow &flow, int anchor, bool newPage, qreal keep)
{
    TextMeasure &m = m_style.measure(TextStyle::Heading);
    Anchor &a = m_anchors[size_t(anchor)];
    const QString title = a.title;
    m_running = title;
    if (newPage && !flow.atTop())
        flow.newPage();
    // A heading keeps company: room for it and the start of what follows.
    flow.ensure(m.lineHeight() + 2 * m_style.paragraphGap()
                + std::max(keep, 4 * m_style.measure(TextStyle::Normal).lineHeight()));
    if (!flow.atTop())
        flow.moveDown(m_style.paragraphGap());
    a.page = flow.page();
    if (QPainter *p = flow.painter()) {
        p->setFont(m.font());
        p->setPen(m_style.color(TextStyle::Heading));
        p->drawText(QPointF(flow.left(), flow.y() + m.ascent()), title);
    }
    flow.moveDown(m.lineHeight() + m_style.paragraphGap() / 2);
}

void ReportComposer::paragraph(PageFlow &flow, const QString &value, TextStyle style)
{
    TextMeasure &m = m_style.measure(style);
    for (const QString &line : m.wrap(value, flow.width())) {
        flow.ensure(m.lineHeight());
        if (QPainter *p = flow.painter()) {
            p->setFont(m.font());
            p->setPen(m_style.color(style));
            p->drawText(QPointF(flow.left(), flow.y() + m.ascent()), line);
        }
        flow.moveDown(m.lineHeight());
    }
    flow.moveDown(m_style.paragraphGap());
}

void ReportComposer::contents(PageFlow &flow)
{
    TextMeasure &sub = m_style.measure(TextStyle::Subheading);
    flow.ensure(sub.lineHeight() * 4);
    if (QPainter *p = flow.painter()) {
        p->setFont(sub.font());
        p->setPen(m_style.color(TextStyle::Subheading));
        p->drawText(QPointF(flow.left(), flow.y() + sub.ascent()), ReportText::tr("Contents"));
    }
    flow.moveDown(sub.lineHeight());
    TextMeasure &m = m_style.measure(TextStyle::Normal);
    const qreal indent = 12 * ReportStyle::unitsPerPoint;
    const qreal right = flow.left() + flow.width() * 0.6;
    for (const Anchor &a : m_anchors) {
        flow.ensure(m.lineHeight());
        if (QPainter *p = flow.painter()) {
            p->setFont(m.font());
            p->setPen(m_style.color(TextStyle::Normal));
            p->drawText(QPointF(flow.left() + a.level * indent, flow.y() + m.ascent()), a.title);
            const QString page = a.page >= 0 ? QString::number(a.page + 1) : QStringLiteral("-");
            p->drawText(QPointF(right - m.lineWidth(page), flow.y() + m.ascent()), page);
        }
        flow.moveDown(m.lineHeight());
    }
    flow.moveDown(m_style.paragraphGap());
}

void ReportComposer::diagram(PageFlow &flow)
{
    // The diagram has a page of its own, fitted to what is left of it. A
    // large design's hosts would be specks: it is drawn by zone instead.
    const bool hostsFit = m_input.design.hosts.size() <= vectorDiagramHosts;
    if (!hostsFit)
        paragraph(flow,
                  ReportText::tr("The design has %1 hosts: drawn here by zone, with the number of request lines "
                                 "between each pair of zones. The SVG and HTML exports draw every host.")
                      .arg(m_input.design.hosts.size()),
                  TextStyle::Muted);
    QPainter *p = flow.painter();
    if (!p)
        return;
    const QRectF area(flow.left(), flow.y(), flow.width(), flow.space());
    if (!hostsFit) {
        ZoneOverview(m_input.design, m_input.request).draw(*p, area);
        return;
    }
    QSvgRenderer svg(designDiagramSvg(m_input.design, m_input.catalog, m_input.analysis));
    QSizeF size = svg.defaultSize();
    if (size.isEmpty())
        return;
    size.scale(area.size(), Qt::KeepAspectRatio);
    svg.render(p, QRectF(area.left() + (area.width() - size.width()) / 2, area.top(), size.width(), size.height()));
}

bool ReportComposer::linesOf(PageFlow &flow, size_t s, const std::function<bool()> &step)
{
    heading(flow, m_sectionAnchor[s], true);
    paragraph(flow,
              ReportText::tr("The source initiates. Direction <--> marks a connection either side may start; its "
                             "pair is the line for the other side."),
              TextStyle::Muted);
    // Block anchors follow the section's own: find each block's by its first line.
    int nextAnchor = m_sectionAnchor[s] + 1;
    const ReportTable &table = *m_lines[s];
    return table.place(flow, [&](int row) {
        if (row % rc::linesPerBlock == 0 && nextAnchor < int(m_anchors.size()) && m_anchors[size_t(nextAnchor)].level == 1)
            m_anchors[size_t(nextAnchor++)].page = flow.page();
        return step();
    });
}

bool ReportComposer::compose(PageFlow &flow, const std::function<bool()> &step)
{
    const ChangeRequest &request = m_input.request;
    m_running = rc::title(request);
    TextMeasure &title = m_style.measure(TextStyle::Title);
    for (const QString &line : title.wrap(rc::title(request), flow.width())) {
        if (QPainter *p = flow.painter()) {
            p->setFont(title.font());
            p->setPen(m_style.color(TextStyle::Title));
            p->drawText(QPointF(flow.left(), flow.y() + title.ascent()), line);
        }
        flow.moveDown(title.lineHeight());
    }
    flow.moveDown(m_style.paragraphGap());
    m_fields->place(flow);
    flow.moveDown(m_style.paragraphGap());
    paragraph(flow,
              rc::counts(request) + QLatin1Char(' ')
                  + ReportText::tr("Ports and anchors follow Microsoft's \"Ports used in Configuration Manager\"."),
              TextStyle::Normal);
    paragraph(flow, rc::summarised(request), TextStyle::Muted);
    if (m_withContents)
        contents(flow);

    heading(flow, m_at.pairs, false, m_pairs->startHeight());
    m_pairs->place(flow);
    if (!request.warnings.isEmpty()) {
        heading(flow, m_at.warnings, false);
        QStringList shown = request.warnings.mid(0, rc::listedWarnings);
        if (request.warnings.size() > rc::listedWarnings)
            shown << ReportText::tr("and %1 more (the CSV lists each line's)")
                         .arg(request.warnings.size() - rc::listedWarnings);
        for (const QString &w : shown)
            paragraph(flow, QStringLiteral("\u2022 ") + w, TextStyle::Warning);
    }
    heading(flow, m_at.diagram, true);
    diagram(flow);
    heading(flow, m_at.rules, true, m_rules->startHeight());
    m_rules->place(flow);
    heading(flow, m_at.groups, false, m_groups->startHeight());
    m_groups->place(flow);
    for (size_t s = 0; s < request.sections.size(); ++s)
        if (!linesOf(flow, s, step))
            return false;
    if (lineCount() < int(request.lines.size()))
        paragraph(flow, ReportText::tr("Preview: the first %1 of %2 lines.").arg(lineCount()).arg(request.lines.size()),
                  TextStyle::Muted);
    heading(flow, m_at.findings, false, m_findings->startHeight());
    if (m_input.analysis.findings.empty())
        paragraph(flow, ReportText::tr("No errors or warnings."), TextStyle::Normal);
    else
        m_findings->place(flow);
    // Signed last, after everything above was read.
    heading(flow, m_at.signOff, false, m_approval->startHeight());
    paragraph(flow, ReportText::tr("Approved as listed in this request: %1").arg(rc::counts(request)),
              TextStyle::Normal);
    m_approval->place(flow);
    return true;
}

void ReportComposer::decorate(QPainter &painter, int page) const
{
    TextMeasure &m = m_style.measure(TextStyle::Muted);
    const ChangeRequest &request = m_input.request;
    painter.setFont(m.font());
    painter.setPen(m_style.color(TextStyle::Muted));
    const qreal left = m_content.left(), right = m_content.right();
    if (page > 0) {
        const qreal y = m_content.top() - m.lineHeight() * 1.6;
        painter.drawText(QPointF(left, y + m.ascent()), exporttext::singleLine(rc::title(request), 120));
        painter.drawText(QPointF(right - m.lineWidth(m_running), y + m.ascent()), m_running);
        painter.setPen(QPen(m_style.gridColor(), 0.5 * ReportStyle::unitsPerPoint));
        painter.drawLine(QPointF(left, y + m.lineHeight() * 1.2), QPointF(right, y + m.lineHeight() * 1.2));
        painter.setPen(m_style.color(TextStyle::Muted));
    }
    const qreal y = m_content.bottom() + m.lineHeight() * 0.8;
    QString left_text = ReportText::tr("PortPlanner change request");
    if (!request.info.ticket.isEmpty())
        left_text += QStringLiteral(" \u00b7 ") + ReportText::tr("ticket %1").arg(request.info.ticket);
    painter.drawText(QPointF(left, y + m.ascent()), left_text);
    const QString number = m_pages > 0 ? ReportText::tr("Page %1 of %2").arg(page + 1).arg(m_pages)
                                       : ReportText::tr("Page %1").arg(page + 1);
    painter.drawText(QPointF(right - m.lineWidth(number), y + m.ascent()), number);
}

} // namespace pp
