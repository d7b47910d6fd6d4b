#pragma once

#include <QGraphicsItem>
#include <QHash>
#include <QSet>
#include <QString>

#include "model/engine/AnalysisSnapshot.h"
#include "render/diagram/DiagramEdge.h"
#include "render/diagram/DiagramText.h"

#include <array>
#include <memory>
#include <vector>

namespace pp::diagram {
class EdgeSummary;
}

namespace pp::views {

class ConnectionLabels;
class DesignScene;
class HostItem;
class ZoneItem;

/// Draws the engine's flows in one item, as a network diagram at two levels
/// of detail: zoomed out, one trunk per pair of zones with its openings and
/// main ports; zoomed in, one line per pair of hosts, routed around the
/// cards. The two cross-fade over a band of zoom (Automatic) or one is
/// chosen by hand. The lines are laid out by render/diagram (EdgeSummary,
/// EdgeRouter, LabelPlacer), the same steps the SVG export takes, so the
/// export draws what is on screen.
///
/// One item, not one per line: the XL design has tens of thousands of host
/// pairs. Above routeLimit pairs, host lines run straight between card
/// centres. The layer takes no mouse input; the scene asks it what lies
/// under the cursor (pairAt, trunkAt). A pair's key is "idA|idB".
class ConnectionLayer : public QGraphicsItem
{
public:
    /// Host lines are routed around cards up to this many pairs.
    static constexpr int routeLimit = 3000;

    explicit ConnectionLayer(DesignScene *scene);
    ~ConnectionLayer() override;

    QRectF boundingRect() const override;
    QPainterPath shape() const override { return {}; }
    void paint(QPainter *painter, const QStyleOptionGraphicsItem *option, QWidget *widget) override;

    /// Rebuilds from an analysis, resolving hosts to the current items;
    /// `reviewMarks` per opening of that analysis (empty: none reviewed),
    /// `status` the policy and verification marks per opening (issue 15).
    void rebuild(const AnalysisPtr &analysis, const QHash<QString, HostItem *> &hosts,
                 const QHash<QString, ZoneItem *> &zones, std::vector<diagram::ReviewMark> reviewMarks = {},
                 diagram::StatusMarks status = {});

    const AnalysisPtr &analysis() const { return m_analysis; }
    /// The review state of an opening of the analysis.
    diagram::ReviewMark openingMark(int opening) const;
    /// What the audit and the verification say of an opening (issue 15).
    diagram::PolicyMark openingPolicy(int opening) const;
    diagram::CheckMark openingCheck(int opening) const;

    // Host pairs.
    int pairCount() const { return int(m_items.size()); }
    enum Direction : quint8 { FromA = 1, FromB = 2 };
    /// Which ends of a pair start connections (FromA | FromB); a is the end
    /// whose host comes first in the snapshot.
    quint8 direction(int pair) const;
    /// The pair whose line passes within `tolerance` of a scene point, or -1.
    int pairAt(const QPointF &scenePos, qreal tolerance) const;
    int pairOf(const QString &key) const;
    QString key(int pair) const;
    bool crossing(int pair) const;
    /// Snapshot flow indices of a pair.
    std::vector<int> flows(int pair) const;
    /// The polyline a pair is drawn along (routed when routing applies).
    std::vector<QPointF> route(int pair) const;
    /// A pair's line as the diagram has it: kind, review state, ports.
    diagram::DiagramEdge edge(int pair) const;

    // Trunks.
    int trunkCount() const { return int(m_trunks.size()); }
    /// One trunk, routed at the current zone geometry.
    const diagram::DiagramEdge &trunk(int index) const;
    int trunkAt(const QPointF &scenePos, qreal tolerance) const;
    /// Zone ids at the ends of a trunk.
    QStringList trunkZones(int index) const;

    // Level of detail.
    void setDetail(diagram::Detail detail);
    diagram::Detail detail() const { return m_detail; }
    /// The view's zoom at fit-to-view: Automatic opens the trunks into host
    /// lines a little above it.
    void setFitZoom(qreal zoom);
    /// How much of the host level shows at a zoom: 0 trunks only, 1 host
    /// lines only, in between both, fading.
    qreal hostLevel(qreal zoom) const;
    /// The marks drawn at the current settings, for the legend.
    std::vector<diagram::LegendMark> marksInUse() const;

    /// Lets go of an item about to be deleted (its host or zone left the
    /// document); cheaper than a rebuild when a whole zone of hosts goes.
    void forgetHosts(const QSet<const HostItem *> &items);
    /// Keys of the pairs with an end on one of these cards.
    QSet<QString> pairsTouching(const QSet<const HostItem *> &items) const;
    void forgetZone(const ZoneItem *item);
    /// Whether the analysis drawn has this host: a host coming back (an
    /// undone deletion) has lines to take up only then.
    bool knowsHost(const QString &id) const;

    void setShowInternal(bool show);
    bool showInternal() const { return m_showInternal; }
    void setSelectedPairs(const QSet<QString> &keys);
    /// The pair under the mouse shows its ports; -1 for none.
    void setHoveredPair(int pair);
    void geometryChanged();

    /// The selected pairs and the hovered one, which show their ports.
    QList<int> emphasised() const;
    int hoveredPair() const { return m_hovered; }
    bool isSelected(int pair) const { return m_selected.contains(pair); }
    /// What labels keep off: the cards and the zone titles.
    std::vector<QRectF> labelObstacles() const;
    ConnectionLabels *labels() const { return m_labels; }
    /// The label of the selected lines ("TCP 443") in place of their ports:
    /// the review's current crossing, so two between the same hosts differ.
    void setCaption(const QString &caption);
    QString caption() const { return m_caption; }

private:
    struct Ends
    {
        HostItem *a = nullptr;
        HostItem *b = nullptr;
    };
    bool drawn(size_t pair) const;
    bool routed() const { return pairCount() <= routeLimit; }
    void ensureTrunkRoutes() const;
    void ensureHostRoutes() const;
    diagram::DiagramGeometry geometry() const;
    std::vector<QRectF> titlesOf(const diagram::DiagramGeometry &g) const;
    void paintTrunks(QPainter *painter, qreal lod, const QRectF &exposed) const;
    void paintHostLines(QPainter *painter, qreal lod, const QRectF &exposed) const;
    void paintSelection(QPainter *painter, qreal lod) const;

    DesignScene *m_scene;
    AnalysisPtr m_analysis;
    std::shared_ptr<const HostPairs> m_ownPairs; ///< when the snapshot came without pairs
    const HostPairs *m_pairs = nullptr;
    std::unique_ptr<diagram::EdgeSummary> m_summary;
    std::vector<Ends> m_items;                   ///< per pair; null ends = host gone
    std::vector<HostItem *> m_hostItems;         ///< per snapshot host; null = gone
    std::vector<ZoneItem *> m_zoneItems;         ///< per snapshot zone
    mutable QHash<QString, int> m_keyIndex;      ///< built on first use
    mutable QSet<QString> m_hostIds;             ///< the snapshot's, built on first use
    mutable std::vector<quint8> m_directions;    ///< per pair, worked out on first use
    mutable std::vector<diagram::DiagramEdge> m_trunks;
    mutable std::vector<diagram::DiagramEdge> m_hostEdges; ///< per pair, when routed
    ConnectionLabels *m_labels = nullptr;        ///< owned by the scene
    /// What the last trunk routing was given and what it gave: trunks go
    /// around zones and devices only, so moving a host, deleting a zone (its
    /// trunks go until the next analysis) or a new analysis with the same
    /// trunks takes the routes again instead of routing them anew (tens of
    /// milliseconds on the XL design, in a repaint).
    struct TrunkLayout
    {
        std::vector<QRectF> zones;
        std::vector<QRectF> devices;
        std::vector<QRectF> titles;
        std::vector<std::array<int, 4>> ends; ///< per trunk: kinds and indices
        std::vector<std::vector<QPointF>> routes;
    };
    mutable TrunkLayout m_trunkLayout;
    /// Between geometryChanged() and settle(): the trunks and labels as
    /// last drawn, to repaint only where they moved.
    void settle();
    bool m_settling = false;
    std::vector<std::vector<QPointF>> m_trunksShown;
    std::vector<QRectF> m_labelsShown;
    mutable bool m_trunksRouted = false;
    mutable bool m_hostsRouted = false;
    QSet<int> m_selected;
    int m_hovered = -1;
    diagram::Detail m_detail = diagram::Detail::Automatic;
    qreal m_fitZoom = 0.5;
    QString m_caption;
    bool m_showInternal = true;
    QRectF m_bounds;
};

} // namespace pp::views
