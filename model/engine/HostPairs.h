#pragma once

#include "model/engine/Analysis.h"

#include <vector>

namespace pp {

/// The flows grouped by unordered host pair: what the canvas draws as one
/// line. Flat arrays (pair i's flows are flows[offsets[i] .. offsets[i+1]))
/// so that a few hundred thousand flows cost no per-pair allocation.
struct HostPairs
{
    enum Flag : quint8 { Crossing = 1, FallbackOnly = 2 };

    std::vector<int> a;          ///< smaller host index of each pair
    std::vector<int> b;          ///< larger host index
    std::vector<quint8> flags;
    std::vector<int> offsets;    ///< size() + 1 entries
    std::vector<int> flows;      ///< flow indices, grouped by pair

    size_t size() const { return a.size(); }
    bool crossing(size_t i) const { return flags[i] & Crossing; }
    bool fallbackOnly(size_t i) const { return flags[i] & FallbackOnly; }

    static HostPairs of(const Analysis &analysis);
};

} // namespace pp
