#pragma once

#include "render/diagram/DiagramStyle.h"

#include <QPointF>
#include <QRectF>

#include <vector>

namespace pp::diagram {

/// A filled arrowhead with its tip at `tip`, pointing away from `from`.
std::vector<QPointF> arrowHead(const QPointF &tip, const QPointF &from, qreal length);

/// A review badge's outline around `centre`: a circle (approved; empty
/// vector, draw an ellipse), a square (rejected), a diamond (questioned), a
/// triangle (needs re-review): told apart by shape as well as colour.
std::vector<QPointF> badgeOutline(ReviewMark mark, const QPointF &centre, qreal radius);

/// The point halfway along a polyline, and the direction there.
QPointF midpoint(const std::vector<QPointF> &route);

/// The last segment's start, for an arrowhead at the end (or the first
/// segment's end, for the start).
QPointF approach(const std::vector<QPointF> &route, bool atEnd);

qreal distanceToSegment(const QPointF &p, const QPointF &a, const QPointF &b);
/// How far a point is from a polyline.
qreal distanceToRoute(const QPointF &p, const std::vector<QPointF> &route);
/// The rectangle a polyline spans.
QRectF routeBounds(const std::vector<QPointF> &route);

/// A firewall's device symbol (rule 10), centred on its `pos`: the box the
/// canvas draws, the writers draw and the routes keep off.
constexpr qreal deviceWidth = 64;
constexpr qreal deviceHeight = 44;
QRectF deviceRect(const QPointF &centre);

} // namespace pp::diagram
