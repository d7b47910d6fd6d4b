#pragma once

#include "render/diagram/Diagram.h"

#include <QCoreApplication>
#include <QString>

namespace pp {
class Catalog;
struct Analysis;
struct Design;
} // namespace pp

namespace pp::app {

/// File › Export Diagram: the design's diagram as the canvas draws it at the
/// chosen level of detail (render/diagram, the same layout the CLI's
/// `export --format svg|png|drawio` and the reports use), by the file's
/// suffix: SVG; PNG and PDF rendered from it; or a diagrams.net file (.drawio).
class DiagramFile
{
    Q_DECLARE_TR_FUNCTIONS(DiagramFile)

public:
    /// PNG pixels per design unit: sharp on a high-density screen.
    static constexpr qreal PngScale = 1.5;

    /// The file dialog's filter of every kind written.
    static QString filters();

    /// False, with *error set, for an empty design or a file that cannot
    /// be written. Needs a QGuiApplication for PNG and PDF.
    static bool write(const Design &design, const Catalog &catalog, const Analysis &analysis, const QString &path,
                      QString *error, const diagram::DiagramOptions &options = {});
};

} // namespace pp::app
