#pragma once

#include <QGraphicsItem>
#include <QSet>
#include <QString>

#include <vector>

class QGraphicsLineItem;

namespace pp::views {

class DesignScene;

/// A firewall device (rule 10): its symbol centred on the item's position,
/// its name and platform under it, and a thin link to each zone one of its
/// interfaces sits in. A flow or opening selected elsewhere lights the
/// device and the two interfaces it passes. Movable and selectable; the
/// scene turns a finished drag into one edit (Edits::moveFirewall). A drag
/// from the link handle beside the symbol (shown while hovered or
/// selected), or a Shift+drag from anywhere on it, draws a link instead:
/// dropped in a zone, the scene asks for an interface there.
class FirewallItem : public QGraphicsItem
{
public:
    enum { Type = UserType + 4 };

    FirewallItem(DesignScene *scene, const QString &id);

    int type() const override { return Type; }
    QString id() const { return m_id; }
    QRectF boundingRect() const override;
    QPainterPath shape() const override;
    void paint(QPainter *painter, const QStyleOptionGraphicsItem *option, QWidget *widget) override;

    /// Re-reads the device and its zones' rectangles from the document.
    void sync();
    /// Lights the device and these interfaces (indices into its interfaces);
    /// `on` false puts it out.
    void setLit(bool on, const QSet<int> &interfaces = {});
    bool isLit() const { return m_lit; }
    const QSet<int> &litInterfaces() const { return m_litInterfaces; }
    /// Where the link to interface `i` meets its zone, in scene coordinates.
    QPointF linkEnd(int interface) const;
    /// The link handle, in item coordinates.
    static QRectF handleRect();
    /// True while a link is being drawn from the device.
    bool isLinking() const { return m_rubber != nullptr; }

protected:
    void mousePressEvent(QGraphicsSceneMouseEvent *event) override;
    void mouseMoveEvent(QGraphicsSceneMouseEvent *event) override;
    void mouseReleaseEvent(QGraphicsSceneMouseEvent *event) override;
    void keyPressEvent(QKeyEvent *event) override;
    void hoverEnterEvent(QGraphicsSceneHoverEvent *event) override;
    void hoverMoveEvent(QGraphicsSceneHoverEvent *event) override;
    void hoverLeaveEvent(QGraphicsSceneHoverEvent *event) override;
    bool sceneEvent(QEvent *event) override;
    void contextMenuEvent(QGraphicsSceneContextMenuEvent *event) override;

private:
    void paintLinks(QPainter *painter, qreal lod) const;
    void paintDevice(QPainter *painter, qreal lod) const;
    void paintCaption(QPainter *painter, qreal lod) const;
    void paintHandle(QPainter *painter) const;
    /// The line drawn while linking, ending at `scenePos`: green over a zone.
    void drawRubber(const QPointF &scenePos);
    void endLinking();
    /// Where the name and platform go at `lod` (item coordinates): under the
    /// symbol, else above, right or left of it, the first place that covers
    /// no zone's title. `align` receives the text's alignment there.
    QRectF captionRect(qreal size, qreal lod, Qt::Alignment *align) const;

    DesignScene *m_scene;
    QString m_id;
    QString m_title;
    QString m_platform;
    std::vector<QPointF> m_links; ///< per interface, its zone's nearest edge point (item coordinates)
    QRectF m_bounds;
    QPointF m_pressPos;
    QGraphicsLineItem *m_rubber = nullptr; ///< the link being drawn (a child item)
    bool m_hovered = false;
    bool m_lit = false;
    QSet<int> m_litInterfaces;
};

} // namespace pp::views
