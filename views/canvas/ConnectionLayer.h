#pragma once

#include <QGraphicsItem>
#include <QHash>
#include <QSet>
#include <QString>

#include "model/engine/AnalysisSnapshot.h"

#include <vector>

namespace pp::views {

class DesignScene;
class HostItem;
class ZoneItem;

/// Draws the engine's flows as lines between host cards, in one item: the
/// XL design has tens of thousands of host pairs, far more than it is wise
/// to make items of. Zoomed far out, crossings are drawn zone to zone.
/// The layer takes no mouse input; the scene asks it what lies under the
/// cursor (pairAt) for tooltips and selection. Pairs are the snapshot's
/// HostPairs (computed off the UI thread); a pair's key is "idA|idB".
class ConnectionLayer : public QGraphicsItem
{
public:
    explicit ConnectionLayer(DesignScene *scene);

    QRectF boundingRect() const override;
    QPainterPath shape() const override { return {}; }
    void paint(QPainter *painter, const QStyleOptionGraphicsItem *option, QWidget *widget) override;

    /// Rebuilds from an analysis, resolving hosts to the current items.
    void rebuild(const AnalysisPtr &analysis, const QHash<QString, HostItem *> &hosts,
                 const QHash<QString, ZoneItem *> &zones);

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

    /// Lets go of an item about to be deleted (its host or zone left the
    /// document); cheaper than a rebuild when a whole zone of hosts goes.
    void forgetHosts(const QSet<const HostItem *> &items);
    /// Keys of the pairs with an end on one of these cards.
    QSet<QString> pairsTouching(const QSet<const HostItem *> &items) const;
    void forgetZone(const ZoneItem *item);

    void setShowInternal(bool show);
    bool showInternal() const { return m_showInternal; }
    void setSelectedPairs(const QSet<QString> &keys);
    void geometryChanged();

    /// Where the security review stands on a pair's crossings, drawn as a
    /// badge on its line: the worst of its openings (rejected, then
    /// questioned or needing re-review, then approved; pending shows none).
    enum Mark : quint8 { NoMark, Approved, Questioned, Rejected };
    void setMarks(const QHash<QString, Mark> &byPairKey);
    Mark mark(const QString &pairKey) const { return m_markKeys.value(pairKey, NoMark); }
    /// Text on the selected lines ("TCP 443"): the review's current crossing,
    /// so that two crossings between the same hosts highlight differently.
    void setCaption(const QString &caption);
    QString caption() const { return m_caption; }

private:
    struct Ends
    {
        HostItem *a = nullptr;
        HostItem *b = nullptr;
    };
    struct Bundle
    {
        ZoneItem *from = nullptr;
        ZoneItem *to = nullptr;
        int pairs = 0;
    };

    DesignScene *m_scene;
    AnalysisPtr m_analysis;
    std::shared_ptr<const HostPairs> m_ownPairs; ///< when the snapshot came without pairs
    const HostPairs *m_pairs = nullptr;
    std::vector<Ends> m_items;                   ///< per pair; null ends = host gone
    mutable QHash<QString, int> m_keyIndex;      ///< built on first use
    std::vector<Bundle> m_bundles;
    /// Per pair, which way its flows go (bit 1: a starts, bit 2: b starts);
    /// 0 = not yet worked out. Filled as pairs are drawn with arrows.
    mutable std::vector<quint8> m_directions;
    void resolveMarks();
    void paintMarks(QPainter *painter, const QRectF &exposed, qreal px) const;
    void paintCaption(QPainter *painter, size_t pair, qreal px) const;

    QSet<int> m_selected;
    QHash<QString, Mark> m_markKeys;
    QHash<int, Mark> m_marks; ///< by pair index, resolved from m_markKeys
    QString m_caption;
    bool m_showInternal = true;
    QRectF m_bounds;
};

} // namespace pp::views
