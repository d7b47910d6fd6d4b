#pragma once

#include <QPointF>

#include <functional>
#include <vector>

namespace pp::diagram {

/// Sets apart orthogonal routes that run on top of each other: segments on
/// one line whose spans overlap are spread across it, `spacing` apart and at
/// most `maxOffset` from where they were (so they stay clear of the boxes
/// the router kept them from), ordered by where they come from and go to so
/// that they do not cross on the way out. A route's first and last segments
/// stay on their ports. A move that would take a segment, or the two it
/// joins, through a box (`blocked`) is halved, and dropped if still blocked.
void nudgeApart(const std::vector<std::vector<QPointF> *> &routes, qreal spacing, qreal maxOffset,
                const std::function<bool(const QPointF &, const QPointF &)> &blocked);

} // namespace pp::diagram
