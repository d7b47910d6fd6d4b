#pragma once

#include "render/diagram/Diagram.h"

#include <QByteArray>

namespace pp {

class Catalog;
struct Analysis;
struct Design;

/// The design as an SVG drawing, as the canvas draws it (diagram::Diagram:
/// the same trunks or host lines, routes, colours, dashes, review badges and
/// labels), with a legend of the marks it uses and each element's details
/// in its <title> (a tooltip in browsers). Written for SVG 1.1 viewers and
/// for QSvgRenderer (SVG Tiny): no markers, filters or CSS. The HTML report
/// inlines it; `export --format svg` writes it; PNG and PDF render it.
QByteArray designDiagramSvg(const Design &design, const Catalog &catalog, const Analysis &analysis,
                            const diagram::DiagramOptions &options = {});

/// An SVG drawing of one laid-out diagram.
QByteArray diagramSvg(const Design &design, const Catalog &catalog, const Analysis &analysis,
                      const diagram::Diagram &drawing);

} // namespace pp
