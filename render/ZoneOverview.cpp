#include "render/ZoneOverview.h"

#include "model/design/Design.h"
#include "model/export/ChangeRequest.h"

#include <QFont>
#include <QFontMetricsF>
#include <QHash>
#include <QPainter>
#include <QPainterPath>

#include <cmath>
#include <map>

namespace pp {

namespace {

struct Colors
{
    QColor fill, edge;
};

/// The canvas's and the SVG diagram's colours per kind of zone.
Colors colors(ZoneKind kind)
{
    switch (kind) {
    case ZoneKind::Internal: return {QColor(0xe8, 0xf0, 0xfa), QColor(0x1f, 0x5f, 0x99)};
    case ZoneKind::Perimeter: return {QColor(0xfd, 0xf0, 0xe1), QColor(0xc2, 0x5e, 0x00)};
    case ZoneKind::Internet: return {QColor(0xfc, 0xea, 0xea), QColor(0xb0, 0x2a, 0x2a)};
    case ZoneKind::Cloud: return {QColor(0xf1, 0xea, 0xfb), QColor(0x6c, 0x34, 0x83)};
    case ZoneKind::Branch: return {QColor(0xe8, 0xf6, 0xec), QColor(0x1e, 0x84, 0x49)};
    default: return {Qt::white, QColor(0x88, 0x88, 0x88)};
    }
}

/// Translucent: where many pairs meet, the arrows stay apart to the eye.
const QColor crossing(0xd3, 0x54, 0x00, 150);

void arrowHead(QPainter &p, QPointF from, QPointF to, qreal size)
{
    const QLineF line(to, from);
    if (line.length() <= 0)
        return;
    const QLineF unit = line.unitVector();
    const QPointF back = to + (unit.p2() - unit.p1()) * size;
    const QPointF normal(-(unit.p2() - unit.p1()).y() * size / 2, (unit.p2() - unit.p1()).x() * size / 2);
    QPainterPath head;
    head.moveTo(to);
    head.lineTo(back + normal);
    head.lineTo(back - normal);
    head.closeSubpath();
    p.fillPath(head, crossing);
}

} // namespace

ZoneOverview::ZoneOverview(const Design &design, const ChangeRequest &request)
    : m_design(design)
    , m_request(request)
{
}

void ZoneOverview::draw(QPainter &p, const QRectF &area) const
{
    QRectF bounds;
    for (const Zone &z : m_design.zones)
        bounds = bounds.isNull() ? z.rect : bounds.united(z.rect);
    if (bounds.isEmpty())
        return;
    const qreal scale = std::min(area.width() / bounds.width(), area.height() / bounds.height());
    const QPointF origin(area.left() + (area.width() - bounds.width() * scale) / 2, area.top());
    auto map = [&](const QRectF &r) {
        return QRectF(origin + (r.topLeft() - bounds.topLeft()) * scale, r.size() * scale);
    };
    QHash<QString, int> hosts;
    for (const Host &h : m_design.hosts)
        ++hosts[h.zone];
    QHash<QString, QRectF> placed;

    p.save();
    const qreal unit = std::max(area.width(), area.height()) / 400;
    QFont font(QStringLiteral("DejaVu Sans"));
    font.setPixelSize(std::max(1, qRound(unit * 2.6)));
    p.setFont(font);
    const QFontMetricsF metrics(font);
    for (const Zone &z : m_design.zones) {
        const QRectF r = map(z.rect);
        placed.insert(z.id, r);
        const Colors c = colors(z.kind);
        p.setPen(QPen(c.edge, unit * 0.3));
        p.setBrush(c.fill);
        p.drawRect(r);
        p.setPen(c.edge);
        const QString label = QStringLiteral("%1 (%2)").arg(z.name.isEmpty() ? z.id : z.name).arg(hosts.value(z.id));
        p.drawText(r.adjusted(unit, unit, -unit, -unit), Qt::AlignLeft | Qt::AlignTop | Qt::TextWordWrap,
                   metrics.elidedText(label, Qt::ElideRight, std::max(r.width() - 2 * unit, unit) * 2));
    }

    // One arrow per zone pair with lines, from the initiating zone.
    std::map<std::pair<QString, QString>, int> pairs;
    for (const RequestLine &line : m_request.lines)
        ++pairs[{line.source.zoneId, line.destination.zoneId}];
    for (const auto &[pair, count] : pairs) {
        if (!placed.contains(pair.first) || !placed.contains(pair.second))
            continue;
        QLineF line(placed.value(pair.first).center(), placed.value(pair.second).center());
        // Both directions of a pair run side by side, not on top of each other.
        const QPointF shift = QPointF(-line.dy(), line.dx()) / std::max(line.length(), 1.0) * unit * 1.2;
        line.translate(shift);
        p.setPen(QPen(crossing, unit * (0.1 + 0.12 * std::log2(1 + count)), Qt::SolidLine, Qt::RoundCap));
        p.drawLine(line.p1(), line.pointAt(0.92));
        arrowHead(p, line.p1(), line.pointAt(0.92), unit * 1.6);
        p.setPen(Qt::black);
        p.drawText(line.pointAt(0.5), QString::number(count));
    }
    p.restore();
}

} // namespace pp
