#pragma once

#include <QFont>
#include <QGraphicsItem>
#include <QStaticText>

#include <vector>

namespace pp::views {

class ConnectionLayer;

/// What the connection layer says in words, drawn above the cards: each
/// trunk's label (openings · main ports) with its review badge and its
/// policy and verification marks (issue 15), placed
/// where it covers no card, zone title or other label, and the ports of the
/// hovered and selected host lines beside them. Sizes follow the zoom so
/// the text stays readable at fit-to-view. No mouse input.
class ConnectionLabels : public QGraphicsItem
{
public:
    explicit ConnectionLabels(const ConnectionLayer *layer);

    QRectF boundingRect() const override;
    QPainterPath shape() const override { return {}; }
    void paint(QPainter *painter, const QStyleOptionGraphicsItem *option, QWidget *widget) override;

    /// Label text size in scene units at a zoom: about ten pixels on screen
    /// as the view zooms out, up to twice its size at 100 %.
    static qreal fontSize(qreal zoom);
    /// Where each trunk's label goes at a zoom (null: none), placed anew
    /// when the zoom's text size or the layout changed.
    const std::vector<QRectF> &trunkLabels(qreal zoom) const;
    /// The layer's layout changed: labels are placed again.
    void invalidate();
    /// Placed again at their next use, without asking for a repaint.
    void forget() { m_font = 0; }
    bool placed() const { return m_font != 0; }
    /// Places the labels now and repaints those that moved from `before`.
    void repaintMoved(const std::vector<QRectF> &before, qreal zoom);

private:
    void paintTrunkLabels(QPainter *painter, qreal zoom, const QRectF &exposed) const;
    void paintPortLabels(QPainter *painter, qreal zoom) const;

    const ConnectionLayer *m_layer;
    mutable std::vector<QRectF> m_boxes;
    mutable std::vector<QStaticText> m_texts; ///< per trunk, with m_boxes
    mutable std::vector<bool> m_laidOut;      ///< per trunk: m_texts laid out in m_textFont
    mutable QFont m_textFont;
    mutable qreal m_font = 0; ///< the text size m_boxes were placed for
};

} // namespace pp::views
