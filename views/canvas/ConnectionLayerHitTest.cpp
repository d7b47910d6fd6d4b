// ConnectionLayer: what lies under a point (a trunk, its label, a host
// line) and which lines touch given cards; the rest is in
// ConnectionLayer.cpp (layout) and ConnectionLayerPaint.cpp (painting).
#include "views/canvas/ConnectionLayer.h"

#include "model/engine/AnalysisSnapshot.h"
#include "render/diagram/DiagramShapes.h"
#include "views/canvas/ConnectionLabels.h"
#include "views/canvas/DesignScene.h"
#include "views/canvas/HostItem.h"

namespace pp::views {

using namespace diagram;

const DiagramEdge &ConnectionLayer::trunk(int index) const
{
    ensureTrunkRoutes();
    return m_trunks[size_t(index)];
}

QStringList ConnectionLayer::trunkZones(int index) const
{
    const DiagramEdge &t = m_trunks[size_t(index)];
    const Design &d = m_analysis->design;
    return {d.zones[size_t(t.a)].id, t.bKind == EndKind::Firewall ? d.firewalls[size_t(t.b)].id : d.zones[size_t(t.b)].id};
}

int ConnectionLayer::trunkAt(const QPointF &p, qreal tolerance) const
{
    ensureTrunkRoutes();
    int best = -1;
    qreal bestDistance = tolerance;
    for (size_t i = 0; i < m_trunks.size(); ++i) {
        const qreal d = diagram::distanceToRoute(p, m_trunks[i].route)
            - trunkWidth(int(m_trunks[i].openings.size())) / 2;
        const std::vector<QRectF> &labels = m_labels->trunkLabels(m_scene->viewZoom());
        const bool onLabel = i < labels.size() && labels[i].contains(p);
        if (onLabel || d <= bestDistance) {
            bestDistance = onLabel ? -1 : d;
            best = int(i);
        }
    }
    return best;
}

int ConnectionLayer::pairAt(const QPointF &p, qreal tolerance) const
{
    int best = -1;
    qreal bestDistance = tolerance;
    if (routed())
        ensureHostRoutes();
    for (size_t i = 0; i < m_items.size(); ++i) {
        if (!drawn(i))
            continue;
        // Routed lines by their route, straight ones (XL) centre to centre.
        const std::vector<QPointF> straight{m_items[i].a->center(), m_items[i].b->center()};
        const std::vector<QPointF> &line = routed() && !m_hostEdges[i].route.empty() ? m_hostEdges[i].route : straight;
        if (!diagram::routeBounds(line).adjusted(-tolerance, -tolerance, tolerance, tolerance).contains(p))
            continue;
        if (const qreal d = diagram::distanceToRoute(p, line); d <= bestDistance) {
            bestDistance = d;
            best = int(i);
        }
    }
    return best;
}

QSet<QString> ConnectionLayer::pairsTouching(const QSet<const HostItem *> &items) const
{
    QSet<QString> keys;
    for (size_t i = 0; i < m_items.size(); ++i)
        if (m_items[i].a && (items.contains(m_items[i].a) || items.contains(m_items[i].b)))
            keys.insert(key(int(i)));
    return keys;
}

} // namespace pp::views
