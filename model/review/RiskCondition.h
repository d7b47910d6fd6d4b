#pragma once

#include <QStringList>
#include <QVector>

#include "model/design/Zone.h"

#include <optional>

namespace pp {

/// What a rule or recommendation looks at in an opening. Empty lists and
/// unset values match everything.
struct RiskCondition
{
    QVector<ZoneKind> fromZoneKinds;
    QVector<ZoneKind> toZoneKinds;
    QStringList services;   ///< any of these services
    QStringList refsAny;    ///< any of these seed anchors
    int minPorts = 0;       ///< range width at least this
    int minSourceMachines = 0;
    std::optional<bool> sourcesWithoutAddress;
    std::optional<bool> fallbackOnly;
};

} // namespace pp
