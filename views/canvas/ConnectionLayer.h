#pragma once

#include <QGraphicsItem>
#include <QHash>
#include <QSet>
#include <QString>

#include "model/AnalysisSnapshot.h"

#include <vector>

namespace pp::views {

class DesignScene;
class HostItem;
class ZoneItem;

/// One drawn connection: every flow between two hosts, either direction.
struct HostPair
{
    QString key;            ///< "a|b" with a < b
    HostItem *a = nullptr;
    HostItem *b = nullptr;
    bool crossing = false;
    bool fallbackOnly = true;
    std::vector<int> flows; ///< indices into the snapshot's flows
};

/// Draws the engine's flows as lines between host cards, in one item: the
/// XL design has tens of thousands of host pairs, far more than it is wise
/// to make items of. Zoomed far out, crossings are drawn zone to zone.
/// The layer takes no mouse input; the scene asks it what lies under the
/// cursor (pairAt) for tooltips and selection.
class ConnectionLayer : public QGraphicsItem
{
public:
    explicit ConnectionLayer(DesignScene *scene);

    QRectF boundingRect() const override;
    QPainterPath shape() const override { return {}; }
    void paint(QPainter *painter, const QStyleOptionGraphicsItem *option, QWidget *widget) override;

    /// Rebuilds the pairs from an analysis, resolving hosts to current items.
    void rebuild(const AnalysisPtr &analysis, const QHash<QString, HostItem *> &hosts,
                 const QHash<QString, ZoneItem *> &zones);
    const std::vector<HostPair> &pairs() const { return m_pairs; }
    const HostPair *pair(const QString &key) const;
    /// The pair whose line passes within `tolerance` of a scene point.
    const HostPair *pairAt(const QPointF &scenePos, qreal tolerance) const;

    void setShowInternal(bool show);
    bool showInternal() const { return m_showInternal; }
    void setSelectedPairs(const QSet<QString> &keys);
    const QSet<QString> &selectedPairs() const { return m_selected; }
    void geometryChanged();

private:
    struct Bundle
    {
        ZoneItem *from = nullptr;
        ZoneItem *to = nullptr;
        int pairs = 0;
    };

    DesignScene *m_scene;
    std::vector<HostPair> m_pairs;
    QHash<QString, int> m_pairIndex;
    std::vector<Bundle> m_bundles;
    QSet<QString> m_selected;
    bool m_showInternal = true;
    QRectF m_bounds;
};

} // namespace pp::views
