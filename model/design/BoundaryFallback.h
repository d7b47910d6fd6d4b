#pragma once

#include <QString>
#include <QStringList>

#include "model/design/Extras.h"

#include <optional>

namespace pp {

/// One fallback relation of a boundary group (rule 9): after `minutes`, or
/// never, clients of the group may use the neighbour's systems of `roles`.
struct BoundaryFallback
{
    QString to;               ///< neighbour boundary group id
    QStringList roles;        ///< empty = every role boundary groups govern
    std::optional<int> minutes;
    bool never = false;
    Extras extras;
    friend bool operator==(const BoundaryFallback &a, const BoundaryFallback &b);
};

} // namespace pp
