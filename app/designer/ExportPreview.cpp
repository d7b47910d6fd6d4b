#include "app/designer/ExportPreview.h"

#include "model/export/ExportProgress.h"
#include "render/DiagramSvg.h"
#include "render/DiagramWriter.h"
#include "render/ExportFormats.h"
#include "render/HtmlReport.h"
#include "render/PdfReport.h"

#include <QBuffer>
#include <QCoreApplication>
#include <QPainter>

namespace pp::app {

namespace {

/// Text previews stop here: the beginning says what the file is like.
constexpr int textLimit = 400'000;
constexpr int diagramPixels = 2000;
constexpr int pdfPages = 3;

} // namespace

QString ExportPreview::diagramName()
{
    return QStringLiteral("preview-diagram.png");
}

ExportPreview ExportPreview::make(const QString &format, const ExportInput &input, int width)
{
    ExportPreview preview;
    const QByteArray svg = designDiagramSvg(input.design, input.catalog, input.analysis);
    if (format == QLatin1String("svg") || format == QLatin1String("png")) {
        preview.kind = Kind::Pictures;
        preview.pictures.push_back(DiagramWriter::picture(svg, diagramPixels));
        return preview;
    }
    if (format == QLatin1String("pdf")) {
        preview.kind = Kind::Pictures;
        preview.pictures = PdfReport::previewPages(input, pdfPages, width, &preview.error);
        return preview;
    }
    QByteArray bytes;
    QBuffer buffer(&bytes);
    buffer.open(QIODevice::WriteOnly);
    ExportProgress progress;
    if (format == QLatin1String("html") || format == QLatin1String("xlsx")) {
        // A workbook has the report's lines: preview those. The text browser
        // cannot draw inline SVG, so the diagram comes as a picture.
        preview.kind = Kind::Report;
        HtmlReportOptions options;
        options.diagramImage = diagramName();
        options.diagramWidth = std::max(700, width - 60);
        HtmlReport(options).write(input, buffer, progress, &preview.error);
        preview.diagram = DiagramWriter::picture(svg, diagramPixels);
    } else if (const auto writer = exportformats::writer(format)) {
        preview.kind = Kind::Text;
        writer->write(input, buffer, progress, &preview.error);
        if (bytes.size() > textLimit)
            bytes = bytes.left(textLimit) + "\n…";
    }
    preview.text = QString::fromUtf8(bytes);
    return preview;
}

QImage ExportPreview::stacked(const std::vector<QImage> &pictures)
{
    constexpr int gap = 12;
    int width = 0, height = 0;
    for (const QImage &p : pictures) {
        width = std::max(width, p.width());
        height += p.height() + gap;
    }
    if (width == 0)
        return {};
    QImage out(width, height - gap, QImage::Format_RGB32);
    out.fill(QColor(0x80, 0x80, 0x80));
    QPainter painter(&out);
    int y = 0;
    for (const QImage &p : pictures) {
        painter.drawImage((width - p.width()) / 2, y, p);
        y += p.height() + gap;
    }
    return out;
}

} // namespace pp::app
