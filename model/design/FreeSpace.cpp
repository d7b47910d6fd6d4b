#include "model/design/FreeSpace.h"

#include "model/design/CardGeometry.h"

#include <QLineF>

#include <algorithm>
#include <cmath>
#include <cstdlib>
#include <vector>

namespace pp::freespace {

namespace {

bool collides(const QRectF &rect, const std::vector<QRectF> &taken, qreal gap)
{
    const QRectF padded = rect.adjusted(-gap, -gap, gap, gap);
    for (const QRectF &t : taken)
        if (padded.intersects(t))
            return true;
    return false;
}

qreal snap(qreal v)
{
    return std::round(v / 10) * 10;
}

/// Up to the grid: a spot found `gap` away from a zone stays that far.
qreal snapUp(qreal v)
{
    return std::ceil(v / 10) * 10;
}

} // namespace

QRectF zoneRect(const Design &design, const QSizeF &size, const QPointF &preferredCenter, qreal gap)
{
    std::vector<QRectF> taken;
    for (const Zone &z : design.zones)
        taken.push_back(z.rect);
    const QPointF centred(snap(preferredCenter.x() - size.width() / 2), snap(preferredCenter.y() - size.height() / 2));
    // Candidates: the view's middle, and beside or below every zone (one
    // of those is always free: right of the rightmost zone).
    std::vector<QPointF> candidates{centred};
    // (snapUp keeps them off the zone they were measured from.)
    for (const QRectF &t : taken) {
        candidates.emplace_back(t.right() + gap, t.top());
        candidates.emplace_back(t.left(), t.bottom() + gap);
        candidates.emplace_back(t.right() + gap, t.bottom() + gap);
    }
    QRectF best;
    qreal bestDistance = -1;
    for (const QPointF &corner : candidates) {
        const QRectF rect(QPointF(snapUp(corner.x()), snapUp(corner.y())), size);
        if (collides(rect, taken, gap - 1))
            continue;
        const qreal distance = QLineF(rect.center(), preferredCenter).length();
        if (bestDistance < 0 || distance < bestDistance) {
            best = rect;
            bestDistance = distance;
        }
    }
    return best;
}

std::optional<QPointF> hostPosition(const Design &design, const Zone &zone, qreal gap)
{
    std::vector<QRectF> taken;
    for (const Host &h : design.hosts)
        if (h.zone == zone.id)
            taken.emplace_back(h.pos, QSizeF(geometry::hostWidth, geometry::hostHeight));
    const QRectF inside = zone.rect.adjusted(gap, geometry::zoneTitleHeight + gap, -gap, -gap);
    const qreal stepX = geometry::hostWidth + gap;
    const qreal stepY = geometry::hostHeight + gap;
    // Whole grid cells first (a tidy layout), then any free spot on a finer
    // grid between cards that were dragged off it.
    for (const auto &[dx, dy] : {std::pair{stepX, stepY}, std::pair{qreal(10), qreal(10)}})
        for (qreal y = inside.top(); y + geometry::hostHeight <= inside.bottom(); y += dy)
            for (qreal x = inside.left(); x + geometry::hostWidth <= inside.right(); x += dx) {
                const QRectF card(QPointF(x, y), QSizeF(geometry::hostWidth, geometry::hostHeight));
                if (!collides(card, taken, gap / 2))
                    return QPointF(x, y);
            }
    return std::nullopt;
}

QPointF devicePosition(const Design &design, const QSizeF &size, const QPointF &preferredCenter, qreal gap)
{
    std::vector<QRectF> taken;
    for (const Zone &z : design.zones)
        taken.push_back(z.rect);
    for (const Firewall &f : design.firewalls)
        taken.emplace_back(f.pos - QPointF(size.width() / 2, size.height() / 2), size);
    const auto freeAt = [&](const QPointF &centre) {
        return !collides(QRectF(centre - QPointF(size.width() / 2, size.height() / 2), size), taken, gap);
    };
    const QPointF start(snap(preferredCenter.x()), snap(preferredCenter.y()));
    // Rings of grid points around the preferred centre, nearest first: the
    // gaps between zones are usually a few grid steps wide.
    const qreal step = 10;
    const int rings = 60;
    for (int ring = 0; ring <= rings; ++ring) {
        std::optional<QPointF> best;
        qreal bestDistance = 0;
        for (int dx = -ring; dx <= ring; ++dx)
            for (int dy = -ring; dy <= ring; ++dy) {
                if (std::max(std::abs(dx), std::abs(dy)) != ring)
                    continue;
                const QPointF p = start + QPointF(dx * step, dy * step);
                const qreal distance = QLineF(p, preferredCenter).length();
                if (freeAt(p) && (!best || distance < bestDistance)) {
                    best = p;
                    bestDistance = distance;
                }
            }
        if (best)
            return *best;
    }
    // No room near it: right of everything, level with the preferred centre.
    qreal right = preferredCenter.x();
    for (const QRectF &t : taken)
        right = std::max(right, t.right());
    QPointF beside(snapUp(right + gap + size.width() / 2), start.y());
    while (!freeAt(beside))
        beside.ry() += snapUp(size.height() + gap);
    return beside;
}

bool overlap(const Zone &a, const Zone &b)
{
    const QRectF shared = a.rect.intersected(b.rect);
    return shared.width() > 0 && shared.height() > 0;
}

} // namespace pp::freespace
