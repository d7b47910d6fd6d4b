#include "model/engine/RulesEngine.h"

#include "model/design/Design.h"
#include "model/engine/detail/EngineIndex.h"
#include "model/engine/detail/FirewallFindings.h"
#include "model/engine/detail/FlowGenerator.h"
#include "model/engine/detail/OpeningBuilder.h"
#include "model/engine/detail/PathFinder.h"
#include "model/engine/detail/Validator.h"

#include <algorithm>

namespace pp {

using engine::EngineIndex;
using engine::FlowGenerator;

namespace {

/// Rule 8: the markers of connections internet-based clients cannot use
/// leave the flows and become notes, one per client, other host and section.
void takeInternetNotes(Analysis &a, const FlowGenerator &gen)
{
    a.notes.clear();
    bool any = false;
    for (const Flow &f : a.flows) {
        if (!f.has(FlowNotOverInternet))
            continue;
        any = true;
        const Connection &conn = gen.catalog().connections()[size_t(f.connection)];
        const int client = gen.internetClientSide(conn, f.from, f.to);
        const FlowNote note{client, client == f.from ? f.to : f.from, conn.index, conn.notOverInternet};
        const bool seen = std::any_of(a.notes.begin(), a.notes.end(), [&](const FlowNote &n) {
            return n.client == note.client && n.other == note.other && n.restriction == note.restriction;
        });
        if (!seen)
            a.notes.push_back(note);
    }
    if (any)
        a.flows.erase(std::remove_if(a.flows.begin(), a.flows.end(),
                                     [](const Flow &f) { return f.has(FlowNotOverInternet); }),
                      a.flows.end());
}

/// Everything after the catalog flows: manual links, exclusions, openings,
/// findings. Cheap next to flow generation, so both paths share it.
void finish(Analysis &a, const EngineIndex &ix, const FlowGenerator &gen)
{
    // assign() keeps the capacity a previous analysis left in a.flows: no
    // fresh pages to fault in on every edit.
    a.flows.assign(a.catalogFlows.begin(), a.catalogFlows.end());
    takeInternetNotes(a, gen);
    a.excluded.clear();
    gen.linkFlows(a.flows);
    gen.applyExclusions(a.flows, a.excluded);
    // Rule 10: the firewalls each crossing flow passes, then one opening per
    // device it passes (or per zone pair, without firewalls).
    const engine::PathFinder finder(ix.design, ix.zoneById);
    std::vector<std::pair<int, int>> unreachable;
    finder.assign(a.flows, a.paths, unreachable);
    a.openings = engine::buildOpenings(a.flows, ix.design.hosts.size(), a.paths, ix.design);
    // Refs per opening: each flow's source (its catalog connection, or the
    // link that added it) once, by a stamp per source rather than a sort.
    const size_t connections = ix.catalog.connections().size();
    std::vector<int> stamp(connections + ix.design.links.size(), -1);
    for (size_t oi = 0; oi < a.openings.size(); ++oi) {
        Opening &o = a.openings[oi];
        QStringList refs;
        for (int fi : o.flows) {
            const Flow &f = a.flows[size_t(fi)];
            const size_t source = f.connection >= 0 ? size_t(f.connection) : connections + size_t(f.link);
            if (stamp[source] == int(oi))
                continue;
            stamp[source] = int(oi);
            if (f.connection >= 0) {
                refs << ix.catalog.connections()[size_t(f.connection)].ref;
            } else {
                const Link &link = ix.design.links[size_t(f.link)];
                refs << (link.ref.isEmpty() ? QStringLiteral("manual") : link.ref);
            }
        }
        refs.sort();
        refs.removeDuplicates();
        o.refs = std::move(refs);
    }
    a.findings = engine::validate(ix, gen, a);
    std::vector<Finding> devices = engine::firewallFindings(ix, finder, a, unreachable);
    a.findings.insert(a.findings.end(), std::make_move_iterator(devices.begin()),
                      std::make_move_iterator(devices.end()));
}

} // namespace

RulesEngine::RulesEngine(const Catalog &catalog) : m_catalog(catalog) {}

Analysis RulesEngine::analyze(const Design &design) const
{
    const EngineIndex ix(design, m_catalog);
    const FlowGenerator gen(ix);
    Analysis a;
    a.ownerBegin.reserve(design.hosts.size() + 1);
    for (size_t h = 0; h < design.hosts.size(); ++h) {
        a.ownerBegin.push_back(int(a.catalogFlows.size()));
        gen.hostFlows(int(h), a.catalogFlows);
    }
    a.ownerBegin.push_back(int(a.catalogFlows.size()));
    finish(a, ix, gen);
    return a;
}

namespace {

/// Changes that leave every pairing intact: the host keeps its roles, site
/// and every option that scoping or conditions read.
bool onlyPlacementChanged(const Host &a, const Host &b)
{
    return a.id == b.id && a.site == b.site && a.roles == b.roles && a.count == b.count
        && a.options.pxe == b.options.pxe && a.options.multicast == b.options.multicast
        && a.options.siteServerInitiates == b.options.siteServerInitiates
        && a.options.workgroup == b.options.workgroup
        && a.options.azureLoadBalancer == b.options.azureLoadBalancer
        && a.options.clientConnections == b.options.clientConnections
        && a.options.cmgInstances == b.options.cmgInstances && a.options.cmgDeployment == b.options.cmgDeployment
        && a.options.pullSources == b.options.pullSources
        && a.options.warehouseDatabase == b.options.warehouseDatabase;
}

} // namespace

Analysis RulesEngine::update(Analysis previous, const Design &before, const Design &after,
                             const QStringList &changedHosts) const
{
    // Only edits to hosts qualify; the rest of the design must be untouched.
    const bool sameFrame = before.hosts.size() == after.hosts.size()
        && previous.ownerBegin.size() == before.hosts.size() + 1 && before.sites == after.sites
        && before.zones == after.zones && before.links == after.links
        && before.settings == after.settings && before.boundaryGroups == after.boundaryGroups
        && before.firewalls == after.firewalls && before.routes == after.routes;
    if (!sameFrame || changedHosts.isEmpty())
        return analyze(after);

    const EngineIndex ix(after, m_catalog);
    std::vector<char> dirty(after.hosts.size(), 0);
    std::vector<int> changed;
    for (const QString &id : changedHosts) {
        const int h = ix.hostById.value(id, -1);
        if (h < 0 || before.hosts[size_t(h)].id != id
            || !onlyPlacementChanged(before.hosts[size_t(h)], after.hosts[size_t(h)]))
            return analyze(after);
        changed.push_back(h);
        dirty[size_t(h)] = 1;
    }
    // Owners of flows that touch a changed host see its new zone and ports.
    for (size_t owner = 0; owner + 1 < previous.ownerBegin.size(); ++owner) {
        if (dirty[owner])
            continue;
        for (int i = previous.ownerBegin[owner]; i < previous.ownerBegin[owner + 1]; ++i) {
            const Flow &f = previous.catalogFlows[size_t(i)];
            if (std::find(changed.begin(), changed.end(), f.to) != changed.end()
                || std::find(changed.begin(), changed.end(), f.from) != changed.end()) {
                dirty[owner] = 1;
                break;
            }
        }
    }
    // Peer connections pair hosts by zone: moving a peer changes who its
    // neighbours are, on both sides of the move.
    engine::RoleMask peerRoles = 0;
    for (const Connection &conn : m_catalog.connections())
        if (conn.scope == Scope::Peer)
            peerRoles |= engine::RoleMask(1) << conn.to;
    for (int h : changed) {
        const int oldZone = before.zoneIndex(before.hosts[size_t(h)].zone);
        const int newZone = ix.hostZone[size_t(h)];
        if (oldZone == newZone || !(ix.hostRoles[size_t(h)] & peerRoles))
            continue;
        for (size_t o = 0; o < after.hosts.size(); ++o)
            if (ix.hostZone[o] == oldZone || ix.hostZone[o] == newZone)
                dirty[o] = 1;
    }

    const FlowGenerator gen(ix);
    // Double buffering: the previous final flows' storage receives the new
    // catalog flows, the previous catalog flows' storage the new final flows.
    std::vector<Flow> next = std::move(previous.flows);
    next.clear();
    next.reserve(previous.catalogFlows.size() + 64);
    std::vector<int> begins;
    begins.reserve(after.hosts.size() + 1);
    for (size_t h = 0; h < after.hosts.size(); ++h) {
        begins.push_back(int(next.size()));
        if (dirty[h])
            gen.hostFlows(int(h), next);
        else
            next.insert(next.end(), previous.catalogFlows.begin() + previous.ownerBegin[h],
                        previous.catalogFlows.begin() + previous.ownerBegin[h + 1]);
    }
    begins.push_back(int(next.size()));
    Analysis a;
    a.flows = std::move(previous.catalogFlows);
    a.catalogFlows = std::move(next);
    a.ownerBegin = std::move(begins);
    finish(a, ix, gen);
    return a;
}

} // namespace pp
