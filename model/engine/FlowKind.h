#pragma once

#include <QString>

#include "model/engine/Flow.h"

namespace pp {

/// What the flows of one kind share, in words: many flows, few kinds. A
/// change request keeps each kind's words once; the flows table sorts by
/// them.
struct FlowKind
{
    QString protocol;         ///< "TCP"
    QString port;             ///< "443", "49152-65535", "echo-request"
    QString ref;              ///< seed anchor, or "manual"
    QString service;          ///< catalog service id
    QString phase;            ///< "runtime" or "install"
    QString description;
    QString fallback;         ///< boundary-group fallback path, or empty
    quint16 flags = 0;        ///< FlowFlag bits of the engine's flow (as wide as Flow::flags)

    bool crossing() const { return flags & FlowCrossing; }
};

} // namespace pp
