#include "model/engine/detail/PathFinder.h"

#include <algorithm>
#include <climits>
#include <numeric>
#include <tuple>
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

void PathFinder::towards(int target, Tree &tree) const
{
    const size_t zones = m_design.zones.size();
    tree.target = target;
    tree.dist.assign(zones, -1);
    tree.next.assign(zones, -1);
    tree.hop.assign(zones, PathHop{});
    tree.rank.assign(zones, 0);
    tree.order.clear();
    tree.order.push_back(target);
    tree.dist[size_t(target)] = 0;
    // Breadth first over zones; a firewall, once crossed, has put all of its
    // zones at their distance, so each is expanded once.
    std::vector<char> crossed(m_design.firewalls.size(), 0);
    for (size_t i = 0; i < tree.order.size(); ++i) {
        const int z = tree.order[i];
        for (const Side &side : m_zoneSides[size_t(z)]) {
            if (crossed[size_t(side.firewall)])
                continue;
            crossed[size_t(side.firewall)] = 1;
            for (const Port &port : m_firewallZones[size_t(side.firewall)])
                if (tree.dist[size_t(port.zone)] < 0) {
                    tree.dist[size_t(port.zone)] = tree.dist[size_t(z)] + 1;
                    tree.order.push_back(port.zone);
                }
        }
    }
    // Layer by layer away from the target: each zone's best first step given
    // the best paths of the layer below.
    size_t begin = 1;
    while (begin < tree.order.size()) {
        size_t end = begin;
        const int layer = tree.dist[size_t(tree.order[begin])];
        while (end < tree.order.size() && tree.dist[size_t(tree.order[end])] == layer)
            ++end;
        chooseNextHops(tree, begin, end);
        begin = end;
    }
}

void PathFinder::chooseNextHops(Tree &tree, size_t begin, size_t end) const
{
    // A path compares by its firewall ids in order, then by its zones. For a
    // zone u, a first step (firewall f into zone y) followed by y's own best
    // path compares by (f, rank of y's firewall sequence, y): y's zones only
    // matter once the firewall sequences tie, and then y itself decides.
    using Key = std::tuple<int, int, int>;
    for (size_t i = begin; i < end; ++i) {
        const int u = tree.order[i];
        const int below = tree.dist[size_t(u)] - 1;
        Key best{INT_MAX, INT_MAX, INT_MAX};
        for (const Side &side : m_zoneSides[size_t(u)])
            for (const Port &port : m_firewallZones[size_t(side.firewall)]) {
                if (tree.dist[size_t(port.zone)] != below)
                    continue;
                const Key key{m_firewallRank[size_t(side.firewall)], tree.rank[size_t(port.zone)],
                              m_zoneRank[size_t(port.zone)]};
                if (key < best) {
                    best = key;
                    tree.next[size_t(u)] = port.zone;
                    tree.hop[size_t(u)] = PathHop{side.firewall, side.interface, port.interface};
                }
            }
    }
    // Rank the layer's firewall sequences (first firewall, then the rest) for the next layer up.
    std::vector<int> layer(tree.order.begin() + std::ptrdiff_t(begin), tree.order.begin() + std::ptrdiff_t(end));
    auto sequence = [&](int z) {
        return std::pair{m_firewallRank[size_t(tree.hop[size_t(z)].firewall)], tree.rank[size_t(tree.next[size_t(z)])]};
    };
    std::sort(layer.begin(), layer.end(), [&](int a, int b) { return sequence(a) < sequence(b); });
    int rank = 0;
    for (size_t i = 0; i < layer.size(); ++i) {
        if (i > 0 && sequence(layer[i]) != sequence(layer[i - 1]))
            ++rank;
        tree.rank[size_t(layer[i])] = rank;
    }
}

std::optional<Path> PathFinder::follow(const Tree &tree, int from) const
{
    if (tree.dist[size_t(from)] < 0)
        return std::nullopt;
    Path path;
    path.reserve(size_t(tree.dist[size_t(from)]));
    for (int z = from; z != tree.target; z = tree.next[size_t(z)])
        path.push_back(tree.hop[size_t(z)]);
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
    Tree tree;
    towards(to, tree);
    return follow(tree, from);
}

int PathFinder::distance(int from, int to) const
{
    if (!active() || from < 0 || to < 0)
        return -1;
    Tree tree;
    towards(to, tree);
    return tree.dist[size_t(from)];
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
    std::unordered_map<quint64, int> slot;
    std::vector<std::pair<int, int>> pairs;
    quint64 last = ~quint64(0);
    for (const Flow &f : flows) {
        if (!f.crossing() || f.fromZone < 0 || f.toZone < 0)
            continue;
        const quint64 key = pairKey(f.fromZone, f.toZone);
        if (key != last && slot.try_emplace(key, int(pairs.size())).second)
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
    Tree tree;
    for (const auto &[to, i] : byTarget) {
        if (tree.target != to)
            towards(to, tree);
        found[size_t(i)] = follow(tree, pairs[size_t(i)].first);
    }

    for (size_t i = 0; i < pairs.size(); ++i) {
        const quint64 key = pairKey(pairs[i].first, pairs[i].second);
        if (found[i]) {
            slot[key] = int(paths.size());
            paths.push_back(std::move(*found[i]));
        } else {
            slot[key] = -1;
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
            lastPath = slot.at(key);
        }
        f.path = lastPath;
    }
}

} // namespace pp::engine
