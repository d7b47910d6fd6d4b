#include "model/design/FreeSpace.h"

#include "model/design/CardGeometry.h"

#include <QLineF>

#include <cmath>
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

bool overlap(const Zone &a, const Zone &b)
{
    const QRectF shared = a.rect.intersected(b.rect);
    return shared.width() > 0 && shared.height() > 0;
}

} // namespace pp::freespace
