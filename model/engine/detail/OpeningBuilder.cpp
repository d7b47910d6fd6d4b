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

bool byKey(const Opening &a, const Opening &b)
{
    return keyOf(a) < keyOf(b);
}

/// The zone-pair openings: crossing flows grouped by (source zone,
/// destination zone, protocol, port), the flows in order. `openingOf` gets
/// each flow's opening (-1 for flows that do not cross).
std::vector<Opening> zonePairOpenings(const std::vector<Flow> &flows, std::vector<int> &openingOf)
{
    // Two passes: find each crossing flow's opening, then fill vectors sized
    // exactly, so that 200,000 flows cost one hash walk and no regrowth.
    std::unordered_map<Key, int, KeyHash> index;
    std::vector<Opening> openings;
    openingOf.assign(flows.size(), -1);
    std::vector<int> counts;
    for (size_t i = 0; i < flows.size(); ++i) {
        const Flow &f = flows[i];
        if (!f.crossing())
            continue;
        auto [it, inserted] =
            index.try_emplace(Key{-1, f.fromZone, f.toZone, -1, -1, f.protocol, f.range}, int(openings.size()));
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
    return openings;
}

/// Hosts, phases, services and fallback of each opening from its flows;
/// `fallbackCounts` gets the number of fallback flows of each.
void summarize(std::vector<Opening> &openings, const std::vector<Flow> &flows, size_t hostCount,
               std::vector<int> &fallbackCounts)
{
    // Hosts per opening, deduplicated with a stamp per host instead of sorting
    // every flow's endpoints.
    std::vector<int> fromStamp(hostCount, -1);
    std::vector<int> toStamp(hostCount, -1);
    fallbackCounts.assign(openings.size(), 0);
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
        fallbackCounts[oi] = fallback;
    }
}

template<typename T>
void sortUnique(std::vector<T> &v)
{
    std::sort(v.begin(), v.end());
    v.erase(std::unique(v.begin(), v.end()), v.end());
}

/// Rule 10: the zone-pair openings spread over the devices of their paths.
/// All flows of a zone pair share its path, so each zone-pair opening lands
/// whole on one opening per hop; a device's opening is the union of the
/// zone-pair openings that land on it, built from their summaries rather
/// than from every flow again. The landings are sorted by the device
/// opening's key, so the openings come out in their final order; every
/// vector is sized before it is filled, and a zone-pair opening's vectors
/// move to the last device opening that takes them whole.
class DeviceOpenings
{
public:
    DeviceOpenings(std::vector<Opening> &pairs, const std::vector<int> &pairFallback, const std::vector<Flow> &flows,
                   const std::vector<Path> &paths, const Design &design)
        : m_pairs(pairs), m_pairFallback(pairFallback), m_flows(flows), m_paths(paths), m_design(design)
    {
    }

    std::vector<Opening> build(const std::vector<int> &openingOf)
    {
        collectLandings();
        m_devices.reserve(m_landings.size());
        m_targets.assign(m_landings.size(), -1);
        m_cursor.assign(m_targetBegin.begin(), m_targetBegin.end() - 1);
        for (size_t i = 0; i < m_landings.size();) {
            size_t end = i;
            while (end < m_landings.size() && m_landings[end].key == m_landings[i].key)
                ++end;
            addDevice(i, end);
            i = end;
        }
        fillFlows(openingOf);
        return std::move(m_devices);
    }

private:
    struct Landing
    {
        Key key;
        int pair;
        bool operator<(const Landing &o) const { return std::tie(key, pair) < std::tie(o.key, o.pair); }
    };

    /// One landing per hop of each zone pair's path (or one on the implicit
    /// zone-pair firewall for a pair without a path), sorted by device key.
    void collectLandings()
    {
        QHash<QString, int> zoneIndex;
        for (size_t z = 0; z < m_design.zones.size(); ++z)
            zoneIndex.insert(m_design.zones[z].id, int(z));
        std::vector<std::vector<int>> interfaceZone(m_design.firewalls.size());
        for (size_t f = 0; f < m_design.firewalls.size(); ++f)
            for (const FirewallInterface &i : m_design.firewalls[f].interfaces)
                interfaceZone[f].push_back(zoneIndex.value(i.zone, -1));
        m_landings.reserve(m_pairs.size() * 2);
        m_targetBegin.assign(m_pairs.size() + 1, 0);
        for (size_t p = 0; p < m_pairs.size(); ++p) {
            const Opening &pair = m_pairs[p];
            const int path = m_flows[size_t(pair.flows.front())].path;
            if (path < 0) {
                m_landings.push_back({keyOf(pair), int(p)}); // no path: an error finding
            } else {
                for (const PathHop &hop : m_paths[size_t(path)]) {
                    const auto &zones = interfaceZone[size_t(hop.firewall)];
                    m_landings.push_back({Key{hop.firewall, zones[size_t(hop.ingress)], zones[size_t(hop.egress)],
                                              hop.ingress, hop.egress, pair.protocol, pair.range},
                                          int(p)});
                }
            }
            m_targetBegin[p + 1] = int(m_landings.size());
        }
        std::sort(m_landings.begin(), m_landings.end());
    }

    /// The device opening of landings [begin, end), which share its key.
    void addDevice(size_t begin, size_t end)
    {
        const Key &key = m_landings[begin].key;
        Opening &first = m_pairs[size_t(m_landings[begin].pair)];
        Opening o;
        o.firewall = key.firewall;
        o.ingress = key.ingress;
        o.egress = key.egress;
        o.fromZone = key.fromZone;
        o.toZone = key.toZone;
        o.protocol = key.protocol;
        o.range = key.range;
        o.portText = first.portText;
        int fallback = 0;
        size_t flows = 0;
        for (size_t j = begin; j < end; ++j) {
            const int p = m_landings[j].pair;
            fallback += m_pairFallback[size_t(p)];
            flows += m_pairs[size_t(p)].flows.size();
            m_targets[size_t(m_cursor[size_t(p)]++)] = int(m_devices.size());
        }
        o.fallbackOnly = fallback > 0 && size_t(fallback) == flows;
        o.localAndFallback = fallback > 0 && size_t(fallback) < flows;
        const bool whole = end - begin == 1;
        if (whole)
            takeWhole(o, m_landings[begin].pair);
        else
            merge(o, begin, end, flows);
        m_devices.push_back(std::move(o));
        m_filled.push_back(whole);
    }

    /// One zone pair on this device this way: its opening as it is, moved if
    /// no other device needs it any more.
    void takeWhole(Opening &o, int p)
    {
        Opening &pair = m_pairs[size_t(p)];
        const bool last = m_cursor[size_t(p)] == m_targetBegin[size_t(p) + 1];
        auto take = [last](auto &from) { return last ? std::move(from) : from; };
        o.flows = take(pair.flows);
        o.fromHosts = take(pair.fromHosts);
        o.toHosts = take(pair.toHosts);
        o.services = take(pair.services);
        o.runtime = pair.runtime;
        o.install = pair.install;
    }

    /// Several zone pairs: the union of their hosts and services. The flows
    /// come in fillFlows(), in flow order.
    void merge(Opening &o, size_t begin, size_t end, size_t flows)
    {
        size_t from = 0, to = 0;
        for (size_t j = begin; j < end; ++j) {
            from += m_pairs[size_t(m_landings[j].pair)].fromHosts.size();
            to += m_pairs[size_t(m_landings[j].pair)].toHosts.size();
        }
        o.flows.reserve(flows);
        o.fromHosts.reserve(from);
        o.toHosts.reserve(to);
        for (size_t j = begin; j < end; ++j) {
            const Opening &pair = m_pairs[size_t(m_landings[j].pair)];
            o.fromHosts.insert(o.fromHosts.end(), pair.fromHosts.begin(), pair.fromHosts.end());
            o.toHosts.insert(o.toHosts.end(), pair.toHosts.begin(), pair.toHosts.end());
            o.services.append(pair.services);
            o.runtime = o.runtime || pair.runtime;
            o.install = o.install || pair.install;
        }
        sortUnique(o.fromHosts);
        sortUnique(o.toHosts);
        o.services.sort();
        o.services.removeDuplicates();
    }

    void fillFlows(const std::vector<int> &openingOf)
    {
        for (size_t i = 0; i < m_flows.size(); ++i) {
            const int p = openingOf[i];
            if (p < 0)
                continue;
            for (int t = m_targetBegin[size_t(p)]; t < m_targetBegin[size_t(p) + 1]; ++t)
                if (!m_filled[size_t(m_targets[size_t(t)])])
                    m_devices[size_t(m_targets[size_t(t)])].flows.push_back(int(i));
        }
    }

    std::vector<Opening> &m_pairs;
    const std::vector<int> &m_pairFallback;
    const std::vector<Flow> &m_flows;
    const std::vector<Path> &m_paths;
    const Design &m_design;
    std::vector<Landing> m_landings;
    std::vector<int> m_targetBegin; ///< pair p lands on m_targets[m_targetBegin[p] .. m_targetBegin[p + 1])
    std::vector<int> m_targets;     ///< device opening of each landing, by pair
    std::vector<int> m_cursor;
    std::vector<Opening> m_devices;
    std::vector<char> m_filled;     ///< the device opening has its flows already
};

} // namespace

std::vector<Opening> buildOpenings(const std::vector<Flow> &flows, size_t hostCount, const std::vector<Path> &paths,
                                   const Design &design)
{
    std::vector<int> openingOf;
    std::vector<Opening> openings = zonePairOpenings(flows, openingOf);
    std::vector<int> fallback;
    summarize(openings, flows, hostCount, fallback);
    if (!design.firewalls.empty()) // in order already
        return DeviceOpenings(openings, fallback, flows, paths, design).build(openingOf);
    std::sort(openings.begin(), openings.end(), byKey);
    return openings;
}

} // namespace pp::engine
