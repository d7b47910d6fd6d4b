#pragma once

#include <QStringList>

#include "model/design/Design.h"

namespace pp {

struct Opening;

/// The facts of one opening the rules read.
struct OpeningFacts
{
    ZoneKind fromKind = ZoneKind::Internal;
    ZoneKind toKind = ZoneKind::Internal;
    QStringList services;
    QStringList refs;
    int ports = 0;
    int sourceMachines = 0;
    bool sourcesWithoutAddress = false;
    bool fallbackOnly = false;

    static OpeningFacts of(const Design &design, const Opening &opening);
};

} // namespace pp
