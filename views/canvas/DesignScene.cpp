#include "views/canvas/DesignScene.h"

#include "model/catalog/Catalog.h"
#include "model/audit/PolicyAudit.h"
#include "model/document/DesignDocument.h"
#include "model/engine/FlowText.h"
#include "model/review/ReviewSheet.h"
#include "render/diagram/VerificationMarks.h"
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

DesignScene::DesignScene(const DesignDocument *document, const Catalog &catalog, QObject *parent)
    : QGraphicsScene(parent)
    , m_document(document)
    , m_catalog(catalog)
{
    setItemIndexMethod(BspTreeIndex);
    m_connections = new ConnectionLayer(this);
    addItem(m_connections);
    m_groupOverlay = new GroupOverlay;
    addItem(m_groupOverlay);
    connect(document, &DesignDocument::changed, this, [this] { showBoundaryGroup(m_shownGroup); });
    connect(document, &DesignDocument::designReset, this, &DesignScene::rebuild);
    connect(document, &DesignDocument::hostAdded, this, [this](const QString &id) {
        addHostItem(id);
        // Undone before the engine caught up with the deletion: the lines
        // drawn still have this host and take it up again (many hosts at
        // once, one rebuild). A host the analysis drawn does not have gets
        // its lines with the next analysis.
        if (m_connections->knowsHost(id))
            scheduleConnections();
    });
    connect(document, &DesignDocument::hostRemoved, this, &DesignScene::removeHostItem);
    connect(document, &DesignDocument::hostChanged, this, &DesignScene::syncHost);
    connect(document, &DesignDocument::zoneAdded, this, &DesignScene::addZoneItem);
    connect(document, &DesignDocument::zoneRemoved, this, &DesignScene::removeZoneItem);
    connect(document, &DesignDocument::zoneChanged, this, &DesignScene::syncZone);
    connect(document, &DesignDocument::zoneRenamed, this, [this](const QString &from, const QString &to) {
        // The same item under its new id: it stays selected, as it was.
        if (ZoneItem *item = m_zones.take(from)) {
            item->setId(to);
            m_zones.insert(to, item);
        }
    });
    connect(document, &DesignDocument::reviewsChanged, this, &DesignScene::scheduleConnections);
    connect(document, &DesignDocument::verificationsChanged, this, &DesignScene::scheduleConnections);
    m_firewalls = new FirewallMirror(this, document);
    // A device moved alone recomputes nothing: its trunks follow it.
    connect(document, &DesignDocument::firewallChanged, this, [this] { m_connections->geometryChanged(); });
    rebuild();
}

DesignScene::~DesignScene()
{
    // Deleting items changes the selection; nobody should hear of it now,
    // and the layer must drop its item pointers first.
    blockSignals(true);
    m_connections->rebuild({}, {}, {});
    purgeRemoved();
    clear();
}

void DesignScene::rebuild()
{
    m_connections->rebuild({}, {}, {});
    purgeRemoved();
    for (HostItem *h : std::as_const(m_hosts))
        delete h;
    for (ZoneItem *z : std::as_const(m_zones))
        delete z;
    m_hosts.clear();
    m_zones.clear();
    for (const Zone &z : m_document->design().zones)
        addZoneItem(z.id);
    m_hosts.reserve(qsizetype(m_document->design().hosts.size()));
    for (const Host &h : m_document->design().hosts)
        addHostItem(h.id);
    m_firewalls->rebuild();
    rebuildConnections();
    updateSceneRect(SceneRect::Fit);
}

void DesignScene::addHostItem(const QString &id)
{
    const Host *host = m_document->host(id);
    if (!host || m_hosts.contains(id))
        return;
    auto *item = new HostItem(this, id);
    m_syncing = true;
    item->setPos(host->pos);
    m_syncing = false;
    addItem(item);
    m_hosts.insert(id, item);
}

void DesignScene::addZoneItem(const QString &id)
{
    const Zone *zone = m_document->zone(id);
    if (!zone || m_zones.contains(id))
        return;
    auto *item = new ZoneItem(this, id);
    item->setSceneRectangle(zone->rect);
    addItem(item);
    m_zones.insert(id, item);
    updateSceneRect();
}

void DesignScene::removeHostItem(const QString &id)
{
    HostItem *item = m_hosts.take(id);
    m_dragStart.remove(id);
    m_highlighted.remove(id);
    if (!item)
        return;
    // Out of sight now, deleted with the rest of a deletion in one pass: the
    // connection layer must let go of it first, and one pass over its lines
    // for a whole zone of hosts is what keeps deleting a zone quick.
    removeItem(item);
    if (m_removed.empty())
        QTimer::singleShot(0, this, &DesignScene::purgeRemoved);
    m_removed.push_back(item);
}

void DesignScene::purgeRemoved()
{
    QSet<const HostItem *> gone;
    for (HostItem *item : m_removed)
        gone.insert(item);
    m_connections->forgetHosts(gone);
    qDeleteAll(m_removed);
    m_removed.clear();
}

void DesignScene::removeZoneItem(const QString &id)
{
    ZoneItem *item = m_zones.take(id);
    if (!item)
        return;
    m_connections->forgetZone(item);
    delete item;
    updateSceneRect();
}

void DesignScene::syncHost(const QString &id)
{
    const Host *host = m_document->host(id);
    HostItem *item = m_hosts.value(id);
    if (!host || !item)
        return;
    if (item->pos() != host->pos) {
        m_syncing = true;
        item->setPos(host->pos);
        m_syncing = false;
        m_connections->geometryChanged();
    }
    item->hostChanged();
}

void DesignScene::syncZone(const QString &id)
{
    const Zone *zone = m_document->zone(id);
    ZoneItem *item = m_zones.value(id);
    if (!zone || !item)
        return;
    item->setSceneRectangle(zone->rect);
    item->update();
    m_firewalls->syncAll(); // the links to the zone follow it
    updateSceneRect();
}

void DesignScene::setAnalysis(const AnalysisPtr &analysis)
{
    m_analysis = analysis;
    rebuildConnections();
}

void DesignScene::setAudit(const AuditReport &report)
{
    QHash<QString, diagram::PolicyMark> policy;
    for (const AuditItem &item : report.items)
        policy.insert(item.key, item.status == AuditStatus::Allowed ? diagram::PolicyMark::Allowed
                                : item.status == AuditStatus::Partial ? diagram::PolicyMark::Partial
                                                                      : diagram::PolicyMark::Missing);
    // The audit runs again after every analysis: the lines are rebuilt
    // only when it says something new.
    if (policy == m_policy)
        return;
    m_policy = std::move(policy);
    scheduleConnections();
}

diagram::StatusMarks DesignScene::statusMarks() const
{
    diagram::StatusMarks marks;
    const std::vector<VerificationRecord> &records = m_document->design().verifications;
    if (!m_analysis || (m_policy.isEmpty() && records.empty()))
        return marks;
    const Analysis &a = m_analysis->analysis;
    const Catalog &catalog = m_analysis->catalogOr(m_catalog);
    if (!m_policy.isEmpty()) {
        // By key: the audit may have been run on an earlier analysis; an
        // opening it did not see (another device's, or new) has no mark.
        const FlowText text(m_analysis->design, catalog);
        for (const Opening &o : a.openings)
            marks.policy.push_back(m_policy.value(text.openingKey(o), diagram::PolicyMark::None));
    }
    // The document's records judged against the openings drawn.
    marks.checks = diagram::verificationMarks(m_analysis->design, catalog, a, records);
    return marks;
}

void DesignScene::rebuildConnections()
{
    m_connectionsScheduled = false;
    // Review state from the document's decisions as they are now, judged
    // against the openings of the analysis drawn. The marks do not depend
    // on the walkthrough's cursor: the snapshot's own lets its sheet serve.
    std::vector<diagram::ReviewMark> marks;
    const std::vector<ReviewDecision> &decisions = m_document->design().reviews;
    if (m_analysis) {
        const size_t openings = m_analysis->analysis.openings.size();
        if (decisions.empty()) // nothing reviewed: no sheet needed
            marks.assign(openings, diagram::ReviewMark::NotReviewed);
        else
            marks = diagram::reviewMarks(
                *ReviewSheet::of(*m_analysis, m_catalog, decisions, m_analysis->design.reviewCursor), openings);
    }
    m_connections->rebuild(m_analysis, m_hosts, m_zones, std::move(marks), statusMarks());
    emit legendChanged();
}

void DesignScene::scheduleConnections()
{
    if (m_connectionsScheduled)
        return;
    m_connectionsScheduled = true;
    QTimer::singleShot(0, this, [this] {
        if (m_connectionsScheduled)
            rebuildConnections();
    });
}

void DesignScene::updateSceneRect(SceneRect fit)
{
    QRectF r;
    for (ZoneItem *z : std::as_const(m_zones))
        r |= z->sceneRectangle();
    r = r.adjusted(-400, -400, 400, 400);
    // While editing the rectangle only grows: a zone deleted at the edge
    // would otherwise shift the whole drawing in the view (centred while it
    // fits) and repaint all of it, and its undo again. A new design fits.
    if (fit == SceneRect::Grow && m_sceneRectSet)
        r |= sceneRect();
    m_sceneRectSet = true;
    setSceneRect(r);
}

QString DesignScene::zoneAt(const QPointF &p) const
{
    QString best;
    qreal bestArea = 0;
    for (ZoneItem *z : std::as_const(m_zones)) {
        const QRectF r = z->sceneRectangle();
        const qreal area = r.width() * r.height();
        if (r.contains(p) && (best.isEmpty() || area < bestArea)) {
            best = z->id();
            bestArea = area;
        }
    }
    return best;
}

QString DesignScene::hostAt(const QPointF &p) const
{
    for (QGraphicsItem *item : items(p))
        if (item->type() == HostItem::Type)
            return static_cast<HostItem *>(item)->id();
    return {};
}

QStringList DesignScene::selectedHosts() const
{
    QStringList out;
    for (QGraphicsItem *item : selectedItems())
        if (item->type() == HostItem::Type)
            out << static_cast<HostItem *>(item)->id();
    out.sort();
    return out;
}

QStringList DesignScene::selectedZones() const
{
    QStringList out;
    for (QGraphicsItem *item : selectedItems())
        if (item->type() == ZoneItem::Type)
            out << static_cast<ZoneItem *>(item)->id();
    out.sort();
    return out;
}

QStringList DesignScene::selectedFirewalls() const
{
    QStringList out;
    for (QGraphicsItem *item : selectedItems())
        if (item->type() == FirewallItem::Type)
            out << static_cast<FirewallItem *>(item)->id();
    out.sort();
    return out;
}

void DesignScene::showFirewallZones(const QStringList &firewallIds)
{
    if (firewallIds.isEmpty()) {
        showBoundaryGroup(m_shownGroup); // the group's tint, if one is shown
        return;
    }
    QStringList zones;
    for (const QString &id : firewallIds)
        if (const Firewall *f = m_document->firewall(id))
            zones << f->zones();
    setTintedZones(zones);
}

void DesignScene::selectHosts(const QStringList &ids)
{
    const QSet<QString> wanted(ids.begin(), ids.end());
    const QStringList current = selectedHosts();
    if (QSet<QString>(current.begin(), current.end()) == wanted && selectedZones().isEmpty())
        return;
    blockSignals(true);
    clearSelection();
    for (const QString &id : ids)
        if (HostItem *item = m_hosts.value(id))
            item->setSelected(true);
    blockSignals(false);
    emit selectionChanged();
}

void DesignScene::highlightPairs(const QSet<QString> &pairKeys)
{
    m_connections->setSelectedPairs(pairKeys);
    m_connections->setCaption(QString()); // whoever wants one sets it after
    QSet<QString> hosts;
    for (const QString &key : pairKeys)
        for (const QString &id : key.split(QLatin1Char('|')))
            hosts.insert(id);
    for (const QString &id : std::as_const(m_highlighted))
        if (HostItem *item = m_hosts.value(id); item && !hosts.contains(id))
            item->setHighlighted(false);
    for (const QString &id : std::as_const(hosts))
        if (HostItem *item = m_hosts.value(id))
            item->setHighlighted(true);
    m_highlighted = hosts;
    // Rule 10: the devices the selected flows pass, lit device by device.
    std::vector<int> flows;
    for (const QString &key : pairKeys)
        for (int f : m_connections->flows(m_connections->pairOf(key)))
            flows.push_back(f);
    if (m_analysis)
        m_firewalls->lightPaths(m_analysis->design, m_analysis->analysis, flows);
}

void DesignScene::firewallItemMoved(FirewallItem *item, const QPointF &oldPos)
{
    const QPointF pos = snapped(item->pos());
    m_syncing = true;
    item->setPos(oldPos); // the document moves it, as one undo step
    m_syncing = false;
    emit firewallMoved(item->id(), pos);
}

QSet<QString> DesignScene::pairsOfHosts(const QStringList &hostIds) const
{
    QSet<const HostItem *> items;
    for (const QString &id : hostIds)
        if (const HostItem *item = m_hosts.value(id))
            items.insert(item);
    return items.isEmpty() ? QSet<QString>() : m_connections->pairsTouching(items);
}

void DesignScene::setTintedZones(const QStringList &zoneIds)
{
    for (ZoneItem *z : std::as_const(m_zones))
        z->setTinted(zoneIds.contains(z->id()));
}

void DesignScene::showBoundaryGroup(const QString &groupId)
{
    m_shownGroup = groupId;
    const Design &d = m_document->design();
    const BoundaryGroup *group = d.boundaryGroup(groupId);
    setTintedZones(group ? group->zones : QStringList());
    m_groupOverlay->setArrows(GroupOverlay::arrowsOf(d, m_catalog, groupId, [this](const QString &zone) {
        const ZoneItem *item = m_zones.value(zone);
        return item ? item->sceneRectangle() : QRectF();
    }));
}

QPointF DesignScene::snapped(const QPointF &p) const
{
    if (!m_gridSnap)
        return p;
    return QPointF(std::round(p.x() / style::gridSize) * style::gridSize,
                   std::round(p.y() / style::gridSize) * style::gridSize);
}

void DesignScene::setShowInternalConnections(bool show)
{
    m_connections->setShowInternal(show);
}

QString DesignScene::describePair(const QString &pairKey, int maxLines) const
{
    return ConnectionText(*m_connections, m_catalog).pair(m_connections->pairOf(pairKey), maxLines);
}

QString DesignScene::describeTrunk(int trunk, int maxLines) const
{
    return ConnectionText(*m_connections, m_catalog).trunk(trunk, maxLines);
}

void DesignScene::setDetail(diagram::Detail detail)
{
    m_connections->setDetail(detail);
    emit legendChanged();
}

diagram::Detail DesignScene::effectiveDetail() const
{
    return showsTrunks() ? diagram::Detail::Zones : diagram::Detail::Hosts;
}

qreal DesignScene::viewZoom() const
{
    return views().isEmpty() ? 1.0 : views().first()->transform().m11();
}

qreal DesignScene::tolerance() const
{
    return 6.0 / std::max<qreal>(0.05, viewZoom());
}

bool DesignScene::showsTrunks() const
{
    return m_connections->hostLevel(viewZoom()) < 0.5;
}

} // namespace pp::views
