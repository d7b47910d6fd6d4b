#pragma once

#include "model/Analysis.h"

namespace pp::engine {

/// Groups the crossing flows into openings, one per (source zone,
/// destination zone, protocol, port), in zone and port order.
std::vector<Opening> buildOpenings(const std::vector<Flow> &flows);

} // namespace pp::engine
