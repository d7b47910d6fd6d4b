#pragma once

#include <QPointF>

namespace pp::diagram {

/// The side of a box a line leaves or enters by.
enum class Side : quint8 { Left, Right, Top, Bottom };

/// Where a line meets a box: a point on one of its sides.
struct Port
{
    QPointF at;
    Side side = Side::Right;
};

} // namespace pp::diagram
