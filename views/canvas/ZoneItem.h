#pragma once

#include <QFont>
#include <QGraphicsItem>
#include <QString>

namespace pp {
class DesignDocument;
struct Zone;
}

namespace pp::views {

class DesignScene;

/// A network zone: a coloured, named rectangle. Drag the title bar to move
/// it (its hosts come along), the corner grip to resize it. The item keeps
/// only its id; name, kind and subnets are read from the document.
class ZoneItem : public QGraphicsItem
{
public:
    enum { Type = UserType + 1 };

    ZoneItem(DesignScene *scene, const QString &id);

    int type() const override { return Type; }
    QString id() const { return m_id; }
    /// The zone's id changed (DesignDocument::zoneRenamed).
    void setId(const QString &id) { m_id = id; }
    QRectF boundingRect() const override;
    void paint(QPainter *painter, const QStyleOptionGraphicsItem *option, QWidget *widget) override;

    /// Geometry in scene coordinates.
    QRectF sceneRectangle() const { return QRectF(pos(), m_size); }
    void setSceneRectangle(const QRectF &r);
    void setTinted(bool tinted);
    bool isTinted() const { return m_tinted; }
    /// Refreshes painted text from the document.
    void refresh() { update(); }
    /// The font of a zone's title at `lod`: scene pixels that grow a little
    /// as the view zooms out.
    static QFont titleFont(const QFont &base, qreal lod);
    /// Where the title's text of `zone` shows at `lod`, in scene coordinates:
    /// what other marks (a firewall's caption) must not cover.
    static QRectF titleTextRect(const Zone &zone, const QFont &base, qreal lod);

protected:
    void mousePressEvent(QGraphicsSceneMouseEvent *event) override;
    void mouseMoveEvent(QGraphicsSceneMouseEvent *event) override;
    void mouseReleaseEvent(QGraphicsSceneMouseEvent *event) override;
    void hoverMoveEvent(QGraphicsSceneHoverEvent *event) override;

private:
    enum class Drag { None, Move, Resize };
    QRectF gripRect() const;
    QRectF titleRect() const;

    DesignScene *m_scene;
    QString m_id;
    QSizeF m_size;
    bool m_tinted = false;
    Drag m_drag = Drag::None;
    QPointF m_pressScene;
    QRectF m_startRect;
};

} // namespace pp::views
