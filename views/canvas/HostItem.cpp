#include "views/canvas/HostItem.h"

#include "model/Catalog.h"
#include "model/DesignDocument.h"
#include "views/RoleIcons.h"
#include "views/canvas/CanvasStyle.h"
#include "views/canvas/DesignScene.h"

#include <QLocale>
#include <QPainter>
#include <QStyleOptionGraphicsItem>

namespace pp::views {

HostItem::HostItem(DesignScene *scene, const QString &id)
    : m_scene(scene)
    , m_id(id)
{
    setFlags(ItemIsMovable | ItemIsSelectable | ItemSendsGeometryChanges);
    setZValue(2);
}

QRectF HostItem::boundingRect() const
{
    return QRectF(-3, -3, style::hostWidth + 6, style::hostHeight + 6);
}

QPointF HostItem::center() const
{
    return pos() + QPointF(style::hostWidth / 2, style::hostHeight / 2);
}

void HostItem::setHighlighted(bool on)
{
    if (m_highlighted == on)
        return;
    m_highlighted = on;
    update();
}

QVariant HostItem::itemChange(GraphicsItemChange change, const QVariant &value)
{
    // Positions coming from the document are taken as they are; only the
    // user's drags snap.
    if (change == ItemPositionChange && m_scene->gridSnap() && !m_scene->isSyncing())
        return m_scene->snapped(value.toPointF());
    if (change == ItemPositionHasChanged)
        m_scene->hostItemMoved(this);
    return QGraphicsItem::itemChange(change, value);
}

void HostItem::paint(QPainter *painter, const QStyleOptionGraphicsItem *option, QWidget *)
{
    const Host *host = m_scene->document()->host(m_id);
    if (!host)
        return;
    const QRectF card(0, 0, style::hostWidth, style::hostHeight);
    const qreal lod = option->levelOfDetailFromTransform(painter->worldTransform());
    const QColor border = isSelected() ? style::selectionColor() : m_highlighted ? style::highlightColor()
                                                                                : QColor(0x55, 0x5d, 0x66);
    painter->setPen(QPen(border, isSelected() || m_highlighted ? 3 : 1));
    painter->setBrush(Qt::white);
    if (lod < 0.25) {
        // Far away: a plain block is all the eye can tell apart.
        painter->drawRect(card);
        return;
    }
    painter->drawRoundedRect(card, 5, 5);

    const int icon = 22;
    qreal x = 8;
    const qreal dpr = painter->device() ? painter->device()->devicePixelRatioF() : 1.0;
    // Quantised so zooming does not fill the pixmap cache with every size.
    const qreal scale = lod * dpr <= 1.0 ? 1.0 : lod * dpr <= 2.0 ? 2.0 : 4.0;
    for (const QString &role : host->roles) {
        if (x + icon > style::hostWidth - 8) {
            painter->setPen(QColor(0x55, 0x5d, 0x66));
            painter->drawText(QRectF(x, 6, 20, icon), Qt::AlignVCenter, QStringLiteral("…"));
            break;
        }
        painter->drawPixmap(QRectF(x, 6, icon, icon), RoleIcons::pixmap(role, icon, scale),
                            QRectF());
        x += icon + 3;
    }
    if (host->roles.isEmpty()) {
        painter->setPen(QColor(0x99, 0x99, 0x99));
        painter->drawText(QRectF(8, 6, 180, icon), Qt::AlignVCenter, QObject::tr("no roles"));
    }

    QFont font = painter->font();
    font.setPointSizeF(9.5);
    font.setBold(true);
    painter->setFont(font);
    painter->setPen(QColor(0x21, 0x25, 0x29));
    const QFontMetricsF fm(font);
    const QString name = host->name.isEmpty() ? host->id : host->name;
    painter->drawText(QRectF(8, 32, style::hostWidth - 16, 18), Qt::AlignVCenter | Qt::AlignLeft,
                      fm.elidedText(name, Qt::ElideMiddle, style::hostWidth - 16));

    font.setBold(false);
    font.setPointSizeF(8);
    painter->setFont(font);
    painter->setPen(QColor(0x5f, 0x67, 0x70));
    QStringList detail;
    if (!host->site.isEmpty())
        detail << host->site;
    if (host->machineCount() > 1)
        detail << QStringLiteral("×") + QLocale().toString(host->machineCount());
    if (!host->addresses.isEmpty())
        detail << host->addresses.constFirst() + (host->addresses.size() > 1 ? QStringLiteral(" …") : QString());
    const QFontMetricsF small(font);
    painter->drawText(QRectF(8, 50, style::hostWidth - 16, 16), Qt::AlignVCenter | Qt::AlignLeft,
                      small.elidedText(detail.join(QStringLiteral("  ·  ")), Qt::ElideRight, style::hostWidth - 16));
}

} // namespace pp::views
