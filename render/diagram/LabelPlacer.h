#pragma once

#include <QHash>
#include <QPointF>
#include <QRectF>
#include <QSizeF>

#include <vector>

namespace pp::diagram {

/// Finds a place for each line's label: on the line, in the middle of one
/// of its segments (the longest first), where the label covers no box and
/// no label placed before it; the longest segment's middle when none is free.
///
/// What is taken is kept in a grid of cells: a candidate is held against
/// the boxes in its cells only. The XL design has 10,000 cards to keep off,
/// and testing every one for every candidate of every trunk made placing
/// the labels cost a repaint after each edit tens of milliseconds.
class LabelPlacer
{
public:
    explicit LabelPlacer(std::vector<QRectF> avoid);

    /// The label's rectangle for a route; remembered, so later labels keep off it.
    QRectF place(const std::vector<QPointF> &route, const QSizeF &size);

private:
    struct Cells
    {
        int left, top, right, bottom;
    };
    Cells cellsOf(const QRectF &r) const;
    bool isFree(const QRectF &r) const;
    void take(const QRectF &r);

    std::vector<QRectF> m_taken;
    QHash<quint64, std::vector<int>> m_grid; ///< cell -> indices into m_taken
    std::vector<int> m_wide;                 ///< boxes over too many cells, tested always
};

} // namespace pp::diagram
