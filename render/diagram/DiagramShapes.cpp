#include "render/diagram/DiagramShapes.h"

#include <QLineF>

#include <algorithm>
#include <cmath>

namespace pp::diagram {

std::vector<QPointF> arrowHead(const QPointF &tip, const QPointF &from, qreal length)
{
    const QPointF d = tip - from;
    const qreal len = std::hypot(d.x(), d.y());
    if (len < 0.01)
        return {};
    const QPointF u = d / len;
    const QPointF n(-u.y(), u.x());
    const QPointF base = tip - u * length;
    return {tip, base + n * length * 0.45, base - n * length * 0.45};
}

std::vector<QPointF> badgeOutline(ReviewMark mark, const QPointF &c, qreal r)
{
    switch (mark) {
    case ReviewMark::Rejected: {
        const qreal s = r * 0.9;
        return {c + QPointF(-s, -s), c + QPointF(s, -s), c + QPointF(s, s), c + QPointF(-s, s)};
    }
    case ReviewMark::Questioned:
        return {c + QPointF(0, -r * 1.15), c + QPointF(r * 1.15, 0), c + QPointF(0, r * 1.15), c + QPointF(-r * 1.15, 0)};
    case ReviewMark::Stale:
        return {c + QPointF(0, -r * 1.2), c + QPointF(r * 1.15, r * 0.85), c + QPointF(-r * 1.15, r * 0.85)};
    case ReviewMark::Approved:
    case ReviewMark::NotReviewed: return {};
    }
    return {};
}

QRectF policyPill(const QPointF &c, qreal r)
{
    return QRectF(c - QPointF(r * 1.2, r * 0.7), QSizeF(r * 2.4, r * 1.4));
}

qreal policyFill(PolicyMark mark)
{
    switch (mark) {
    case PolicyMark::Allowed: return 1;
    case PolicyMark::Partial: return 0.5;
    case PolicyMark::Missing:
    case PolicyMark::None: return 0;
    }
    return 0;
}

std::vector<QPointF> checkOutline(const QPointF &c, qreal r)
{
    const qreal h = r * 0.87; // flat top and bottom
    return {c + QPointF(-r, 0),      c + QPointF(-r / 2, -h), c + QPointF(r / 2, -h),
            c + QPointF(r, 0),       c + QPointF(r / 2, h),   c + QPointF(-r / 2, h)};
}

namespace {

qreal routeLength(const std::vector<QPointF> &route)
{
    qreal total = 0;
    for (size_t i = 1; i < route.size(); ++i)
        total += QLineF(route[i - 1], route[i]).length();
    return total;
}

} // namespace

MarkPlaces markPlaces(const std::vector<QPointF> &route, qreal spacing)
{
    const qreal total = routeLength(route);
    const qreal step = total > 0 ? std::min<qreal>(0.5, spacing / total) : 0;
    return {pointAlong(route, 0.5 - step), pointAlong(route, 0.5), pointAlong(route, 0.5 + step)};
}

QPointF midpoint(const std::vector<QPointF> &route)
{
    return pointAlong(route, 0.5);
}

QPointF pointAlong(const std::vector<QPointF> &route, qreal fraction)
{
    if (route.empty())
        return {};
    const qreal total = routeLength(route);
    qreal left = total * std::clamp<qreal>(fraction, 0, 1);
    for (size_t i = 1; i < route.size(); ++i) {
        const qreal len = QLineF(route[i - 1], route[i]).length();
        if (len >= left && len > 0)
            return route[i - 1] + (route[i] - route[i - 1]) * (left / len);
        left -= len;
    }
    return route.back();
}

QPointF approach(const std::vector<QPointF> &route, bool atEnd)
{
    if (route.size() < 2)
        return route.empty() ? QPointF() : route.front();
    return atEnd ? route[route.size() - 2] : route[1];
}

qreal distanceToSegment(const QPointF &p, const QPointF &a, const QPointF &b)
{
    const QPointF ab = b - a;
    const qreal len2 = QPointF::dotProduct(ab, ab);
    const qreal t = len2 > 0 ? std::clamp<qreal>(QPointF::dotProduct(p - a, ab) / len2, 0, 1) : 0;
    const QPointF closest = a + t * ab;
    return std::hypot(p.x() - closest.x(), p.y() - closest.y());
}

qreal distanceToRoute(const QPointF &p, const std::vector<QPointF> &route)
{
    qreal best = 1e18;
    for (size_t i = 1; i < route.size(); ++i)
        best = std::min(best, distanceToSegment(p, route[i - 1], route[i]));
    return best;
}

QRectF routeBounds(const std::vector<QPointF> &route)
{
    QRectF r;
    for (const QPointF &p : route)
        r |= QRectF(p, QSizeF(0.01, 0.01));
    return r;
}

QRectF deviceRect(const QPointF &centre)
{
    return QRectF(centre - QPointF(deviceWidth / 2, deviceHeight / 2), QSizeF(deviceWidth, deviceHeight));
}

} // namespace pp::diagram
