#pragma once

#include <QPointF>
#include <QSizeF>

#include <map>
#include <vector>

namespace pp::views {

/// Places boxes of given sizes in rows with graphviz "dot": each box in the
/// row it is given, rows top to bottom, dot choosing the order within a row
/// and the spacing so that the weighted links between boxes stay short and
/// cross little. Used for zones (and firewalls between them).
class ZonePlacer
{
public:
    struct Box
    {
        QSizeF size;
        int row = 0;
    };

    /// `links`: (box, box) -> weight, the box with the smaller index first.
    /// Top-left corners, the whole at (0, 0); empty when graphviz failed.
    static std::vector<QPointF> place(const std::vector<Box> &boxes, const std::map<std::pair<int, int>, int> &links,
                                      qreal gapX, qreal gapY);
};

} // namespace pp::views
