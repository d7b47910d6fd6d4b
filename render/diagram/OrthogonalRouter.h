#pragma once

#include <QPointF>
#include <QRectF>

#include "render/diagram/Port.h"

#include <vector>

namespace pp::diagram {

/// Finds orthogonal routes around rectangular obstacles: A* over the sparse
/// grid of the lines that run along the obstacles' borders (kept
/// `clearance` away) and through the middle of the gaps between them, with a
/// price on every bend, so routes are short, turn little and prefer the
/// middle of a channel. Each route searches a window around its two ends
/// and widens it when blocked. The obstacles are fixed at construction and
/// kept in a bucket index, so one router serves every line of a drawing.
class OrthogonalRouter
{
public:
    struct Options
    {
        qreal clearance = 12;   ///< distance kept from every obstacle
        qreal bendCost = 60;    ///< a bend costs as much as this much length
        qreal margin = 180;     ///< first search window around the two ends
        int maxNodes = 90000;   ///< grid size beyond which a window is not searched
    };

    explicit OrthogonalRouter(std::vector<QRectF> obstacles);
    OrthogonalRouter(std::vector<QRectF> obstacles, const Options &options);

    /// The point `clearance` out from a port, where its route starts.
    QPointF stub(const Port &p) const;
    /// A polyline from `from.at` to `to.at` (both included, bends only in
    /// between), or empty when no route was found within the limits.
    std::vector<QPointF> route(const Port &from, const Port &to);

    const std::vector<QRectF> &obstacles() const { return m_obstacles; }
    const Options &options() const { return m_options; }
    /// Obstacle indices whose rectangles intersect `area`.
    std::vector<int> obstaclesIn(const QRectF &area) const;
    /// Whether a segment passes through the inside of an obstacle.
    bool crosses(const QPointF &a, const QPointF &b) const;
    /// Drops points that continue in a straight line.
    static std::vector<QPointF> simplified(const std::vector<QPointF> &points);

private:
    struct Grid;
    bool search(const Grid &grid, int start, int startDir, int goal, int goalDir, std::vector<int> *nodes);
    std::vector<QPointF> routeIn(const QRectF &window, const Port &from, const Port &to, bool *tooBig);

    std::vector<QRectF> m_obstacles; ///< the boxes as given
    Options m_options;
    qreal m_cell = 256;
    QRectF m_bounds;
    int m_columns = 0;
    int m_rows = 0;
    std::vector<std::vector<int>> m_buckets;
    mutable std::vector<quint32> m_stamp;
    mutable quint32 m_stampValue = 0;
    // Scratch space reused between searches.
    std::vector<float> m_cost;
    std::vector<int> m_parent;
};

} // namespace pp::diagram
