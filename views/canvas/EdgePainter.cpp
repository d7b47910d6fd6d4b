#include "views/canvas/EdgePainter.h"

#include "render/diagram/DiagramShapes.h"

#include <QPainter>
#include <QPainterPath>
#include <QPolygonF>
#include <QStaticText>

namespace pp::views::edgepaint {

QPen pen(diagram::LineKind kind, qreal width)
{
    return pen(kind, width, diagram::lineStyle(kind).color);
}

QPen pen(diagram::LineKind kind, qreal width, const QColor &color)
{
    const diagram::LineStyle style = diagram::lineStyle(kind);
    QPen p(color, width, Qt::SolidLine, style.roundCap ? Qt::RoundCap : Qt::FlatCap, Qt::MiterJoin);
    if (!style.dashes.empty()) {
        // Qt counts dashes in pen widths; the style gives them at its own width.
        QList<qreal> pattern;
        for (qreal d : style.dashes)
            pattern << std::max<qreal>(0.01, d / style.width);
        p.setDashPattern(pattern);
    }
    return p;
}

void line(QPainter *painter, const diagram::DiagramEdge &edge, const QPen &pen, qreal head)
{
    if (edge.route.size() < 2)
        return;
    painter->setPen(pen);
    painter->setBrush(Qt::NoBrush);
    painter->drawPolyline(edge.route.data(), int(edge.route.size()));
    if (!edge.arrows || head <= 0)
        return;
    painter->setPen(Qt::NoPen);
    painter->setBrush(pen.color());
    auto arrow = [&](bool atEnd) {
        const QPointF tip = atEnd ? edge.route.back() : edge.route.front();
        const std::vector<QPointF> shape = diagram::arrowHead(tip, diagram::approach(edge.route, atEnd), head);
        if (!shape.empty())
            painter->drawPolygon(shape.data(), int(shape.size()));
    };
    if (edge.arrows & diagram::DiagramEdge::AtB)
        arrow(true);
    if (edge.arrows & diagram::DiagramEdge::AtA)
        arrow(false);
}

void badge(QPainter *painter, diagram::ReviewMark mark, const QPointF &centre, qreal r)
{
    if (mark == diagram::ReviewMark::NotReviewed)
        return;
    painter->setPen(QPen(Qt::white, r * 0.18));
    painter->setBrush(diagram::reviewColor(mark));
    const std::vector<QPointF> outline = diagram::badgeOutline(mark, centre, r);
    if (outline.empty())
        painter->drawEllipse(centre, r, r);
    else
        painter->drawPolygon(outline.data(), int(outline.size()));
    QFont font = painter->font();
    font.setPixelSize(std::max(1, qRound(r * 1.3)));
    font.setBold(true);
    painter->setFont(font);
    painter->setPen(Qt::white);
    painter->drawText(QRectF(centre - QPointF(r, r), QSizeF(2 * r, 2 * r)), Qt::AlignCenter, diagram::reviewGlyph(mark));
}

void policyMark(QPainter *painter, diagram::PolicyMark mark, const QPointF &centre, qreal r)
{
    if (mark == diagram::PolicyMark::None)
        return;
    const QColor color = diagram::policyColor(mark);
    const QRectF pill = diagram::policyPill(centre, r);
    const qreal round = pill.height() / 2;
    // A white rim keeps the mark apart from the line under it.
    painter->setPen(QPen(Qt::white, r * 0.45));
    painter->setBrush(Qt::white);
    painter->drawRoundedRect(pill, round, round);
    if (const qreal fill = diagram::policyFill(mark); fill > 0) {
        QPainterPath clip;
        clip.addRect(QRectF(pill.topLeft(), QSizeF(pill.width() * fill, pill.height())));
        QPainterPath shape;
        shape.addRoundedRect(pill, round, round);
        painter->setPen(Qt::NoPen);
        painter->setBrush(color);
        painter->drawPath(shape.intersected(clip));
    }
    painter->setPen(QPen(color, r * 0.22));
    painter->setBrush(Qt::NoBrush);
    painter->drawRoundedRect(pill, round, round);
}

void checkMark(QPainter *painter, diagram::CheckMark mark, const QPointF &centre, qreal r)
{
    if (mark == diagram::CheckMark::None)
        return;
    const QColor color = diagram::checkColor(mark);
    const std::vector<QPointF> outline = diagram::checkOutline(centre, r);
    painter->setPen(QPen(color, r * 0.22));
    painter->setBrush(Qt::white);
    painter->drawPolygon(outline.data(), int(outline.size()));
    QFont font = painter->font();
    font.setPixelSize(std::max(1, qRound(r * 1.25)));
    font.setBold(true);
    painter->setFont(font);
    painter->setPen(color);
    painter->drawText(QRectF(centre - QPointF(r, r), QSizeF(2 * r, 2 * r)), Qt::AlignCenter, diagram::checkGlyph(mark));
}

void marks(QPainter *painter, const diagram::DiagramEdge &edge, qreal r)
{
    const diagram::MarkPlaces at = diagram::markPlaces(edge.route, r * 2.8);
    policyMark(painter, edge.policy, at.policy, r);
    badge(painter, edge.review, at.review, r);
    checkMark(painter, edge.check, at.check, r);
}

void labelMarks(QPainter *painter, const diagram::DiagramEdge &trunk, const QRectF &box, qreal fontSize)
{
    const qreal r = fontSize * 0.7;
    const qreal y = box.center().y();
    badge(painter, trunk.review, QPointF(box.left() - fontSize * 0.85, y), r);
    qreal x = box.right() + fontSize * 0.3;
    if (trunk.policy != diagram::PolicyMark::None) {
        policyMark(painter, trunk.policy, QPointF(x + r * 1.2, y), r);
        x += r * 2.4 + fontSize * 0.3;
    }
    checkMark(painter, trunk.check, QPointF(x + r, y), r);
}

QFont labelFont(const QFont &base, qreal fontSize)
{
    QFont font = base;
    font.setPixelSize(std::max(1, qRound(fontSize)));
    font.setBold(false);
    return font;
}

namespace {

/// A label's box, and the painter set for its text.
void labelBox(QPainter *painter, const QRectF &box, const QColor &border, qreal fontSize)
{
    painter->setPen(QPen(border, fontSize / 12));
    painter->setBrush(QColor(255, 255, 255, 240));
    painter->drawRoundedRect(box, fontSize / 3, fontSize / 3);
    painter->setFont(labelFont(painter->font(), fontSize));
    painter->setPen(QColor(0x1b, 0x26, 0x31));
}

} // namespace

void label(QPainter *painter, const QRectF &box, const QString &text, const QColor &border, qreal fontSize)
{
    labelBox(painter, box, border, fontSize);
    painter->drawText(box, Qt::AlignCenter, text);
}

void label(QPainter *painter, const QRectF &box, const QStaticText &text, const QColor &border, qreal fontSize)
{
    labelBox(painter, box, border, fontSize);
    const QSizeF size = text.size(); // as laid out in labelFont() (ConnectionLabels prepares it)
    painter->drawStaticText(box.center() - QPointF(size.width() / 2, size.height() / 2), text);
}

void trunks(QPainter *painter, const std::vector<diagram::DiagramEdge> &edges, qreal lod, const QRectF &exposed)
{
    const qreal px = 1.0 / std::max<qreal>(lod, 0.01);
    for (const diagram::DiagramEdge &t : edges) {
        if (t.route.empty() || !exposed.intersects(diagram::routeBounds(t.route).adjusted(-20 * px, -20 * px, 20 * px, 20 * px)))
            continue;
        const qreal width = std::max(diagram::trunkWidth(int(t.openings.size())), 2.5 * px);
        line(painter, t, pen(t.kind, width), std::max(width * 2.4, 12 * px));
    }
}

void hostLines(QPainter *painter, const std::vector<diagram::DiagramEdge> &edges,
               const std::function<bool(size_t)> &skip, qreal lod, const QRectF &exposed)
{
    const qreal px = 1.0 / std::max<qreal>(lod, 0.01);
    const qreal head = std::max<qreal>(11, 8 * px);
    for (int pass = 0; pass < 2; ++pass)
        for (size_t i = 0; i < edges.size(); ++i) {
            const diagram::DiagramEdge &e = edges[i];
            if (e.route.empty() || e.crossing != (pass == 1) || skip(i)
                || !exposed.intersects(diagram::routeBounds(e.route).adjusted(-head, -head, head, head)))
                continue;
            const qreal width = std::max(diagram::lineStyle(e.kind).width, (e.crossing ? 2.0 : 1.2) * px);
            line(painter, e, pen(e.kind, width), head);
            if (e.crossing)
                marks(painter, e, std::max<qreal>(7, 6 * px));
        }
}

} // namespace pp::views::edgepaint
