#include "render/diagram/OrthogonalRouter.h"

#include <QLineF>

#include <algorithm>
#include <cmath>
#include <limits>
#include <queue>

namespace pp::diagram {

namespace {

// Directions of travel: right, left, down, up. d ^ 1 is the opposite one.
constexpr int dx[4] = {1, -1, 0, 0};
constexpr int dy[4] = {0, 0, 1, -1};

int outward(Side s)
{
    switch (s) {
    case Side::Right: return 0;
    case Side::Left: return 1;
    case Side::Bottom: return 2;
    case Side::Top: return 3;
    }
    return 0;
}

/// A line along an obstacle's border costs this much more per unit than one
/// through the middle of a channel: routes keep off the cards they pass.
constexpr float borderFactor = 1.25f;
/// Running within an obstacle's clearance costs this much per unit: a
/// narrow gap is taken only when going round is much longer.
constexpr float marginFactor = 4.0f;
/// Lines keep at least this far from any box they do not join.
constexpr qreal hardMargin = 3;

} // namespace

// Named, not anonymous: OrthogonalRouter::Grid (external linkage) holds two.
namespace orthogonalrouter {

/// Sorted, unique coordinates, with a flag for the channel middles.
struct Axis
{
    std::vector<qreal> at;
    std::vector<bool> middle;

    void build(std::vector<qreal> borders, qreal lo, qreal hi, qreal minGap)
    {
        borders.push_back(lo);
        borders.push_back(hi);
        std::sort(borders.begin(), borders.end());
        borders.erase(std::unique(borders.begin(), borders.end(),
                                  [](qreal a, qreal b) { return std::abs(a - b) < 0.01; }),
                      borders.end());
        at.clear();
        middle.clear();
        for (size_t i = 0; i < borders.size(); ++i) {
            if (borders[i] < lo - 0.01 || borders[i] > hi + 0.01)
                continue;
            if (!at.empty() && borders[i] - at.back() > minGap) {
                at.push_back((at.back() + borders[i]) / 2);
                middle.push_back(true);
            }
            at.push_back(borders[i]);
            middle.push_back(false);
        }
    }

    int index(qreal v) const
    {
        const auto it = std::lower_bound(at.begin(), at.end(), v - 0.01);
        return it != at.end() && std::abs(*it - v) < 0.02 ? int(it - at.begin()) : -1;
    }
    /// First index strictly above v, and last strictly below w.
    int firstAbove(qreal v) const { return int(std::upper_bound(at.begin(), at.end(), v + 0.001) - at.begin()); }
    int lastBelow(qreal w) const { return int(std::lower_bound(at.begin(), at.end(), w - 0.001) - at.begin()) - 1; }
    int size() const { return int(at.size()); }
};

} // namespace orthogonalrouter

struct OrthogonalRouter::Grid
{
    orthogonalrouter::Axis x, y;
    std::vector<bool> node;  ///< blocked nodes
    std::vector<bool> horiz; ///< blocked segment (i, j) -> (i + 1, j)
    std::vector<bool> vert;  ///< blocked segment (i, j) -> (i, j + 1)
    std::vector<bool> softHoriz; ///< segments within an obstacle's clearance
    std::vector<bool> softVert;

    int nx() const { return x.size(); }
    int ny() const { return y.size(); }
    int id(int i, int j) const { return j * nx() + i; }

    /// Marks the segments whose middle is strictly inside `o`, in `horizontal` and `vertical`.
    void mark(const QRectF &o, std::vector<bool> &horizontal, std::vector<bool> &vertical) const
    {
        const int i0 = x.firstAbove(o.left()), i1 = x.lastBelow(o.right());
        const int j0 = y.firstAbove(o.top()), j1 = y.lastBelow(o.bottom());
        const int ia = x.index(o.left()) >= 0 ? x.index(o.left()) : i0;
        const int ib = (x.index(o.right()) >= 0 ? x.index(o.right()) : i1 + 1) - 1;
        for (int j = j0; j <= j1; ++j)
            for (int i = std::max(0, ia); i <= ib && i + 1 < nx(); ++i)
                horizontal[size_t(id(i, j))] = true;
        const int ja = y.index(o.top()) >= 0 ? y.index(o.top()) : j0;
        const int jb = (y.index(o.bottom()) >= 0 ? y.index(o.bottom()) : j1 + 1) - 1;
        for (int j = std::max(0, ja); j <= jb && j + 1 < ny(); ++j)
            for (int i = i0; i <= i1; ++i)
                vertical[size_t(id(i, j))] = true;
    }

    void block(const QRectF &o)
    {
        const int i0 = x.firstAbove(o.left()), i1 = x.lastBelow(o.right());
        const int j0 = y.firstAbove(o.top()), j1 = y.lastBelow(o.bottom());
        for (int j = j0; j <= j1; ++j)
            for (int i = i0; i <= i1; ++i)
                node[size_t(id(i, j))] = true;
        // A segment is blocked when its middle is inside: both ends on or
        // inside the border, on a line strictly inside.
        mark(o, horiz, vert);
    }

    bool soft(int i, int j, int dir) const
    {
        const int ni = i + dx[dir], nj = j + dy[dir];
        switch (dir) {
        case 0: return softHoriz[size_t(id(i, j))];
        case 1: return softHoriz[size_t(id(ni, nj))];
        case 2: return softVert[size_t(id(i, j))];
        default: return softVert[size_t(id(ni, nj))];
        }
    }

    bool open(int i, int j, int dir) const
    {
        const int ni = i + dx[dir], nj = j + dy[dir];
        if (ni < 0 || nj < 0 || ni >= nx() || nj >= ny())
            return false;
        switch (dir) {
        case 0: return !horiz[size_t(id(i, j))];
        case 1: return !horiz[size_t(id(ni, nj))];
        case 2: return !vert[size_t(id(i, j))];
        default: return !vert[size_t(id(ni, nj))];
        }
    }
};

OrthogonalRouter::OrthogonalRouter(std::vector<QRectF> obstacles)
    : OrthogonalRouter(std::move(obstacles), Options())
{
}

OrthogonalRouter::OrthogonalRouter(std::vector<QRectF> obstacles, const Options &options)
    : m_obstacles(std::move(obstacles))
    , m_options(options)
{
    const qreal c = m_options.clearance;
    for (QRectF &o : m_obstacles) {
        o = o.normalized();
        m_bounds |= o.adjusted(-c, -c, c, c);
    }
    if (m_obstacles.empty())
        return;
    m_columns = std::max(1, int(std::ceil(m_bounds.width() / m_cell)));
    m_rows = std::max(1, int(std::ceil(m_bounds.height() / m_cell)));
    m_buckets.resize(size_t(m_columns) * size_t(m_rows));
    m_stamp.assign(m_obstacles.size(), 0);
    for (size_t k = 0; k < m_obstacles.size(); ++k) {
        const QRectF o = m_obstacles[k].adjusted(-c, -c, c, c);
        const int c0 = std::clamp(int((o.left() - m_bounds.left()) / m_cell), 0, m_columns - 1);
        const int c1 = std::clamp(int((o.right() - m_bounds.left()) / m_cell), 0, m_columns - 1);
        const int r0 = std::clamp(int((o.top() - m_bounds.top()) / m_cell), 0, m_rows - 1);
        const int r1 = std::clamp(int((o.bottom() - m_bounds.top()) / m_cell), 0, m_rows - 1);
        for (int r = r0; r <= r1; ++r)
            for (int col = c0; col <= c1; ++col)
                m_buckets[size_t(r) * size_t(m_columns) + size_t(col)].push_back(int(k));
    }
}

std::vector<int> OrthogonalRouter::obstaclesIn(const QRectF &area) const
{
    std::vector<int> out;
    if (m_obstacles.empty() || !area.intersects(m_bounds))
        return out;
    if (++m_stampValue == 0) {
        std::fill(m_stamp.begin(), m_stamp.end(), 0);
        m_stampValue = 1;
    }
    const int c0 = std::clamp(int((area.left() - m_bounds.left()) / m_cell), 0, m_columns - 1);
    const int c1 = std::clamp(int((area.right() - m_bounds.left()) / m_cell), 0, m_columns - 1);
    const int r0 = std::clamp(int((area.top() - m_bounds.top()) / m_cell), 0, m_rows - 1);
    const int r1 = std::clamp(int((area.bottom() - m_bounds.top()) / m_cell), 0, m_rows - 1);
    for (int r = r0; r <= r1; ++r)
        for (int col = c0; col <= c1; ++col)
            for (int k : m_buckets[size_t(r) * size_t(m_columns) + size_t(col)])
                if (m_stamp[size_t(k)] != m_stampValue) {
                    m_stamp[size_t(k)] = m_stampValue;
                    if (m_obstacles[size_t(k)].intersects(area))
                        out.push_back(k);
                }
    return out;
}

bool OrthogonalRouter::crosses(const QPointF &a, const QPointF &b) const
{
    const QRectF span = QRectF(a, b).normalized().adjusted(-1, -1, 1, 1);
    for (int k : obstaclesIn(span)) {
        const QRectF r = m_obstacles[size_t(k)].adjusted(0.5, 0.5, -0.5, -0.5);
        // Orthogonal segments: inside when the span overlaps the box's inside on both axes.
        const qreal x0 = std::min(a.x(), b.x()), x1 = std::max(a.x(), b.x());
        const qreal y0 = std::min(a.y(), b.y()), y1 = std::max(a.y(), b.y());
        if (x1 > r.left() && x0 < r.right() && y1 > r.top() && y0 < r.bottom())
            return true;
    }
    return false;
}

QPointF OrthogonalRouter::stub(const Port &p) const
{
    const int d = outward(p.side);
    return p.at + QPointF(dx[d], dy[d]) * m_options.clearance;
}

std::vector<QPointF> OrthogonalRouter::route(const Port &from, const Port &to)
{
    const QPointF a = stub(from), b = stub(to);
    const QRectF ends = QRectF(a, b).normalized();
    bool tooBig = false;
    for (qreal margin : {m_options.margin, m_options.margin * 4}) {
        std::vector<QPointF> path = routeIn(ends.adjusted(-margin, -margin, margin, margin), from, to, &tooBig);
        if (!path.empty() || tooBig)
            return path;
    }
    // Around everything there is, as a last try.
    return routeIn((m_bounds | ends).adjusted(-40, -40, 40, 40), from, to, &tooBig);
}

std::vector<QPointF> OrthogonalRouter::routeIn(const QRectF &window, const Port &from, const Port &to, bool *tooBig)
{
    const QPointF a = stub(from), b = stub(to);
    // Each obstacle is hard at a hair's breadth from its box and costly
    // within the clearance: lines keep their distance where there is room
    // and still pass a gap narrower than twice the clearance. An obstacle
    // that holds a line's start (boxes touching) is left out for that line.
    const qreal c = m_options.clearance;
    auto strictlyContains = [](const QRectF &r, const QPointF &p) {
        return p.x() > r.left() + 0.01 && p.x() < r.right() - 0.01 && p.y() > r.top() + 0.01 && p.y() < r.bottom() - 0.01;
    };
    std::vector<QRectF> hard, soft;
    for (int k : obstaclesIn(window.adjusted(-c, -c, c, c))) {
        const QRectF o = m_obstacles[size_t(k)].adjusted(-hardMargin, -hardMargin, hardMargin, hardMargin);
        if (strictlyContains(o, a) || strictlyContains(o, b))
            continue;
        hard.push_back(o);
        soft.push_back(m_obstacles[size_t(k)].adjusted(-c, -c, c, c));
    }
    std::vector<qreal> xs{a.x(), b.x()}, ys{a.y(), b.y()};
    for (const std::vector<QRectF> *list : {&hard, &soft})
        for (const QRectF &o : *list) {
            xs.push_back(o.left());
            xs.push_back(o.right());
            ys.push_back(o.top());
            ys.push_back(o.bottom());
        }
    Grid grid;
    const qreal gap = m_options.clearance * 2.5;
    grid.x.build(std::move(xs), window.left(), window.right(), gap);
    grid.y.build(std::move(ys), window.top(), window.bottom(), gap);
    const qint64 nodes = qint64(grid.nx()) * grid.ny();
    if (nodes > m_options.maxNodes) {
        *tooBig = true;
        return {};
    }
    grid.node.assign(size_t(nodes), false);
    grid.horiz.assign(size_t(nodes), false);
    grid.vert.assign(size_t(nodes), false);
    grid.softHoriz.assign(size_t(nodes), false);
    grid.softVert.assign(size_t(nodes), false);
    for (const QRectF &o : hard)
        grid.block(o);
    for (const QRectF &o : soft)
        grid.mark(o, grid.softHoriz, grid.softVert);
    const int ia = grid.x.index(a.x()), ja = grid.y.index(a.y());
    const int ib = grid.x.index(b.x()), jb = grid.y.index(b.y());
    if (ia < 0 || ja < 0 || ib < 0 || jb < 0)
        return {};
    std::vector<int> nodeList;
    if (!search(grid, grid.id(ia, ja), outward(from.side), grid.id(ib, jb), outward(to.side) ^ 1, &nodeList))
        return {};
    std::vector<QPointF> points{from.at};
    for (int n : nodeList)
        points.emplace_back(grid.x.at[size_t(n % grid.nx())], grid.y.at[size_t(n / grid.nx())]);
    points.push_back(to.at);
    return simplified(points);
}

bool OrthogonalRouter::search(const Grid &grid, int start, int startDir, int goal, int goalDir, std::vector<int> *nodes)
{
    const int nx = grid.nx();
    const size_t states = size_t(grid.nx()) * size_t(grid.ny()) * 4;
    constexpr float unreached = std::numeric_limits<float>::max();
    m_cost.assign(states + 1, unreached);
    m_parent.assign(states + 1, -1);
    const size_t done = states; // the virtual state "arrived, facing the card"
    const float bend = float(m_options.bendCost);
    const qreal gx = grid.x.at[size_t(goal % nx)], gy = grid.y.at[size_t(goal / nx)];
    auto heuristic = [&](int node) {
        return float(std::abs(grid.x.at[size_t(node % nx)] - gx) + std::abs(grid.y.at[size_t(node / nx)] - gy));
    };
    using Entry = std::pair<float, size_t>;
    std::priority_queue<Entry, std::vector<Entry>, std::greater<Entry>> open;
    const size_t first = size_t(start) * 4 + size_t(startDir);
    m_cost[first] = 0;
    open.push({heuristic(start), first});
    while (!open.empty()) {
        const auto [f, state] = open.top();
        open.pop();
        if (state == done)
            break;
        const float g = m_cost[state];
        if (f > g + heuristic(int(state / 4)) + 0.01f)
            continue; // a stale entry
        const int node = int(state / 4), dir = int(state % 4);
        if (node == goal) {
            const float total = g + (dir == goalDir ? 0 : bend);
            if (total < m_cost[done]) {
                m_cost[done] = total;
                m_parent[done] = int(state);
                open.push({total, done});
            }
            continue;
        }
        const int i = node % nx, j = node / nx;
        for (int d = 0; d < 4; ++d) {
            if (d == (dir ^ 1) || !grid.open(i, j, d))
                continue;
            const int ni = i + dx[d], nj = j + dy[d];
            const int next = grid.id(ni, nj);
            if (grid.node[size_t(next)] && next != goal)
                continue;
            const bool vertical = d >= 2;
            const qreal length = vertical ? std::abs(grid.y.at[size_t(nj)] - grid.y.at[size_t(j)])
                                          : std::abs(grid.x.at[size_t(ni)] - grid.x.at[size_t(i)]);
            const bool middle = vertical ? grid.x.middle[size_t(i)] : grid.y.middle[size_t(j)];
            const float factor = grid.soft(i, j, d) ? marginFactor : middle ? 1.0f : borderFactor;
            const float step = float(length) * factor + (d == dir ? 0 : bend);
            const size_t to = size_t(next) * 4 + size_t(d);
            if (g + step < m_cost[to]) {
                m_cost[to] = g + step;
                m_parent[to] = int(state);
                open.push({g + step + heuristic(next), to});
            }
        }
    }
    if (m_parent[done] < 0)
        return false;
    nodes->clear();
    for (int s = m_parent[done]; s >= 0; s = m_parent[size_t(s)])
        nodes->push_back(s / 4);
    std::reverse(nodes->begin(), nodes->end());
    return true;
}

std::vector<QPointF> OrthogonalRouter::simplified(const std::vector<QPointF> &points)
{
    std::vector<QPointF> out;
    for (const QPointF &p : points) {
        if (!out.empty() && QLineF(out.back(), p).length() < 0.01)
            continue;
        if (out.size() >= 2) {
            const QPointF &a = out[out.size() - 2], &b = out.back();
            const bool sameX = std::abs(a.x() - b.x()) < 0.01 && std::abs(b.x() - p.x()) < 0.01;
            const bool sameY = std::abs(a.y() - b.y()) < 0.01 && std::abs(b.y() - p.y()) < 0.01;
            if (sameX || sameY) {
                out.back() = p;
                continue;
            }
        }
        out.push_back(p);
    }
    return out;
}

} // namespace pp::diagram
