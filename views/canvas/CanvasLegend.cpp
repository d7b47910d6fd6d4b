#include "views/canvas/CanvasLegend.h"

#include "views/canvas/CanvasStyle.h"

#include <QEvent>
#include <QPainter>

namespace pp::views {

namespace {

enum Kind { Crossing, Internal, Fallback, Arrow };
constexpr int sample = 28; // width of the line sample
constexpr int rowHeight = 15;
constexpr int margin = 6;

} // namespace

CanvasLegend::CanvasLegend(QWidget *parent)
    : QWidget(parent)
{
    setAttribute(Qt::WA_TransparentForMouseEvents);
    QFont small = font();
    small.setPointSizeF(small.pointSizeF() * 0.85);
    setFont(small);
    retranslate();
}

QList<CanvasLegend::Row> CanvasLegend::rows() const
{
    return {{tr("crosses a zone boundary"), Crossing},
            {tr("stays inside a zone"), Internal},
            {tr("boundary-group fallback only"), Fallback},
            {tr("arrowhead: the host that answers"), Arrow}};
}

void CanvasLegend::retranslate()
{
    setAccessibleName(tr("Canvas legend"));
    setAccessibleDescription(tr("Orange lines cross a zone boundary, grey dashed lines stay inside a zone, purple "
                                "dash-dot lines exist only through boundary-group fallback; arrowheads point at the "
                                "host that answers the connection."));
    updateGeometry();
    resize(sizeHint());
    update();
}

QSize CanvasLegend::sizeHint() const
{
    int text = 0;
    for (const Row &r : rows())
        text = std::max(text, fontMetrics().horizontalAdvance(r.text));
    return QSize(margin * 3 + sample + text, margin * 2 + rowHeight * int(rows().size()));
}

void CanvasLegend::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange || event->type() == QEvent::FontChange)
        retranslate();
    QWidget::changeEvent(event);
}

void CanvasLegend::paintEvent(QPaintEvent *)
{
    QPainter p(this);
    p.setRenderHint(QPainter::Antialiasing);
    p.setPen(QColor(0xc8, 0xcd, 0xd3));
    p.setBrush(QColor(255, 255, 255, 235));
    p.drawRoundedRect(QRectF(rect()).adjusted(0.5, 0.5, -0.5, -0.5), 5, 5);
    int y = margin;
    for (const Row &r : rows()) {
        const qreal mid = y + rowHeight / 2.0;
        const QPointF a(margin, mid);
        const QPointF b(margin + sample, mid);
        switch (r.kind) {
        case Crossing: p.setPen(QPen(style::crossingColor(), 2.5)); break;
        case Internal: p.setPen(QPen(style::internalColor(), 1.5, Qt::DashLine)); break;
        case Fallback: p.setPen(QPen(style::fallbackColor(), 2, Qt::DashDotLine)); break;
        default: p.setPen(QPen(QColor(0x55, 0x5d, 0x66), 2)); break;
        }
        p.drawLine(a, r.kind == Arrow ? b - QPointF(6, 0) : b);
        if (r.kind == Arrow) {
            p.setPen(Qt::NoPen);
            p.setBrush(QColor(0x55, 0x5d, 0x66));
            const QPointF head[] = {b, b + QPointF(-9, -4.5), b + QPointF(-9, 4.5)};
            p.drawPolygon(head, 3);
        }
        p.setPen(palette().color(QPalette::WindowText));
        p.drawText(QRect(margin * 2 + sample, y, width() - margin * 3 - sample, rowHeight),
                   Qt::AlignVCenter | Qt::AlignLeft, r.text);
        y += rowHeight;
    }
}

} // namespace pp::views
