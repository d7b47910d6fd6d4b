#include "views/canvas/ConnectionLayer.h"

#include "model/document/DesignDocument.h"
#include "render/diagram/Diagram.h"
#include "render/diagram/DiagramShapes.h"
#include "render/diagram/EdgeRouter.h"
#include "render/diagram/EdgeSummary.h"
#include "views/canvas/CanvasStyle.h"
#include "views/canvas/ConnectionLabels.h"
#include "views/canvas/DesignScene.h"
#include "views/canvas/EdgePainter.h"
#include "views/canvas/FirewallItem.h"
#include "views/canvas/FirewallMirror.h"
#include "views/canvas/HostItem.h"
#include "views/canvas/ZoneItem.h"

#include <QFontMetricsF>
#include <QPainter>
#include <QStyleOptionGraphicsItem>

#include <algorithm>
#include <cmath>

namespace pp::views {

using namespace diagram;

namespace {

/// Each box as it was, or gone (null).
bool onlyGone(const std::vector<QRectF> &was, const std::vector<QRectF> &is)
{
    if (was.size() != is.size())
        return false;
    for (size_t i = 0; i < is.size(); ++i)
        if (is[i] != was[i] && !is[i].isNull())
            return false;
    return true;
}

} // namespace

ConnectionLayer::ConnectionLayer(DesignScene *scene)
    : m_scene(scene)
{
    setZValue(1);
    setAcceptedMouseButtons(Qt::NoButton);
    setAcceptHoverEvents(false);
    setFlag(ItemUsesExtendedStyleOption);
    m_labels = new ConnectionLabels(this);
    scene->addItem(m_labels);
}

ConnectionLayer::~ConnectionLayer() = default;

QRectF ConnectionLayer::boundingRect() const
{
    return m_bounds;
}

void ConnectionLayer::geometryChanged()
{
    // Zoomed out to the trunks, with nothing selected, a card or a zone
    // coming or going changes little of what this layer draws: what did
    // change is repainted once the event loop has the edit's every change
    // in (settle), not the whole canvas (tens of milliseconds at XL).
    const bool partial = m_trunksRouted && m_labels->placed() && m_selected.isEmpty() && m_hovered < 0
        && hostLevel(m_scene->viewZoom()) == 0;
    if (partial && !m_settling) {
        m_settling = true;
        m_trunksShown.clear();
        for (const DiagramEdge &t : m_trunks)
            m_trunksShown.push_back(t.route);
        m_labelsShown = m_labels->trunkLabels(m_scene->viewZoom());
        QMetaObject::invokeMethod(m_scene, [this] { settle(); }, Qt::QueuedConnection);
    }
    m_trunksRouted = false;
    m_hostsRouted = false;
    QRectF bounds;
    for (const Ends &e : m_items)
        if (e.a)
            bounds |= QRectF(e.a->center(), e.b->center()).normalized();
    for (const ZoneItem *z : m_zoneItems)
        if (z)
            bounds |= z->sceneRectangle();
    // Routes and labels run a little outside the boxes they join.
    bounds = bounds.adjusted(-160, -160, 160, 160);
    if (bounds != m_bounds) {
        prepareGeometryChange();
        m_bounds = bounds;
    }
    if (m_settling) {
        m_labels->forget();
        return;
    }
    update();
    m_labels->invalidate();
}

void ConnectionLayer::settle()
{
    if (!m_settling)
        return;
    m_settling = false;
    const qreal zoom = m_scene->viewZoom();
    ensureTrunkRoutes();
    // The width a trunk is drawn at, its arrows and the room its paint keeps.
    const qreal margin = 40 + 30 / std::max<qreal>(zoom, 0.01);
    if (m_trunksShown.size() != m_trunks.size()) {
        update();
    } else {
        for (size_t i = 0; i < m_trunks.size(); ++i)
            if (m_trunks[i].route != m_trunksShown[i])
                for (const std::vector<QPointF> *route : {&m_trunksShown[i], &m_trunks[i].route})
                    if (!route->empty())
                        update(routeBounds(*route).adjusted(-margin, -margin, margin, margin));
    }
    m_labels->repaintMoved(m_labelsShown, zoom);
    m_trunksShown.clear();
    m_labelsShown.clear();
}

void ConnectionLayer::rebuild(const AnalysisPtr &analysis, const QHash<QString, HostItem *> &hosts,
                              const QHash<QString, ZoneItem *> &zones, std::vector<ReviewMark> reviewMarks,
                              StatusMarks status)
{
    QSet<QString> selected;
    for (int p : std::as_const(m_selected))
        selected.insert(key(p));
    m_summary.reset();
    m_analysis = analysis;
    m_items = {};
    m_hostItems = {};
    m_zoneItems = {};
    m_directions = {};
    m_keyIndex = {};
    m_hostIds = {};
    m_selected = {};
    m_trunks = {};
    m_hostEdges = {};
    m_hovered = -1;
    m_pairs = nullptr;
    m_ownPairs.reset();
    if (analysis) {
        if (analysis->pairs.offsets.empty() && !analysis->analysis.flows.empty()) {
            m_ownPairs = std::make_shared<HostPairs>(HostPairs::of(analysis->analysis));
            m_pairs = m_ownPairs.get();
        } else {
            m_pairs = &analysis->pairs;
        }
        const Design &d = analysis->design;
        for (const Host &h : d.hosts)
            m_hostItems.push_back(hosts.value(h.id));
        m_items.resize(m_pairs->size());
        m_directions.assign(m_pairs->size(), 0);
        for (size_t i = 0; i < m_pairs->size(); ++i) {
            HostItem *a = m_hostItems[size_t(m_pairs->a[i])];
            HostItem *b = m_hostItems[size_t(m_pairs->b[i])];
            if (a && b) // else the document has moved on; the next analysis catches up
                m_items[i] = {a, b};
        }
        for (const Zone &z : d.zones)
            m_zoneItems.push_back(zones.value(z.id));
        m_summary = std::make_unique<EdgeSummary>(d, analysis->analysis, std::move(reviewMarks), std::move(status));
        m_trunks = m_summary->trunks();
    }
    if (!selected.isEmpty())
        setSelectedPairs(selected);
    m_trunksRouted = false; // new trunks: all of it is drawn again
    m_settling = false;
    geometryChanged();
}

void ConnectionLayer::setCaption(const QString &caption)
{
    if (caption == m_caption)
        return;
    m_caption = caption;
    m_labels->update();
}

QString ConnectionLayer::key(int pair) const
{
    if (!m_pairs || pair < 0 || size_t(pair) >= m_pairs->size())
        return {};
    const QString &a = m_analysis->design.hosts[size_t(m_pairs->a[size_t(pair)])].id;
    const QString &b = m_analysis->design.hosts[size_t(m_pairs->b[size_t(pair)])].id;
    return a < b ? a + QLatin1Char('|') + b : b + QLatin1Char('|') + a;
}

int ConnectionLayer::pairOf(const QString &k) const
{
    if (!m_pairs)
        return -1;
    if (m_keyIndex.isEmpty())
        for (size_t i = 0; i < m_pairs->size(); ++i)
            m_keyIndex.insert(key(int(i)), int(i));
    return m_keyIndex.value(k, -1);
}

quint8 ConnectionLayer::direction(int pair) const
{
    if (!m_pairs || pair < 0 || size_t(pair) >= m_pairs->size())
        return 0;
    quint8 &d = m_directions[size_t(pair)];
    if (d == 0) {
        const int a = m_pairs->a[size_t(pair)];
        for (int i = m_pairs->offsets[size_t(pair)]; i < m_pairs->offsets[size_t(pair) + 1]; ++i)
            d |= m_analysis->analysis.flows[size_t(m_pairs->flows[size_t(i)])].from == a ? FromA : FromB;
    }
    return d;
}

bool ConnectionLayer::crossing(int pair) const
{
    return m_pairs && pair >= 0 && m_pairs->crossing(size_t(pair));
}

std::vector<int> ConnectionLayer::flows(int pair) const
{
    if (!m_pairs || pair < 0 || size_t(pair) >= m_pairs->size())
        return {};
    return std::vector<int>(m_pairs->flows.begin() + m_pairs->offsets[size_t(pair)],
                            m_pairs->flows.begin() + m_pairs->offsets[size_t(pair) + 1]);
}

ReviewMark ConnectionLayer::openingMark(int opening) const
{
    return m_summary ? m_summary->openingMark(opening) : ReviewMark::NotReviewed;
}

PolicyMark ConnectionLayer::openingPolicy(int opening) const
{
    return m_summary ? m_summary->openingPolicy(opening) : PolicyMark::None;
}

CheckMark ConnectionLayer::openingCheck(int opening) const
{
    return m_summary ? m_summary->openingCheck(opening) : CheckMark::None;
}

DiagramEdge ConnectionLayer::edge(int pair) const
{
    if (!m_pairs || pair < 0 || size_t(pair) >= m_pairs->size())
        return {};
    DiagramEdge e = m_summary->hostEdge(*m_pairs, size_t(pair));
    e.route = route(pair);
    return e;
}

bool ConnectionLayer::drawn(size_t pair) const
{
    return m_items[pair].a && (m_showInternal || m_pairs->crossing(pair));
}

std::vector<QPointF> ConnectionLayer::route(int pair) const
{
    if (pair < 0 || size_t(pair) >= m_items.size() || !m_items[size_t(pair)].a)
        return {};
    if (routed()) {
        ensureHostRoutes();
        if (!m_hostEdges[size_t(pair)].route.empty())
            return m_hostEdges[size_t(pair)].route;
    }
    return {m_items[size_t(pair)].a->center(), m_items[size_t(pair)].b->center()};
}

std::vector<QRectF> ConnectionLayer::titlesOf(const DiagramGeometry &g) const
{
    // The titles as the document has them now (a rename moves no line).
    std::vector<QRectF> titles(g.zones.size());
    for (size_t z = 0; z < g.zones.size(); ++z)
        if (const Zone *zone = m_scene->document()->zone(m_analysis->design.zones[z].id); zone && !g.zones[z].isNull())
            titles[z] = EdgeRouter::titleBand(*zone, g.zones[z]);
    return titles;
}

DiagramGeometry ConnectionLayer::geometry() const
{
    DiagramGeometry g;
    for (const ZoneItem *z : m_zoneItems)
        g.zones.push_back(z ? z->sceneRectangle() : QRectF());
    if (!m_analysis)
        return g;
    for (const HostItem *h : m_hostItems)
        g.cards.push_back(h ? h->cardRect() : QRectF());
    // The devices where their items are (a drag in progress included).
    for (const Firewall &f : m_analysis->design.firewalls) {
        const FirewallItem *item = m_scene->firewalls()->item(f.id);
        g.devices.push_back(item ? deviceRect(item->pos()) : QRectF());
    }
    return g;
}

void ConnectionLayer::ensureTrunkRoutes() const
{
    if (m_trunksRouted || !m_analysis)
        return;
    m_trunksRouted = true;
    // Placed again at their next use; what calls for the routes asks for the repaint.
    m_labels->forget();
    DiagramGeometry g = geometry();
    std::vector<QRectF> titles = titlesOf(g);
    std::vector<std::array<int, 4>> ends;
    ends.reserve(m_trunks.size());
    for (const DiagramEdge &t : m_trunks)
        ends.push_back({int(t.aKind), t.a, int(t.bKind), t.b});
    TrunkLayout &last = m_trunkLayout;
    // The same layout, or the same with zones or devices gone (deleted, the
    // analysis not caught up yet): the trunks left keep their routes, those
    // of what is gone are not drawn; the next analysis routes them anew.
    if (last.ends == ends && onlyGone(last.zones, g.zones) && onlyGone(last.devices, g.devices)
        && onlyGone(last.titles, titles)) {
        for (size_t i = 0; i < m_trunks.size(); ++i) {
            DiagramEdge &t = m_trunks[i];
            const QRectF &b = t.bKind == EndKind::Firewall ? g.devices[size_t(t.b)] : g.zones[size_t(t.b)];
            t.route = g.zones[size_t(t.a)].isNull() || b.isNull() ? std::vector<QPointF>() : last.routes[i];
        }
        return;
    }
    std::vector<DiagramEdge *> edges;
    for (DiagramEdge &t : m_trunks) {
        t.route.clear();
        const QRectF &b = t.bKind == EndKind::Firewall ? g.devices[size_t(t.b)] : g.zones[size_t(t.b)];
        if (!g.zones[size_t(t.a)].isNull() && !b.isNull())
            edges.push_back(&t);
    }
    EdgeRouter router(g, titles);
    router.routeTrunks(edges);
    last.routes.clear();
    for (const DiagramEdge &t : m_trunks)
        last.routes.push_back(t.route);
    last.zones = std::move(g.zones);
    last.devices = std::move(g.devices);
    last.titles = std::move(titles);
    last.ends = std::move(ends);
}

void ConnectionLayer::ensureHostRoutes() const
{
    if (m_hostsRouted || !m_analysis || !routed())
        return;
    m_hostsRouted = true;
    if (m_hostEdges.size() != m_items.size()) {
        m_hostEdges.clear();
        m_hostEdges.reserve(m_items.size());
        for (size_t i = 0; i < m_items.size(); ++i)
            m_hostEdges.push_back(m_summary->hostEdge(*m_pairs, i));
    }
    DiagramGeometry g = geometry();
    const std::vector<QRectF> titles = titlesOf(g);
    std::vector<DiagramEdge *> edges;
    for (size_t i = 0; i < m_hostEdges.size(); ++i) {
        m_hostEdges[i].route.clear();
        if (drawn(i))
            edges.push_back(&m_hostEdges[i]);
    }
    EdgeRouter router(g, titles);
    router.routeHostEdges(edges);
}

void ConnectionLayer::forgetHosts(const QSet<const HostItem *> &items)
{
    if (items.isEmpty())
        return;
    for (Ends &e : m_items)
        if (e.a && (items.contains(e.a) || items.contains(e.b)))
            e = Ends{};
    for (HostItem *&h : m_hostItems)
        if (items.contains(h))
            h = nullptr;
    geometryChanged();
}

bool ConnectionLayer::knowsHost(const QString &id) const
{
    if (!m_analysis)
        return false;
    if (m_hostIds.isEmpty())
        for (const Host &h : m_analysis->design.hosts)
            m_hostIds.insert(h.id);
    return m_hostIds.contains(id);
}

void ConnectionLayer::forgetZone(const ZoneItem *item)
{
    for (ZoneItem *&z : m_zoneItems)
        if (z == item)
            z = nullptr;
    geometryChanged();
}

void ConnectionLayer::setShowInternal(bool show)
{
    if (m_showInternal == show)
        return;
    m_showInternal = show;
    m_hostsRouted = false;
    update();
}

void ConnectionLayer::setSelectedPairs(const QSet<QString> &keys)
{
    m_selected.clear();
    for (const QString &k : keys)
        if (const int p = pairOf(k); p >= 0)
            m_selected.insert(p);
    update();
    m_labels->update();
}

void ConnectionLayer::setHoveredPair(int pair)
{
    if (m_hovered == pair)
        return;
    m_hovered = pair;
    update();
    m_labels->update();
}

void ConnectionLayer::setDetail(Detail detail)
{
    m_detail = detail;
    update();
    m_labels->update();
}

void ConnectionLayer::setFitZoom(qreal zoom)
{
    m_fitZoom = zoom;
    update();
}

qreal ConnectionLayer::hostLevel(qreal zoom) const
{
    switch (m_detail) {
    case Detail::Zones: return 0;
    case Detail::Hosts: return 1;
    case Detail::Automatic: break;
    }
    // A little above fit-to-view the trunks open, over a band of zoom.
    const qreal lo = std::max<qreal>(0.3, m_fitZoom * 1.3);
    const qreal hi = lo * 1.45;
    const qreal t = std::clamp<qreal>((zoom - lo) / (hi - lo), 0, 1);
    return t * t * (3 - 2 * t);
}

QList<int> ConnectionLayer::emphasised() const
{
    QList<int> shown(m_selected.begin(), m_selected.end());
    std::sort(shown.begin(), shown.end());
    if (m_hovered >= 0 && !m_selected.contains(m_hovered))
        shown << m_hovered;
    return shown;
}

std::vector<QRectF> ConnectionLayer::labelObstacles() const
{
    // Labels keep off the cards and the zone titles.
    const DiagramGeometry g = geometry();
    std::vector<QRectF> out = titlesOf(g);
    for (const QRectF &r : g.cards)
        out.push_back(r);
    out.erase(std::remove_if(out.begin(), out.end(), [](const QRectF &r) { return r.isNull(); }), out.end());
    return out;
}

} // namespace pp::views
