#include "model/engine/detail/PathFinder.h"

#include <algorithm>
#include <climits>
#include <numeric>
#include <unordered_map>

namespace pp::engine {

namespace {

quint64 pairKey(int from, int to)
{
    return (quint64(quint32(from)) << 32) | quint32(to);
}

/// Ranks of `ids` in text order (ties, which only an invalid design has, by position).
template<typename Vec, typename Id>
std::vector<int> ranksOf(const Vec &items, Id id)
{
    std::vector<int> order(items.size());
    std::iota(order.begin(), order.end(), 0);
    std::stable_sort(order.begin(), order.end(),
                     [&](int a, int b) { return id(items[size_t(a)]) < id(items[size_t(b)]); });
    std::vector<int> rank(items.size());
    for (size_t i = 0; i < order.size(); ++i)
        rank[size_t(order[i])] = int(i);
    return rank;
}

/// A value per ordered zone pair: a flat table while zones are few enough
/// (a thousand zones: four megabytes), a hash beyond.
class PairTable
{
public:
    explicit PairTable(size_t zones) : m_zones(zones)
    {
        if (zones <= 2048)
            m_dense.assign(zones * zones, Unset);
    }

    /// False when the pair has a value already.
    bool insert(int from, int to, int value)
    {
        if (!m_dense.empty()) {
            int &slot = m_dense[index(from, to)];
            if (slot != Unset)
                return false;
            slot = value;
            return true;
        }
        return m_sparse.try_emplace(pairKey(from, to), value).second;
    }
    void set(int from, int to, int value)
    {
        if (!m_dense.empty())
            m_dense[index(from, to)] = value;
        else
            m_sparse[pairKey(from, to)] = value;
    }
    int get(int from, int to) const
    {
        return !m_dense.empty() ? m_dense[index(from, to)] : m_sparse.at(pairKey(from, to));
    }

private:
    static constexpr int Unset = INT_MIN;
    size_t index(int from, int to) const { return size_t(from) * m_zones + size_t(to); }

    size_t m_zones;
    std::vector<int> m_dense;
    std::unordered_map<quint64, int> m_sparse;
};

} // namespace

PathFinder::PathFinder(const Design &design, const QHash<QString, int> &zoneById)
    : m_design(design)
    , m_zoneById(zoneById)
{
    if (!active())
        return;
    m_zoneSides.resize(design.zones.size());
    m_firewallZones.resize(design.firewalls.size());
    for (size_t f = 0; f < design.firewalls.size(); ++f) {
        const auto &interfaces = design.firewalls[f].interfaces;
        for (size_t i = 0; i < interfaces.size(); ++i) {
            const int zone = zoneById.value(interfaces[i].zone, -1);
            if (zone < 0)
                continue;
            auto &ports = m_firewallZones[f];
            // Several interfaces in one zone: the first one stands for them.
            if (std::any_of(ports.begin(), ports.end(), [zone](const Port &p) { return p.zone == zone; }))
                continue;
            ports.push_back({zone, int(i)});
            m_zoneSides[size_t(zone)].push_back({int(f), int(i)});
        }
    }
    m_firewallRank = ranksOf(design.firewalls, [](const Firewall &f) -> const QString & { return f.id; });
    m_zoneRank = ranksOf(design.zones, [](const Zone &z) -> const QString & { return z.id; });
    for (size_t r = 0; r < design.routes.size(); ++r) {
        const int from = zoneById.value(design.routes[r].from, -1);
        const int to = zoneById.value(design.routes[r].to, -1);
        if (from >= 0 && to >= 0 && !m_routeIndex.contains(pairKey(from, to)))
            m_routeIndex.insert(pairKey(from, to), int(r));
    }
}

void PathFinder::towards(int target, Search &search) const
{
    search.target = target;
    search.dist.assign(m_design.zones.size(), -1);
    search.nearest.assign(m_design.firewalls.size(), -1);
    search.bestStep.assign(m_design.zones.size(), -2);
    search.order.clear();
    search.order.push_back(target);
    search.dist[size_t(target)] = 0;
    // Breadth first over zones. A firewall is crossed first from its zone
    // nearest the target, and then puts all its other zones one further
    // (or leaves them where they are): each is expanded once.
    for (size_t i = 0; i < search.order.size(); ++i) {
        const int z = search.order[i];
        for (const Side &side : m_zoneSides[size_t(z)]) {
            int &nearest = search.nearest[size_t(side.firewall)];
            if (nearest >= 0)
                continue;
            nearest = search.dist[size_t(z)];
            for (const Port &port : m_firewallZones[size_t(side.firewall)])
                if (search.dist[size_t(port.zone)] < 0) {
                    search.dist[size_t(port.zone)] = nearest + 1;
                    search.order.push_back(port.zone);
                }
        }
    }
}

int PathFinder::bestStep(Search &search, int zone) const
{
    // The zones of one firewall lie within one step of each other, so a
    // firewall of this zone leads one step closer exactly when its nearest
    // zone is. Sources that share a target share this answer.
    int &best = search.bestStep[size_t(zone)];
    if (best != -2)
        return best;
    best = -1;
    const int closer = search.dist[size_t(zone)] - 1;
    for (const Side &side : m_zoneSides[size_t(zone)])
        if (search.nearest[size_t(side.firewall)] == closer
            && (best < 0 || m_firewallRank[size_t(side.firewall)] < m_firewallRank[size_t(best)]))
            best = side.firewall;
    return best;
}

bool PathFinder::touches(int firewall, int zone) const
{
    return interfaceOf(firewall, zone) >= 0;
}

int PathFinder::interfaceOf(int firewall, int zone) const
{
    for (const Port &port : m_firewallZones[size_t(firewall)])
        if (port.zone == zone)
            return port.interface;
    return -1;
}

std::optional<Path> PathFinder::shortest(Search &search, int from) const
{
    const std::vector<int> &dist = search.dist;
    const int length = dist[size_t(from)];
    if (length < 0)
        return std::nullopt;
    // Firewall ids first: layer by layer, the smallest firewall that leads
    // one layer closer from any zone the firewalls chosen so far reach.
    auto &layers = search.layers;
    auto &firewalls = search.firewalls;
    layers.resize(size_t(length) + 1);
    firewalls.assign(size_t(length), -1);
    layers[0].assign(1, from);
    for (int k = 0; k < length; ++k) {
        const int closer = length - k - 1;
        int &best = firewalls[size_t(k)];
        for (int z : layers[size_t(k)]) {
            const int step = bestStep(search, z);
            if (best < 0 || m_firewallRank[size_t(step)] < m_firewallRank[size_t(best)])
                best = step;
        }
        // The next layer: every zone of that firewall one step closer (a
        // firewall joins each of its zones to each other).
        auto &next = layers[size_t(k) + 1];
        next.clear();
        for (const Port &port : m_firewallZones[size_t(best)])
            if (dist[size_t(port.zone)] == closer)
                next.push_back(port.zone);
    }
    // Then the zones passed: walking back, keep the zones from which the
    // chosen firewalls go on; walking forward, take the smallest zone id.
    for (int k = length - 1; k >= 1; --k) {
        auto &layer = layers[size_t(k)];
        const int onward = firewalls[size_t(k)];
        layer.erase(std::remove_if(layer.begin(), layer.end(), [&](int z) { return !touches(onward, z); }),
                    layer.end());
    }
    Path path;
    path.reserve(size_t(length));
    int zone = from;
    for (int k = 0; k < length; ++k) {
        const auto &layer = layers[size_t(k) + 1];
        const int next = *std::min_element(layer.begin(), layer.end(), [this](int a, int b) {
            return m_zoneRank[size_t(a)] < m_zoneRank[size_t(b)];
        });
        const int fw = firewalls[size_t(k)];
        path.push_back(PathHop{fw, interfaceOf(fw, zone), interfaceOf(fw, next)});
        zone = next;
    }
    return path;
}

std::pair<int, bool> PathFinder::routeFor(int from, int to) const
{
    if (auto it = m_routeIndex.constFind(pairKey(from, to)); it != m_routeIndex.constEnd())
        return {*it, false};
    // Rule 10: a route holds both ways unless another entry names the way back.
    if (auto it = m_routeIndex.constFind(pairKey(to, from)); it != m_routeIndex.constEnd())
        return {*it, true};
    return {-1, false};
}

std::optional<PathHop> PathFinder::step(int from, int to) const
{
    std::optional<PathHop> best;
    for (const Side &side : m_zoneSides[size_t(from)])
        for (const Port &port : m_firewallZones[size_t(side.firewall)])
            if (port.zone == to
                && (!best || m_firewallRank[size_t(side.firewall)] < m_firewallRank[size_t(best->firewall)]))
                best = PathHop{side.firewall, side.interface, port.interface};
    return best;
}

std::optional<Path> PathFinder::routePath(const Route &route, bool reversed) const
{
    if (!active())
        return std::nullopt;
    std::vector<int> zones;
    for (const QString &id : route.zones()) {
        const int z = m_zoneById.value(id, -1);
        if (z < 0)
            return std::nullopt;
        zones.push_back(z);
    }
    if (reversed)
        std::reverse(zones.begin(), zones.end());
    Path path;
    for (size_t k = 0; k + 1 < zones.size(); ++k) {
        const std::optional<PathHop> hop = step(zones[k], zones[k + 1]);
        if (!hop)
            return std::nullopt;
        path.push_back(*hop);
    }
    return path;
}

std::optional<Path> PathFinder::path(int from, int to) const
{
    if (!active() || from < 0 || to < 0)
        return std::nullopt;
    if (const auto [route, reversed] = routeFor(from, to); route >= 0)
        return routePath(m_design.routes[size_t(route)], reversed);
    Search search;
    towards(to, search);
    return shortest(search, from);
}

int PathFinder::distance(int from, int to) const
{
    if (!active() || from < 0 || to < 0)
        return -1;
    Search search;
    towards(to, search);
    return search.dist[size_t(from)];
}

void PathFinder::assign(std::vector<Flow> &flows, std::vector<Path> &paths,
                        std::vector<std::pair<int, int>> &unreachable) const
{
    paths.clear();
    unreachable.clear();
    if (!active())
        return;
    // The zone pairs crossing flows need. Consecutive flows mostly share
    // theirs (one host pair, several ports): remember the last one.
    PairTable slot(m_design.zones.size());
    std::vector<std::pair<int, int>> pairs;
    quint64 last = ~quint64(0);
    for (const Flow &f : flows) {
        if (!f.crossing() || f.fromZone < 0 || f.toZone < 0)
            continue;
        const quint64 key = pairKey(f.fromZone, f.toZone);
        if (key != last && slot.insert(f.fromZone, f.toZone, int(pairs.size())))
            pairs.emplace_back(f.fromZone, f.toZone);
        last = key;
    }
    std::sort(pairs.begin(), pairs.end());

    // Routed pairs directly; the rest one destination zone at a time.
    std::vector<std::optional<Path>> found(pairs.size());
    std::vector<std::pair<int, int>> byTarget; // (to, index into pairs)
    for (size_t i = 0; i < pairs.size(); ++i) {
        const auto [route, reversed] = routeFor(pairs[i].first, pairs[i].second);
        if (route >= 0)
            found[i] = routePath(m_design.routes[size_t(route)], reversed);
        else
            byTarget.emplace_back(pairs[i].second, int(i));
    }
    std::sort(byTarget.begin(), byTarget.end());
    Search search;
    for (const auto &[to, i] : byTarget) {
        if (search.target != to)
            towards(to, search);
        found[size_t(i)] = shortest(search, pairs[size_t(i)].first);
    }

    for (size_t i = 0; i < pairs.size(); ++i) {
        if (found[i]) {
            slot.set(pairs[i].first, pairs[i].second, int(paths.size()));
            paths.push_back(std::move(*found[i]));
        } else {
            slot.set(pairs[i].first, pairs[i].second, -1);
            unreachable.push_back(pairs[i]);
        }
    }
    last = ~quint64(0);
    int lastPath = -1;
    for (Flow &f : flows) {
        if (!f.crossing() || f.fromZone < 0 || f.toZone < 0)
            continue;
        const quint64 key = pairKey(f.fromZone, f.toZone);
        if (key != last) {
            last = key;
            lastPath = slot.get(f.fromZone, f.toZone);
        }
        f.path = lastPath;
    }
}

} // namespace pp::engine
