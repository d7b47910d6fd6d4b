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

QPointF midpoint(const std::vector<QPointF> &route)
{
    if (route.empty())
        return {};
    qreal total = 0;
    for (size_t i = 1; i < route.size(); ++i)
        total += QLineF(route[i - 1], route[i]).length();
    qreal left = total / 2;
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
