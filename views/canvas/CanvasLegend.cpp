#include "views/canvas/CanvasLegend.h"

#include "render/diagram/DiagramShapes.h"
#include "views/RoleIcons.h"
#include "views/canvas/EdgePainter.h"

#include <QEvent>
#include <QPainter>

namespace pp::views {

using namespace diagram;

namespace {

constexpr int sample = 30;   // width of a line sample
constexpr int rowHeight = 15;
constexpr int margin = 7;
constexpr int gap = 14;      // between columns
constexpr int maxRows = 4;   // rows a column holds below its heading
constexpr int bandGap = 6;   // between bands of columns

/// A small card with its colour bar, outlined as the canvas outlines it.
void miniCard(QPainter &p, const QRectF &r, const QColor &accent, const QColor &border, qreal borderWidth)
{
    p.setPen(QPen(border, borderWidth));
    p.setBrush(Qt::white);
    p.drawRoundedRect(r, 2.5, 2.5);
    p.setPen(Qt::NoPen);
    p.setBrush(accent);
    p.drawRect(QRectF(r.left() + 0.5, r.top() + 0.5, 3, r.height() - 1));
}

} // namespace

CanvasLegend::CanvasLegend(QWidget *parent)
    : QWidget(parent)
{
    setAttribute(Qt::WA_TransparentForMouseEvents);
    QFont small = font();
    small.setPointSizeF(small.pointSizeF() * 0.85);
    setFont(small);
    retranslate();
}

void CanvasLegend::setContent(std::vector<LegendMark> marks, QList<RoleEntry> roles)
{
    m_marks = std::move(marks);
    m_roles = std::move(roles);
    retranslate();
}

void CanvasLegend::setMaximumContentWidth(int width)
{
    if (m_maxWidth == width)
        return;
    m_maxWidth = width;
    retranslate();
}

std::vector<CanvasLegend::Column> CanvasLegend::layout() const
{
    // Sections, each a heading over columns of up to maxRows rows: the
    // marks' sections (legendSection), then the roles.
    const size_t roles = legendSectionCount;
    std::vector<std::vector<Cell>> sections(roles + 1);
    for (LegendMark m : m_marks)
        sections[size_t(legendSection(m))].push_back({CellKind::Mark, m, legendText(m), {}});
    sections[2].push_back({CellKind::SelectedCard, {}, tr("selected"), {}});
    sections[2].push_back({CellKind::HighlightedCard, {}, tr("at an end of the selected connection"), {}});
    for (const RoleEntry &r : m_roles)
        sections[roles].push_back({CellKind::Role, {}, r.name, r.id});
    // What the lines say first (review, policy, verification), then the cards.
    const size_t order[] = {0, 1, 3, 4, 2, roles};

    // Columns side by side in bands as wide as the view allows. A mark the
    // canvas draws is never left unexplained, so the marks' sections take
    // as many bands as they need (two at most, but in a very narrow view).
    // The roles, which the Roles palette lists too, fill the rest of the
    // marks' last band, and take a band of their own only after a single
    // one: the legend covers the canvas, and should not cover half of it.
    std::vector<Column> columns;
    int x = margin, y = margin, bandRows = 0, bands = 1, roleBands = 0;
    auto newBand = [&] {
        ++bands;
        y += rowHeight * bandRows + bandGap;
        x = margin;
        bandRows = 0;
    };
    auto place = [&](std::vector<Cell> cells) {
        Column column{std::move(cells), x, y, 0};
        column.width = columnWidth(column.cells);
        bandRows = std::max(bandRows, int(column.cells.size()));
        x += column.width + gap;
        columns.push_back(std::move(column));
    };
    for (size_t s : order) {
        const QString heading = s == roles ? tr("Roles") : legendHeading(int(s));
        std::vector<std::vector<Cell>> sectionColumns;
        int sectionWidth = -gap;
        for (size_t start = 0; start < sections[s].size(); start += maxRows) {
            std::vector<Cell> cells{{CellKind::Heading, {}, start == 0 ? heading : QString(), {}}};
            for (size_t i = start; i < std::min(sections[s].size(), start + maxRows); ++i)
                cells.push_back(sections[s][i]);
            sectionWidth += columnWidth(cells) + gap;
            sectionColumns.push_back(std::move(cells));
        }
        // A section of marks stays under its heading: it starts a band when
        // it would fit in one but not in what is left of this one.
        if (s != roles && x > margin && x + sectionWidth > m_maxWidth && margin + sectionWidth <= m_maxWidth)
            newBand();
        for (size_t c = 0; c < sectionColumns.size(); ++c) {
            if (x > margin && x + columnWidth(sectionColumns[c]) > m_maxWidth) {
                if (s == roles && (roleBands++ > 0 || bands > 1)) {
                    placeMore(columns, x, y, int(sections[s].size() - c * maxRows));
                    return columns;
                }
                newBand();
            }
            place(std::move(sectionColumns[c]));
        }
    }
    return columns;
}

void CanvasLegend::placeMore(std::vector<Column> &columns, int x, int y, int left) const
{
    // Say how many roles are left out, and where to find them: beside the
    // band's last column, dropping the band's last role columns while the
    // note does not fit; on a line of its own below when none can go.
    for (;;) {
        const std::vector<Cell> note{{CellKind::Heading, {}, QString(), {}},
                                     {CellKind::More, {}, tr("+%n more: see the Roles palette", nullptr, left), {}}};
        const int width = columnWidth(note);
        if (x <= margin || x + width <= m_maxWidth) {
            columns.push_back({note, x, y, width});
            return;
        }
        const Column &last = columns.back();
        if (last.y != y || last.cells.size() < 2 || last.cells[1].kind != CellKind::Role) {
            int bottom = 0;
            for (const Column &c : columns)
                bottom = std::max(bottom, c.y + rowHeight * int(c.cells.size()));
            columns.push_back({{note[1]}, margin, bottom + bandGap, width});
            return;
        }
        left += int(last.cells.size()) - 1;
        x = last.x;
        columns.pop_back();
    }
}

int CanvasLegend::columnWidth(const std::vector<Cell> &cells) const
{
    int text = 0;
    for (const Cell &c : cells) {
        QFont f = font();
        f.setBold(c.kind == CellKind::Heading);
        text = std::max(text, QFontMetrics(f).horizontalAdvance(c.text) - (c.kind == CellKind::Heading ? sample + 6 : 0));
    }
    return sample + 6 + text;
}

QSize CanvasLegend::sizeHint() const
{
    int width = 0, height = 0;
    for (const Column &c : layout()) {
        width = std::max(width, c.x + c.width);
        height = std::max(height, c.y + rowHeight * int(c.cells.size()));
    }
    return QSize(width + margin, height + margin);
}

QStringList CanvasLegend::texts() const
{
    QStringList out;
    for (const Column &c : layout())
        for (const Cell &cell : c.cells)
            if (!cell.text.isEmpty())
                out << cell.text;
    return out;
}

void CanvasLegend::retranslate()
{
    setAccessibleName(tr("Canvas legend"));
    setAccessibleDescription(texts().join(QStringLiteral("; ")));
    updateGeometry();
    resize(sizeHint());
    update();
}

void CanvasLegend::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange || event->type() == QEvent::FontChange)
        retranslate();
    QWidget::changeEvent(event);
}

void CanvasLegend::paintSample(QPainter &p, const Cell &cell, const QRectF &area) const
{
    const qreal mid = area.center().y();
    const QPointF a(area.left(), mid), b(area.left() + sample - 4, mid);
    const QColor cardBorder(0xa8, 0xb0, 0xb8);
    const QRectF card(area.left() + 2, mid - 6, sample - 8, 12);
    DiagramEdge line;
    line.route = {a, b};
    switch (cell.kind) {
    case CellKind::SelectedCard: miniCard(p, card, accentColor(QStringLiteral("site_system")), selectionColor(), 2); return;
    case CellKind::HighlightedCard: miniCard(p, card, accentColor(QStringLiteral("site_system")), highlightColor(), 2); return;
    case CellKind::Role:
        p.drawPixmap(QRectF(area.left() + 4, mid - 8, 16, 16), RoleIcons::pixmap(cell.role, 16, devicePixelRatioF()), QRectF());
        return;
    case CellKind::Heading:
    case CellKind::More: return;
    case CellKind::Mark: break;
    }
    switch (cell.mark) {
    case LegendMark::Crossing: edgepaint::line(&p, line, edgepaint::pen(LineKind::Crossing, 2.5), 0); break;
    case LegendMark::Internal: edgepaint::line(&p, line, edgepaint::pen(LineKind::Internal, 1.5), 0); break;
    case LegendMark::FallbackOnly: edgepaint::line(&p, line, edgepaint::pen(LineKind::FallbackOnly, 2), 0); break;
    case LegendMark::Install: edgepaint::line(&p, line, edgepaint::pen(LineKind::Install, 2.5), 0); break;
    case LegendMark::Trunk: edgepaint::line(&p, line, edgepaint::pen(LineKind::Crossing, 5.5), 0); break;
    case LegendMark::Selected: edgepaint::line(&p, line, edgepaint::pen(LineKind::Crossing, 3.5, selectionColor()), 0); break;
    case LegendMark::Arrow:
        line.arrows = DiagramEdge::AtB;
        edgepaint::line(&p, line, edgepaint::pen(LineKind::Crossing, 2), 9);
        break;
    case LegendMark::Approved:
    case LegendMark::Rejected:
    case LegendMark::Questioned:
    case LegendMark::Stale:
    case LegendMark::NotReviewed: {
        edgepaint::line(&p, line, edgepaint::pen(LineKind::Crossing, 2), 0);
        const ReviewMark m = cell.mark == LegendMark::Approved ? ReviewMark::Approved
            : cell.mark == LegendMark::Rejected               ? ReviewMark::Rejected
            : cell.mark == LegendMark::Questioned             ? ReviewMark::Questioned
            : cell.mark == LegendMark::Stale                  ? ReviewMark::Stale
                                                              : ReviewMark::NotReviewed;
        edgepaint::badge(&p, m, QPointF((a.x() + b.x()) / 2, mid), 6);
        break;
    }
    case LegendMark::SiteSystem: miniCard(p, card, accentColor(QStringLiteral("site_system")), cardBorder, 1); break;
    case LegendMark::Client: miniCard(p, card, accentColor(QStringLiteral("client")), cardBorder, 1); break;
    case LegendMark::External: miniCard(p, card, accentColor(QStringLiteral("external")), cardBorder, 1); break;
    case LegendMark::Firewall: {
        // The device symbol, as FirewallItem draws it, small.
        p.setPen(QPen(QColor(0x7a, 0x1f, 0x12), 1));
        p.setBrush(QColor(0xc0, 0x39, 0x2b));
        p.drawRoundedRect(QRectF(a.x() + 4, mid - 7, 22, 14), 2, 2);
        break;
    }
    case LegendMark::PathLit: edgepaint::line(&p, line, edgepaint::pen(LineKind::Crossing, 3.5, pathColor()), 0); break;
    case LegendMark::PolicyAllowed:
    case LegendMark::PolicyPartial:
    case LegendMark::PolicyMissing: {
        edgepaint::line(&p, line, edgepaint::pen(LineKind::Crossing, 2), 0);
        const PolicyMark m = cell.mark == LegendMark::PolicyAllowed ? PolicyMark::Allowed
            : cell.mark == LegendMark::PolicyPartial                ? PolicyMark::Partial
                                                                    : PolicyMark::Missing;
        edgepaint::policyMark(&p, m, QPointF((a.x() + b.x()) / 2, mid), 5.5);
        break;
    }
    case LegendMark::Verified:
    case LegendMark::CheckFailed:
    case LegendMark::Untested: {
        edgepaint::line(&p, line, edgepaint::pen(LineKind::Crossing, 2), 0);
        const CheckMark m = cell.mark == LegendMark::Verified ? CheckMark::Verified
            : cell.mark == LegendMark::CheckFailed             ? CheckMark::Failed
                                                               : CheckMark::Untested;
        edgepaint::checkMark(&p, m, QPointF((a.x() + b.x()) / 2, mid), 6.5);
        break;
    }
    }
}

void CanvasLegend::paintEvent(QPaintEvent *)
{
    QPainter p(this);
    p.setRenderHint(QPainter::Antialiasing);
    p.setPen(QColor(0xc8, 0xcd, 0xd3));
    p.setBrush(QColor(255, 255, 255, 235));
    p.drawRoundedRect(QRectF(rect()).adjusted(0.5, 0.5, -0.5, -0.5), 5, 5);
    for (const Column &column : layout()) {
        int y = column.y;
        for (const Cell &cell : column.cells) {
            const QRectF row(column.x, y, column.width, rowHeight);
            QFont f = font();
            f.setBold(cell.kind == CellKind::Heading);
            p.setFont(f);
            if (cell.kind == CellKind::Heading || cell.kind == CellKind::More) {
                p.setPen(palette().color(QPalette::WindowText));
                p.drawText(row, Qt::AlignVCenter | Qt::AlignLeft, cell.text);
            } else {
                paintSample(p, cell, QRectF(row.left(), row.top(), sample, rowHeight));
                p.setFont(f); // a badge's glyph leaves its own bold font behind
                p.setPen(palette().color(QPalette::WindowText));
                p.drawText(row.adjusted(sample + 6, 0, 0, 0), Qt::AlignVCenter | Qt::AlignLeft, cell.text);
            }
            y += rowHeight;
        }
    }
}

} // namespace pp::views
