#pragma once

#include "model/export/RequestWriter.h"
#include "render/ReportStyle.h"

#include <QImage>
#include <QRectF>
#include <QString>

#include <functional>
#include <memory>
#include <vector>

class QPainter;

namespace pp {

class PageFlow;
class ReportTable;
struct RequestSection;

/// The paginated change request (the PDF and its preview): what goes on
/// which page. A summary first (request fields, counts, what the report
/// shortens, contents, the summary per zone pair, warnings, sign-off), the
/// diagram on a page of its own, rules and groups, then the request lines
/// section by section, each section on new pages, and the findings.
/// compose() runs twice over the same layout: once to count pages and find
/// where each heading lands (the contents and "page N of M" need them), once
/// to draw.
class ReportComposer
{
public:
    /// `page`: the page size; `content`: the area inside header and footer,
    /// both in layout units (ReportStyle).
    ReportComposer(const ExportInput &input, const QSizeF &page, const QRectF &content);
    ~ReportComposer();

    /// Sizes every table to its content (the long part); false if cancelled.
    bool prepare(ExportProgress &progress);
    /// Lays the document out over `flow` (drawing where it has a painter);
    /// `step` is told each request line placed and may stop the run.
    bool compose(PageFlow &flow, const std::function<bool()> &step);
    /// Header and footer of a page; needs the page count of a first run.
    void decorate(QPainter &painter, int page) const;
    void setPageCount(int pages) { m_pages = pages; }
    int lineCount() const;

private:
    struct Anchor
    {
        QString title;
        int level = 0;
        int page = -1;
    };

    void buildAnchors();
    void buildTables();
    std::unique_ptr<ReportTable> linesTable(const RequestSection &section);
    /// The heading of an anchor, with `keep` units of what follows on the
    /// same page; records the page it lands on.
    void heading(PageFlow &flow, int anchor, bool newPage, qreal keep = 0);
    int addAnchor(const QString &title, int level = 0);
    void paragraph(PageFlow &flow, const QString &text, TextStyle style);
    void contents(PageFlow &flow);
    void diagram(PageFlow &flow);
    bool linesOf(PageFlow &flow, size_t section, const std::function<bool()> &step);

    const ExportInput &m_input;
    QSizeF m_page;
    QRectF m_content;
    mutable ReportStyle m_style;
    std::vector<Anchor> m_anchors;
    struct
    {
        int pairs, warnings, diagram, rules, groups, findings, signOff;
    } m_at{};
    bool m_withContents = false;
    QString m_running;        ///< the chapter the page belongs to
    int m_pages = 0;
    std::unique_ptr<ReportTable> m_fields, m_pairs, m_approval, m_rules, m_groups, m_findings;
    std::vector<std::unique_ptr<ReportTable>> m_lines;
    std::vector<int> m_sectionAnchor; ///< per section: its anchor; blocks follow it
};

} // namespace pp
