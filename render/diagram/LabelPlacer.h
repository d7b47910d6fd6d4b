#pragma once

#include <QPointF>
#include <QRectF>
#include <QSizeF>

#include <vector>

namespace pp::diagram {

/// Finds a place for each line's label: on the line, in the middle of one
/// of its segments (the longest first), where the label covers no box and
/// no label placed before it; the longest segment's middle when none is free.
class LabelPlacer
{
public:
    explicit LabelPlacer(std::vector<QRectF> avoid) : m_taken(std::move(avoid)) {}

    /// The label's rectangle for a route; remembered, so later labels keep off it.
    QRectF place(const std::vector<QPointF> &route, const QSizeF &size);

private:
    bool isFree(const QRectF &r) const;
    std::vector<QRectF> m_taken;
};

} // namespace pp::diagram
