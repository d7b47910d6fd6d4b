#pragma once

#include "render/CellPart.h"
#include "render/ReportStyle.h"
#include "render/TableCell.h"

#include <QColor>
#include <QStringList>

#include <functional>
#include <vector>

namespace pp {

class PageFlow;

/// A table of the paginated report. Rows are made on demand (a report of
/// 25,000 lines holds their heights, not their text). Columns are sized to
/// their content: every column is at least as wide as its widest word (and
/// its header's), the rest of the width goes where it makes the rows lowest.
/// The header row repeats on each page; no page holds a single row of a
/// longer table, and a table starts only where its first rows fit.
class ReportTable
{
public:
    using Rows = std::function<TableRow(int index)>;

    ReportTable(ReportStyle &style, QStringList headers, int rowCount, Rows rows);
    /// A table without a header row (a list of fields and values).
    ReportTable(ReportStyle &style, int columns, int rowCount, Rows rows);

    /// Column widths from every row's content, then each row's height
    /// (capped at `maxRowHeight`: a taller row is cut). `step` is told each
    /// row measured; false from it stops (and prepare returns false).
    bool prepare(qreal width, qreal maxRowHeight, const std::function<bool()> &step = {});
    /// Room the table needs to begin: its header and first two rows.
    qreal startHeight() const;
    /// Places every row from the cursor on (drawing it when the page has a
    /// painter). `step` is told each row placed; false from it stops.
    bool place(PageFlow &flow, const std::function<bool(int row)> &step = {}) const;
    int rowCount() const { return m_rowCount; }

private:
    /// Gives `left` units to the columns, step by step, where each step
    /// lowers the rows most.
    void shareOut(qreal left, const std::vector<qreal> &whole);
    /// Gives the width the columns leave to those that would wrap.
    void spread(qreal width, const std::vector<qreal> &whole);
    qreal cellHeight(const TableCell &cell, qreal width) const;
    void drawRow(QPainter &painter, const TableRow &row, qreal y, qreal height, qreal left) const;
    TableRow headerRow() const;

    ReportStyle &m_style;
    QStringList m_headers;
    int m_rowCount;
    Rows m_rows;
    size_t m_columns;
    std::vector<qreal> m_widths;
    std::vector<qreal> m_heights;
    qreal m_headerHeight = 0;
};

} // namespace pp
