#pragma once

#include "model/engine/Analysis.h"

namespace pp {
struct Design;
}

namespace pp::engine {

/// Groups the crossing flows into openings, in device, zone and port order.
/// Without paths (a design without firewalls, or a flow no path reaches):
/// one opening per (source zone, destination zone, protocol, port). With a
/// path: one per (firewall, ingress, egress, protocol, port) for each hop,
/// so a flow is in as many openings as it passes firewalls. Refs are left
/// to the caller, which knows the design's links.
std::vector<Opening> buildOpenings(const std::vector<Flow> &flows, size_t hostCount,
                                   const std::vector<Path> &paths, const Design &design);

} // namespace pp::engine
