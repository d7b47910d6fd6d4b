#pragma once

// Where a new zone or a new host can go without covering what is there:
// Add Zone and the palette's keyboard path place things in free space.

#include <QPointF>
#include <QRectF>

#include "model/design/Design.h"

#include <optional>

namespace pp::freespace {

/// A rect of `size` that overlaps no zone (keeping `gap` between them),
/// the nearest such to `preferredCenter`: in the middle of the view when the
/// view has room, else beside or below the zones nearest to it.
QRectF zoneRect(const Design &design, const QSizeF &size, const QPointF &preferredCenter, qreal gap = 40);

/// The top-left corner of a host card inside `zone` that covers no other
/// host card, row by row from the top left; nullopt when the zone is full.
std::optional<QPointF> hostPosition(const Design &design, const Zone &zone, qreal gap = 20);

/// The centre of a firewall symbol of `size` (rule 10) that covers no zone
/// and no other device, `gap` clear of both: the nearest such to
/// `preferredCenter`, in the gaps between zones where there is room, else
/// beside the zones.
QPointF devicePosition(const Design &design, const QSizeF &size, const QPointF &preferredCenter, qreal gap = 10);

/// True when the two zones' rectangles share more than an edge.
bool overlap(const Zone &a, const Zone &b);

} // namespace pp::freespace
