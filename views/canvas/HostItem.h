#pragma once

#include <QGraphicsItem>
#include <QString>

namespace pp::views {

class DesignScene;

/// A host card: role icons, name, machine count and site. Movable and
/// selectable; the scene turns a finished drag into one edit.
class HostItem : public QGraphicsItem
{
public:
    enum { Type = UserType + 2 };

    HostItem(DesignScene *scene, const QString &id);

    int type() const override { return Type; }
    QString id() const { return m_id; }
    QRectF boundingRect() const override;
    void paint(QPainter *painter, const QStyleOptionGraphicsItem *option, QWidget *widget) override;
    QPointF center() const;
    /// The card in scene coordinates (the shadow and selection outline aside).
    QRectF cardRect() const;
    void setHighlighted(bool on);
    bool isHighlighted() const { return m_highlighted; }

protected:
    QVariant itemChange(GraphicsItemChange change, const QVariant &value) override;

private:
    DesignScene *m_scene;
    QString m_id;
    bool m_highlighted = false;
};

} // namespace pp::views
