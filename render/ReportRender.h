#pragma once

#include <QByteArray>
#include <QString>

namespace pp {
class Catalog;
struct Analysis;
struct ChangeRequest;
struct Design;
}

namespace pp::report {

/// Renders an SVG drawing (DiagramSvg) as a PNG at `scale` pixels per unit,
/// capped so neither side exceeds 8,000 pixels. Needs a QGuiApplication.
QByteArray svgToPng(const QByteArray &svg, qreal scale, QString *error);

/// The change-request report (HtmlReport) as an A4 landscape PDF, the
/// diagram drawn as a picture fitted to the page width. Needs a
/// QGuiApplication.
QByteArray changeRequestPdf(const ChangeRequest &request, const Design &design, const Catalog &catalog,
                            const Analysis &analysis, QString *error);

/// Any change-request format by name: pdf and png here (the diagram at 1.5
/// pixels per unit), the rest through renderCoreFormat (ExportFormats.h).
/// What the CLI's export and the designer's Save both write.
QByteArray renderChangeRequest(const QString &format, const ChangeRequest &request, const Design &design,
                               const Catalog &catalog, const Analysis &analysis, QString *error);

} // namespace pp::report
