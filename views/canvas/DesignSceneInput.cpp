// DesignScene's input: the mouse (press, drag, release, tooltips) and the
// moves of hosts and zones it turns into one undoable edit each. The items,
// selection and connections are in DesignScene.cpp.
#include "views/canvas/DesignScene.h"

#include "model/catalog/Catalog.h"
#include "model/document/DesignDocument.h"
#include "views/canvas/CanvasStyle.h"
#include "render/diagram/ReviewMarks.h"
#include "views/canvas/ConnectionLayer.h"
#include "views/canvas/ConnectionText.h"
#include "views/canvas/FirewallItem.h"
#include "views/canvas/FirewallMirror.h"
#include "views/canvas/GroupOverlay.h"
#include "views/canvas/HostItem.h"
#include "views/canvas/ZoneItem.h"

#include <QGraphicsSceneHelpEvent>
#include <QGraphicsSceneMouseEvent>
#include <QGraphicsView>
#include <QTimer>
#include <QToolTip>

#include <cmath>

namespace pp::views {

void DesignScene::hostItemMoved(HostItem *)
{
    if (!m_syncing)
        m_connections->geometryChanged();
}

void DesignScene::mousePressEvent(QGraphicsSceneMouseEvent *event)
{
    QGraphicsScene::mousePressEvent(event);
    m_dragStart.clear();
    for (QGraphicsItem *item : selectedItems())
        if (item->type() == HostItem::Type)
            m_dragStart.insert(static_cast<HostItem *>(item)->id(), item->pos());
    // A click on a connection (not on a card or zone title) selects its
    // flows; on a trunk, says what it carries.
    if (event->button() == Qt::LeftButton && !event->isAccepted()) {
        if (showsTrunks()) {
            if (const int trunk = m_connections->trunkAt(event->scenePos(), tolerance()); trunk >= 0) {
                const QStringList zones = m_connections->trunkZones(trunk);
                emit trunkActivated(zones[0], zones[1], describeTrunk(trunk, 0).section(QLatin1Char('\n'), 0, 1));
                event->accept();
            }
        } else if (const int pair = m_connections->pairAt(event->scenePos(), tolerance()); pair >= 0) {
            emit pairActivated(m_connections->key(pair));
            event->accept();
        }
    }
}

void DesignScene::mouseMoveEvent(QGraphicsSceneMouseEvent *event)
{
    QGraphicsScene::mouseMoveEvent(event);
    // The line under the mouse shows its ports, where lines are routed
    // (few enough to look up on every move).
    const bool hover = event->buttons() == Qt::NoButton && !showsTrunks()
        && m_connections->pairCount() <= ConnectionLayer::routeLimit;
    m_connections->setHoveredPair(hover && hostAt(event->scenePos()).isEmpty()
                                      ? m_connections->pairAt(event->scenePos(), tolerance())
                                      : -1);
}

void DesignScene::mouseReleaseEvent(QGraphicsSceneMouseEvent *event)
{
    QGraphicsScene::mouseReleaseEvent(event);
    QVector<HostMove> moves;
    for (auto it = m_dragStart.constBegin(); it != m_dragStart.constEnd(); ++it) {
        HostItem *item = m_hosts.value(it.key());
        const Host *host = m_document->host(it.key());
        if (!item || !host || item->pos() == it.value())
            continue;
        moves.push_back({it.key(), it.value(), item->pos(), host->zone, zoneAt(item->center())});
    }
    m_dragStart.clear();
    if (moves.isEmpty())
        return;
    for (const HostMove &m : std::as_const(moves)) {
        if (m.newZone.isEmpty()) {
            // Every host lives in a zone: put them all back.
            QHash<QString, QPointF> back;
            for (const HostMove &undo : std::as_const(moves))
                back.insert(undo.id, undo.oldPos);
            placeHostItems(back);
            emit gestureRejected(tr("Hosts must be dropped inside a zone."));
            return;
        }
    }
    emit hostsMoved(moves);
}

void DesignScene::firewallLinkDrawn(const QString &firewallId, const QPointF &scenePos)
{
    const Firewall *fw = m_document->firewall(firewallId);
    if (!fw)
        return;
    const Zone *zone = m_document->zone(zoneAt(scenePos));
    if (!zone) {
        emit gestureRejected(tr("Let go of the link inside a zone: the firewall gets an interface in that zone."));
        return;
    }
    if (const int i = fw->interfaceIn(zone->id); i >= 0) {
        emit gestureRejected(tr("%1 already has an interface in %2 (%3): edit it in Properties.")
                                 .arg(fw->name.isEmpty() ? fw->id : fw->name, zone->name.isEmpty() ? zone->id : zone->name,
                                      fw->interfaces[size_t(i)].id));
        return;
    }
    emit firewallLinkRequested(firewallId, zone->id);
}

void DesignScene::helpEvent(QGraphicsSceneHelpEvent *event)
{
    QString text;
    if (const Host *h = m_document->host(hostAt(event->scenePos())))
        text = ConnectionText(*m_connections, m_catalog).host(*h, m_chinese);
    else if (showsTrunks())
        text = describeTrunk(m_connections->trunkAt(event->scenePos(), tolerance()));
    else
        text = describePair(m_connections->key(m_connections->pairAt(event->scenePos(), tolerance())));
    if (text.isEmpty()) {
        QToolTip::hideText();
        event->ignore();
        return;
    }
    QToolTip::showText(event->screenPos(), text);
    event->accept();
}

void DesignScene::placeHostItems(const QHash<QString, QPointF> &positions, const QPointF &delta)
{
    m_syncing = true;
    for (auto it = positions.constBegin(); it != positions.constEnd(); ++it)
        if (HostItem *item = m_hosts.value(it.key()))
            item->setPos(it.value() + delta);
    m_syncing = false;
    m_connections->geometryChanged();
}

void DesignScene::beginZoneDrag(const QString &zoneId)
{
    m_zoneDragHosts.clear();
    for (const Host &h : m_document->design().hosts)
        if (h.zone == zoneId)
            m_zoneDragHosts.insert(h.id, h.pos);
}

void DesignScene::dragZoneHosts(const QString &, const QPointF &delta)
{
    placeHostItems(m_zoneDragHosts, delta);
}

void DesignScene::endZoneDrag(const QString &zoneId, const QRectF &oldRect, const QRectF &newRect)
{
    QVector<HostMove> carried;
    bool escaped = false;
    for (auto it = m_zoneDragHosts.constBegin(); it != m_zoneDragHosts.constEnd(); ++it) {
        HostItem *item = m_hosts.value(it.key());
        if (!item)
            continue;
        if (!newRect.contains(item->center()))
            escaped = true;
        if (item->pos() != it.value())
            carried.push_back({it.key(), it.value(), item->pos(), zoneId, zoneId});
    }
    if (escaped) {
        cancelZoneDrag(zoneId);
        if (ZoneItem *z = m_zones.value(zoneId))
            z->setSceneRectangle(oldRect);
        emit gestureRejected(tr("The zone would leave some of its hosts outside; move them first."));
        return;
    }
    m_zoneDragHosts.clear();
    emit zoneEdited(zoneId, oldRect, newRect, carried);
    updateSceneRect();
}

void DesignScene::cancelZoneDrag(const QString &)
{
    placeHostItems(m_zoneDragHosts);
    m_zoneDragHosts.clear();
}

} // namespace pp::views
