#include "views/canvas/ZoneItem.h"

#include "model/document/DesignDocument.h"
#include "views/canvas/CanvasStyle.h"
#include "views/canvas/DesignScene.h"

#include <QCoreApplication>
#include <QCursor>
#include <QGraphicsSceneMouseEvent>
#include <QPainter>
#include <QPainterPath>
#include <QStyleOptionGraphicsItem>

#include <algorithm>

namespace pp::views {

namespace {

QString kindLabel(ZoneKind kind)
{
    switch (kind) {
    case ZoneKind::Internal: return QCoreApplication::translate("pp::views::ZoneItem", "internal");
    case ZoneKind::Perimeter: return QCoreApplication::translate("pp::views::ZoneItem", "perimeter");
    case ZoneKind::Internet: return QCoreApplication::translate("pp::views::ZoneItem", "internet");
    case ZoneKind::Cloud: return QCoreApplication::translate("pp::views::ZoneItem", "cloud");
    case ZoneKind::Branch: return QCoreApplication::translate("pp::views::ZoneItem", "branch");
    case ZoneKind::Transit: return QCoreApplication::translate("pp::views::ZoneItem", "transit");
    }
    return {};
}

} // namespace

ZoneItem::ZoneItem(DesignScene *scene, const QString &id)
    : m_scene(scene)
    , m_id(id)
{
    setFlag(ItemIsSelectable);
    setAcceptHoverEvents(true);
    setZValue(0);
}

QRectF ZoneItem::boundingRect() const
{
    return QRectF(QPointF(-2, -2), m_size + QSizeF(4, 4));
}

void ZoneItem::setSceneRectangle(const QRectF &r)
{
    prepareGeometryChange();
    setPos(r.topLeft());
    m_size = r.size();
}

void ZoneItem::setTinted(bool tinted)
{
    if (m_tinted == tinted)
        return;
    m_tinted = tinted;
    update();
}

QRectF ZoneItem::gripRect() const
{
    return QRectF(m_size.width() - style::resizeGrip, m_size.height() - style::resizeGrip, style::resizeGrip,
                  style::resizeGrip);
}

QFont ZoneItem::titleFont(const QFont &base, qreal lod)
{
    // Scene pixels, growing a little as the view zooms out so that a whole
    // design at fit-to-view still shows which zone is which.
    QFont font = base;
    font.setBold(true);
    font.setPixelSize(qRound(std::clamp<qreal>(10.5 / std::max<qreal>(lod, 0.01), 17, 30)));
    return font;
}

QRectF ZoneItem::titleTextRect(const Zone &zone, const QFont &base, qreal lod)
{
    // As paint() lays it out: 12 px in, at most 65% of the band, elided.
    const QFontMetricsF fm(titleFont(base, lod));
    const qreal room = (zone.rect.width() - 24) * 0.65;
    const qreal width = std::min(fm.horizontalAdvance(zone.name.isEmpty() ? zone.id : zone.name), room);
    return QRectF(zone.rect.left() + 12, zone.rect.top(), std::max<qreal>(0, width), style::zoneTitleHeight);
}

QRectF ZoneItem::titleRect() const
{
    return QRectF(0, 0, m_size.width(), style::zoneTitleHeight);
}

void ZoneItem::paint(QPainter *painter, const QStyleOptionGraphicsItem *option, QWidget *)
{
    const Zone *zone = m_scene->document()->zone(m_id);
    if (!zone)
        return;
    const style::ZoneColors colors = style::zoneColors(zone->kind);
    const QRectF r(QPointF(0, 0), m_size);
    const qreal lod = option->levelOfDetailFromTransform(painter->worldTransform());

    QColor fill = colors.fill;
    if (m_tinted)
        fill = QColor(0xff, 0xf3, 0xbf);
    painter->setPen(QPen(isSelected() ? style::selectionColor() : colors.border, isSelected() ? 3 : 1.5));
    painter->setBrush(fill);
    painter->drawRoundedRect(r, 6, 6);
    if (lod < 0.08)
        return;

    QColor titleFill = colors.border;
    titleFill.setAlpha(40);
    QPainterPath outline;
    outline.addRoundedRect(r, 6, 6);
    QPainterPath band;
    band.addRect(titleRect());
    painter->setPen(Qt::NoPen);
    painter->setBrush(titleFill);
    painter->drawPath(outline.intersected(band)); // rounded at the top only

    QFont font = titleFont(painter->font(), lod);
    painter->setFont(font);
    painter->setPen(colors.title);
    const QString title = zone->name.isEmpty() ? zone->id : zone->name;
    const QString detail = kindLabel(zone->kind) + (zone->subnets.isEmpty() ? QString() : QStringLiteral("  ·  ")
                                                                                                + zone->subnets.join(QStringLiteral(", ")));
    const QRectF text = titleRect().adjusted(12, 0, -12, 0);
    const QFontMetricsF fm(font);
    const QString elided = fm.elidedText(title, Qt::ElideRight, text.width() * 0.65);
    painter->drawText(text, Qt::AlignVCenter | Qt::AlignLeft, elided);
    font.setBold(false);
    font.setPixelSize(13);
    painter->setFont(font);
    painter->setPen(colors.title.lighter(125));
    const QFontMetricsF small(font);
    const qreal used = fm.horizontalAdvance(elided) + 14;
    if (lod >= 0.4)
        painter->drawText(text.adjusted(used, 0, 0, 0), Qt::AlignVCenter | Qt::AlignLeft,
                          small.elidedText(detail, Qt::ElideRight, std::max<qreal>(0, text.width() - used)));

    // Resize grip.
    painter->setPen(QPen(colors.border, 1.2));
    const QRectF g = gripRect();
    for (int i = 1; i <= 3; ++i)
        painter->drawLine(QPointF(g.right() - i * 4, g.bottom() - 2), QPointF(g.right() - 2, g.bottom() - i * 4));
}

void ZoneItem::hoverMoveEvent(QGraphicsSceneHoverEvent *event)
{
    if (gripRect().contains(event->pos()))
        setCursor(Qt::SizeFDiagCursor);
    else if (titleRect().contains(event->pos()))
        setCursor(Qt::SizeAllCursor);
    else
        unsetCursor();
    QGraphicsItem::hoverMoveEvent(event);
}

void ZoneItem::mousePressEvent(QGraphicsSceneMouseEvent *event)
{
    if (event->button() != Qt::LeftButton) {
        event->ignore();
        return;
    }
    if (gripRect().contains(event->pos()))
        m_drag = Drag::Resize;
    else if (titleRect().contains(event->pos()))
        m_drag = Drag::Move;
    else {
        // The zone body belongs to rubber-band selection and to drops.
        event->ignore();
        return;
    }
    if (!(event->modifiers() & Qt::ControlModifier) && !isSelected()) {
        scene()->clearSelection();
        setSelected(true);
    }
    m_pressScene = event->scenePos();
    m_startRect = sceneRectangle();
    m_scene->beginZoneDrag(m_id);
    event->accept();
}

void ZoneItem::mouseMoveEvent(QGraphicsSceneMouseEvent *event)
{
    const QPointF delta = m_scene->snapped(event->scenePos() - m_pressScene);
    if (m_drag == Drag::Move) {
        setSceneRectangle(QRectF(m_startRect.topLeft() + delta, m_startRect.size()));
        m_scene->dragZoneHosts(m_id, delta);
    } else if (m_drag == Drag::Resize) {
        const QSizeF size(std::max<qreal>(220, m_startRect.width() + delta.x()),
                          std::max<qreal>(style::zoneTitleHeight + style::hostHeight + 20, m_startRect.height() + delta.y()));
        setSceneRectangle(QRectF(m_startRect.topLeft(), size));
    }
}

void ZoneItem::mouseReleaseEvent(QGraphicsSceneMouseEvent *)
{
    if (m_drag != Drag::None && sceneRectangle() != m_startRect)
        m_scene->endZoneDrag(m_id, m_startRect, sceneRectangle());
    else
        m_scene->cancelZoneDrag(m_id);
    m_drag = Drag::None;
}

} // namespace pp::views
