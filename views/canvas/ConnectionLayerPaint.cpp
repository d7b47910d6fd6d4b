// How ConnectionLayer draws: trunks and host lines cross-faded by zoom, the
// selection on top, and which legend marks that drawing uses. The layer's
// data is in ConnectionLayer.cpp, its hit testing in ConnectionLayerHitTest.cpp.
#include "views/canvas/ConnectionLayer.h"

#include "render/diagram/DiagramShapes.h"
#include "render/diagram/EdgeSummary.h"
#include "views/canvas/CanvasStyle.h"
#include "views/canvas/EdgePainter.h"
#include "views/canvas/HostItem.h"

#include <QPainter>
#include <QStyleOptionGraphicsItem>

#include <algorithm>

namespace pp::views {

using namespace diagram;

std::vector<LegendMark> ConnectionLayer::marksInUse() const
{
    std::vector<const DiagramEdge *> edges;
    if (m_detail != Detail::Hosts)
        for (const DiagramEdge &t : m_trunks)
            edges.push_back(&t);
    if (m_detail != Detail::Zones && routed()) {
        ensureHostRoutes();
        for (size_t i = 0; i < m_hostEdges.size(); ++i)
            if (drawn(i))
                edges.push_back(&m_hostEdges[i]);
    }
    std::vector<LegendMark> marks = marksOf(edges);
    // Unrouted, the lines are straight, in the three styles HostPairs tells apart.
    if (m_detail != Detail::Zones && !routed())
        marks.insert(marks.end(), {LegendMark::Crossing, LegendMark::Internal, LegendMark::FallbackOnly});
    marks.push_back(LegendMark::Selected);
    if (m_analysis && !m_analysis->design.firewalls.empty()) // drawn by FirewallItem at every level
        marks.insert(marks.end(), {LegendMark::Firewall, LegendMark::PathLit});
    std::sort(marks.begin(), marks.end());
    marks.erase(std::unique(marks.begin(), marks.end()), marks.end());
    return marks;
}

void ConnectionLayer::paint(QPainter *painter, const QStyleOptionGraphicsItem *option, QWidget *)
{
    if (!m_pairs)
        return;
    const qreal lod = option->levelOfDetailFromTransform(painter->worldTransform());
    const QRectF exposed = option->exposedRect;
    painter->setRenderHint(QPainter::Antialiasing, lod > 0.3 || m_trunks.size() < 500);
    const qreal hosts = hostLevel(lod);
    if (hosts < 1) {
        painter->setOpacity(1 - hosts);
        paintTrunks(painter, lod, exposed);
    }
    if (hosts > 0) {
        painter->setOpacity(hosts);
        paintHostLines(painter, lod, exposed);
    }
    painter->setOpacity(1);
    paintSelection(painter, lod);
}

void ConnectionLayer::paintTrunks(QPainter *painter, qreal lod, const QRectF &exposed) const
{
    ensureTrunkRoutes();
    edgepaint::trunks(painter, m_trunks, lod, exposed);
}

void ConnectionLayer::paintHostLines(QPainter *painter, qreal lod, const QRectF &exposed) const
{
    const qreal px = 1.0 / std::max<qreal>(lod, 0.01);
    if (routed()) {
        ensureHostRoutes();
        edgepaint::hostLines(painter, m_hostEdges, [this](size_t i) { return m_selected.contains(int(i)); }, lod, exposed);
        return;
    }
    // Too many pairs to route: straight lines between the card centres.
    const QPen internal = edgepaint::pen(LineKind::Internal, std::max<qreal>(1.2, 1.2 * px));
    const QPen crossingPen = edgepaint::pen(LineKind::Crossing, std::max<qreal>(2.5, 2 * px));
    const QPen fallback = edgepaint::pen(LineKind::FallbackOnly, std::max<qreal>(2.0, 1.5 * px));
    for (int pass = 0; pass < 2; ++pass)
        for (size_t i = 0; i < m_items.size(); ++i) {
            const Ends &e = m_items[i];
            const bool cross = m_pairs->crossing(i);
            if (!e.a || cross != (pass == 1) || (!cross && !m_showInternal) || m_selected.contains(int(i)))
                continue;
            const QPointF a = e.a->center(), b = e.b->center();
            if (!exposed.intersects(QRectF(a, b).normalized().adjusted(-2, -2, 2, 2)))
                continue;
            painter->setPen(!cross ? internal : m_pairs->fallbackOnly(i) ? fallback : crossingPen);
            painter->drawLine(a, b);
        }
}

void ConnectionLayer::paintSelection(QPainter *painter, qreal lod) const
{
    if (m_selected.isEmpty() && m_hovered < 0)
        return;
    const qreal px = 1.0 / std::max<qreal>(lod, 0.01);
    const QList<int> shown = emphasised();
    for (int pair : std::as_const(shown)) {
        DiagramEdge e = edge(pair);
        if (e.route.size() < 2)
            continue;
        const bool selected = m_selected.contains(pair);
        const QColor color = selected ? selectionColor() : lineStyle(e.kind).color;
        const qreal width = std::max<qreal>(selected ? 4.0 : 3.5, 3 * px);
        edgepaint::line(painter, e, edgepaint::pen(LineKind::Crossing, width, color), std::max<qreal>(12, 9 * px));
        // The review's verdict, the policy and the checks stay visible on
        // the line being reviewed.
        if (e.crossing)
            edgepaint::marks(painter, e, std::max<qreal>(7, 6 * px));
    }
}

} // namespace pp::views
