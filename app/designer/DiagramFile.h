#pragma once

#include <QCoreApplication>
#include <QString>

namespace pp {
class Catalog;
struct Analysis;
struct Design;
} // namespace pp

namespace pp::app {

/// File > Export Diagram: the design's diagram as drawn by render/DiagramSvg
/// (the same drawing the CLI's `export --format svg|png` and the reports
/// use), written as SVG, or as PNG rendered from it, by the file's suffix.
class DiagramFile
{
    Q_DECLARE_TR_FUNCTIONS(DiagramFile)

public:
    /// PNG pixels per design unit: sharp on a high-density screen.
    static constexpr qreal PngScale = 1.5;

    /// False, with *error set, for an empty design or a file that cannot
    /// be written. Needs a QGuiApplication for PNG.
    static bool write(const Design &design, const Catalog &catalog, const Analysis &analysis, const QString &path,
                      QString *error);
};

} // namespace pp::app
