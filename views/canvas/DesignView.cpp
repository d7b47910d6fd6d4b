#include "views/canvas/DesignView.h"

#include "model/catalog/Catalog.h"
#include "model/document/DesignDocument.h"
#include "views/canvas/CanvasLegend.h"
#include "views/canvas/ConnectionLayer.h"
#include "views/canvas/CanvasStyle.h"
#include "views/canvas/DesignScene.h"

#include <QDragEnterEvent>
#include <QMimeData>
#include <QScrollBar>
#include <QWheelEvent>

#include <algorithm>
#include <cmath>

namespace pp::views {

QString DesignView::roleMimeType()
{
    return QStringLiteral("application/x-portplanner-role");
}

QString DesignView::deviceMimeType()
{
    return QStringLiteral("application/x-portplanner-device");
}

DesignView::DesignView(DesignScene *scene, QWidget *parent)
    : QGraphicsView(scene, parent)
    , m_scene(scene)
    , m_legend(new CanvasLegend(this)) // a child of the view, not the viewport: it must not scroll
{
    setRenderHints(QPainter::Antialiasing | QPainter::TextAntialiasing | QPainter::SmoothPixmapTransform);
    setDragMode(RubberBandDrag);
    setRubberBandSelectionMode(Qt::IntersectsItemShape);
    setTransformationAnchor(AnchorUnderMouse);
    setResizeAnchor(AnchorViewCenter);
    setViewportUpdateMode(SmartViewportUpdate);
    setOptimizationFlags(DontSavePainterState | DontAdjustForAntialiasing);
    setAcceptDrops(true);
    setFocusPolicy(Qt::StrongFocus);
    connect(scene, &DesignScene::legendChanged, this, &DesignView::updateLegend);
    connect(scene, &QGraphicsScene::sceneRectChanged, this, [this] { m_scene->connections()->setFitZoom(fitZoom()); });
    retranslate();
    updateLegend();
}

void DesignView::updateLegend()
{
    std::vector<diagram::LegendMark> marks = m_scene->connections()->marksInUse();
    // The cards' colour bars and the roles on the canvas.
    QStringList roles;
    QSet<QString> groups;
    for (const Host &h : m_scene->document()->design().hosts) {
        for (const QString &r : h.roles)
            if (!roles.contains(r))
                roles << r;
        if (const Role *first = h.roles.isEmpty() ? nullptr : m_scene->catalog().role(h.roles.constFirst()))
            groups.insert(first->group);
    }
    if (groups.contains(QStringLiteral("site_system")))
        marks.push_back(diagram::LegendMark::SiteSystem);
    if (groups.contains(QStringLiteral("client")))
        marks.push_back(diagram::LegendMark::Client);
    if (groups.contains(QStringLiteral("external")))
        marks.push_back(diagram::LegendMark::External);
    QList<CanvasLegend::RoleEntry> entries;
    for (const Role &role : m_scene->catalog().roles())
        if (roles.contains(role.id))
            entries.push_back({role.id, m_scene->chineseNames() ? role.nameZh : role.name});
    m_legend->setContent(std::move(marks), entries);
    placeLegend();
}

void DesignView::retranslate()
{
    viewport()->setAccessibleName(tr("Design canvas"));
    setAccessibleName(tr("Design canvas"));
    setAccessibleDescription(tr("Network zones and the hosts placed in them, with the connections between hosts. "
                                "Drop roles and firewalls from the palette here; arrow keys move the selected hosts (or scroll), "
                                "Ctrl+plus and Ctrl+minus zoom, Delete removes the selection."));
}

void DesignView::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange) {
        retranslate();
        viewport()->update(); // zone kinds are painted in the current language
    }
    QGraphicsView::changeEvent(event);
}

void DesignView::setZoom(qreal factor)
{
    factor = std::clamp<qreal>(factor, 0.02, 8.0);
    setTransform(QTransform::fromScale(factor, factor));
    emit zoomChanged(factor);
}

void DesignView::zoomBy(qreal factor)
{
    setZoom(zoom() * factor);
}

QRectF DesignView::fitBounds() const
{
    QRectF r = m_scene->itemsBoundingRect();
    return r.isEmpty() ? r : r.adjusted(-20, -20, 20, 20);
}

QRectF DesignView::fitRoom() const
{
    // The part of the view the legend leaves free, so that it never covers
    // the design at fit-to-view.
    QRectF room = viewport()->rect();
    const qreal reserved = m_legend->isVisible() ? m_legend->height() + 10 : 0;
    room.setHeight(std::max<qreal>(room.height() - reserved, room.height() / 2));
    return room;
}

qreal DesignView::fitZoom() const
{
    const QRectF r = fitBounds(), room = fitRoom();
    if (r.isEmpty())
        return 1.0;
    return std::clamp<qreal>(std::min({room.width() / r.width(), room.height() / r.height(),
                                       qreal(1.0)}), // a small design shows at its natural size
                             0.02, 8.0);
}

void DesignView::fitAll()
{
    m_scene->fitSceneRect();
    const QRectF r = fitBounds();
    if (r.isEmpty())
        return;
    const qreal factor = fitZoom();
    m_scene->connections()->setFitZoom(factor);
    setZoom(factor);
    centerOn(r.center() + QPointF(0, (viewport()->height() - fitRoom().height()) / 2 / factor));
}

void DesignView::focusOn(const QRectF &sceneRect)
{
    const QRectF r = sceneRect.adjusted(-120, -120, 120, 120);
    const qreal fx = viewport()->width() / r.width();
    const qreal fy = viewport()->height() / r.height();
    setZoom(std::min<qreal>(1.2, std::min(fx, fy)));
    centerOn(r.center());
}

void DesignView::setShowLegend(bool show)
{
    m_legend->setVisible(show);
    placeLegend();
}

void DesignView::placeLegend()
{
    const QRect vp = viewport()->geometry();
    m_legend->setMaximumContentWidth(vp.width() - 20);
    m_legend->resize(m_legend->sizeHint());
    m_legend->move(vp.left() + 10, vp.bottom() - m_legend->height() - 10);
    m_legend->raise();
}

void DesignView::resizeEvent(QResizeEvent *event)
{
    QGraphicsView::resizeEvent(event);
    placeLegend();
    m_scene->connections()->setFitZoom(fitZoom());
}

void DesignView::setShowGrid(bool show)
{
    m_showGrid = show;
    viewport()->update();
}

void DesignView::wheelEvent(QWheelEvent *event)
{
    if (event->modifiers() & Qt::ControlModifier) {
        zoomBy(std::pow(1.0015, event->angleDelta().y()));
        event->accept();
        return;
    }
    QGraphicsView::wheelEvent(event);
}

void DesignView::keyPressEvent(QKeyEvent *event)
{
    if (event->key() == Qt::Key_Space && !event->isAutoRepeat()) {
        m_spaceHeld = true;
        viewport()->setCursor(Qt::OpenHandCursor);
        event->accept();
        return;
    }
    const QHash<int, QPointF> arrows = {{Qt::Key_Left, {-1, 0}}, {Qt::Key_Right, {1, 0}},
                                        {Qt::Key_Up, {0, -1}}, {Qt::Key_Down, {0, 1}}};
    if (arrows.contains(event->key()) && !m_scene->selectedHosts().isEmpty()
        && !(event->modifiers() & (Qt::ControlModifier | Qt::AltModifier))) {
        // Selected hosts move a grid step; Shift takes bigger steps. With
        // nothing selected the arrows scroll, as in any view.
        const qreal step = style::gridSize * (event->modifiers() & Qt::ShiftModifier ? 5 : 1);
        emit nudgeRequested(arrows.value(event->key()) * step);
        event->accept();
        return;
    }
    QGraphicsView::keyPressEvent(event);
}

void DesignView::keyReleaseEvent(QKeyEvent *event)
{
    if (event->key() == Qt::Key_Space && !event->isAutoRepeat()) {
        m_spaceHeld = false;
        viewport()->unsetCursor();
        event->accept();
        return;
    }
    QGraphicsView::keyReleaseEvent(event);
}

void DesignView::mousePressEvent(QMouseEvent *event)
{
    if (event->button() == Qt::MiddleButton || (m_spaceHeld && event->button() == Qt::LeftButton)) {
        m_panning = true;
        m_panStart = event->pos();
        viewport()->setCursor(Qt::ClosedHandCursor);
        event->accept();
        return;
    }
    QGraphicsView::mousePressEvent(event);
}

void DesignView::mouseMoveEvent(QMouseEvent *event)
{
    if (m_panning) {
        const QPoint delta = event->pos() - m_panStart;
        m_panStart = event->pos();
        horizontalScrollBar()->setValue(horizontalScrollBar()->value() - delta.x());
        verticalScrollBar()->setValue(verticalScrollBar()->value() - delta.y());
        event->accept();
        return;
    }
    QGraphicsView::mouseMoveEvent(event);
}

void DesignView::mouseReleaseEvent(QMouseEvent *event)
{
    if (m_panning) {
        m_panning = false;
        if (m_spaceHeld)
            viewport()->setCursor(Qt::OpenHandCursor);
        else
            viewport()->unsetCursor();
        event->accept();
        return;
    }
    QGraphicsView::mouseReleaseEvent(event);
}

bool DesignView::acceptsDrop(const QMimeData *mime, const QPointF &scenePos) const
{
    // A device goes anywhere (it usually sits between zones); a role needs
    // a host or a zone to land in.
    if (isDeviceDrag(mime))
        return true;
    return mime->hasFormat(roleMimeType())
        && (!m_scene->hostAt(scenePos).isEmpty() || !m_scene->zoneAt(scenePos).isEmpty());
}

bool DesignView::isDeviceDrag(const QMimeData *mime)
{
    return mime->hasFormat(deviceMimeType()) && mime->data(deviceMimeType()) == QByteArrayLiteral("firewall");
}

void DesignView::dragEnterEvent(QDragEnterEvent *event)
{
    // Only roles and devices are dropped on the canvas. Anything else (a
    // .portplan file) is left to the window: QGraphicsScene would accept
    // any drag and keep it.
    if (event->mimeData()->hasFormat(roleMimeType()) || isDeviceDrag(event->mimeData()))
        event->acceptProposedAction();
    else
        event->ignore();
}

void DesignView::dragMoveEvent(QDragMoveEvent *event)
{
    if (acceptsDrop(event->mimeData(), mapToScene(event->position().toPoint())))
        event->acceptProposedAction();
    else
        event->ignore();
}

void DesignView::dropEvent(QDropEvent *event)
{
    const QPointF scenePos = mapToScene(event->position().toPoint());
    if (!acceptsDrop(event->mimeData(), scenePos)) {
        event->ignore();
        return;
    }
    if (isDeviceDrag(event->mimeData())) {
        emit firewallDropped(scenePos);
    } else {
        const QString role = QString::fromUtf8(event->mimeData()->data(roleMimeType()));
        emit roleDropped(role, scenePos, m_scene->hostAt(scenePos), m_scene->zoneAt(scenePos));
    }
    event->acceptProposedAction();
}

void DesignView::drawForeground(QPainter *painter, const QRectF &)
{
    if (m_scene->hasZones())
        return;
    // An empty design says how to begin, in the middle of the view.
    painter->save();
    painter->resetTransform();
    QFont font = painter->font();
    font.setPointSizeF(font.pointSizeF() * 1.2);
    painter->setFont(font);
    painter->setPen(QColor(0x5f, 0x67, 0x70));
    const QRect area = viewport()->rect().adjusted(60, 0, -60, 0);
    painter->drawText(area, Qt::AlignCenter | Qt::TextWordWrap,
                      tr("Add a zone (Edit › Add Zone), then drag roles from the palette into it.\n"
                         "Or start from an example: File › New from Example."));
    painter->restore();
}

void DesignView::drawBackground(QPainter *painter, const QRectF &rect)
{
    painter->fillRect(rect, QColor(0xf7, 0xf8, 0xfa));
    if (!m_showGrid || zoom() < 0.35)
        return;
    const qreal step = style::gridSize * 4;
    painter->setPen(QPen(QColor(0xe1, 0xe4, 0xe8), 0));
    for (qreal x = std::floor(rect.left() / step) * step; x < rect.right(); x += step)
        painter->drawLine(QPointF(x, rect.top()), QPointF(x, rect.bottom()));
    for (qreal y = std::floor(rect.top() / step) * step; y < rect.bottom(); y += step)
        painter->drawLine(QPointF(rect.left(), y), QPointF(rect.right(), y));
}

} // namespace pp::views
