#pragma once

#include <QHash>
#include <QPointF>
#include <QRectF>
#include <QString>

#include "model/engine/AnalysisSnapshot.h"

namespace pp::views {

/// Where auto-arrange puts things.
struct LayoutResult
{
    QHash<QString, QRectF> zones;  ///< zone id -> new rect
    QHash<QString, QPointF> hosts; ///< host id -> new card position
    QString error;                 ///< empty on success
};

/// Arranges a design as a network diagram: each zone sized to a grid of
/// its hosts (with room between the cards for the lines), the zones in rows
/// from the outside in (internet and cloud, perimeter, internal, branches;
/// long rows wrapped), graphviz "dot" ordering and spacing them to keep the
/// trunks between them short and uncrossed, and each zone's hosts placed in
/// its grid towards the zones they talk to. Positions fall on the 10-unit
/// grid. Pure function of its input, safe to run off the UI thread (one
/// layout at a time).
LayoutResult autoLayout(const Design &design, const Analysis &analysis);

namespace layout {

constexpr qreal cardGapX = 50;   ///< between cards side by side: room for a few lines
constexpr qreal cardGapY = 40;   ///< between rows of cards
constexpr qreal zonePadding = 30; ///< from a zone's border to its cards
constexpr qreal zoneGap = 70;    ///< the least room between two zones: a corridor for the trunks

/// Columns of a zone's grid for `hosts` cards: a square grid, a row longer where it does not fill.
int columnsFor(int hosts);
/// A zone's size for `hosts` cards, at least as wide as its title needs.
QSizeF zoneSize(int hosts, qreal titleWidth);

} // namespace layout

} // namespace pp::views
