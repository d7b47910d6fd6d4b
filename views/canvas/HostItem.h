#pragma once

#include <QColor>
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
    /// The document changed the host: drawn anew, its colours looked up again.
    void hostChanged();
    void setHighlighted(bool on);
    bool isHighlighted() const { return m_highlighted; }

protected:
    QVariant itemChange(GraphicsItemChange change, const QVariant &value) override;

private:
    DesignScene *m_scene;
    QString m_id;
    bool m_highlighted = false;
    mutable QColor m_accent; ///< of the first role; invalid until painted
    mutable QColor m_farFill;
};

} // namespace pp::views
