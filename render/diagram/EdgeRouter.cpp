#include "render/diagram/EdgeRouter.h"

#include "model/design/CardGeometry.h"
#include "model/design/Design.h"
#include "render/diagram/SegmentNudger.h"

#include <QLineF>

#include <algorithm>
#include <array>
#include <cmath>
#include <map>

namespace pp::diagram {

namespace {

/// The side of `self` that faces `other`: across the wider gap between
/// them, so that both ends of a line agree.
Side facingSide(const QRectF &self, const QRectF &other)
{
    const qreal gapX = std::max(other.left() - self.right(), self.left() - other.right());
    const qreal gapY = std::max(other.top() - self.bottom(), self.top() - other.bottom());
    const QPointF d = other.center() - self.center();
    const bool horizontal = (gapX > 0 || gapY > 0) ? gapX >= gapY
                                                    : std::abs(d.x()) * self.height() >= std::abs(d.y()) * self.width();
    if (horizontal)
        return d.x() >= 0 ? Side::Right : Side::Left;
    return d.y() >= 0 ? Side::Bottom : Side::Top;
}

bool alongX(Side s)
{
    return s == Side::Top || s == Side::Bottom;
}

/// Where on a side ports may sit: away from the corners, and on a zone's
/// top side right of its title.
std::pair<qreal, qreal> sideSpan(const QRectF &box, Side side, const QRectF &title)
{
    if (alongX(side)) {
        const qreal inset = std::min<qreal>(24, box.width() * 0.12);
        qreal lo = box.left() + inset;
        if (side == Side::Top && !title.isNull() && box.right() - inset - (title.right() + 10) > 40)
            lo = title.right() + 10;
        return {lo, box.right() - inset};
    }
    const qreal inset = std::min<qreal>(24, box.height() * 0.15);
    return {box.top() + inset, box.bottom() - inset};
}

/// A trunk may not leave a zone through its title: the top side's ports
/// start beyond it (sideSpan); a side too short for that is not used.
Side trunkSide(const QRectF &self, const QRectF &other, const QRectF &title)
{
    const Side s = facingSide(self, other);
    if (s != Side::Top || title.isNull() || self.right() - title.right() > 80)
        return s;
    return other.center().x() >= self.center().x() ? Side::Right : Side::Left;
}

/// The sides to try, best first: the one facing the other end, then the
/// two across, the nearer first, and the back.
std::array<Side, 4> sidesByPreference(Side facing, const QRectF &self, const QRectF &other)
{
    const QPointF d = other.center() - self.center();
    if (alongX(facing)) {
        const Side near = d.x() >= 0 ? Side::Right : Side::Left;
        const Side far = near == Side::Right ? Side::Left : Side::Right;
        return {facing, near, far, facing == Side::Top ? Side::Bottom : Side::Top};
    }
    const Side near = d.y() >= 0 ? Side::Bottom : Side::Top;
    const Side far = near == Side::Bottom ? Side::Top : Side::Bottom;
    return {facing, near, far, facing == Side::Left ? Side::Right : Side::Left};
}

/// The strip just outside a side, where its lines start.
QRectF stripOutside(const QRectF &box, Side side, qreal depth)
{
    switch (side) {
    case Side::Left: return QRectF(box.left() - depth, box.top() + 2, depth - 1, box.height() - 4);
    case Side::Right: return QRectF(box.right() + 1, box.top() + 2, depth - 1, box.height() - 4);
    case Side::Top: return QRectF(box.left() + 2, box.top() - depth, box.width() - 4, depth - 1);
    case Side::Bottom: return QRectF(box.left() + 2, box.bottom() + 1, box.width() - 4, depth - 1);
    }
    return {};
}

} // namespace

EdgeRouter::EdgeRouter(const DiagramGeometry &geometry, std::vector<QRectF> titles)
    : m_geometry(geometry)
    , m_titles(std::move(titles))
{
}

QRectF EdgeRouter::titleBand(const Zone &zone, const QRectF &rect)
{
    // The canvas draws the name at up to 30 px bold and the kind and
    // subnets at 13 px: an average glyph takes about 0.6 of its size.
    const QString name = zone.name.isEmpty() ? zone.id : zone.name;
    const qreal nameWidth = std::min<qreal>(rect.width() * 0.65, name.size() * 30 * 0.62);
    const qreal detailWidth = (zoneKindName(zone.kind).size() + zone.subnets.join(QStringLiteral(", ")).size() + 5) * 13 * 0.58;
    const qreal width = std::min(rect.width(), 12 + nameWidth + 14 + detailWidth + 12);
    return QRectF(rect.left(), rect.top(), width, geometry::zoneTitleHeight);
}

QRectF EdgeRouter::box(EndKind kind, int index) const
{
    const std::vector<QRectF> &boxes = kind == EndKind::Zone ? m_geometry.zones
        : kind == EndKind::Host                              ? m_geometry.cards
                                                             : m_geometry.devices;
    return index >= 0 && size_t(index) < boxes.size() ? boxes[size_t(index)] : QRectF();
}

std::vector<QRectF> EdgeRouter::hostObstacles() const
{
    std::vector<QRectF> out;
    out.reserve(m_geometry.cards.size() + m_titles.size() + m_geometry.devices.size());
    for (const QRectF &r : m_geometry.cards)
        if (!r.isNull())
            out.push_back(r);
    for (const QRectF &r : m_titles)
        if (!r.isNull())
            out.push_back(r);
    for (const QRectF &r : m_geometry.devices)
        if (!r.isNull())
            out.push_back(r);
    return out;
}

bool EdgeRouter::sideFree(const QRectF &box, Side side, const OrthogonalRouter &router) const
{
    // Another box right against this side (cards set edge to edge) leaves
    // no room to start a line there.
    const QRectF strip = stripOutside(box, side, router.options().clearance);
    for (int k : router.obstaclesIn(strip)) {
        const QRectF &o = router.obstacles()[size_t(k)];
        if (o != box && (o & strip).height() * (o & strip).width() > 0.3 * strip.width() * strip.height())
            return false;
    }
    return true;
}

std::vector<Port> EdgeRouter::assignPorts(const std::vector<DiagramEdge *> &edges, bool trunks,
                                          const OrthogonalRouter &router) const
{
    // Two ports per edge (a, then b), grouped by the box and side they sit on.
    std::vector<Port> ports(edges.size() * 2);
    std::map<std::tuple<int, int, int>, std::vector<std::pair<qreal, size_t>>> sides;
    for (size_t e = 0; e < edges.size(); ++e) {
        const DiagramEdge &edge = *edges[e];
        const QRectF ra = box(edge.aKind, edge.a), rb = box(edge.bKind, edge.b);
        for (int end = 0; end < 2; ++end) {
            const EndKind kind = end == 0 ? edge.aKind : edge.bKind;
            const int index = end == 0 ? edge.a : edge.b;
            const QRectF &self = end == 0 ? ra : rb;
            const QRectF &other = end == 0 ? rb : ra;
            const QRectF title = kind == EndKind::Zone && size_t(index) < m_titles.size() ? m_titles[size_t(index)] : QRectF();
            const Side facing = trunks ? trunkSide(self, other, title) : facingSide(self, other);
            Side side = facing;
            for (Side candidate : sidesByPreference(facing, self, other))
                if (sideFree(self, candidate, router)) {
                    side = candidate;
                    break;
                }
            ports[e * 2 + size_t(end)].side = side;
            const qreal order = alongX(side) ? other.center().x() : other.center().y();
            sides[{int(kind), index, int(side)}].push_back({order, e * 2 + size_t(end)});
        }
    }
    for (auto &[key, list] : sides) {
        const auto [kind, index, sideValue] = key;
        const Side side = Side(sideValue);
        const QRectF self = box(EndKind(kind), index);
        const QRectF title = EndKind(kind) == EndKind::Zone && size_t(index) < m_titles.size() ? m_titles[size_t(index)] : QRectF();
        const auto [lo, hi] = sideSpan(self, side, title);
        std::sort(list.begin(), list.end());
        for (size_t k = 0; k < list.size(); ++k) {
            const qreal t = lo + (hi - lo) * qreal(k + 1) / qreal(list.size() + 1);
            Port &p = ports[list[k].second];
            switch (side) {
            case Side::Left: p.at = QPointF(self.left(), t); break;
            case Side::Right: p.at = QPointF(self.right(), t); break;
            case Side::Top: p.at = QPointF(t, self.top()); break;
            case Side::Bottom: p.at = QPointF(t, self.bottom()); break;
            }
        }
    }
    return ports;
}

void EdgeRouter::route(const std::vector<DiagramEdge *> &edges, OrthogonalRouter &router, bool trunks)
{
    const std::vector<Port> ports = assignPorts(edges, trunks, router);
    // Short lines first: they have the fewest ways to go.
    std::vector<size_t> order(edges.size());
    for (size_t i = 0; i < order.size(); ++i)
        order[i] = i;
    auto span = [&](size_t e) { return QLineF(ports[e * 2].at, ports[e * 2 + 1].at).length(); };
    std::stable_sort(order.begin(), order.end(), [&](size_t x, size_t y) { return span(x) < span(y); });
    std::vector<std::vector<QPointF> *> routes;
    for (size_t e : order) {
        DiagramEdge &edge = *edges[e];
        edge.route = router.route(ports[e * 2], ports[e * 2 + 1]);
        if (edge.route.empty()) {
            ++m_unrouted;
            edge.route = {ports[e * 2].at, ports[e * 2 + 1].at};
            continue;
        }
        routes.push_back(&edge.route);
    }
    const qreal clearance = router.options().clearance;
    nudgeApart(routes, trunks ? 12 : 6, clearance - 3,
               [&router](const QPointF &a, const QPointF &b) { return router.crosses(a, b); });
}

void EdgeRouter::routeHostEdges(const std::vector<DiagramEdge *> &edges)
{
    OrthogonalRouter router(hostObstacles());
    route(edges, router, false);
}

void EdgeRouter::routeTrunks(const std::vector<DiagramEdge *> &edges)
{
    std::vector<QRectF> obstacles;
    for (const QRectF &r : m_geometry.zones)
        obstacles.push_back(r);
    for (const QRectF &r : m_geometry.devices)
        if (!r.isNull())
            obstacles.push_back(r);
    OrthogonalRouter::Options options;
    options.clearance = 24; // room for thick trunks side by side
    OrthogonalRouter router(std::move(obstacles), options);
    route(edges, router, true);
}

} // namespace pp::diagram
