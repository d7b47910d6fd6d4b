#pragma once

#include "model/engine/Analysis.h"

namespace pp::engine {

/// Groups the crossing flows into openings, one per (source zone,
/// destination zone, protocol, port), in zone and port order. Refs are left
/// to the caller, which knows the design's links.
std::vector<Opening> buildOpenings(const std::vector<Flow> &flows, size_t hostCount);

} // namespace pp::engine
