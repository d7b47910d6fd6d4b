#include "model/engine/detail/OpeningBuilder.h"

#include <QSet>

#include <algorithm>
#include <unordered_map>

namespace pp::engine {

namespace {

struct Key
{
    int fromZone;
    int toZone;
    Protocol protocol;
    PortRange range;

    bool operator==(const Key &o) const
    {
        return fromZone == o.fromZone && toZone == o.toZone && protocol == o.protocol && range == o.range;
    }
    bool operator<(const Key &o) const
    {
        if (fromZone != o.fromZone)
            return fromZone < o.fromZone;
        if (toZone != o.toZone)
            return toZone < o.toZone;
        if (protocol != o.protocol)
            return protocol < o.protocol;
        return range < o.range;
    }
};

struct KeyHash
{
    size_t operator()(const Key &k) const
    {
        std::uint64_t h = std::uint64_t(std::uint32_t(k.fromZone)) * 0x9E3779B97F4A7C15ULL;
        h ^= std::uint64_t(std::uint32_t(k.toZone)) + 0x7F4A7C159E3779B9ULL + (h << 6) + (h >> 2);
        h ^= (std::uint64_t(k.range.first) << 20) | (std::uint64_t(k.range.last) << 4) | std::uint64_t(k.protocol);
        return size_t(h * 0xBF58476D1CE4E5B9ULL);
    }
};

} // namespace

std::vector<Opening> buildOpenings(const std::vector<Flow> &flows, size_t hostCount)
{
    // Two passes: find each crossing flow's opening, then fill vectors sized
    // exactly, so that 200,000 flows cost two hash walks and no regrowth.
    std::unordered_map<Key, int, KeyHash> index;
    std::vector<Opening> openings;
    std::vector<int> openingOf(flows.size(), -1);
    std::vector<int> counts;
    for (size_t i = 0; i < flows.size(); ++i) {
        const Flow &f = flows[i];
        if (!f.crossing())
            continue;
        auto [it, inserted] = index.try_emplace(Key{f.fromZone, f.toZone, f.protocol, f.range}, int(openings.size()));
        if (inserted) {
            Opening o;
            o.fromZone = f.fromZone;
            o.toZone = f.toZone;
            o.protocol = f.protocol;
            o.range = f.range;
            o.portText = f.protocol == Protocol::Icmp ? (f.row ? f.row->port : QStringLiteral("any"))
                                                      : f.range.toString();
            openings.push_back(std::move(o));
            counts.push_back(0);
        }
        openingOf[i] = it->second;
        ++counts[size_t(it->second)];
    }
    for (size_t o = 0; o < openings.size(); ++o)
        openings[o].flows.reserve(size_t(counts[o]));
    for (size_t i = 0; i < flows.size(); ++i)
        if (openingOf[i] >= 0)
            openings[size_t(openingOf[i])].flows.push_back(int(i));

    // Hosts per opening, deduplicated with a stamp per host instead of sorting
    // every flow's endpoints.
    std::vector<int> fromStamp(hostCount, -1);
    std::vector<int> toStamp(hostCount, -1);
    for (size_t oi = 0; oi < openings.size(); ++oi) {
        Opening &o = openings[oi];
        QSet<QString> services;
        int fallback = 0;
        for (int fi : o.flows) {
            const Flow &f = flows[size_t(fi)];
            if (fromStamp[size_t(f.from)] != int(oi)) {
                fromStamp[size_t(f.from)] = int(oi);
                o.fromHosts.push_back(f.from);
            }
            if (toStamp[size_t(f.to)] != int(oi)) {
                toStamp[size_t(f.to)] = int(oi);
                o.toHosts.push_back(f.to);
            }
            if (f.phase == Phase::Install)
                o.install = true;
            else
                o.runtime = true;
            if (f.row)
                services.insert(f.row->service);
            if (f.has(FlowFallback))
                ++fallback;
        }
        std::sort(o.fromHosts.begin(), o.fromHosts.end());
        std::sort(o.toHosts.begin(), o.toHosts.end());
        o.services = QStringList(services.begin(), services.end());
        o.services.sort();
        o.fallbackOnly = fallback > 0 && size_t(fallback) == o.flows.size();
        o.localAndFallback = fallback > 0 && size_t(fallback) < o.flows.size();
    }
    std::sort(openings.begin(), openings.end(), [](const Opening &a, const Opening &b) {
        return Key{a.fromZone, a.toZone, a.protocol, a.range} < Key{b.fromZone, b.toZone, b.protocol, b.range};
    });
    return openings;
}

} // namespace pp::engine
