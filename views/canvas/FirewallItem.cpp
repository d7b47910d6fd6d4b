#include "views/canvas/FirewallItem.h"

#include "model/document/DesignDocument.h"
#include "render/diagram/DiagramShapes.h"
#include "render/diagram/DiagramStyle.h"
#include "views/canvas/DesignScene.h"
#include "views/canvas/ZoneItem.h"

#include <QGraphicsSceneContextMenuEvent>
#include <QGraphicsLineItem>
#include <QGraphicsSceneHoverEvent>
#include <QGraphicsSceneMouseEvent>
#include <QKeyEvent>
#include <QMenu>
#include <QPainter>
#include <QStyleOptionGraphicsItem>

#include <algorithm>

namespace pp::views {

namespace {
constexpr qreal captionMaxSize = 28;  ///< px: the zones' titles reach 30
constexpr qreal captionSideRoom = 60; ///< px the caption may reach past the symbol on each side
} // namespace

namespace {

/// The point of `zone` nearest to `centre` on its border: where the link
/// from a device to the zone it sits in meets it.
QPointF nearestBorderPoint(const QRectF &zone, const QPointF &centre)
{
    const QPointF clamped(std::clamp(centre.x(), zone.left(), zone.right()),
                          std::clamp(centre.y(), zone.top(), zone.bottom()));
    if (clamped != centre)
        return clamped;
    // Inside the zone: the nearest side.
    const qreal left = centre.x() - zone.left(), right = zone.right() - centre.x();
    const qreal top = centre.y() - zone.top(), bottom = zone.bottom() - centre.y();
    const qreal nearest = std::min({left, right, top, bottom});
    if (nearest == left)
        return {zone.left(), centre.y()};
    if (nearest == right)
        return {zone.right(), centre.y()};
    if (nearest == top)
        return {centre.x(), zone.top()};
    return {centre.x(), zone.bottom()};
}

} // namespace

FirewallItem::FirewallItem(DesignScene *scene, const QString &id)
    : m_scene(scene)
    , m_id(id)
{
    // Focusable so that Escape reaches it while a link is being drawn.
    setFlags(ItemIsMovable | ItemIsSelectable | ItemIsFocusable);
    setAcceptHoverEvents(true);
    setZValue(4); // above the connections, so a device stays in reach
    sync();
}

void FirewallItem::sync()
{
    const Firewall *f = m_scene->document()->firewall(m_id);
    if (!f)
        return;
    prepareGeometryChange();
    setPos(f->pos);
    m_title = f->name.isEmpty() ? f->id : f->name;
    m_platform = platformName(f->platform);
    m_links.clear();
    const QRectF device = diagram::deviceRect({});
    // Every place the caption may take, at its largest (captionRect()).
    const qreal caption = captionMaxSize * 1.3 + captionMaxSize * 0.85 * 1.2 + 4;
    const qreal side = device.width() + 2 * captionSideRoom + 6;
    m_bounds = device.adjusted(-side, -caption, side, caption);
    for (const FirewallInterface &i : f->interfaces) {
        const Zone *zone = m_scene->document()->zone(i.zone);
        const QPointF end = zone ? nearestBorderPoint(zone->rect, f->pos) - f->pos : QPointF();
        m_links.push_back(end);
        m_bounds |= QRectF(end, QSizeF(1, 1)).adjusted(-4, -4, 4, 4);
    }
    QStringList tip{QStringLiteral("%1 (%2)").arg(m_title, m_platform)};
    if (!f->management.isEmpty())
        tip << f->management;
    for (const FirewallInterface &i : f->interfaces)
        tip << QStringLiteral("%1 → %2").arg(i.id, i.ruleName());
    setToolTip(tip.join(QLatin1Char('\n')));
    update();
}

void FirewallItem::setLit(bool on, const QSet<int> &interfaces)
{
    if (m_lit == on && m_litInterfaces == interfaces)
        return;
    m_lit = on;
    m_litInterfaces = on ? interfaces : QSet<int>();
    update();
}

QPointF FirewallItem::linkEnd(int interface) const
{
    return interface >= 0 && size_t(interface) < m_links.size() ? mapToScene(m_links[size_t(interface)]) : pos();
}

QRectF FirewallItem::boundingRect() const
{
    return m_bounds;
}

QPainterPath FirewallItem::shape() const
{
    // Only the symbol and its caption take the mouse, not the links.
    QPainterPath path;
    path.addRect(diagram::deviceRect({}).adjusted(-4, -4, 4, 30));
    path.addEllipse(handleRect());
    return path;
}

void FirewallItem::paint(QPainter *painter, const QStyleOptionGraphicsItem *option, QWidget *)
{
    const qreal lod = option->levelOfDetailFromTransform(painter->worldTransform());
    painter->setRenderHint(QPainter::Antialiasing);
    paintLinks(painter, lod);
    paintDevice(painter, lod);
    if (m_hovered || isSelected() || isLinking())
        paintHandle(painter);
}

QRectF FirewallItem::handleRect()
{
    const QRectF r = diagram::deviceRect({});
    constexpr qreal radius = 8;
    return QRectF(r.right() + 4, -radius, 2 * radius, 2 * radius);
}

void FirewallItem::paintHandle(QPainter *painter) const
{
    // A port with a plus: "draw a link from here".
    const QRectF h = handleRect();
    painter->setPen(QPen(diagram::pathColor(), 2));
    painter->setBrush(Qt::white);
    painter->drawEllipse(h);
    const QPointF c = h.center();
    painter->drawLine(c - QPointF(4, 0), c + QPointF(4, 0));
    painter->drawLine(c - QPointF(0, 4), c + QPointF(0, 4));
}

void FirewallItem::paintLinks(QPainter *painter, qreal lod) const
{
    const qreal px = 1.0 / std::max<qreal>(lod, 0.01);
    for (size_t i = 0; i < m_links.size(); ++i) {
        const bool lit = m_litInterfaces.contains(int(i));
        QPen pen(lit ? diagram::pathColor() : QColor(0x6c, 0x75, 0x7d), lit ? std::max(5.0, 4 * px) : std::max(1.5, 1.2 * px));
        if (!lit)
            pen.setDashPattern({4, 3});
        painter->setPen(pen);
        painter->drawLine(QPointF(), m_links[i]);
        painter->setBrush(pen.color());
        painter->drawEllipse(m_links[i], 4, 4); // the interface, on the zone's border
    }
}

void FirewallItem::paintDevice(QPainter *painter, qreal lod) const
{
    const QRectF r = diagram::deviceRect({});
    const QColor outline = isSelected() ? diagram::selectionColor() : m_lit ? diagram::pathColor() : QColor(0x7a, 0x1f, 0x12);
    painter->setPen(QPen(outline, isSelected() || m_lit ? 4 : 2));
    painter->setBrush(QColor(0xc0, 0x39, 0x2b));
    painter->drawRoundedRect(r, 4, 4);
    // Brick courses: the usual firewall symbol.
    painter->setPen(QPen(QColor(0xf5, 0xd0, 0xc5), 1.5));
    const int rows = 3;
    const qreal h = r.height() / rows;
    for (int row = 1; row < rows; ++row)
        painter->drawLine(QPointF(r.left() + 3, r.top() + row * h), QPointF(r.right() - 3, r.top() + row * h));
    for (int row = 0; row < rows; ++row)
        for (qreal x = r.left() + (row % 2 ? r.width() / 4 : r.width() / 2); x < r.right() - 2; x += r.width() / 2)
            painter->drawLine(QPointF(x, r.top() + row * h + 2), QPointF(x, r.top() + (row + 1) * h - 2));
    paintCaption(painter, lod);
}

namespace {

/// The caption's pixel size: readable as the view zooms out (about 10 px on
/// screen, like the cards), but no larger than the zones' titles get.
qreal captionSize(qreal lod)
{
    return std::clamp<qreal>(10 / std::max<qreal>(lod, 0.01), 12, captionMaxSize);
}

} // namespace

QRectF FirewallItem::captionRect(qreal size, qreal lod, Qt::Alignment *align) const
{
    const QRectF r = diagram::deviceRect({});
    const qreal height = size * 1.3 + size * 0.85 * 1.2; // name and platform
    const qreal width = r.width() + 2 * captionSideRoom;
    const std::pair<QRectF, Qt::Alignment> places[] = {
        {QRectF(r.center().x() - width / 2, r.bottom() + 2, width, height), Qt::AlignHCenter},
        {QRectF(r.center().x() - width / 2, r.top() - 2 - height, width, height), Qt::AlignHCenter},
        {QRectF(r.right() + 6, r.center().y() - height / 2, width, height), Qt::AlignLeft},
        {QRectF(r.left() - 6 - width, r.center().y() - height / 2, width, height), Qt::AlignRight},
    };
    std::vector<QRectF> titles;
    const QFont base = m_scene->font();
    for (const Zone &z : m_scene->document()->design().zones)
        titles.push_back(ZoneItem::titleTextRect(z, base, lod).translated(-pos()));
    for (const auto &[place, alignment] : places) {
        // Only the text's own width counts: a short name leaves room beside it.
        QFont font = base;
        font.setPixelSize(int(size));
        font.setBold(true);
        const qreal used = std::min(place.width(), QFontMetricsF(font).horizontalAdvance(m_title));
        QRectF text = place;
        if (alignment == Qt::AlignHCenter)
            text = QRectF(place.center().x() - used / 2, place.top(), used, place.height());
        else if (alignment == Qt::AlignLeft)
            text.setWidth(used);
        else
            text.setLeft(place.right() - used);
        if (std::none_of(titles.begin(), titles.end(), [&](const QRectF &t) { return t.intersects(text); })) {
            *align = alignment;
            return place;
        }
    }
    *align = Qt::AlignHCenter;
    return places[0].first;
}

void FirewallItem::paintCaption(QPainter *painter, qreal lod) const
{
    const qreal size = captionSize(lod);
    Qt::Alignment align;
    const QRectF caption = captionRect(size, lod, &align);
    QFont font = painter->font();
    font.setPixelSize(int(size));
    font.setBold(true);
    painter->setFont(font);
    painter->setPen(QColor(0x21, 0x25, 0x29));
    const QRectF name(caption.topLeft(), QSizeF(caption.width(), size * 1.3));
    painter->drawText(name, align | Qt::AlignTop,
                      painter->fontMetrics().elidedText(m_title, Qt::ElideRight, int(caption.width())));
    if (lod * size < 14 || lod > 0.6) {
        font.setBold(false);
        font.setPixelSize(int(size * 0.85));
        painter->setFont(font);
        painter->setPen(QColor(0x6c, 0x75, 0x7d));
        painter->drawText(name.translated(0, size * 1.2), align | Qt::AlignTop, m_platform);
    }
}

void FirewallItem::mousePressEvent(QGraphicsSceneMouseEvent *event)
{
    if (event->button() == Qt::LeftButton
        && (handleRect().contains(event->pos()) || (event->modifiers() & Qt::ShiftModifier))) {
        drawRubber(event->scenePos()); // a link, not a move
        event->accept();
        return;
    }
    m_pressPos = pos();
    QGraphicsItem::mousePressEvent(event);
}

void FirewallItem::mouseMoveEvent(QGraphicsSceneMouseEvent *event)
{
    if (isLinking()) {
        drawRubber(event->scenePos());
        return;
    }
    QGraphicsItem::mouseMoveEvent(event);
}

void FirewallItem::mouseReleaseEvent(QGraphicsSceneMouseEvent *event)
{
    if (isLinking()) {
        endLinking();
        // Let go on the device itself: a click on the handle, no link.
        if (!shape().contains(event->pos()))
            m_scene->firewallLinkDrawn(m_id, event->scenePos());
        return;
    }
    QGraphicsItem::mouseReleaseEvent(event);
    if (pos() != m_pressPos)
        m_scene->firewallItemMoved(this, m_pressPos);
}

void FirewallItem::drawRubber(const QPointF &scenePos)
{
    if (!m_rubber) {
        // A child: it goes with the device, whatever happens mid-gesture.
        m_rubber = new QGraphicsLineItem(this);
        m_rubber->setAcceptedMouseButtons(Qt::NoButton);
        setFocus(Qt::MouseFocusReason); // Escape cancels the link
        update();
    }
    const bool onZone = !m_scene->zoneAt(scenePos).isEmpty();
    QPen pen(onZone ? diagram::pathColor() : QColor(0x6c, 0x75, 0x7d), 2);
    pen.setCosmetic(true);
    pen.setDashPattern({4, 3});
    m_rubber->setPen(pen);
    m_rubber->setLine(QLineF(handleRect().center(), mapFromScene(scenePos)));
}

void FirewallItem::endLinking()
{
    delete m_rubber;
    m_rubber = nullptr;
    update();
}

void FirewallItem::keyPressEvent(QKeyEvent *event)
{
    if (event->key() == Qt::Key_Escape && isLinking()) {
        // Changed one's mind mid-link: no line, and letting go adds nothing.
        endLinking();
        ungrabMouse();
        event->accept();
        return;
    }
    QGraphicsItem::keyPressEvent(event);
}

bool FirewallItem::sceneEvent(QEvent *event)
{
    // The grab lost mid-link (a popup, another item): no link, no line left over.
    if (event->type() == QEvent::UngrabMouse && isLinking())
        endLinking();
    return QGraphicsItem::sceneEvent(event);
}

void FirewallItem::hoverEnterEvent(QGraphicsSceneHoverEvent *event)
{
    m_hovered = true;
    update();
    QGraphicsItem::hoverEnterEvent(event);
}

void FirewallItem::hoverMoveEvent(QGraphicsSceneHoverEvent *event)
{
    if (handleRect().contains(event->pos()))
        setCursor(Qt::CrossCursor);
    else
        unsetCursor();
    QGraphicsItem::hoverMoveEvent(event);
}

void FirewallItem::hoverLeaveEvent(QGraphicsSceneHoverEvent *event)
{
    m_hovered = false;
    unsetCursor();
    update();
    QGraphicsItem::hoverLeaveEvent(event);
}

void FirewallItem::contextMenuEvent(QGraphicsSceneContextMenuEvent *event)
{
    const Firewall *f = m_scene->document()->firewall(m_id);
    if (!f)
        return;
    QMenu menu;
    QMenu *link = menu.addMenu(DesignScene::tr("Link to Zone"));
    QMenu *unlink = menu.addMenu(DesignScene::tr("Unlink"));
    for (const Zone &z : m_scene->document()->design().zones)
        if (f->interfaceIn(z.id) < 0)
            link->addAction(z.name.isEmpty() ? z.id : z.name, [this, id = z.id] { emit m_scene->firewallLinkRequested(m_id, id); });
    for (const FirewallInterface &i : f->interfaces)
        unlink->addAction(QStringLiteral("%1 (%2)").arg(i.id, i.ruleName()),
                          [this, id = i.id] { emit m_scene->firewallUnlinkRequested(m_id, id); });
    link->setEnabled(!link->isEmpty());
    unlink->setEnabled(!unlink->isEmpty());
    menu.exec(event->screenPos());
    event->accept();
}

} // namespace pp::views
