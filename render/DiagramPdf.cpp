#include "render/DiagramPdf.h"

#include <QBuffer>
#include <QGuiApplication>
#include <QPageSize>
#include <QPainter>
#include <QPdfWriter>
#include <QSvgRenderer>

namespace pp {

QByteArray diagramPdf(const QByteArray &svg, QString *error)
{
    if (!qobject_cast<QGuiApplication *>(QCoreApplication::instance())) {
        *error = QStringLiteral("rendering needs a QGuiApplication");
        return {};
    }
    QSvgRenderer renderer(svg);
    if (!renderer.isValid()) {
        *error = QStringLiteral("the diagram is not an SVG Qt can render");
        return {};
    }
    QByteArray bytes;
    QBuffer buffer(&bytes);
    buffer.open(QIODevice::WriteOnly);
    QPdfWriter pdf(&buffer);
    // A point per diagram unit: the page is the drawing, at its own size.
    const QSizeF size = renderer.viewBoxF().size();
    pdf.setPageSize(QPageSize(size, QPageSize::Point, QString(), QPageSize::ExactMatch));
    pdf.setPageMargins(QMarginsF(0, 0, 0, 0));
    pdf.setResolution(72);
    pdf.setCreator(QStringLiteral("PortPlanner"));
    QPainter painter;
    if (!painter.begin(&pdf)) {
        *error = QStringLiteral("cannot start the PDF");
        return {};
    }
    // Into the page as laid out (whole points): nothing cut off.
    renderer.setAspectRatioMode(Qt::KeepAspectRatio);
    renderer.render(&painter, QRectF(QPointF(0, 0), pdf.pageLayout().paintRectPoints().size()));
    painter.end();
    return bytes;
}

} // namespace pp
