#pragma once

#include <QString>
#include <QStringList>

#include "model/design/BoundaryFallback.h"
#include "model/design/Extras.h"

#include <optional>
#include <vector>

namespace pp {

/// Rule 9: which distribution points, management points, software update
/// points and state migration points the clients inside its boundaries use.
struct BoundaryGroup
{
    QString id;
    QString name;
    QStringList zones;        ///< boundaries: whole zones
    QStringList subnets;      ///< boundaries: CIDR subnets
    QString site;             ///< assigned site; empty = none
    QStringList systems;      ///< host ids of its site systems
    std::vector<BoundaryFallback> fallback;
    std::optional<bool> fallbackToDefault; ///< default true: the site default group after the rest
    Extras extras;

    bool usesDefaultGroup() const { return fallbackToDefault.value_or(true); }
    friend bool operator==(const BoundaryGroup &a, const BoundaryGroup &b);
};

} // namespace pp
