#pragma once

#include <QByteArray>

namespace pp {

class Catalog;
struct Analysis;
struct Design;

/// The design as an SVG drawing from its own geometry: zones (their rects),
/// hosts (cards at their positions) and the crossings between them, with an
/// arrowhead at the responding side. Written for SVG 1.1 viewers and for
/// QSvgRenderer (SVG Tiny): no markers, filters or CSS. The HTML report
/// inlines it; `export --format svg` writes it; PNG is rendered from it.
QByteArray designDiagramSvg(const Design &design, const Catalog &catalog, const Analysis &analysis);

} // namespace pp
