#pragma once

#include <QByteArray>
#include <QString>

namespace pp {

/// An SVG drawing (DiagramSvg) as a one-page PDF, the page the drawing's
/// size, the drawing kept as vectors. Empty, with *error set, when the SVG
/// cannot be drawn. Needs a QGuiApplication.
QByteArray diagramPdf(const QByteArray &svg, QString *error);

} // namespace pp
