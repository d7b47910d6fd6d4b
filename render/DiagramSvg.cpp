#include "render/DiagramSvg.h"

#include "model/engine/Analysis.h"
#include "model/design/CardGeometry.h"
#include "model/catalog/Catalog.h"
#include "model/design/Design.h"
#include "model/export/ExportText.h"

#include <QLineF>
#include <QRegularExpression>

#include <cmath>
#include <map>

namespace pp {

namespace {

// The canvas' host card size, so the drawing matches what the architect drew.
using geometry::hostHeight;
using geometry::hostWidth;
constexpr qreal margin = 20;
constexpr qreal header = 34;
const char *const fontFamily = "DejaVu Sans, Arial, Helvetica, sans-serif";
const char *const crossingColor = "#d35400";

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

QRectF hostRect(const Host &h)
{
    return QRectF(h.pos, QSizeF(hostWidth, hostHeight));
}

/// Where the segment from the card's centre towards `towards` leaves the card.
QPointF borderPoint(const QRectF &card, const QPointF &towards)
{
    const QPointF c = card.center();
    const QPointF d = towards - c;
    if (qFuzzyIsNull(d.x()) && qFuzzyIsNull(d.y()))
        return c;
    const qreal sx = qFuzzyIsNull(d.x()) ? 1e9 : (card.width() / 2) / std::abs(d.x());
    const qreal sy = qFuzzyIsNull(d.y()) ? 1e9 : (card.height() / 2) / std::abs(d.y());
    return c + d * qMin(1.0, qMin(sx, sy));
}

/// A filled triangle at `tip` pointing away from `from` (QSvgRenderer draws
/// no markers, so arrowheads are shapes of their own).
QString arrowHead(const QPointF &tip, const QPointF &from)
{
    QLineF back(tip, from);
    if (back.length() < 1)
        return {};
    back.setLength(12);
    QLineF left = back, right = back;
    left.setAngle(back.angle() + 25);
    right.setAngle(back.angle() - 25);
    return QStringLiteral("<polygon points=\"%1,%2 %3,%4 %5,%6\" fill=\"%7\"/>\n")
        .arg(num(tip.x()), num(tip.y()), num(left.p2().x()), num(left.p2().y()), num(right.p2().x()),
             num(right.p2().y()), QLatin1String(crossingColor));
}

QString zones(const Design &design)
{
    static const QRegularExpression colour(QStringLiteral("^#[0-9a-fA-F]{6}$"));
    QString svg;
    for (const Zone &z : design.zones) {
        const ZoneStyle style = zoneStyle(z.kind);
        const QString border = QLatin1String(style.border);
        const QString fill = colour.match(z.color).hasMatch() ? z.color : QLatin1String(style.fill);
        const QString subnets = z.subnets.join(QStringLiteral(", "));
        svg += QStringLiteral("<g>\n<title>%1</title>\n")
                   .arg(exporttext::xml(QStringLiteral("%1 (%2, %3) %4").arg(z.name, z.id, zoneKindName(z.kind), subnets)));
        svg += QStringLiteral("<rect x=\"%1\" y=\"%2\" width=\"%3\" height=\"%4\" rx=\"8\" fill=\"%5\" "
                              "stroke=\"%6\" stroke-width=\"1.5\"/>\n")
                   .arg(num(z.rect.x()), num(z.rect.y()), num(z.rect.width()), num(z.rect.height()), fill, border);
        const QString title = subnets.isEmpty() ? z.name : QStringLiteral("%1   %2").arg(z.name, subnets);
        svg += text(z.rect.x() + 10, z.rect.y() + 20, 13, fit(title, z.rect.width() - 20, 13),
                    QStringLiteral("font-weight=\"bold\" fill=\"%1\"").arg(border));
        svg += QStringLiteral("</g>\n");
    }
    return svg;
}

/// One line per pair of hosts with crossing flows, its ports in the
/// tooltip; arrowheads mark the side that answers.
QString crossings(const Design &design, const Analysis &analysis)
{
    struct Pair
    {
        QStringList forward, backward; ///< ports first -> second, second -> first
    };
    std::map<std::pair<int, int>, Pair> pairs;
    for (const Flow &f : analysis.flows) {
        if (!f.crossing() || f.from == f.to)
            continue;
        const auto key = std::minmax(f.from, f.to);
        Pair &p = pairs[key];
        QStringList &ports = f.from == key.first ? p.forward : p.backward;
        const QString port = protocolName(f.protocol) + QLatin1Char(' ')
            + (f.protocol == Protocol::Icmp ? (f.row ? f.row->port : QStringLiteral("any")) : f.range.toString());
        if (!ports.contains(port))
            ports << port;
    }
    QString svg;
    for (const auto &[key, p] : pairs) {
        const Host &a = design.hosts[size_t(key.first)];
        const Host &b = design.hosts[size_t(key.second)];
        const QRectF ra = hostRect(a), rb = hostRect(b);
        const QPointF pa = borderPoint(ra, rb.center()), pb = borderPoint(rb, ra.center());
        QStringList tip;
        if (!p.forward.isEmpty())
            tip << QStringLiteral("%1 -> %2: %3").arg(a.name, b.name, p.forward.join(QStringLiteral(", ")));
        if (!p.backward.isEmpty())
            tip << QStringLiteral("%1 -> %2: %3").arg(b.name, a.name, p.backward.join(QStringLiteral(", ")));
        const auto ports = p.forward.size() + p.backward.size();
        svg += QStringLiteral("<g>\n<title>%1</title>\n").arg(exporttext::xml(tip.join(QLatin1Char('\n'))));
        // Solid strokes: opacity makes a raster renderer composite every
        // line on its own, and an XL design has tens of thousands.
        svg += QStringLiteral("<line x1=\"%1\" y1=\"%2\" x2=\"%3\" y2=\"%4\" stroke=\"%5\" stroke-width=\"%6\"/>\n")
                   .arg(num(pa.x()), num(pa.y()), num(pb.x()), num(pb.y()), QLatin1String(crossingColor),
                        num(qMin(4.0, 1.5 + ports * 0.25)));
        if (!p.forward.isEmpty())
            svg += arrowHead(pb, pa);
        if (!p.backward.isEmpty())
            svg += arrowHead(pa, pb);
        svg += QStringLiteral("</g>\n");
    }
    return svg;
}

QString hosts(const Design &design, const Catalog &catalog)
{
    QString svg;
    for (const Host &h : design.hosts) {
        const QRectF r = hostRect(h);
        QStringList roles;
        for (const QString &id : h.roles) {
            const Role *role = catalog.role(id);
            roles << (role ? role->name : id);
        }
        QString name = h.name.isEmpty() ? h.id : h.name;
        if (h.machineCount() > 1)
            name += QStringLiteral(" (x%1)").arg(h.machineCount());
        const QString addresses = h.addresses.isEmpty() ? QStringLiteral("no address") : h.addresses.join(QStringLiteral(", "));
        svg += QStringLiteral("<g>\n<title>%1</title>\n")
                   .arg(exporttext::xml(QStringLiteral("%1\n%2\n%3").arg(name, roles.join(QStringLiteral(", ")), addresses)));
        svg += QStringLiteral("<rect x=\"%1\" y=\"%2\" width=\"%3\" height=\"%4\" rx=\"5\" fill=\"#ffffff\" "
                              "stroke=\"#5d6d7e\" stroke-width=\"1.2\"/>\n")
                   .arg(num(r.x()), num(r.y()), num(r.width()), num(r.height()));
        svg += text(r.x() + 8, r.y() + 20, 12, fit(name, hostWidth - 16, 12),
                    QStringLiteral("font-weight=\"bold\" fill=\"#1b2631\""));
        svg += text(r.x() + 8, r.y() + 40, 10, fit(roles.join(QStringLiteral(", ")), hostWidth - 16, 10),
                    QStringLiteral("fill=\"#34495e\""));
        svg += text(r.x() + 8, r.y() + 58, 10, fit(addresses, hostWidth - 16, 10), QStringLiteral("fill=\"#707b7c\""));
        svg += QStringLiteral("</g>\n");
    }
    return svg;
}

} // namespace

QByteArray designDiagramSvg(const Design &design, const Catalog &catalog, const Analysis &analysis)
{
    QRectF bounds;
    for (const Zone &z : design.zones)
        bounds = bounds.united(z.rect);
    for (const Host &h : design.hosts)
        bounds = bounds.united(hostRect(h));
    if (bounds.isEmpty())
        bounds = QRectF(0, 0, 400, 120);
    bounds = bounds.adjusted(-margin, -margin - header, margin, margin);

    QString svg;
    svg += QStringLiteral("<svg xmlns=\"http://www.w3.org/2000/svg\" version=\"1.1\" width=\"%1\" height=\"%2\" "
                          "viewBox=\"%3 %4 %1 %2\" font-family=\"%5\">\n")
               .arg(num(bounds.width()), num(bounds.height()), num(bounds.x()), num(bounds.y()),
                    QLatin1String(fontFamily));
    svg += QStringLiteral("<title>%1</title>\n").arg(exporttext::xml(design.name));
    svg += QStringLiteral("<rect x=\"%1\" y=\"%2\" width=\"%3\" height=\"%4\" fill=\"#ffffff\"/>\n")
               .arg(num(bounds.x()), num(bounds.y()), num(bounds.width()), num(bounds.height()));

    // Title and legend above the drawing.
    const qreal left = bounds.x() + margin;
    const qreal top = bounds.y() + margin;
    svg += text(left, top + 4, 16, design.name, QStringLiteral("font-weight=\"bold\" fill=\"#222222\""));
    svg += QStringLiteral("<line x1=\"%1\" y1=\"%2\" x2=\"%3\" y2=\"%2\" stroke=\"%4\" stroke-width=\"2.5\"/>\n")
               .arg(num(left), num(top + 18), num(left + 40), QLatin1String(crossingColor));
    svg += arrowHead(QPointF(left + 40, top + 18), QPointF(left, top + 18));
    svg += text(left + 48, top + 22, 11, QStringLiteral("boundary crossing (arrow: the responding host)"),
                QStringLiteral("fill=\"#444444\""));

    svg += zones(design);
    svg += crossings(design, analysis);
    svg += hosts(design, catalog);
    svg += QStringLiteral("</svg>\n");
    return svg.toUtf8();
}

} // namespace pp
