#pragma once

#include <QGraphicsView>

class QMimeData;

namespace pp::views {

class CanvasLegend;
class DesignScene;

/// The canvas widget: zoom (Ctrl+wheel, Ctrl+= / Ctrl+-), pan (middle
/// button, or Space and drag), fit to view, rubber-band selection, a grid,
/// and drops of roles and firewalls from the palette.
class DesignView : public QGraphicsView
{
    Q_OBJECT

public:
    /// The MIME type the palette drags: the role id as UTF-8.
    static QString roleMimeType();
    /// The MIME type of a device dragged from the palette: its kind as
    /// UTF-8 ("firewall", rule 10).
    static QString deviceMimeType();

    explicit DesignView(DesignScene *scene, QWidget *parent = nullptr);

    DesignScene *designScene() const { return m_scene; }
    qreal zoom() const { return transform().m11(); }
    void setZoom(qreal factor);
    void zoomBy(qreal factor);
    void fitAll();
    /// Centres and zooms on a set of scene rectangles (walkthrough, search).
    void focusOn(const QRectF &sceneRect);
    void setShowGrid(bool show);
    bool showGrid() const { return m_showGrid; }
    void setShowLegend(bool show);
    CanvasLegend *legend() const { return m_legend; }
    /// The zoom at which the whole design fits the view (fitAll's).
    qreal fitZoom() const;

signals:
    /// A role was dropped: onto a host (hostId set) or empty zone space.
    void roleDropped(const QString &roleId, const QPointF &scenePos, const QString &hostId, const QString &zoneId);
    /// A firewall was dropped from the palette: its symbol's centre.
    void firewallDropped(const QPointF &scenePos);
    void zoomChanged(qreal zoom);
    /// Arrow keys with hosts selected: move them by this much (scene units).
    void nudgeRequested(const QPointF &delta);

protected:
    void wheelEvent(QWheelEvent *event) override;
    void keyPressEvent(QKeyEvent *event) override;
    void keyReleaseEvent(QKeyEvent *event) override;
    void mousePressEvent(QMouseEvent *event) override;
    void mouseMoveEvent(QMouseEvent *event) override;
    void mouseReleaseEvent(QMouseEvent *event) override;
    void dragEnterEvent(QDragEnterEvent *event) override;
    void dragMoveEvent(QDragMoveEvent *event) override;
    void dropEvent(QDropEvent *event) override;
    void drawBackground(QPainter *painter, const QRectF &rect) override;
    void drawForeground(QPainter *painter, const QRectF &rect) override;
    void resizeEvent(QResizeEvent *event) override;
    void changeEvent(QEvent *event) override;

private:
    bool acceptsDrop(const QMimeData *mime, const QPointF &scenePos) const;
    static bool isDeviceDrag(const QMimeData *mime);
    void placeLegend();
    void updateLegend();
    void retranslate();
    /// The design's bounds and the part of the view it may fill.
    QRectF fitBounds() const;
    QRectF fitRoom() const;

    DesignScene *m_scene;
    CanvasLegend *m_legend;
    bool m_showGrid = true;
    bool m_spaceHeld = false;
    bool m_panning = false;
    QPoint m_panStart;
};

} // namespace pp::views
