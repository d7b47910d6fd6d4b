#pragma once

// Private to the engine: rule 10's paths through the firewalls of a design.

#include "model/design/Design.h"
#include "model/engine/Analysis.h"

#include <QHash>

#include <optional>
#include <utility>
#include <vector>

namespace pp::engine {

/// The zones of a design as a graph whose edges are firewalls (two zones
/// are neighbours through a firewall with an interface in each), and the
/// path rule 10 picks through it between two zones:
///
/// - a `routes` entry from A to B pins the zones passed; without one, an
///   entry from B to A pins them in reverse;
/// - otherwise the path with the fewest firewalls; ties go to the path whose
///   firewall ids, read in order, sort first, then to the one whose zones
///   passed sort first (ids compared as text, code unit by code unit);
/// - each step between two zones uses the firewall with an interface in both
///   (the smallest id where several do), entering at its first interface in
///   the one zone and leaving at its first interface in the other.
///
/// One breadth-first search per destination zone gives every zone's
/// distance to it; each source then walks towards it layer by layer, taking
/// the smallest firewall id that keeps it on a shortest path, and the zones
/// passed are chosen last among those the chosen firewalls allow. A thousand
/// branches behind one WAN cost a thousand linear searches, not one per flow.
class PathFinder
{
public:
    PathFinder(const Design &design, const QHash<QString, int> &zoneById);

    /// False when the design has no firewalls: every crossing then passes
    /// one implicit firewall between its two zones.
    bool active() const { return !m_design.firewalls.empty(); }

    /// Sets Flow::path of every crossing flow and fills `paths`, one entry
    /// per zone pair, in (from, to) order. Zone pairs no path joins are
    /// listed in `unreachable`, (from, to) ascending; their flows keep -1.
    void assign(std::vector<Flow> &flows, std::vector<Path> &paths,
                std::vector<std::pair<int, int>> &unreachable) const;

    /// The path from zone `from` to zone `to` (routes first), or nullopt.
    std::optional<Path> path(int from, int to) const;
    /// The fewest firewalls between two zones, routes aside; -1: none.
    int distance(int from, int to) const;
    /// Rule 10 for a route's own zones: one hop per step, or nullopt when a
    /// step has no firewall or names an unknown zone.
    std::optional<Path> routePath(const Route &route, bool reversed) const;

private:
    /// A firewall's interface as seen from a zone.
    struct Side
    {
        int firewall;
        int interface;
    };
    /// A zone as seen from a firewall: its first interface there.
    struct Port
    {
        int zone;
        int interface;
    };
    /// Distances of every zone to one zone, and scratch space for the walks
    /// from sources towards it.
    struct Search
    {
        int target = -1;
        std::vector<int> dist;           ///< per zone: firewalls to pass; -1 = unreachable
        std::vector<int> nearest;        ///< per firewall: the least distance of its zones; -1 = unreachable
        std::vector<int> bestStep;       ///< per zone: its first firewall on a best path; -2 = not known yet
        std::vector<int> order;          ///< zones in breadth-first order
        std::vector<std::vector<int>> layers;
        std::vector<int> firewalls;
    };

    void towards(int target, Search &search) const;
    int bestStep(Search &search, int zone) const;
    std::optional<Path> shortest(Search &search, int from) const;
    bool touches(int firewall, int zone) const;
    int interfaceOf(int firewall, int zone) const;
    /// The route that pins from -> to: (index into design.routes, reversed), or -1.
    std::pair<int, bool> routeFor(int from, int to) const;
    /// The smallest-id firewall with interfaces in both zones, as a hop.
    std::optional<PathHop> step(int from, int to) const;

    const Design &m_design;
    const QHash<QString, int> &m_zoneById;
    std::vector<std::vector<Side>> m_zoneSides;     ///< per zone: firewalls with an interface there
    std::vector<std::vector<Port>> m_firewallZones; ///< per firewall: its zones, first interface each
    std::vector<int> m_firewallRank;                ///< order of firewall ids
    std::vector<int> m_zoneRank;                    ///< order of zone ids
    QHash<quint64, int> m_routeIndex;               ///< (from << 32 | to) -> index into design.routes
};

} // namespace pp::engine
