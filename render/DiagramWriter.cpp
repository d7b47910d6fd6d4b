#include "render/DiagramWriter.h"

#include "model/export/ExportProgress.h"
#include "render/DiagramSvg.h"
#include "render/diagram/DrawioWriter.h"

#include <QBuffer>
#include <QGuiApplication>
#include <QImage>
#include <QPainter>
#include <QSvgRenderer>

namespace pp {

namespace {

/// A PNG side of more is a file no viewer opens comfortably.
constexpr int maxPngPixels = 8000;
/// Pixels per diagram unit of the PNG export.
constexpr qreal pngScale = 1.5;

} // namespace

DiagramWriter::DiagramWriter(Kind kind, const diagram::DiagramOptions &options)
    : m_kind(kind)
    , m_options(options)
{
}

QByteArray DiagramWriter::svgToPng(const QByteArray &svg, qreal scale, QString *error)
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
    QSizeF size = renderer.defaultSize() * scale;
    if (size.width() > maxPngPixels || size.height() > maxPngPixels)
        size.scale(maxPngPixels, maxPngPixels, Qt::KeepAspectRatio);
    QImage image(size.toSize().expandedTo(QSize(1, 1)), QImage::Format_ARGB32_Premultiplied);
    image.fill(Qt::white);
    {
        QPainter painter(&image);
        painter.setRenderHint(QPainter::Antialiasing);
        painter.setRenderHint(QPainter::TextAntialiasing);
        renderer.render(&painter, QRectF(QPointF(0, 0), size));
    }
    QByteArray bytes;
    QBuffer buffer(&bytes);
    buffer.open(QIODevice::WriteOnly);
    if (!image.save(&buffer, "PNG")) {
        *error = QStringLiteral("cannot encode the PNG");
        return {};
    }
    return bytes;
}

QImage DiagramWriter::picture(const QByteArray &svg, int maxPixels)
{
    QSvgRenderer renderer(svg);
    if (!renderer.isValid())
        return {};
    QSize size = renderer.defaultSize();
    size.scale(maxPixels, maxPixels, Qt::KeepAspectRatio);
    QImage image(size.expandedTo(QSize(1, 1)), QImage::Format_RGB32);
    image.fill(Qt::white);
    QPainter painter(&image);
    painter.setRenderHint(QPainter::Antialiasing);
    renderer.render(&painter, QRectF(QPointF(0, 0), size));
    return image;
}

bool DiagramWriter::write(const ExportInput &input, QIODevice &out, ExportProgress &progress, QString *error) const
{
    QString ignored;
    error = error ? error : &ignored;
    progress.addTotal(1);
    const diagram::Diagram drawing = diagram::Diagram::build(input.design, input.catalog, input.analysis, m_options);
    QByteArray bytes = m_kind == Kind::Drawio ? diagram::diagramDrawio(input.design, input.catalog, drawing)
                                              : diagramSvg(input.design, input.catalog, input.analysis, drawing);
    if (m_kind == Kind::Png) {
        bytes = svgToPng(bytes, pngScale, error);
        if (bytes.isEmpty())
            return false;
    }
    if (!progress.advance())
        return cancelled(error);
    if (out.write(bytes) != bytes.size()) {
        *error = QStringLiteral("cannot write: %1").arg(out.errorString());
        return false;
    }
    return true;
}

} // namespace pp
