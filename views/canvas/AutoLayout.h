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

/// Arranges zones and hosts with graphviz "dot": each zone is a cluster,
/// each host a node, each connected host pair an edge. Pure function of its
/// input, safe to run off the UI thread (one layout at a time).
LayoutResult autoLayout(const Design &design, const Analysis &analysis);

} // namespace pp::views
