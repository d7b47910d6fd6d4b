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

/// Issue 15: a policy mark, a pill 2.4 r wide and 1.4 r high around
/// `centre`, filled in its colour by how much the policy allows: whole
/// (allowed), the left half (partial) or not at all (missing), so the fill
/// tells them apart without the colour.
QRectF policyPill(const QPointF &centre, qreal r);
qreal policyFill(PolicyMark mark); ///< 1, 0.5 or 0
/// Issue 15: a verification mark's outline, a hexagon around `centre`
/// (the review badges are circles, squares, diamonds and triangles).
std::vector<QPointF> checkOutline(const QPointF &centre, qreal r);

/// The point halfway along a polyline, and the direction there.
QPointF midpoint(const std::vector<QPointF> &route);
/// The point `fraction` (0 to 1) of the way along a polyline.
QPointF pointAlong(const std::vector<QPointF> &route, qreal fraction);
/// Where a crossing line's marks go, `spacing` apart along it around its
/// middle: the policy mark, the review badge (the middle), the
/// verification mark. Short lines keep them on the line.
struct MarkPlaces
{
    QPointF policy;
    QPointF review;
    QPointF check;
};
MarkPlaces markPlaces(const std::vector<QPointF> &route, qreal spacing);

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
