#pragma once

#include "render/diagram/DiagramEdge.h"

#include <QPen>

#include <functional>
#include <vector>

class QFont;
class QPainter;

class QStaticText;

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
/// Issue 15: a policy mark (a pill filled by how much is allowed) and a
/// verification mark (a hexagon with its glyph) of radius `r`; nothing for None.
void policyMark(QPainter *painter, diagram::PolicyMark mark, const QPointF &centre, qreal r);
void checkMark(QPainter *painter, diagram::CheckMark mark, const QPointF &centre, qreal r);
/// Every mark of a crossing line along it around its middle: the policy
/// mark, the review badge and the verification mark, each of radius `r`.
void marks(QPainter *painter, const diagram::DiagramEdge &edge, qreal r);
/// A trunk label's marks: the review badge before the label box, the policy
/// and verification marks after it.
void labelMarks(QPainter *painter, const diagram::DiagramEdge &trunk, const QRectF &box, qreal fontSize);
/// The text face of labels of size `fontSize` (scene units) on `base`.
QFont labelFont(const QFont &base, qreal fontSize);
/// A label box: white, a border in `border`, the text centred.
void label(QPainter *painter, const QRectF &box, const QString &text, const QColor &border, qreal fontSize);
/// The same with its text laid out once and kept (a trunk label, drawn on
/// every repaint): shaping the text anew each time was a tenth of a repaint
/// of the XL design at fit-to-view.
void label(QPainter *painter, const QRectF &box, const QStaticText &text, const QColor &border, qreal fontSize);

/// Trunks as the canvas draws them at zoom `lod`: at least a few pixels
/// wide, arrowheads at the zones that answer.
void trunks(QPainter *painter, const std::vector<diagram::DiagramEdge> &edges, qreal lod, const QRectF &exposed);
/// Routed host lines, quiet ones first and crossings over them, with their
/// marks (review, policy, verification); those `skip` names (the selection, drawn on top) left out.
void hostLines(QPainter *painter, const std::vector<diagram::DiagramEdge> &edges,
               const std::function<bool(size_t)> &skip, qreal lod, const QRectF &exposed);

} // namespace edgepaint
} // namespace pp::views
