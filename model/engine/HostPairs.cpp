#include "model/engine/HostPairs.h"

#include <unordered_map>

namespace pp {

HostPairs HostPairs::of(const Analysis &analysis)
{
    HostPairs p;
    const auto &flows = analysis.flows;
    std::unordered_map<quint64, int> index;
    index.reserve(flows.size() / 2);
    std::vector<int> pairOfFlow(flows.size(), -1);
    std::vector<int> counts;
    for (size_t i = 0; i < flows.size(); ++i) {
        const Flow &f = flows[i];
        if (f.from == f.to)
            continue;
        const int lo = std::min(f.from, f.to);
        const int hi = std::max(f.from, f.to);
        auto [it, inserted] = index.try_emplace((quint64(quint32(lo)) << 32) | quint32(hi), int(p.a.size()));
        if (inserted) {
            p.a.push_back(lo);
            p.b.push_back(hi);
            p.flags.push_back(FallbackOnly);
            counts.push_back(0);
        }
        const int pair = it->second;
        pairOfFlow[i] = pair;
        ++counts[size_t(pair)];
        if (f.crossing())
            p.flags[size_t(pair)] |= Crossing;
        if (!f.has(FlowFallback))
            p.flags[size_t(pair)] &= quint8(~FallbackOnly);
    }
    p.offsets.resize(p.a.size() + 1, 0);
    for (size_t i = 0; i < counts.size(); ++i)
        p.offsets[i + 1] = p.offsets[i] + counts[i];
    p.flows.resize(size_t(p.offsets.back()));
    std::vector<int> fill(p.offsets.begin(), p.offsets.end() - 1);
    for (size_t i = 0; i < flows.size(); ++i)
        if (pairOfFlow[i] >= 0)
            p.flows[size_t(fill[size_t(pairOfFlow[i])]++)] = int(i);
    return p;
}

} // namespace pp
