#pragma once

#include "render/diagram/DiagramEdge.h"
#include "render/diagram/OrthogonalRouter.h"

#include <vector>

namespace pp {
struct Zone;
}

namespace pp::diagram {

/// Lays the lines of a drawing out as a network diagram: each end leaves
/// its box by the side facing the other end, the lines sharing a side
/// spread along it in the order of where they go, routes run orthogonally
/// around the boxes they do not belong to (OrthogonalRouter), and lines that
/// would run on top of each other are set apart (SegmentNudger).
///
/// Host lines go around every card and every zone's title; trunks go around
/// the zones and firewalls. A line that finds no route is drawn straight and
/// counted in unrouted().
class EdgeRouter
{
public:
    /// `titles`: per zone, the part of its title bar the title covers
    /// (titleBand()).
    EdgeRouter(const DiagramGeometry &geometry, std::vector<QRectF> titles);

    void routeHostEdges(const std::vector<DiagramEdge *> &edges);
    void routeTrunks(const std::vector<DiagramEdge *> &edges);

    int unrouted() const { return m_unrouted; }
    /// The box an end of an edge is drawn as.
    QRectF box(EndKind kind, int index) const;
    /// The obstacles host lines keep off: every card, zone title and device.
    std::vector<QRectF> hostObstacles() const;

    /// Where a zone's title sits in its title bar: its left part, as wide
    /// as the name and detail take at the canvas's largest title font.
    static QRectF titleBand(const Zone &zone, const QRectF &rect);

private:
    void route(const std::vector<DiagramEdge *> &edges, OrthogonalRouter &router, bool trunks);
    std::vector<Port> assignPorts(const std::vector<DiagramEdge *> &edges, bool trunks,
                                  const OrthogonalRouter &router) const;
    bool sideFree(const QRectF &box, Side side, const OrthogonalRouter &router) const;

    DiagramGeometry m_geometry;
    std::vector<QRectF> m_titles;
    int m_unrouted = 0;
};

} // namespace pp::diagram
