#include "render/DiagramSvg.h"

#include "model/catalog/Catalog.h"
#include "model/design/CardGeometry.h"
#include "model/design/Design.h"
#include "model/engine/Analysis.h"
#include "model/engine/FlowText.h"
#include "model/export/ExportText.h"
#include "render/diagram/DiagramShapes.h"

#include <QRegularExpression>

#include <algorithm>

namespace pp {

namespace {

using namespace diagram;

constexpr qreal margin = 20;
const char *const fontFamily = "DejaVu Sans, Arial, Helvetica, sans-serif";

struct ZoneStyle
{
    const char *fill;
    const char *border;
};

ZoneStyle zoneStyle(ZoneKind kind)
{
    switch (kind) {
    case ZoneKind::Internal: return {"#e8f0fa", "#1f5f99"};
    case ZoneKind::Perimeter: return {"#fdf0e1", "#c25e00"};
    case ZoneKind::Internet: return {"#fceaea", "#b02a2a"};
    case ZoneKind::Cloud: return {"#f1eafb", "#6c3483"};
    case ZoneKind::Branch: return {"#e8f6ec", "#1e8449"};
    case ZoneKind::Transit: return {"#eef0f2", "#5d6d7e"};
    }
    return {"#ffffff", "#888888"};
}

QString num(qreal v)
{
    return QString::number(v, 'f', 1);
}

QString points(const std::vector<QPointF> &pts)
{
    QStringList out;
    for (const QPointF &p : pts)
        out << num(p.x()) + QLatin1Char(',') + num(p.y());
    return out.join(QLatin1Char(' '));
}

/// Cuts text to what fits in `width` at `size` px (an average glyph is
/// about 0.6 em wide in the sans fonts used).
QString fit(const QString &text, qreal width, qreal size)
{
    const int chars = qMax(4, int(width / (size * 0.6)));
    return exporttext::singleLine(text, chars);
}

QString text(qreal x, qreal y, qreal size, const QString &value, const QString &extra = {})
{
    return QStringLiteral("<text x=\"%1\" y=\"%2\" font-size=\"%3\"%4>%5</text>\n")
        .arg(num(x), num(y), num(size), extra.isEmpty() ? QString() : QLatin1Char(' ') + extra,
             exporttext::xml(value));
}

QString group(const QString &title)
{
    return QStringLiteral("<g>\n<title>%1</title>\n").arg(exporttext::xml(title));
}

/// stroke, width and dash of a line kind, as SVG attributes.
QString strokeOf(LineKind kind, qreal width)
{
    const LineStyle s = lineStyle(kind);
    QString out = QStringLiteral("fill=\"none\" stroke=\"%1\" stroke-width=\"%2\"").arg(hex(s.color), num(width));
    if (!s.dashes.empty()) {
        QStringList dashes;
        // Dashes grow with the line, as the canvas's pens do.
        for (qreal d : s.dashes)
            dashes << num(d * width / s.width);
        out += QStringLiteral(" stroke-dasharray=\"%1\"").arg(dashes.join(QLatin1Char(',')));
    }
    if (s.roundCap)
        out += QStringLiteral(" stroke-linecap=\"round\"");
    return out;
}

QString polygon(const std::vector<QPointF> &pts, const QColor &fill)
{
    if (pts.empty())
        return {};
    return QStringLiteral("<polygon points=\"%1\" fill=\"%2\"/>\n").arg(points(pts), hex(fill));
}

QString badge(ReviewMark mark, const QPointF &c, qreal r)
{
    if (mark == ReviewMark::NotReviewed)
        return {};
    const QColor color = reviewColor(mark);
    const std::vector<QPointF> outline = badgeOutline(mark, c, r);
    QString svg = outline.empty()
        ? QStringLiteral("<circle cx=\"%1\" cy=\"%2\" r=\"%3\" fill=\"%4\" stroke=\"#ffffff\" stroke-width=\"1.5\"/>\n")
              .arg(num(c.x()), num(c.y()), num(r), hex(color))
        : QStringLiteral("<polygon points=\"%1\" fill=\"%2\" stroke=\"#ffffff\" stroke-width=\"1.5\"/>\n")
              .arg(points(outline), hex(color));
    svg += text(c.x(), c.y() + r * 0.45, r * 1.25, reviewGlyph(mark),
                QStringLiteral("text-anchor=\"middle\" font-weight=\"bold\" fill=\"#ffffff\""));
    return svg;
}

/// Issue 15: the policy mark, a pill filled as far as the policy allows
/// (as the canvas paints it, EdgePainter).
QString policyPill(PolicyMark mark, const QPointF &c, qreal r)
{
    if (mark == PolicyMark::None)
        return {};
    const QColor color = policyColor(mark);
    const QRectF pill = diagram::policyPill(c, r);
    const qreal round = pill.height() / 2;
    const QString rect = QStringLiteral("<rect x=\"%1\" y=\"%2\" width=\"%3\" height=\"%4\" rx=\"%5\" ")
                             .arg(num(pill.x()), num(pill.y()), num(pill.width()), num(pill.height()), num(round));
    QString svg = rect + QStringLiteral("fill=\"#ffffff\" stroke=\"#ffffff\" stroke-width=\"%1\"/>\n").arg(num(r * 0.45));
    const qreal fill = policyFill(mark);
    if (fill >= 1) {
        svg += rect + QStringLiteral("fill=\"%1\"/>\n").arg(hex(color));
    } else if (fill > 0) { // the left half: its round end and up to the middle
        svg += QStringLiteral("<path d=\"M%1,%2 H%3 A%4,%4 0 0 0 %3,%5 H%1 Z\" fill=\"%6\"/>\n")
                   .arg(num(pill.center().x()), num(pill.top()), num(pill.left() + round), num(round), num(pill.bottom()),
                        hex(color));
    }
    return svg + rect + QStringLiteral("fill=\"none\" stroke=\"%1\" stroke-width=\"%2\"/>\n").arg(hex(color), num(r * 0.22));
}

/// Issue 15: the verification mark, a hexagon with a check, a cross or a dash.
QString checkHexagon(CheckMark mark, const QPointF &c, qreal r)
{
    if (mark == CheckMark::None)
        return {};
    const QColor color = checkColor(mark);
    return QStringLiteral("<polygon points=\"%1\" fill=\"#ffffff\" stroke=\"%2\" stroke-width=\"%3\"/>\n")
               .arg(points(checkOutline(c, r)), hex(color), num(r * 0.22))
        + text(c.x(), c.y() + r * 0.45, r * 1.25, checkGlyph(mark),
               QStringLiteral("text-anchor=\"middle\" font-weight=\"bold\" fill=\"%1\"").arg(hex(color)));
}

/// A legend sample for one mark, 28 units wide, centred on y.
QString sample(LegendMark mark, qreal x, qreal y)
{
    const std::vector<QPointF> line{{x, y}, {x + 28, y}};
    switch (mark) {
    case LegendMark::Crossing: return QStringLiteral("<polyline points=\"%1\" %2/>\n").arg(points(line), strokeOf(LineKind::Crossing, 2.5));
    case LegendMark::Internal: return QStringLiteral("<polyline points=\"%1\" %2/>\n").arg(points(line), strokeOf(LineKind::Internal, 1.4));
    case LegendMark::FallbackOnly:
        return QStringLiteral("<polyline points=\"%1\" %2/>\n").arg(points(line), strokeOf(LineKind::FallbackOnly, 2.2));
    case LegendMark::Install: return QStringLiteral("<polyline points=\"%1\" %2/>\n").arg(points(line), strokeOf(LineKind::Install, 2.4));
    case LegendMark::Trunk:
        return QStringLiteral("<polyline points=\"%1\" %2/>\n").arg(points(line), strokeOf(LineKind::Crossing, trunkWidth(8)));
    case LegendMark::Arrow:
        return QStringLiteral("<polyline points=\"%1\" %2/>\n").arg(points({{x, y}, {x + 20, y}}), strokeOf(LineKind::Crossing, 2))
            + polygon(arrowHead({x + 28, y}, {x, y}, 10), lineStyle(LineKind::Crossing).color);
    case LegendMark::Approved:
    case LegendMark::Rejected:
    case LegendMark::Questioned:
    case LegendMark::Stale: {
        const ReviewMark m = mark == LegendMark::Approved ? ReviewMark::Approved
            : mark == LegendMark::Rejected               ? ReviewMark::Rejected
            : mark == LegendMark::Questioned             ? ReviewMark::Questioned
                                                         : ReviewMark::Stale;
        return QStringLiteral("<polyline points=\"%1\" %2/>\n").arg(points(line), strokeOf(LineKind::Crossing, 2)) + badge(m, {x + 14, y}, 7);
    }
    case LegendMark::PolicyAllowed:
    case LegendMark::PolicyPartial:
    case LegendMark::PolicyMissing: {
        const PolicyMark m = mark == LegendMark::PolicyAllowed ? PolicyMark::Allowed
            : mark == LegendMark::PolicyPartial                ? PolicyMark::Partial
                                                               : PolicyMark::Missing;
        return QStringLiteral("<polyline points=\"%1\" %2/>\n").arg(points(line), strokeOf(LineKind::Crossing, 2))
            + policyPill(m, {x + 14, y}, 6);
    }
    case LegendMark::Verified:
    case LegendMark::CheckFailed:
    case LegendMark::Untested: {
        const CheckMark m = mark == LegendMark::Verified ? CheckMark::Verified
            : mark == LegendMark::CheckFailed            ? CheckMark::Failed
                                                         : CheckMark::Untested;
        return QStringLiteral("<polyline points=\"%1\" %2/>\n").arg(points(line), strokeOf(LineKind::Crossing, 2))
            + checkHexagon(m, {x + 14, y}, 7);
    }
    case LegendMark::Firewall:
        return QStringLiteral("<rect x=\"%1\" y=\"%2\" width=\"22\" height=\"14\" rx=\"2\" fill=\"#c0392b\" stroke=\"#7a1f12\"/>\n")
            .arg(num(x + 3), num(y - 7));
    default: return QStringLiteral("<polyline points=\"%1\" %2/>\n").arg(points(line), strokeOf(LineKind::Crossing, 2));
    }
}

/// The legend, in rows across the top, wrapping at `width`; returns its height.
QString legend(const Diagram &d, qreal left, qreal top, qreal width, qreal *height)
{
    QString svg;
    qreal x = left, y = top + 8;
    for (LegendMark mark : d.marks) {
        const QString label = legendText(mark);
        const qreal w = 28 + 8 + label.size() * 11 * 0.58 + 22;
        if (x > left && x + w > left + width) {
            x = left;
            y += 20;
        }
        svg += sample(mark, x, y);
        svg += text(x + 36, y + 4, 11, label, QStringLiteral("fill=\"#444444\""));
        x += w;
    }
    *height = d.marks.empty() ? 0 : y - top + 14;
    return svg;
}

QString zones(const Design &design, const Diagram &d)
{
    static const QRegularExpression colour(QStringLiteral("^#[0-9a-fA-F]{6}$"));
    QString svg;
    for (size_t i = 0; i < design.zones.size(); ++i) {
        const Zone &z = design.zones[i];
        const QRectF r = d.geometry.zones[i];
        const ZoneStyle style = zoneStyle(z.kind);
        const QString border = QLatin1String(style.border);
        const QString fill = colour.match(z.color).hasMatch() ? z.color : QLatin1String(style.fill);
        const QString subnets = z.subnets.join(QStringLiteral(", "));
        svg += group(QStringLiteral("%1 (%2, %3) %4").arg(z.name, z.id, zoneKindName(z.kind), subnets));
        svg += QStringLiteral("<rect x=\"%1\" y=\"%2\" width=\"%3\" height=\"%4\" rx=\"8\" fill=\"%5\" "
                              "stroke=\"%6\" stroke-width=\"1.5\"/>\n")
                   .arg(num(r.x()), num(r.y()), num(r.width()), num(r.height()), fill, border);
        const QString name = fit(z.name.isEmpty() ? z.id : z.name, r.width() * 0.65, 15);
        svg += text(r.x() + 12, r.y() + 21, 15, name, QStringLiteral("font-weight=\"bold\" fill=\"%1\"").arg(border));
        const qreal used = 12 + name.size() * 15 * 0.62 + 14;
        const QString detail = zoneKindName(z.kind) + (subnets.isEmpty() ? QString() : QStringLiteral(" · ") + subnets);
        if (r.width() - used > 60)
            svg += text(r.x() + used, r.y() + 20, 11, fit(detail, r.width() - used - 12, 11),
                        QStringLiteral("fill=\"%1\"").arg(border));
        svg += QStringLiteral("</g>\n");
    }
    return svg;
}

QString edgeTitle(const Design &design, const Catalog &catalog, const Analysis &analysis, const DiagramEdge &e)
{
    if (e.isTrunk()) {
        const Zone &a = design.zones[size_t(e.a)];
        const QString b = e.bKind == EndKind::Firewall ? design.firewalls[size_t(e.b)].name : design.zones[size_t(e.b)].name;
        return QStringLiteral("%1 <-> %2\n%3").arg(a.name, b, trunkLabel(e));
    }
    const FlowText ft(design, catalog);
    QStringList lines;
    for (int fi : e.flows) {
        const Flow &f = analysis.flows[size_t(fi)];
        if (lines.size() == 12) {
            lines << QStringLiteral("... %1 more").arg(e.flows.size() - 12);
            break;
        }
        lines << QStringLiteral("%1 -> %2  %3 %4  %5").arg(ft.fromId(f), ft.toId(f), protocolName(f.protocol), ft.port(f), ft.ref(f));
    }
    return lines.join(QLatin1Char('\n'));
}

QString edges(const Design &design, const Catalog &catalog, const Analysis &analysis, const Diagram &d)
{
    QString svg;
    for (const DiagramEdge &e : d.edges) {
        if (e.route.size() < 2)
            continue;
        const qreal width = e.isTrunk() ? trunkWidth(int(e.openings.size())) : lineStyle(e.kind).width;
        const QColor color = lineStyle(e.kind).color;
        svg += group(edgeTitle(design, catalog, analysis, e));
        // Solid strokes: opacity makes a raster renderer composite every
        // line on its own, and an XL design has tens of thousands.
        svg += QStringLiteral("<polyline points=\"%1\" %2/>\n").arg(points(e.route), strokeOf(e.kind, width));
        const qreal head = std::max<qreal>(11, width * 2.4);
        if (e.arrows & DiagramEdge::AtB)
            svg += polygon(arrowHead(e.route.back(), approach(e.route, true), head), color);
        if (e.arrows & DiagramEdge::AtA)
            svg += polygon(arrowHead(e.route.front(), approach(e.route, false), head), color);
        svg += QStringLiteral("</g>\n");
    }
    return svg;
}

/// Trunk labels, review badges and issue 15's marks, over the cards.
QString marks(const Diagram &d)
{
    QString svg;
    for (size_t i = 0; i < d.edges.size(); ++i) {
        const DiagramEdge &e = d.edges[i];
        const QRectF &l = d.labels[i];
        if (!l.isNull()) {
            svg += QStringLiteral("<rect x=\"%1\" y=\"%2\" width=\"%3\" height=\"%4\" rx=\"4\" fill=\"#ffffff\" stroke=\"%5\" "
                                  "stroke-width=\"1\"/>\n")
                       .arg(num(l.x()), num(l.y()), num(l.width()), num(l.height()), hex(lineStyle(e.kind).color));
            svg += text(l.center().x(), l.center().y() + Diagram::labelFontSize * 0.36, Diagram::labelFontSize,
                        trunkLabel(e), QStringLiteral("text-anchor=\"middle\" fill=\"#1b2631\""));
        }
        if (!e.crossing || e.route.size() < 2)
            continue;
        const qreal r = 8;
        if (l.isNull()) {
            // On the line, around its middle, as on the canvas.
            const MarkPlaces at = markPlaces(e.route, r * 2.8);
            svg += policyPill(e.policy, at.policy, r) + badge(e.review, at.review, r) + checkHexagon(e.check, at.check, r);
            continue;
        }
        // Beside the trunk's label: the review before it, policy and verification after.
        svg += badge(e.review, QPointF(l.left() - 11, l.center().y()), r);
        qreal x = l.right() + 4;
        if (e.policy != PolicyMark::None) {
            svg += policyPill(e.policy, QPointF(x + r * 1.2, l.center().y()), r);
            x += r * 2.4 + 4;
        }
        svg += checkHexagon(e.check, QPointF(x + r, l.center().y()), r);
    }
    return svg;
}

QString hosts(const Design &design, const Catalog &catalog, const Diagram &d)
{
    QString svg;
    for (size_t i = 0; i < design.hosts.size(); ++i) {
        const Host &h = design.hosts[i];
        const QRectF r = d.geometry.cards[i];
        QStringList roles;
        for (const QString &id : h.roles) {
            const Role *role = catalog.role(id);
            roles << (role ? role->name : id);
        }
        const Role *first = h.roles.isEmpty() ? nullptr : catalog.role(h.roles.constFirst());
        QString name = h.name.isEmpty() ? h.id : h.name;
        if (h.machineCount() > 1)
            name += QStringLiteral(" (x%1)").arg(h.machineCount());
        const QString addresses = h.addresses.isEmpty() ? QStringLiteral("no address") : h.addresses.join(QStringLiteral(", "));
        svg += group(QStringLiteral("%1\n%2\n%3").arg(name, roles.join(QStringLiteral(", ")), addresses));
        svg += QStringLiteral("<rect x=\"%1\" y=\"%2\" width=\"%3\" height=\"%4\" rx=\"6\" fill=\"#ffffff\" "
                              "stroke=\"#a8b0b8\" stroke-width=\"1\"/>\n")
                   .arg(num(r.x()), num(r.y()), num(r.width()), num(r.height()));
        svg += QStringLiteral("<path d=\"M%1,%2 h5 v%3 h-5 z\" fill=\"%4\"/>\n")
                   .arg(num(r.x() + 0.5), num(r.y() + 3), num(r.height() - 6), hex(accentColor(first ? first->group : QString())));
        svg += text(r.x() + 14, r.y() + 21, 14, fit(name, r.width() - 22, 14),
                    QStringLiteral("font-weight=\"bold\" fill=\"#212529\""));
        svg += text(r.x() + 14, r.y() + 41, 11, fit(roles.join(QStringLiteral(", ")), r.width() - 22, 11),
                    QStringLiteral("fill=\"#34495e\""));
        svg += text(r.x() + 14, r.y() + 59, 11, fit(addresses, r.width() - 22, 11), QStringLiteral("fill=\"#5f6770\""));
        svg += QStringLiteral("</g>\n");
    }
    return svg;
}

/// Rule 10: each firewall as the canvas draws it, a brick-walled box with
/// its name and platform, and a thin link to each zone it sits in.
QString devices(const Design &design, const Diagram &d)
{
    QString svg;
    for (size_t i = 0; i < design.firewalls.size() && i < d.geometry.devices.size(); ++i) {
        const Firewall &f = design.firewalls[i];
        const QRectF r = d.geometry.devices[i];
        const QString name = f.name.isEmpty() ? f.id : f.name;
        svg += group(QStringLiteral("%1 (%2)").arg(name, platformName(f.platform)));
        for (const FirewallInterface &in : f.interfaces) {
            const int z = design.zoneIndex(in.zone);
            if (z < 0)
                continue;
            const QRectF zone = d.geometry.zones[size_t(z)];
            const QPointF c = r.center();
            QPointF end(std::clamp(c.x(), zone.left(), zone.right()), std::clamp(c.y(), zone.top(), zone.bottom()));
            if (end == c) // inside the zone: to its nearest side
                end = std::min({c.x() - zone.left(), zone.right() - c.x()}) < std::min({c.y() - zone.top(), zone.bottom() - c.y()})
                    ? QPointF(c.x() - zone.left() < zone.right() - c.x() ? zone.left() : zone.right(), c.y())
                    : QPointF(c.x(), c.y() - zone.top() < zone.bottom() - c.y() ? zone.top() : zone.bottom());
            svg += QStringLiteral("<line x1=\"%1\" y1=\"%2\" x2=\"%3\" y2=\"%4\" stroke=\"#6c757d\" stroke-width=\"1.5\" "
                                  "stroke-dasharray=\"4 3\"/>\n").arg(num(c.x()), num(c.y()), num(end.x()), num(end.y()));
            svg += QStringLiteral("<circle cx=\"%1\" cy=\"%2\" r=\"4\" fill=\"#6c757d\"/>\n").arg(num(end.x()), num(end.y()));
        }
        svg += QStringLiteral("<rect x=\"%1\" y=\"%2\" width=\"%3\" height=\"%4\" rx=\"4\" fill=\"#c0392b\" "
                              "stroke=\"#7a1f12\" stroke-width=\"2\"/>\n")
                   .arg(num(r.x()), num(r.y()), num(r.width()), num(r.height()));
        for (int row = 1; row < 3; ++row)
            svg += QStringLiteral("<line x1=\"%1\" y1=\"%2\" x2=\"%3\" y2=\"%2\" stroke=\"#f5d0c5\" stroke-width=\"1.5\"/>\n")
                       .arg(num(r.left() + 3), num(r.top() + row * r.height() / 3), num(r.right() - 3));
        svg += text(r.center().x(), r.bottom() + 15, 12, name, QStringLiteral("text-anchor=\"middle\" font-weight=\"bold\" fill=\"#212529\""));
        svg += text(r.center().x(), r.bottom() + 29, 10, platformName(f.platform), QStringLiteral("text-anchor=\"middle\" fill=\"#6c757d\""));
        svg += QStringLiteral("</g>\n");
    }
    return svg;
}

} // namespace

QByteArray diagramSvg(const Design &design, const Catalog &catalog, const Analysis &analysis, const Diagram &d)
{
    QRectF bounds = d.bounds;
    if (bounds.isEmpty())
        bounds = QRectF(0, 0, 400, 120);
    // The title and the legend go above the drawing, as wide as it.
    qreal legendHeight = 0;
    const QString key = legend(d, bounds.x(), bounds.y(), std::max<qreal>(bounds.width(), 600), &legendHeight);
    const qreal header = 30 + legendHeight + 10;
    const QRectF page = bounds.adjusted(-margin, -margin - header, margin, margin);
    const qreal keyShift = -header;

    QString svg;
    svg += QStringLiteral("<svg xmlns=\"http://www.w3.org/2000/svg\" version=\"1.1\" width=\"%1\" height=\"%2\" "
                          "viewBox=\"%3 %4 %1 %2\" font-family=\"%5\">\n")
               .arg(num(page.width()), num(page.height()), num(page.x()), num(page.y()), QLatin1String(fontFamily));
    svg += QStringLiteral("<title>%1</title>\n").arg(exporttext::xml(design.name));
    svg += QStringLiteral("<rect x=\"%1\" y=\"%2\" width=\"%3\" height=\"%4\" fill=\"#ffffff\"/>\n")
               .arg(num(page.x()), num(page.y()), num(page.width()), num(page.height()));
    svg += text(bounds.x(), bounds.y() + keyShift + 14, 16, design.name, QStringLiteral("font-weight=\"bold\" fill=\"#222222\""));
    svg += QStringLiteral("<g transform=\"translate(0,%1)\">\n%2</g>\n").arg(num(keyShift + 26), key);
    svg += zones(design, d);
    svg += devices(design, d);
    svg += edges(design, catalog, analysis, d);
    svg += hosts(design, catalog, d);
    svg += marks(d);
    svg += QStringLiteral("</svg>\n");
    return svg.toUtf8();
}

QByteArray designDiagramSvg(const Design &design, const Catalog &catalog, const Analysis &analysis,
                            const DiagramOptions &options)
{
    return diagramSvg(design, catalog, analysis, Diagram::build(design, catalog, analysis, options));
}

} // namespace pp
