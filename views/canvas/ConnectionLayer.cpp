#include "views/canvas/ConnectionLayer.h"

#include "views/canvas/CanvasStyle.h"
#include "views/canvas/DesignScene.h"
#include "views/canvas/HostItem.h"
#include "views/canvas/ZoneItem.h"

#include <QPainter>
#include <QStyleOptionGraphicsItem>

#include <cmath>

namespace pp::views {

namespace {

/// Above this many pairs, a zoomed-out view draws zone bundles instead.
constexpr size_t bundleThreshold = 3000;

qreal distanceToSegment(const QPointF &p, const QPointF &a, const QPointF &b)
{
    const QPointF ab = b - a;
    const qreal len2 = QPointF::dotProduct(ab, ab);
    qreal t = len2 > 0 ? QPointF::dotProduct(p - a, ab) / len2 : 0;
    t = std::clamp<qreal>(t, 0, 1);
    const QPointF closest = a + t * ab;
    return std::hypot(p.x() - closest.x(), p.y() - closest.y());
}

} // namespace

ConnectionLayer::ConnectionLayer(DesignScene *scene)
    : m_scene(scene)
{
    setZValue(1);
    setAcceptedMouseButtons(Qt::NoButton);
    setAcceptHoverEvents(false);
    setFlag(ItemUsesExtendedStyleOption);
}

QRectF ConnectionLayer::boundingRect() const
{
    return m_bounds;
}

void ConnectionLayer::geometryChanged()
{
    QRectF bounds;
    for (const HostPair &p : m_pairs)
        bounds |= QRectF(p.a->center(), p.b->center()).normalized();
    if (bounds != m_bounds) {
        prepareGeometryChange();
        m_bounds = bounds.adjusted(-10, -10, 10, 10);
    }
    update();
}

void ConnectionLayer::rebuild(const AnalysisPtr &analysis, const QHash<QString, HostItem *> &hosts,
                              const QHash<QString, ZoneItem *> &zones)
{
    m_pairs.clear();
    m_pairIndex.clear();
    m_bundles.clear();
    if (analysis) {
        const Design &d = analysis->design;
        const auto &flows = analysis->analysis.flows;
        for (size_t i = 0; i < flows.size(); ++i) {
            const Flow &f = flows[i];
            if (f.from == f.to)
                continue;
            const QString &a = d.hosts[size_t(f.from)].id;
            const QString &b = d.hosts[size_t(f.to)].id;
            const QString key = a < b ? a + QLatin1Char('|') + b : b + QLatin1Char('|') + a;
            auto it = m_pairIndex.constFind(key);
            int index;
            if (it == m_pairIndex.constEnd()) {
                HostItem *ha = hosts.value(a < b ? a : b);
                HostItem *hb = hosts.value(a < b ? b : a);
                if (!ha || !hb)
                    continue; // the document has moved on; the next analysis catches up
                index = int(m_pairs.size());
                m_pairIndex.insert(key, index);
                HostPair pair;
                pair.key = key;
                pair.a = ha;
                pair.b = hb;
                m_pairs.push_back(std::move(pair));
            } else {
                index = *it;
            }
            HostPair &pair = m_pairs[size_t(index)];
            pair.flows.push_back(int(i));
            pair.crossing = pair.crossing || f.crossing();
            pair.fallbackOnly = pair.fallbackOnly && f.has(FlowFallback);
        }
        QHash<QString, int> bundleIndex;
        for (const HostPair &p : m_pairs) {
            if (!p.crossing)
                continue;
            const Flow &f = flows[size_t(p.flows.front())];
            ZoneItem *za = zones.value(f.fromZone >= 0 ? d.zones[size_t(f.fromZone)].id : QString());
            ZoneItem *zb = zones.value(f.toZone >= 0 ? d.zones[size_t(f.toZone)].id : QString());
            if (!za || !zb || za == zb)
                continue;
            const QString key = za->id() < zb->id() ? za->id() + QLatin1Char('|') + zb->id()
                                                    : zb->id() + QLatin1Char('|') + za->id();
            auto it = bundleIndex.constFind(key);
            if (it == bundleIndex.constEnd()) {
                bundleIndex.insert(key, int(m_bundles.size()));
                m_bundles.push_back({za, zb, 1});
            } else {
                ++m_bundles[size_t(*it)].pairs;
            }
        }
    }
    QSet<QString> keep;
    for (const QString &k : std::as_const(m_selected))
        if (m_pairIndex.contains(k))
            keep.insert(k);
    m_selected = keep;
    geometryChanged();
}

const HostPair *ConnectionLayer::pair(const QString &key) const
{
    auto it = m_pairIndex.constFind(key);
    return it == m_pairIndex.constEnd() ? nullptr : &m_pairs[size_t(*it)];
}

const HostPair *ConnectionLayer::pairAt(const QPointF &p, qreal tolerance) const
{
    const HostPair *best = nullptr;
    qreal bestDistance = tolerance;
    for (const HostPair &pair : m_pairs) {
        if (!pair.crossing && !m_showInternal)
            continue;
        const QPointF a = pair.a->center();
        const QPointF b = pair.b->center();
        if (!QRectF(a, b).normalized().adjusted(-tolerance, -tolerance, tolerance, tolerance).contains(p))
            continue;
        const qreal d = distanceToSegment(p, a, b);
        if (d <= bestDistance) {
            bestDistance = d;
            best = &pair;
        }
    }
    return best;
}

void ConnectionLayer::setShowInternal(bool show)
{
    if (m_showInternal == show)
        return;
    m_showInternal = show;
    update();
}

void ConnectionLayer::setSelectedPairs(const QSet<QString> &keys)
{
    m_selected = keys;
    update();
}

void ConnectionLayer::paint(QPainter *painter, const QStyleOptionGraphicsItem *option, QWidget *)
{
    const qreal lod = option->levelOfDetailFromTransform(painter->worldTransform());
    const QRectF exposed = option->exposedRect;
    painter->setRenderHint(QPainter::Antialiasing, lod > 0.3);
    if (m_pairs.size() > bundleThreshold && lod < 0.25) {
        // Zone-to-zone bundles, thicker for more host pairs.
        for (const Bundle &b : m_bundles) {
            const QPointF a = b.from->sceneRectangle().center();
            const QPointF c = b.to->sceneRectangle().center();
            painter->setPen(QPen(style::crossingColor(), (2 + std::log2(1.0 + b.pairs)) / lod, Qt::SolidLine, Qt::RoundCap));
            painter->drawLine(a, c);
        }
        return;
    }
    const qreal px = 1.0 / std::max<qreal>(lod, 0.01); // one device pixel in scene units
    QPen internal(style::internalColor(), std::max<qreal>(1.0, px), Qt::DashLine);
    QPen crossing(style::crossingColor(), std::max<qreal>(2.5, 2 * px));
    QPen fallback(style::fallbackColor(), std::max<qreal>(2.0, 1.5 * px), Qt::DashDotLine);
    QPen selected(style::selectionColor(), std::max<qreal>(4.0, 3 * px));
    for (const HostPair &pair : m_pairs) {
        if (!pair.crossing && !m_showInternal)
            continue;
        const QPointF a = pair.a->center();
        const QPointF b = pair.b->center();
        if (!exposed.intersects(QRectF(a, b).normalized().adjusted(-4, -4, 4, 4)))
            continue;
        if (m_selected.contains(pair.key))
            painter->setPen(selected);
        else if (!pair.crossing)
            painter->setPen(internal);
        else
            painter->setPen(pair.fallbackOnly ? fallback : crossing);
        painter->drawLine(a, b);
    }
}

} // namespace pp::views
