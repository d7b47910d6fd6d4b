#include "model/engine/detail/OpeningBuilder.h"

#include "model/design/Design.h"

#include <QSet>

#include <algorithm>
#include <tuple>
#include <unordered_map>

namespace pp::engine {

namespace {

struct Key
{
    int firewall;
    int fromZone;
    int toZone;
    int ingress;
    int egress;
    Protocol protocol;
    PortRange range;

    auto tied() const { return std::tie(firewall, fromZone, toZone, ingress, egress, protocol, range); }
    bool operator==(const Key &o) const { return tied() == o.tied(); }
    bool operator<(const Key &o) const { return tied() < o.tied(); }
};

struct KeyHash
{
    size_t operator()(const Key &k) const
    {
        std::uint64_t h = std::uint64_t(std::uint32_t(k.fromZone)) * 0x9E3779B97F4A7C15ULL;
        h ^= std::uint64_t(std::uint32_t(k.toZone)) + 0x7F4A7C159E3779B9ULL + (h << 6) + (h >> 2);
        h ^= (std::uint64_t(std::uint32_t(k.firewall)) << 40) ^ (std::uint64_t(std::uint32_t(k.ingress)) << 24)
            ^ (std::uint64_t(std::uint32_t(k.egress)) << 8);
        h ^= (std::uint64_t(k.range.first) << 20) | (std::uint64_t(k.range.last) << 4) | std::uint64_t(k.protocol);
        return size_t(h * 0xBF58476D1CE4E5B9ULL);
    }
};

Key keyOf(const Opening &o)
{
    return Key{o.firewall, o.fromZone, o.toZone, o.ingress, o.egress, o.protocol, o.range};
}

/// The openings a crossing flow belongs to, one per firewall it passes (or
/// the implicit one between its zones), found or created in `index`.
class Grouping
{
public:
    Grouping(const std::vector<Path> &paths, const Design &design, const QHash<QString, int> &zoneIndex)
        : m_paths(paths), m_design(design), m_zoneIndex(zoneIndex)
    {
    }

    template<typename Visit>
    void openingsOf(const Flow &f, Visit visit)
    {
        if (f.path < 0) {
            visit(find(Key{-1, f.fromZone, f.toZone, -1, -1, f.protocol, f.range}, f));
            return;
        }
        for (const PathHop &hop : m_paths[size_t(f.path)]) {
            const auto &interfaces = m_design.firewalls[size_t(hop.firewall)].interfaces;
            const int from = m_zoneIndex.value(interfaces[size_t(hop.ingress)].zone, -1);
            const int to = m_zoneIndex.value(interfaces[size_t(hop.egress)].zone, -1);
            visit(find(Key{hop.firewall, from, to, hop.ingress, hop.egress, f.protocol, f.range}, f));
        }
    }

    std::vector<Opening> openings;

private:
    int find(const Key &key, const Flow &f)
    {
        auto [it, inserted] = m_index.try_emplace(key, int(openings.size()));
        if (inserted) {
            Opening o;
            o.firewall = key.firewall;
            o.ingress = key.ingress;
            o.egress = key.egress;
            o.fromZone = key.fromZone;
            o.toZone = key.toZone;
            o.protocol = f.protocol;
            o.range = f.range;
            o.portText = f.protocol == Protocol::Icmp ? (f.row ? f.row->port : QStringLiteral("any"))
                                                      : f.range.toString();
            openings.push_back(std::move(o));
        }
        return it->second;
    }

    const std::vector<Path> &m_paths;
    const Design &m_design;
    const QHash<QString, int> &m_zoneIndex;
    std::unordered_map<Key, int, KeyHash> m_index;
};

void fillHosts(std::vector<Opening> &openings, const std::vector<Flow> &flows, size_t hostCount)
{
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
}

} // namespace

std::vector<Opening> buildOpenings(const std::vector<Flow> &flows, size_t hostCount, const std::vector<Path> &paths,
                                   const Design &design)
{
    QHash<QString, int> zoneIndex;
    if (!design.firewalls.empty())
        for (size_t z = 0; z < design.zones.size(); ++z)
            zoneIndex.insert(design.zones[z].id, int(z));
    // Two passes: find each crossing flow's openings, then fill vectors
    // sized exactly, so that 200,000 flows cost one hash walk and no regrowth.
    Grouping grouping(paths, design, zoneIndex);
    std::vector<int> memberOf; // per crossing flow in order: its openings
    memberOf.reserve(flows.size());
    std::vector<int> counts;
    for (const Flow &f : flows) {
        if (!f.crossing())
            continue;
        grouping.openingsOf(f, [&](int o) {
            if (size_t(o) >= counts.size())
                counts.resize(size_t(o) + 1, 0);
            ++counts[size_t(o)];
            memberOf.push_back(o);
        });
    }
    std::vector<Opening> openings = std::move(grouping.openings);
    for (size_t o = 0; o < openings.size(); ++o)
        openings[o].flows.reserve(size_t(counts[o]));
    size_t next = 0;
    for (size_t i = 0; i < flows.size(); ++i) {
        const Flow &f = flows[i];
        if (!f.crossing())
            continue;
        const size_t hops = f.path < 0 ? 1 : paths[size_t(f.path)].size();
        for (size_t h = 0; h < hops; ++h)
            openings[size_t(memberOf[next++])].flows.push_back(int(i));
    }
    fillHosts(openings, flows, hostCount);
    std::sort(openings.begin(), openings.end(),
              [](const Opening &a, const Opening &b) { return keyOf(a) < keyOf(b); });
    return openings;
}

} // namespace pp::engine
