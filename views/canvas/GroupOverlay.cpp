#include "views/canvas/GroupOverlay.h"

#include "model/catalog/Catalog.h"
#include "model/design/Design.h"
#include "views/canvas/CanvasStyle.h"

#include <QCoreApplication>

#include <QPainter>
#include <QtMath>

namespace pp::views {

GroupOverlay::GroupOverlay()
{
    setZValue(3);
    setAcceptedMouseButtons(Qt::NoButton);
}

std::vector<FallbackArrow> GroupOverlay::arrowsOf(const Design &d, const Catalog &catalog, const QString &groupId,
                                                  const std::function<QRectF(const QString &)> &zoneRect)
{
    auto tr = [](const char *text) { return QCoreApplication::translate("pp::views::GroupOverlay", text); };
    std::vector<FallbackArrow> arrows;
    const BoundaryGroup *group = d.boundaryGroup(groupId);
    if (!group)
        return arrows;
    for (const BoundaryFallback &f : group->fallback) {
        const BoundaryGroup *to = d.boundaryGroup(f.to);
        if (!to)
            continue;
        QStringList roles;
        for (const QString &r : f.roles)
            roles << (catalog.role(r) ? catalog.role(r)->name.section(QLatin1Char(' '), 0, 1) : r);
        const QString when = f.never ? tr("never") : tr("after %1 min").arg(f.minutes.value_or(0));
        const QString label = (roles.isEmpty() ? tr("all roles") : roles.join(QStringLiteral(", "))) + QStringLiteral(" · ") + when;
        // Zone boundaries give the arrow its ends; a subnet-only group has none to draw.
        for (const QString &fromZone : group->zones)
            for (const QString &toZone : to->zones) {
                const QRectF a = zoneRect(fromZone), b = zoneRect(toZone);
                if (!a.isNull() && !b.isNull() && fromZone != toZone)
                    arrows.push_back({a, b, label, f.never});
            }
    }
    return arrows;
}

void GroupOverlay::setArrows(std::vector<FallbackArrow> arrows)
{
    prepareGeometryChange();
    m_arrows = std::move(arrows);
    m_bounds = QRectF();
    for (const FallbackArrow &a : m_arrows)
        m_bounds |= a.from | a.to;
    update();
}

void GroupOverlay::paint(QPainter *painter, const QStyleOptionGraphicsItem *, QWidget *)
{
    painter->setRenderHint(QPainter::Antialiasing);
    for (const FallbackArrow &a : m_arrows) {
        const QPointF p = a.from.center();
        const QPointF q = a.to.center();
        const QColor color = a.never ? QColor(0x99, 0x99, 0x99) : style::fallbackColor();
        painter->setPen(QPen(color, 5, a.never ? Qt::DotLine : Qt::DashLine, Qt::RoundCap));
        painter->drawLine(p, q);
        // Arrow head at the neighbour's end.
        const qreal angle = std::atan2(q.y() - p.y(), q.x() - p.x());
        const QPointF tip = q - QPointF(std::cos(angle), std::sin(angle)) * 30;
        QPolygonF head;
        head << tip << tip - QPointF(std::cos(angle - 0.4), std::sin(angle - 0.4)) * 28
             << tip - QPointF(std::cos(angle + 0.4), std::sin(angle + 0.4)) * 28;
        painter->setPen(Qt::NoPen);
        painter->setBrush(color);
        painter->drawPolygon(head);
        QFont f = painter->font();
        f.setPointSizeF(11);
        f.setBold(true);
        painter->setFont(f);
        const QPointF mid = (p + q) / 2;
        const QRectF box(mid.x() - 140, mid.y() - 14, 280, 28);
        painter->setBrush(QColor(255, 255, 255, 220));
        painter->setPen(QPen(color, 1));
        painter->drawRoundedRect(box, 6, 6);
        painter->setPen(color.darker(130));
        painter->drawText(box, Qt::AlignCenter, a.label);
    }
}

} // namespace pp::views
