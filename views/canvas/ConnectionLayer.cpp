#include "views/canvas/ConnectionLayer.h"

#include "views/canvas/CanvasStyle.h"
#include "views/canvas/DesignScene.h"
#include "views/canvas/HostItem.h"
#include "views/canvas/ZoneItem.h"

#include <QFontMetricsF>
#include <QPainter>
#include <QStyleOptionGraphicsItem>

#include <algorithm>
#include <cmath>
#include <optional>

namespace pp::views {

namespace {

/// Above this many pairs, a zoomed-out view draws zone bundles instead.
constexpr int bundleThreshold = 3000;

qreal distanceToSegment(const QPointF &p, const QPointF &a, const QPointF &b)
{
    const QPointF ab = b - a;
    const qreal len2 = QPointF::dotProduct(ab, ab);
    qreal t = len2 > 0 ? QPointF::dotProduct(p - a, ab) / len2 : 0;
    t = std::clamp<qreal>(t, 0, 1);
    const QPointF closest = a + t * ab;
    return std::hypot(p.x() - closest.x(), p.y() - closest.y());
}

/// Where the line from a card's centre towards `toward` leaves the card.
std::optional<QPointF> borderPoint(const QRectF &card, const QPointF &toward)
{
    const QPointF c = card.center();
    const QPointF d = toward - c;
    const qreal tx = d.x() != 0 ? card.width() / 2 / std::abs(d.x()) : 1e9;
    const qreal ty = d.y() != 0 ? card.height() / 2 / std::abs(d.y()) : 1e9;
    const qreal t = std::min(tx, ty);
    if (t >= 1) // the other card's centre is inside this card: no room for an arrow
        return std::nullopt;
    return c + d * t;
}

void drawArrowHead(QPainter *painter, const QPointF &tip, const QPointF &from, qreal length)
{
    const QPointF d = tip - from;
    const qreal len = std::hypot(d.x(), d.y());
    if (len < length * 2)
        return;
    const QPointF u = d / len;
    const QPointF n(-u.y(), u.x());
    const QPointF base = tip - u * length;
    const QPointF head[] = {tip, base + n * length * 0.45, base - n * length * 0.45};
    painter->drawPolygon(head, 3);
}

QRectF cardRect(const HostItem *item)
{
    return QRectF(item->pos(), QSizeF(style::hostWidth, style::hostHeight));
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
    for (const Ends &e : m_items)
        if (e.a)
            bounds |= QRectF(e.a->center(), e.b->center()).normalized();
    if (bounds != m_bounds) {
        prepareGeometryChange();
        m_bounds = bounds.adjusted(-40, -40, 40, 40); // room for captions beside the lines
    }
    update();
}

void ConnectionLayer::rebuild(const AnalysisPtr &analysis, const QHash<QString, HostItem *> &hosts,
                              const QHash<QString, ZoneItem *> &zones)
{
    const QSet<QString> selected = [this] {
        QSet<QString> keys;
        for (int p : std::as_const(m_selected))
            keys.insert(key(p));
        return keys;
    }();
    m_analysis = analysis;
    m_items.clear();
    m_bundles.clear();
    m_directions.clear();
    m_keyIndex.clear();
    m_selected.clear();
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
        // Snapshot host index -> current item, once per host.
        std::vector<HostItem *> itemOf(d.hosts.size(), nullptr);
        for (size_t h = 0; h < d.hosts.size(); ++h)
            itemOf[h] = hosts.value(d.hosts[h].id);
        m_items.resize(m_pairs->size());
        m_directions.assign(m_pairs->size(), 0);
        QHash<quint64, int> bundleIndex;
        std::vector<ZoneItem *> zoneOf(d.zones.size(), nullptr);
        for (size_t z = 0; z < d.zones.size(); ++z)
            zoneOf[z] = zones.value(d.zones[z].id);
        for (size_t i = 0; i < m_pairs->size(); ++i) {
            HostItem *a = itemOf[size_t(m_pairs->a[i])];
            HostItem *b = itemOf[size_t(m_pairs->b[i])];
            if (!a || !b)
                continue; // the document has moved on; the next analysis catches up
            m_items[i] = {a, b};
            if (!m_pairs->crossing(i))
                continue;
            const Flow &f = analysis->analysis.flows[size_t(m_pairs->flows[size_t(m_pairs->offsets[i])])];
            ZoneItem *za = f.fromZone >= 0 ? zoneOf[size_t(f.fromZone)] : nullptr;
            ZoneItem *zb = f.toZone >= 0 ? zoneOf[size_t(f.toZone)] : nullptr;
            if (!za || !zb || za == zb)
                continue;
            const quint64 bk = (quint64(quint32(std::min(f.fromZone, f.toZone))) << 32) | quint32(std::max(f.fromZone, f.toZone));
            auto it = bundleIndex.constFind(bk);
            if (it == bundleIndex.constEnd()) {
                bundleIndex.insert(bk, int(m_bundles.size()));
                m_bundles.push_back({za, zb, 1});
            } else {
                ++m_bundles[size_t(*it)].pairs;
            }
        }
    }
    if (!selected.isEmpty())
        setSelectedPairs(selected);
    resolveMarks();
    geometryChanged();
}

void ConnectionLayer::setMarks(const QHash<QString, Mark> &byPairKey)
{
    m_markKeys = byPairKey;
    resolveMarks();
    update();
}

void ConnectionLayer::resolveMarks()
{
    m_marks.clear();
    for (auto it = m_markKeys.constBegin(); it != m_markKeys.constEnd(); ++it)
        if (const int p = pairOf(it.key()); p >= 0 && it.value() != NoMark)
            m_marks.insert(p, it.value());
}

void ConnectionLayer::setCaption(const QString &caption)
{
    if (caption == m_caption)
        return;
    m_caption = caption;
    update();
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

int ConnectionLayer::pairAt(const QPointF &p, qreal tolerance) const
{
    int best = -1;
    qreal bestDistance = tolerance;
    for (size_t i = 0; i < m_items.size(); ++i) {
        const Ends &e = m_items[i];
        if (!e.a || (!m_pairs->crossing(i) && !m_showInternal))
            continue;
        const QPointF a = e.a->center();
        const QPointF b = e.b->center();
        if (!QRectF(a, b).normalized().adjusted(-tolerance, -tolerance, tolerance, tolerance).contains(p))
            continue;
        const qreal d = distanceToSegment(p, a, b);
        if (d <= bestDistance) {
            bestDistance = d;
            best = int(i);
        }
    }
    return best;
}

void ConnectionLayer::forgetHosts(const QSet<const HostItem *> &items)
{
    if (items.isEmpty())
        return;
    for (Ends &e : m_items)
        if (e.a && (items.contains(e.a) || items.contains(e.b)))
            e = Ends{};
    update();
}

QSet<QString> ConnectionLayer::pairsTouching(const QSet<const HostItem *> &items) const
{
    QSet<QString> keys;
    for (size_t i = 0; i < m_items.size(); ++i)
        if (m_items[i].a && (items.contains(m_items[i].a) || items.contains(m_items[i].b)))
            keys.insert(key(int(i)));
    return keys;
}

void ConnectionLayer::forgetZone(const ZoneItem *item)
{
    m_bundles.erase(std::remove_if(m_bundles.begin(), m_bundles.end(),
                                   [item](const Bundle &b) { return b.from == item || b.to == item; }),
                    m_bundles.end());
    update();
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
    m_selected.clear();
    for (const QString &k : keys)
        if (const int p = pairOf(k); p >= 0)
            m_selected.insert(p);
    update();
}

void ConnectionLayer::paint(QPainter *painter, const QStyleOptionGraphicsItem *option, QWidget *)
{
    if (!m_pairs)
        return;
    const qreal lod = option->levelOfDetailFromTransform(painter->worldTransform());
    const QRectF exposed = option->exposedRect;
    painter->setRenderHint(QPainter::Antialiasing, lod > 0.3);
    if (pairCount() > bundleThreshold && lod < 0.25) {
        // Zone-to-zone bundles, thicker for more host pairs.
        for (const Bundle &b : m_bundles) {
            const QPointF a = b.from->sceneRectangle().center();
            const QPointF c = b.to->sceneRectangle().center();
            // A few device pixels wide, growing slowly with the pairs bundled;
            // a light, opaque orange (blending thick lines costs the repaint).
            painter->setPen(QPen(style::crossingColor().lighter(150), (1 + std::log2(1.0 + b.pairs) / 2) / lod,
                                 Qt::SolidLine, Qt::RoundCap));
            painter->drawLine(a, c);
        }
        return;
    }
    const qreal px = 1.0 / std::max<qreal>(lod, 0.01); // one device pixel in scene units
    const QPen internal(style::internalColor(), std::max<qreal>(1.2, 1.2 * px), Qt::DashLine);
    const QPen crossing(style::crossingColor(), std::max<qreal>(2.5, 2 * px));
    const QPen fallback(style::fallbackColor(), std::max<qreal>(2.0, 1.5 * px), Qt::DashDotLine);
    const QPen selected(style::selectionColor(), std::max<qreal>(4.0, 3 * px));
    // Arrowheads (which end starts the connection) once they are big enough
    // to read and few enough to draw quickly.
    const bool arrows = lod >= 0.3 && pairCount() <= bundleThreshold;
    const qreal arrow = std::max<qreal>(11, 8 * px);
    std::vector<size_t> selectedPairs;
    auto draw = [&](size_t i, const QPen &pen) {
        const Ends &e = m_items[i];
        const QPointF a = e.a->center();
        const QPointF b = e.b->center();
        painter->setPen(pen);
        painter->drawLine(a, b);
        if (!arrows)
            return;
        const quint8 dir = direction(int(i));
        painter->setPen(Qt::NoPen);
        painter->setBrush(pen.color());
        if (dir & FromA)
            if (const auto tip = borderPoint(cardRect(e.b), a))
                drawArrowHead(painter, *tip, a, arrow);
        if (dir & FromB)
            if (const auto tip = borderPoint(cardRect(e.a), b))
                drawArrowHead(painter, *tip, b, arrow);
    };
    // Quiet lines first, crossings over them, the selection on top.
    for (int pass = 0; pass < 2; ++pass)
        for (size_t i = 0; i < m_items.size(); ++i) {
            const Ends &e = m_items[i];
            const bool cross = m_pairs->crossing(i);
            if (!e.a || cross != (pass == 1) || (!cross && !m_showInternal))
                continue;
            if (!exposed.intersects(QRectF(e.a->center(), e.b->center()).normalized().adjusted(-arrow, -arrow, arrow, arrow)))
                continue;
            if (m_selected.contains(int(i))) {
                selectedPairs.push_back(i);
                continue;
            }
            draw(i, !cross ? internal : m_pairs->fallbackOnly(i) ? fallback : crossing);
        }
    for (size_t i : selectedPairs)
        draw(i, selected);
    if (lod < 0.3)
        return; // badges and captions only where they can be read
    paintMarks(painter, exposed, px);
    if (!m_caption.isEmpty())
        for (size_t i : selectedPairs)
            paintCaption(painter, i, px);
}

void ConnectionLayer::paintMarks(QPainter *painter, const QRectF &exposed, qreal px) const
{
    const qreal r = std::max<qreal>(8, 7 * px);
    QFont font = painter->font();
    font.setBold(true);
    font.setPixelSize(std::max(1, int(r * 1.4)));
    painter->setFont(font);
    for (auto it = m_marks.constBegin(); it != m_marks.constEnd(); ++it) {
        const Ends &e = m_items[size_t(it.key())];
        if (!e.a || !e.b)
            continue;
        const QPointF mid = (e.a->center() + e.b->center()) / 2;
        if (!exposed.contains(mid))
            continue;
        const QColor color = it.value() == Approved   ? QColor(0x1e, 0x84, 0x49)
                           : it.value() == Rejected   ? QColor(0xa9, 0x32, 0x26)
                                                      : QColor(0xb9, 0x77, 0x0e);
        const QString glyph = it.value() == Approved ? QStringLiteral("\u2713")
                            : it.value() == Rejected ? QStringLiteral("\u2717")
                                                     : QStringLiteral("?");
        const QRectF disc(mid - QPointF(r, r), QSizeF(2 * r, 2 * r));
        painter->setPen(QPen(Qt::white, std::max<qreal>(1.5, px)));
        painter->setBrush(color);
        painter->drawEllipse(disc);
        painter->setPen(Qt::white);
        painter->drawText(disc, Qt::AlignCenter, glyph);
    }
}

void ConnectionLayer::paintCaption(QPainter *painter, size_t pair, qreal px) const
{
    const Ends &e = m_items[pair];
    QFont font = painter->font();
    font.setBold(true);
    font.setPixelSize(std::max(1, int(13 * std::max<qreal>(1, px))));
    painter->setFont(font);
    const QFontMetricsF metrics(font);
    const QPointF mid = (e.a->center() + e.b->center()) / 2;
    const qreal pad = 4 * std::max<qreal>(1, px);
    QRectF box(QPointF(), QSizeF(metrics.horizontalAdvance(m_caption) + 2 * pad, metrics.height() + pad));
    // Beside the line's middle (where a review badge may sit), not on it.
    box.moveCenter(mid + QPointF(0, -box.height()));
    painter->setPen(QPen(style::selectionColor(), std::max<qreal>(1, px)));
    painter->setBrush(Qt::white);
    painter->drawRoundedRect(box, pad, pad);
    painter->setPen(style::selectionColor());
    painter->drawText(box, Qt::AlignCenter, m_caption);
}

} // namespace pp::views
