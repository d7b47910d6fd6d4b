#pragma once

#include <QByteArray>
#include <QString>

namespace pp::report {

/// Renders an SVG drawing (DiagramSvg) as a PNG at `scale` pixels per unit,
/// capped so neither side exceeds 8,000 pixels. Needs a QGuiApplication.
QByteArray svgToPng(const QByteArray &svg, qreal scale, QString *error);

/// Prints an HTML report written with HtmlReportOptions::diagramImage set to
/// "diagram.png" as an A4 landscape PDF, the diagram rendered from
/// `diagramSvg`. Needs a QGuiApplication.
QByteArray htmlToPdf(const QByteArray &html, const QByteArray &diagramSvg, const QString &title, QString *error);

/// The name the HTML must give the diagram picture for htmlToPdf.
inline QString diagramImageName()
{
    return QStringLiteral("diagram.png");
}

} // namespace pp::report
