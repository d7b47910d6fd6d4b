#pragma once

#include "render/diagram/DiagramEdge.h"
#include "render/diagram/DiagramOptions.h"
#include "render/diagram/DiagramText.h"

#include <vector>

namespace pp {
class Catalog;
struct Analysis;
struct Design;
struct ReviewDecision;
} // namespace pp

namespace pp::diagram {

/// A drawing of a design, laid out once for every writer: its boxes where
/// the architect put them, its lines at the chosen level of detail with
/// their routes, review state and labels, and the legend marks they use.
/// The canvas lays its lines out with the same steps (EdgeSummary,
/// EdgeRouter, LabelPlacer); the SVG and draw.io writers read this.
struct Diagram
{
    Detail detail = Detail::Zones;  ///< Zones or Hosts, never Automatic
    DiagramGeometry geometry;
    std::vector<QRectF> titles;     ///< per zone, its title's place (EdgeRouter::titleBand)
    std::vector<DiagramEdge> edges;
    std::vector<QRectF> labels;     ///< per edge: where its label goes; null = no label
    std::vector<LegendMark> marks;  ///< what the legend lists
    QRectF bounds;                  ///< boxes and lines
    int unrouted = 0;               ///< lines drawn straight for want of a route

    /// Trunk labels at this size (scene units): what the canvas uses at 100 %.
    static constexpr qreal labelFontSize = 12;
    static QSizeF labelSize(const QString &text, qreal fontSize = labelFontSize);

    static Diagram build(const Design &design, const Catalog &catalog, const Analysis &analysis,
                         const DiagramOptions &options = {});
    /// The geometry as the design file has it.
    static DiagramGeometry geometryOf(const Design &design);
};

} // namespace pp::diagram
