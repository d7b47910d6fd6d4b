#pragma once

#include "render/diagram/DiagramStyle.h"

#include <vector>

namespace pp {
struct ReviewDecision;
} // namespace pp

namespace pp::diagram {

/// How a diagram is drawn: the level of detail, and whose review decisions.
struct DiagramOptions
{
    /// Automatic draws trunks: an export is read whole, as at fit-to-view.
    Detail detail = Detail::Automatic;
    /// Host level: lines inside a zone too (the canvas's "Internal Connections").
    bool internal = false;
    /// Null: the design's own review decisions.
    const std::vector<ReviewDecision> *decisions = nullptr;
    /// Issue 15's marks per opening, as the canvas shows them (the audit's
    /// policy marks and the verification). Null: the design's verification
    /// records only (an audit is not part of the design).
    const StatusMarks *status = nullptr;
};

} // namespace pp::diagram
