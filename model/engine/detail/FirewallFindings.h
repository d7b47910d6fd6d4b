#pragma once

#include "model/engine/Analysis.h"
#include "model/engine/detail/EngineIndex.h"

#include <utility>
#include <vector>

namespace pp::engine {

class PathFinder;

/// Rule 10's findings: crossing flows with no path between their zones
/// (errors, naming both zones and the hosts), firewalls joined to fewer than
/// two zones, transit zones holding hosts, and routes that pass more
/// firewalls than the shortest path (warnings).
std::vector<Finding> firewallFindings(const EngineIndex &index, const PathFinder &paths, const Analysis &analysis,
                                      const std::vector<std::pair<int, int>> &unreachable);

} // namespace pp::engine
