#include "views/canvas/ConnectionLabels.h"

#include "render/diagram/Diagram.h"
#include "render/diagram/DiagramShapes.h"
#include "render/diagram/LabelPlacer.h"
#include "views/canvas/ConnectionLayer.h"
#include "views/canvas/EdgePainter.h"

#include <QPainter>
#include <QStyleOptionGraphicsItem>

#include <algorithm>
#include <cmath>

namespace pp::views {

using namespace diagram;

ConnectionLabels::ConnectionLabels(const ConnectionLayer *layer)
    : m_layer(layer)
{
    setZValue(2.5); // over the cards, under the boundary-group overlay
    setAcceptedMouseButtons(Qt::NoButton);
    setFlag(ItemUsesExtendedStyleOption);
}

QRectF ConnectionLabels::boundingRect() const
{
    return m_layer->boundingRect();
}

qreal ConnectionLabels::fontSize(qreal zoom)
{
    const qreal wanted = std::clamp<qreal>(10 / std::max<qreal>(zoom, 0.01), Diagram::labelFontSize, 2 * Diagram::labelFontSize);
    return std::round(wanted * 2) / 2; // steps of half a unit: placements are reused between repaints
}

void ConnectionLabels::invalidate()
{
    m_font = 0;
    prepareGeometryChange();
    update();
}

void ConnectionLabels::repaintMoved(const std::vector<QRectF> &before, qreal zoom)
{
    const std::vector<QRectF> &now = trunkLabels(zoom);
    if (now.size() != before.size()) {
        update();
        return;
    }
    // A label's badge and marks sit beside its box (paintTrunkLabels).
    const qreal f = m_font;
    for (size_t i = 0; i < now.size(); ++i)
        if (now[i] != before[i])
            for (const QRectF &box : {before[i], now[i]})
                if (!box.isNull())
                    update(box.adjusted(-f * 4, -f * 2, f * 6, f * 2));
}

const std::vector<QRectF> &ConnectionLabels::trunkLabels(qreal zoom) const
{
    const qreal font = fontSize(zoom);
    if (font == m_font && m_boxes.size() == size_t(m_layer->trunkCount()))
        return m_boxes;
    m_font = font;
    LabelPlacer placer(m_layer->labelObstacles());
    m_boxes.assign(size_t(m_layer->trunkCount()), QRectF());
    m_texts.assign(size_t(m_layer->trunkCount()), QStaticText());
    m_laidOut.assign(size_t(m_layer->trunkCount()), false);
    for (int i = 0; i < m_layer->trunkCount(); ++i) {
        const DiagramEdge &t = m_layer->trunk(i);
        if (t.route.empty())
            continue;
        const QString text = trunkLabel(t);
        m_boxes[size_t(i)] = placer.place(t.route, Diagram::labelSize(text, font));
        QStaticText &shown = m_texts[size_t(i)];
        shown.setTextFormat(Qt::PlainText);
        shown.setText(text);
    }
    return m_boxes;
}

void ConnectionLabels::paint(QPainter *painter, const QStyleOptionGraphicsItem *option, QWidget *)
{
    const qreal zoom = option->levelOfDetailFromTransform(painter->worldTransform());
    painter->setRenderHint(QPainter::Antialiasing);
    const qreal hosts = m_layer->hostLevel(zoom);
    if (hosts < 1) {
        painter->setOpacity(1 - hosts);
        paintTrunkLabels(painter, zoom, option->exposedRect);
        painter->setOpacity(1);
    }
    paintPortLabels(painter, zoom);
}

void ConnectionLabels::paintTrunkLabels(QPainter *painter, qreal zoom, const QRectF &exposed) const
{
    const std::vector<QRectF> &boxes = trunkLabels(zoom);
    const QFont font = edgepaint::labelFont(painter->font(), m_font);
    if (font != m_textFont) {
        m_textFont = font;
        m_laidOut.assign(m_texts.size(), false);
    }
    for (size_t i = 0; i < boxes.size(); ++i) {
        const QRectF &box = boxes[i];
        if (box.isNull() || !exposed.intersects(box.adjusted(-m_font * 2, 0, m_font * 4, 0)))
            continue;
        if (!m_laidOut[i]) { // its size is known from here on, as the label centres it
            m_texts[i].prepare(QTransform(), font);
            m_laidOut[i] = true;
        }
        const DiagramEdge &t = m_layer->trunk(int(i));
        edgepaint::label(painter, box, m_texts[i], lineStyle(t.kind).color, m_font);
        edgepaint::labelMarks(painter, t, box, m_font);
    }
}

void ConnectionLabels::paintPortLabels(QPainter *painter, qreal zoom) const
{
    const QList<int> shown = m_layer->emphasised();
    // Only where they can be read apart: the hovered line, or a few selected.
    if (shown.isEmpty() || (shown.size() > 6 && m_layer->hoveredPair() < 0))
        return;
    const qreal font = fontSize(zoom);
    for (int pair : shown) {
        if (shown.size() > 6 && pair != m_layer->hoveredPair())
            continue;
        const DiagramEdge e = m_layer->edge(pair);
        if (e.route.size() < 2)
            continue;
        const bool selected = m_layer->isSelected(pair);
        const QColor color = selected ? selectionColor() : lineStyle(e.kind).color;
        // In the walkthrough a selected line names the crossing under review
        // ("TCP 443"), so two crossings between the same hosts read apart.
        const QString text = selected && !m_layer->caption().isEmpty() ? m_layer->caption() : portsLabel(e);
        QRectF box(QPointF(), Diagram::labelSize(text, font));
        box.moveCenter(midpoint(e.route) + QPointF(0, -box.height() * 0.9));
        edgepaint::label(painter, box, text, color, font);
    }
}

} // namespace pp::views
