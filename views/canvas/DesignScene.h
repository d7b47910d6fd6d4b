#pragma once

#include <QGraphicsScene>
#include <QHash>
#include <QSet>
#include <QVector>

#include <vector>

#include "model/engine/AnalysisSnapshot.h"
#include "render/diagram/DiagramStyle.h"
#include "views/canvas/HostMove.h"

namespace pp {
struct AuditReport;
class Catalog;
class DesignDocument;
struct DesignChange;
} // namespace pp

namespace pp::views {

class ConnectionLayer;
class FirewallItem;
class FirewallMirror;
class GroupOverlay;
class HostItem;
class ZoneItem;

/// The canvas model: zone and host items mirroring a DesignDocument, and the
/// engine's flows drawn between them. It never edits the document: finished
/// gestures are emitted as signals for the undo layer to turn into commands.
class DesignScene : public QGraphicsScene
{
    Q_OBJECT

public:
    DesignScene(const DesignDocument *document, const Catalog &catalog, QObject *parent = nullptr);
    ~DesignScene() override;

    const DesignDocument *document() const { return m_document; }
    const Catalog &catalog() const { return m_catalog; }

    void setAnalysis(const AnalysisPtr &analysis);
    /// The scene rectangle around the zones as they are now. While editing
    /// it only grows (nothing shifts when a zone at the edge goes); a new
    /// design and Fit to View make it fit again.
    void fitSceneRect() { updateSceneRect(SceneRect::Fit); }
    const AnalysisPtr &analysis() const { return m_analysis; }
    /// Issue 15: the latest audit against an existing policy; the crossing
    /// lines show allowed / partial / missing (by opening key). An empty
    /// report takes the marks away. Verification marks follow the
    /// document's records by themselves.
    void setAudit(const AuditReport &report);
    ConnectionLayer *connections() const { return m_connections; }

    HostItem *hostItem(const QString &id) const { return m_hosts.value(id); }
    ZoneItem *zoneItem(const QString &id) const { return m_zones.value(id); }
    /// The firewall devices (rule 10).
    FirewallMirror *firewalls() const { return m_firewalls; }
    bool hasZones() const { return !m_zones.isEmpty(); }
    /// The smallest zone containing a scene point, or empty.
    QString zoneAt(const QPointF &scenePos) const;
    /// The host card under a scene point, or empty.
    QString hostAt(const QPointF &scenePos) const;

    QStringList selectedHosts() const;
    QStringList selectedZones() const;
    QStringList selectedFirewalls() const;
    /// Tints the zones these firewalls join (rule 10); none: back to the
    /// boundary group shown, if any.
    void showFirewallZones(const QStringList &firewallIds);
    /// Selects exactly these hosts (and nothing else); scrolls nothing.
    void selectHosts(const QStringList &ids);
    /// Highlights connections and their hosts without changing selection.
    void highlightPairs(const QSet<QString> &pairKeys);
    /// The connections of these hosts (pair keys), for highlighting.
    QSet<QString> pairsOfHosts(const QStringList &hostIds) const;
    /// Tints zones (a boundary group's boundaries).
    void setTintedZones(const QStringList &zoneIds);
    /// Shows a boundary group: its zones tinted, its fallback relations as
    /// arrows to its neighbours' zones. Empty id: nothing shown.
    void showBoundaryGroup(const QString &groupId);

    /// True while the scene moves items to mirror the document (no snapping,
    /// no gestures).
    bool isSyncing() const { return m_syncing; }
    bool gridSnap() const { return m_gridSnap; }
    void setGridSnap(bool on) { m_gridSnap = on; }
    QPointF snapped(const QPointF &p) const;
    void setShowInternalConnections(bool show);
    /// Role names in tooltips in the seed's Traditional Chinese.
    void setChineseNames(bool chinese)
    {
        m_chinese = chinese;
        emit legendChanged();
    }
    bool chineseNames() const { return m_chinese; }

    /// Text describing the flows of a connection (tooltips, status bar).
    QString describePair(const QString &pairKey, int maxLines = 16) const;
    /// Text describing a trunk (tooltips, status bar).
    QString describeTrunk(int trunk, int maxLines = 16) const;

    /// Which level of detail the connections show (View › Connection Detail).
    void setDetail(diagram::Detail detail);
    /// What the view shows now: Zones or Hosts (Automatic resolved at its zoom).
    diagram::Detail effectiveDetail() const;
    /// The view's zoom, as the first view shows it.
    qreal viewZoom() const;

    // Called by the items during gestures.
    void hostItemMoved(HostItem *item);
    void beginZoneDrag(const QString &zoneId);
    void dragZoneHosts(const QString &zoneId, const QPointF &delta);
    void endZoneDrag(const QString &zoneId, const QRectF &oldRect, const QRectF &newRect);
    void cancelZoneDrag(const QString &zoneId);
    /// A device dragged from `oldPos`: put back until the document moves it.
    void firewallItemMoved(FirewallItem *item, const QPointF &oldPos);
    /// A link drawn from a device and let go at `scenePos`: in a zone the
    /// device has no interface in, asks for one (firewallLinkRequested);
    /// else says why not (gestureRejected).
    void firewallLinkDrawn(const QString &firewallId, const QPointF &scenePos);

    /// The policy and verification marks of each opening of the analysis
    /// drawn (File > Export Diagram draws them as the canvas does).
    diagram::StatusMarks statusMarks() const;

signals:
    void hostsMoved(const QVector<pp::views::HostMove> &moves);
    void zoneEdited(const QString &zoneId, const QRectF &oldRect, const QRectF &newRect,
                    const QVector<pp::views::HostMove> &carried);
    /// A connection was clicked: its key and the snapshot flow indices.
    void pairActivated(const QString &pairKey);
    /// A trunk was clicked: the zones at its ends.
    void trunkActivated(const QString &zoneA, const QString &zoneB, const QString &summary);
    /// What the legend lists changed (level of detail, analysis, reviews).
    void legendChanged();
    /// Rule 10: a device dragged to `pos` (its symbol's centre).
    void firewallMoved(const QString &firewallId, const QPointF &pos);
    /// A device to be linked to a zone (a new interface), or unlinked.
    void firewallLinkRequested(const QString &firewallId, const QString &zoneId);
    void firewallUnlinkRequested(const QString &firewallId, const QString &interfaceId);
    /// A gesture could not be applied; the message says why.
    void gestureRejected(const QString &message);

protected:
    void mousePressEvent(QGraphicsSceneMouseEvent *event) override;
    void mouseReleaseEvent(QGraphicsSceneMouseEvent *event) override;
    void mouseMoveEvent(QGraphicsSceneMouseEvent *event) override;
    void helpEvent(QGraphicsSceneHelpEvent *event) override;

private:
    void rebuild();
    void addHostItem(const QString &id);
    void addZoneItem(const QString &id);
    void removeHostItem(const QString &id);
    void removeZoneItem(const QString &id);
    void syncHost(const QString &id);
    void syncZone(const QString &id);
    void rebuildConnections();
    /// One rebuild at the next event loop pass for a burst of changes.
    void scheduleConnections();
    /// Deletes the items of removed hosts, all at once.
    void purgeRemoved();
    enum class SceneRect { Grow, Fit };
    void updateSceneRect(SceneRect fit = SceneRect::Grow);
    /// Moves cards to where the document will have them (or had them), as
    /// the document's own moves do: no snapping, no gesture.
    void placeHostItems(const QHash<QString, QPointF> &positions, const QPointF &delta = {});
    /// Mouse tolerance in scene units: a few pixels at the view's zoom.
    qreal tolerance() const;
    /// True where the view shows trunks more than host lines.
    bool showsTrunks() const;

    const DesignDocument *m_document;
    const Catalog &m_catalog;
    AnalysisPtr m_analysis;
    ConnectionLayer *m_connections = nullptr;
    FirewallMirror *m_firewalls = nullptr;
    GroupOverlay *m_groupOverlay = nullptr;
    QString m_shownGroup;
    QHash<QString, HostItem *> m_hosts;
    QHash<QString, ZoneItem *> m_zones;
    QHash<QString, QPointF> m_dragStart;      ///< selected hosts at mouse press
    QHash<QString, QPointF> m_zoneDragHosts;  ///< hosts carried by a zone drag
    QSet<QString> m_highlighted;
    QHash<QString, diagram::PolicyMark> m_policy; ///< by opening key; empty: no audit
    std::vector<HostItem *> m_removed; ///< out of the scene, not yet deleted
    bool m_gridSnap = true;
    bool m_syncing = false;
    bool m_connectionsScheduled = false;
    bool m_sceneRectSet = false; ///< grows from here on until the next design
    bool m_chinese = false;
};

} // namespace pp::views
