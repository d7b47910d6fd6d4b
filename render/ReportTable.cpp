#include "render/ReportTable.h"

#include "render/PageFlow.h"

#include <QPainter>

#include <numeric>

namespace pp {

namespace {

/// Rows a long table's column widths are judged on.
constexpr int sampledRows = 200;
/// Steps the spare width is given out in, and how many of them one column
/// may take at once (a long word needs several before it fits).
constexpr int shareSteps = 60;
constexpr int lookAhead = 6;

} // namespace

ReportTable::ReportTable(ReportStyle &style, QStringList headers, int rowCount, Rows rows)
    : m_style(style)
    , m_headers(std::move(headers))
    , m_rowCount(rowCount)
    , m_rows(std::move(rows))
    , m_columns(size_t(m_headers.size()))
{
}

ReportTable::ReportTable(ReportStyle &style, int columns, int rowCount, Rows rows)
    : m_style(style)
    , m_rowCount(rowCount)
    , m_rows(std::move(rows))
    , m_columns(size_t(columns))
{
}

TableRow ReportTable::headerRow() const
{
    TableRow row;
    for (const QString &h : m_headers)
        row.push_back({{{h, TextStyle::Header}}, m_style.headerBackground()});
    return row;
}

qreal ReportTable::cellHeight(const TableCell &cell, qreal width) const
{
    qreal height = 0;
    for (const CellPart &part : cell.parts) {
        TextMeasure &m = m_style.measure(part.style);
        height += m.lineCount(part.text, width) * m.lineHeight();
    }
    return height;
}

void ReportTable::spread(qreal width, const std::vector<qreal> &whole)
{
    const qreal total = std::accumulate(m_widths.begin(), m_widths.end(), 0.0);
    if (total >= width)
        return;
    qreal short_ = 0;
    for (size_t c = 0; c < m_widths.size(); ++c)
        short_ += std::max(0.0, whole[c] - m_widths[c]);
    for (size_t c = 0; c < m_widths.size(); ++c) {
        if (short_ > 0) // to the columns that still wrap, as far as they need it
            m_widths[c] += std::min(std::max(0.0, whole[c] - m_widths[c]),
                                    (width - total) * std::max(0.0, whole[c] - m_widths[c]) / short_);
    }
    // Whatever is still left spreads over every column.
    const qreal now = std::accumulate(m_widths.begin(), m_widths.end(), 0.0);
    if (now < width)
        for (qreal &w : m_widths)
            w += (width - now) * w / now;
}

bool ReportTable::prepare(qreal width, qreal maxRowHeight, const std::function<bool()> &step)
{
    const qreal pad = 2 * m_style.cellPadding();
    std::vector<qreal> least(m_columns, 0), natural(m_columns, 0);
    auto measure = [&](const TableRow &row) {
        for (size_t c = 0; c < m_columns && c < row.size(); ++c)
            for (const CellPart &part : row[c].parts)
                m_style.measure(part.style).natural(part.text, &least[c], &natural[c]);
    };
    if (!m_headers.isEmpty())
        measure(headerRow());
    for (int r = 0; r < m_rowCount; ++r)
        measure(m_rows(r));

    // Every column is as wide as its widest word, so no word is ever cut;
    // the rest of the width goes where it saves the most height.
    std::vector<qreal> whole(m_columns);
    m_widths.assign(m_columns, 0);
    qreal used = 0;
    for (size_t c = 0; c < m_columns; ++c) {
        whole[c] = std::max(natural[c], least[c]) + pad;
        m_widths[c] = least[c] + pad;
        used += m_widths[c];
    }
    if (used > width) { // words wider than the page: every column gives way
        for (qreal &w : m_widths)
            w *= width / used;
    } else {
        shareOut(width - used, whole);
        spread(width, whole);
    }

    auto rowHeight = [&](const TableRow &row) {
        qreal h = 0;
        for (size_t c = 0; c < m_columns && c < row.size(); ++c)
            h = std::max(h, cellHeight(row[c], m_widths[c] - pad));
        return std::min(h + pad, maxRowHeight);
    };
    m_headerHeight = m_headers.isEmpty() ? 0 : rowHeight(headerRow());
    m_heights.resize(size_t(m_rowCount));
    for (int r = 0; r < m_rowCount; ++r) {
        m_heights[size_t(r)] = rowHeight(m_rows(r));
        if (step && !step())
            return false;
    }
    return true;
}

void ReportTable::shareOut(qreal left, const std::vector<qreal> &whole)
{
    // Greedy, in steps: each time, the column whose widening by one to a few
    // steps makes the rows lowest per step (judged on a sample of rows: a
    // long table has thousands), then fewer wrapped lines in the column.
    const qreal pad = 2 * m_style.cellPadding();
    std::vector<TableRow> sample;
    const int every = std::max(1, m_rowCount / sampledRows);
    for (int r = 0; r < m_rowCount; r += every)
        sample.push_back(m_rows(r));
    if (sample.empty())
        return;
    const qreal increment = std::max(left / shareSteps, 1.0);
    // wider[c][k][r]: row r's cell in column c, widened by k steps.
    std::vector<std::vector<std::vector<qreal>>> wider(m_columns);
    auto measureColumn = [&](size_t c) {
        wider[c].assign(lookAhead + 1, std::vector<qreal>(sample.size(), 0));
        for (int k = 0; k <= lookAhead; ++k)
            for (size_t r = 0; r < sample.size(); ++r)
                if (c < sample[r].size())
                    wider[c][size_t(k)][r] = cellHeight(sample[r][c], m_widths[c] + k * increment - pad);
    };
    for (size_t c = 0; c < m_columns; ++c)
        measureColumn(c);
    // Rows saved (and wrapped lines, a little) if column c were `heights`.
    auto savedBy = [&](size_t c, const std::vector<qreal> &heights) {
        qreal saved = 0;
        for (size_t r = 0; r < sample.size(); ++r) {
            qreal others = 0;
            for (size_t o = 0; o < m_columns; ++o)
                if (o != c)
                    others = std::max(others, wider[o][0][r]);
            const qreal now = wider[c][0][r];
            saved += std::max(others, now) - std::max(others, heights[r]) + (now - heights[r]) / 16;
        }
        return saved;
    };
    while (left >= increment) {
        size_t best = m_columns;
        qreal bestAdd = 0, bestScore = 0;
        auto consider = [&](size_t c, qreal add, const std::vector<qreal> &heights) {
            const qreal score = savedBy(c, heights) / add;
            if (score > bestScore) {
                bestScore = score;
                best = c;
                bestAdd = add;
            }
        };
        for (size_t c = 0; c < m_columns; ++c) {
            if (m_widths[c] >= whole[c])
                continue;
            for (int k = 1; k <= lookAhead && k * increment <= left; ++k)
                consider(c, k * increment, wider[c][size_t(k)]);
            // The next width at which a line of this column takes a word
            // more: a jump the steps may not reach.
            qreal jump = 0;
            for (const TableRow &row : sample)
                if (c < row.size())
                    for (const CellPart &part : row[c].parts)
                        if (const qreal need = m_style.measure(part.style).nextBreak(part.text, m_widths[c] - pad); need > 0)
                            jump = jump > 0 ? std::min(jump, need) : need;
            if (jump > lookAhead * increment && jump + 0.5 <= left) {
                std::vector<qreal> heights(sample.size(), 0);
                for (size_t r = 0; r < sample.size(); ++r)
                    if (c < sample[r].size())
                        heights[r] = cellHeight(sample[r][c], m_widths[c] + jump + 0.5 - pad);
                consider(c, jump + 0.5, heights);
            }
        }
        if (best == m_columns)
            break; // no step lowers anything: spread() shares the rest
        m_widths[best] += bestAdd;
        left -= bestAdd;
        measureColumn(best);
    }
}

qreal ReportTable::startHeight() const
{
    qreal h = m_headerHeight;
    for (int r = 0; r < std::min(2, m_rowCount); ++r)
        h += m_heights[size_t(r)];
    return h;
}

bool ReportTable::place(PageFlow &flow, const std::function<bool(int row)> &step) const
{
    flow.ensure(startHeight());
    auto header = [&] {
        if (m_headers.isEmpty())
            return;
        if (QPainter *p = flow.painter())
            drawRow(*p, headerRow(), flow.y(), m_headerHeight, flow.left());
        flow.moveDown(m_headerHeight);
    };
    header();
    int onPage = 0;
    for (int r = 0; r < m_rowCount; ++r) {
        const qreal h = m_heights[size_t(r)];
        // The last row never goes alone onto a page: the one before goes with it.
        const bool lastTwo = r == m_rowCount - 2 && onPage > 1;
        const bool breakHere = h > flow.space() || (lastTwo && h + m_heights[size_t(r) + 1] > flow.space());
        if (breakHere && onPage > 0) {
            flow.newPage();
            header();
            onPage = 0;
        }
        if (QPainter *p = flow.painter())
            drawRow(*p, m_rows(r), flow.y(), h, flow.left());
        flow.moveDown(h);
        ++onPage;
        if (step && !step(r))
            return false;
    }
    return true;
}

void ReportTable::drawRow(QPainter &painter, const TableRow &row, qreal y, qreal height, qreal left) const
{
    const qreal pad = m_style.cellPadding();
    qreal x = left;
    painter.setPen(QPen(m_style.gridColor(), 0.5 * ReportStyle::unitsPerPoint));
    for (size_t c = 0; c < m_widths.size(); ++c) {
        const QRectF box(x, y, m_widths[c], height);
        if (c < row.size() && row[c].background.isValid())
            painter.fillRect(box, row[c].background);
        painter.setPen(QPen(m_style.gridColor(), 0.5 * ReportStyle::unitsPerPoint));
        painter.drawRect(box);
        qreal line = y + pad;
        if (c < row.size()) {
            for (const CellPart &part : row[c].parts) {
                TextMeasure &m = m_style.measure(part.style);
                painter.setFont(m.font());
                painter.setPen(m_style.color(part.style));
                for (const QString &text : m.wrap(part.text, m_widths[c] - 2 * pad)) {
                    if (line + m.lineHeight() > y + height - pad + 0.5)
                        break; // a row cut at the page height
                    painter.drawText(QPointF(x + pad, line + m.ascent()), text);
                    line += m.lineHeight();
                }
            }
        }
        x += m_widths[c];
    }
}

} // namespace pp
