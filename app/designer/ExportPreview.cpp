#include "app/designer/ExportPreview.h"

#include "model/export/ExportProgress.h"
#include "render/DiagramSvg.h"
#include "render/DiagramWriter.h"
#include "render/ExportFormats.h"
#include "render/HtmlReport.h"
#include "render/PdfReport.h"

#include <QBuffer>
#include <QCoreApplication>

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

} // namespace pp::app
