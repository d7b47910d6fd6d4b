#pragma once

#include <QRectF>

#include <vector>

namespace pp::diagram {

/// Where the drawing puts its boxes: per design index, the zone rectangles,
/// the host cards and the firewall symbols. From the design's own geometry,
/// or the canvas's items while they are dragged.
struct DiagramGeometry
{
    std::vector<QRectF> zones;
    std::vector<QRectF> cards;    ///< null rect: not drawn
    std::vector<QRectF> devices;
};

} // namespace pp::diagram
