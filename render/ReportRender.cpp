#include "render/ReportRender.h"

#include "model/export/ChangeRequest.h"
#include "render/DiagramSvg.h"
#include "render/ExportFormats.h"
#include "render/HtmlReport.h"

#include <QBuffer>
#include <QGuiApplication>
#include <QImage>
#include <QPageLayout>
#include <QPageSize>
#include <QPainter>
#include <QPdfWriter>
#include <QSvgRenderer>
#include <QTextDocument>
#include <QUrl>

namespace pp::report {

namespace {

/// A PNG side of more is a file no viewer opens comfortably.
constexpr int maxPngPixels = 8000;
/// An A4 landscape page shows the diagram about 1,000 units wide: three
/// times that is sharp in print and keeps an XL design's picture small.
constexpr int maxPdfPixels = 3000;

QImage render(const QByteArray &svg, qreal scale, int maxPixels, QString *error)
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
    if (size.width() > maxPixels || size.height() > maxPixels)
        size.scale(maxPixels, maxPixels, Qt::KeepAspectRatio);
    QImage image(size.toSize().expandedTo(QSize(1, 1)), QImage::Format_ARGB32_Premultiplied);
    image.fill(Qt::white);
    QPainter painter(&image);
    painter.setRenderHint(QPainter::Antialiasing);
    painter.setRenderHint(QPainter::TextAntialiasing);
    renderer.render(&painter, QRectF(QPointF(0, 0), size));
    painter.end();
    return image;
}

} // namespace

QByteArray svgToPng(const QByteArray &svg, qreal scale, QString *error)
{
    const QImage image = render(svg, scale, maxPngPixels, error);
    if (image.isNull())
        return {};
    QByteArray bytes;
    QBuffer buffer(&bytes);
    buffer.open(QIODevice::WriteOnly);
    if (!image.save(&buffer, "PNG")) {
        *error = QStringLiteral("cannot encode the PNG");
        return {};
    }
    return bytes;
}

QByteArray changeRequestPdf(const ChangeRequest &request, const Design &design, const Catalog &catalog,
                            const Analysis &analysis, QString *error)
{
    const QImage diagram = render(designDiagramSvg(design, catalog, analysis), 2.0, maxPdfPixels, error);
    if (diagram.isNull())
        return {};
    QByteArray bytes;
    QBuffer buffer(&bytes);
    buffer.open(QIODevice::WriteOnly);
    QPdfWriter writer(&buffer);
    // At 96 dpi a document pixel is a CSS pixel: QTextDocument lays the page
    // out in the same units the report's sizes are written in.
    writer.setResolution(96);
    writer.setTitle(request.designName);
    writer.setCreator(QStringLiteral("PortPlanner"));
    writer.setPageLayout(QPageLayout(QPageSize(QPageSize::A4), QPageLayout::Landscape, QMarginsF(12, 12, 12, 12),
                                     QPageLayout::Millimeter));

    // The body's margins and the table borders take a share of the page
    // width; three quarters of it is what the picture can have.
    HtmlReportOptions options;
    options.diagramImage = QStringLiteral("diagram.png");
    options.diagramWidth = int(writer.pageLayout().paintRectPixels(96).width() * 0.75);
    const QByteArray html = changeRequestHtml(request, design, catalog, analysis, options);

    QTextDocument document;
    document.addResource(QTextDocument::ImageResource, QUrl(options.diagramImage), diagram);
    document.setHtml(QString::fromUtf8(html));
    document.print(&writer);
    buffer.close();
    if (bytes.isEmpty())
        *error = QStringLiteral("the PDF came out empty");
    return bytes;
}

QByteArray renderChangeRequest(const QString &format, const ChangeRequest &request, const Design &design,
                               const Catalog &catalog, const Analysis &analysis, QString *error)
{
    if (format == QLatin1String("pdf"))
        return changeRequestPdf(request, design, catalog, analysis, error);
    if (format == QLatin1String("png"))
        return svgToPng(designDiagramSvg(design, catalog, analysis), 1.5, error);
    return renderCoreFormat(format, request, design, catalog, analysis, error);
}

} // namespace pp::report
