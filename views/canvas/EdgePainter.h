#pragma once

#include "render/diagram/DiagramEdge.h"

#include <QPen>

class QPainter;

namespace pp::views {

/// Paints the diagram's marks with a QPainter, in the style render/diagram
/// defines (DiagramStyle, DiagramShapes): the canvas's side of what the SVG
/// writer spells out. Widths in scene units.
namespace edgepaint {

/// The pen of a line kind at `width`, its dashes scaled along.
QPen pen(diagram::LineKind kind, qreal width);
QPen pen(diagram::LineKind kind, qreal width, const QColor &color);
/// The line, and an arrowhead `head` long at each end that answers.
void line(QPainter *painter, const diagram::DiagramEdge &edge, const QPen &pen, qreal head);
/// A review badge of radius `r` (nothing for "not reviewed").
void badge(QPainter *painter, diagram::ReviewMark mark, const QPointF &centre, qreal r);
/// A label box: white, a border in `border`, the text centred.
void label(QPainter *painter, const QRectF &box, const QString &text, const QColor &border, qreal fontSize);

} // namespace edgepaint
} // namespace pp::views
