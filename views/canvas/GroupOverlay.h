#pragma once

#include <QGraphicsItem>
#include <QString>

#include <functional>
#include <vector>

namespace pp {
class Catalog;
struct Design;
} // namespace pp

namespace pp::views {

/// One fallback arrow of a boundary group: from a zone of the group to a
/// zone of its neighbour, labelled with the roles and the delay.
struct FallbackArrow
{
    QRectF from;
    QRectF to;
    QString label;
    bool never = false;
};

/// Draws the selected boundary group's fallback relations over the canvas.
/// Takes no mouse input.
class GroupOverlay : public QGraphicsItem
{
public:
    GroupOverlay();
    /// A boundary group's fallback relations as arrows between the zones
    /// of its boundaries and its neighbours' (`zoneRect` of a zone id; a
    /// null rect: not on the canvas). No group: none.
    static std::vector<FallbackArrow> arrowsOf(const Design &design, const Catalog &catalog, const QString &groupId,
                                               const std::function<QRectF(const QString &)> &zoneRect);
    void setArrows(std::vector<FallbackArrow> arrows);
    QRectF boundingRect() const override { return m_bounds; }
    QPainterPath shape() const override { return {}; }
    void paint(QPainter *painter, const QStyleOptionGraphicsItem *option, QWidget *widget) override;

private:
    std::vector<FallbackArrow> m_arrows;
    QRectF m_bounds;
};

} // namespace pp::views
