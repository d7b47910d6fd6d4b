#include "model/engine/detail/FlowGenerator.h"

#include <algorithm>
#include <unordered_map>

namespace pp::engine {

PortRange FlowGenerator::resolve(Setting setting, int responder) const
{
    const Design &d = m_ix.design;
    if (responder >= 0) {
        if (const auto &v = d.hosts[size_t(responder)].options.ports.value(setting))
            return *v;
        const int site = m_ix.hostSite[size_t(responder)];
        if (site >= 0)
            if (const auto &v = d.sites[size_t(site)].ports.value(setting))
                return *v;
    }
    if (const auto &v = d.settings.ports.value(setting))
        return *v;
    return m_ix.catalog.defaultValue(setting);
}

Flow FlowGenerator::makeFlow(int from, int to, quint16 flags) const
{
    Flow f;
    f.from = from;
    f.to = to;
    f.fromZone = m_ix.hostZone[size_t(from)];
    f.toZone = m_ix.hostZone[size_t(to)];
    if (f.fromZone != f.toZone)
        flags |= FlowCrossing;
    f.flags = flags;
    return f;
}

void FlowGenerator::emitFlow(const Connection &conn, const CatalogPort &row, int initiator,
                             int responder, const Target &via, std::vector<Flow> &out) const
{
    quint16 flags = via.flags;
    if (needsBridging(conn, row, initiator, responder))
        flags |= FlowSslBridging;
    Flow f = makeFlow(initiator, responder, flags);
    f.fallbackGroup = via.fallbackGroup;
    f.fallbackRelation = via.fallbackRelation;
    f.connection = conn.index;
    f.row = &row;
    f.protocol = row.protocol;
    f.phase = row.phase;
    if (row.setting == Setting::ProxyPort) {
        // Note 1: the seed's port holds for direct access; through a proxy the
        // flow ends at the proxy's own port.
        f.range = (flags & FlowViaProxy) ? resolve(Setting::ProxyPort, responder) : row.range;
    } else if (row.setting) {
        f.range = resolve(*row.setting, responder);
    } else {
        f.range = row.range;
    }
    out.push_back(f);

    if (row.hasNote(4)) {
        // Note 4: TFTP answers from a dynamically allocated high port to the
        // client's own ephemeral port; stateless firewalls need this path.
        Flow reply = makeFlow(responder, initiator, quint16(FlowReplyPath | (flags & FlowFallback)));
        reply.fallbackGroup = via.fallbackGroup;
        reply.fallbackRelation = via.fallbackRelation;
        reply.connection = conn.index;
        reply.row = &row;
        reply.protocol = Protocol::Udp;
        reply.phase = row.phase;
        // The 2022 page: during the PXE boot the client's network card may
        // answer on any port (the row's replyPort); the 2017 reading is the
        // client's dynamic range.
        reply.range = row.replyRange.isEmpty() ? resolve(Setting::RpcDynamicRange, initiator) : row.replyRange;
        out.push_back(reply);
    }
}

int FlowGenerator::internetClientSide(const Connection &conn, int from, int to) const
{
    if (conn.notOverInternet < 0)
        return -1;
    auto internetClient = [this](int role, int host) {
        return m_ix.catalog.role(role).scope == RoleScope::Client && m_ix.isInternetClient(host);
    };
    if (internetClient(conn.from, from))
        return from;
    if (internetClient(conn.to, to))
        return to;
    return -1;
}

Flow FlowGenerator::notOverInternetMarker(const Connection &conn, int from, int to) const
{
    // One marker per host pair and connection, whatever its rows: the
    // engine turns it into a FlowNote and never into an opening.
    Flow marker = makeFlow(from, to, FlowNotOverInternet);
    marker.connection = conn.index;
    return marker;
}

bool FlowGenerator::needsBridging(const Connection &conn, const CatalogPort &row, int from, int to) const
{
    // Rule 8: only HTTP(S) from an internet-based client to a system that
    // accepts internet clients passes an SSL-bridging proxy.
    if (row.service != QLatin1String("http") && row.service != QLatin1String("https"))
        return false;
    if (!m_ix.catalog.bridging(conn.to) || !m_ix.isInternetClient(from)
        || m_ix.catalog.role(conn.from).scope != RoleScope::Client)
        return false;
    return m_ix.design.hosts[size_t(to)].options.connections() != ClientConnections::Intranet;
}

void FlowGenerator::emitConnection(const Connection &conn, int host, const std::vector<Target> &found, Rows rows,
                                   std::vector<Flow> &out) const
{
    const Design &d = m_ix.design;
    const Host &h = d.hosts[size_t(host)];
    auto selected = [rows](const CatalogPort &row) {
        return rows == Rows::All || (rows == Rows::Note1) == row.hasNote(1);
    };
    const bool siteServerLink = conn.scope == Scope::OwnSite
        && (conn.from == m_ix.roleSiteServer || conn.to == m_ix.roleSiteServer);
    for (const Target &target : found) {
        const int t = target.host;
        // Rule 6: roles on one host talk locally, except that a host
        // standing for several machines talks among its members.
        if (t == host && !(conn.scope == Scope::Peer && h.machineCount() > 1))
            continue;
        if (!conditionsHold(conn.conditions, host, t))
            continue;
        if (internetClientSide(conn, host, t) >= 0) {
            // Rule 8: explained, not emitted; only where a row would apply.
            const bool applies = std::any_of(conn.ports.begin(), conn.ports.end(), [&](const CatalogPort &row) {
                return selected(row) && conditionsHold(row.conditions, host, t);
            });
            if (applies)
                out.push_back(notOverInternetMarker(conn, host, t));
            continue;
        }
        bool forward = true;
        // Rule 2 scopes are symmetric already: each side owns its flows.
        bool backward = conn.direction == Direction::BothWays && conn.scope != Scope::ParentChild;
        if (backward && siteServerLink) {
            // Note 5: the site system no longer starts connections.
            const int system = conn.from == m_ix.roleSiteServer ? t : host;
            if (d.hosts[size_t(system)].options.siteServerInitiatesEnabled()) {
                if (system == host)
                    forward = false;
                else
                    backward = false;
            }
        }
        for (const CatalogPort &row : conn.ports) {
            if (!selected(row) || !conditionsHold(row.conditions, host, t))
                continue;
            if (forward)
                emitFlow(conn, row, host, t, target, out);
            if (backward)
                emitFlow(conn, row, t, host, target, out);
        }
    }
}

void FlowGenerator::hostFlows(int host, std::vector<Flow> &out) const
{
    const Design &d = m_ix.design;
    std::vector<Target> found;
    RoleMask roles = m_ix.hostRoles[size_t(host)];
    for (int role = 0; roles; ++role, roles >>= 1) {
        if (!(roles & 1U))
            continue;
        for (int connIndex : m_ix.connectionsFrom[size_t(role)]) {
            const Connection &conn = m_ix.catalog.connections()[size_t(connIndex)];
            if (!conditionsHold(conn.conditions, host, -1))
                continue;

            // Note 1: rows that may go through a proxy go to the site's proxy
            // when it names one; the other rows of the section go direct
            // (the 2022 page marks only the site server's HTTP so).
            const int site = m_ix.hostSite[size_t(host)];
            const QString proxyId = site >= 0 ? d.sites[size_t(site)].internetProxy : QString();
            const int proxy = proxyId.isEmpty() ? -1 : m_ix.hostById.value(proxyId, -1);
            const bool anyNote1 = std::any_of(conn.ports.begin(), conn.ports.end(),
                                              [](const CatalogPort &row) { return row.hasNote(1); });
            if (proxy < 0 || !anyNote1) {
                targets(conn, host, found);
                emitConnection(conn, host, found, Rows::All, out);
                continue;
            }
            found.assign(1, Target{proxy, FlowViaProxy, -1, -1});
            emitConnection(conn, host, found, Rows::Note1, out);
            targets(conn, host, found);
            emitConnection(conn, host, found, Rows::NotNote1, out);
        }
    }
}

void FlowGenerator::linkFlows(std::vector<Flow> &out) const
{
    const Design &d = m_ix.design;
    for (size_t i = 0; i < d.links.size(); ++i) {
        const Link &link = d.links[i];
        if (link.kind != LinkKind::Add)
            continue;
        const int from = m_ix.hostById.value(link.from, -1);
        const int to = m_ix.hostById.value(link.to, -1);
        if (from < 0 || to < 0 || from == to)
            continue;
        const size_t firstOfLink = out.size();
        const auto rows = link.ref.isEmpty() ? std::vector<const CatalogPort *>{}
                                             : m_ix.catalog.portsOf(link.ref);
        auto push = [&](const CatalogPort *row, Protocol protocol, PortRange range, Phase phase) {
            Flow f = makeFlow(from, to, FlowManual);
            f.link = int(i);
            f.row = row;
            f.protocol = protocol;
            f.range = range;
            f.phase = phase;
            // A ref spanning several connections (BKMK_IBCMports) repeats ports.
            for (size_t k = firstOfLink; k < out.size(); ++k)
                if (out[k].protocol == f.protocol && out[k].range == f.range)
                    return;
            out.push_back(f);
        };
        if (link.ports.empty()) {
            for (const CatalogPort *row : rows) {
                PortRange range = row->range;
                if (row->setting && row->setting != Setting::ProxyPort)
                    range = resolve(*row->setting, to);
                push(row, row->protocol, range, row->phase);
            }
        } else {
            for (const LinkPort &p : link.ports) {
                const CatalogPort *match = nullptr;
                for (const CatalogPort *row : rows)
                    if (row->protocol == p.protocol && (row->range == p.range || row->isDynamic()))
                        match = match ? match : row;
                push(match, p.protocol, p.range, match ? match->phase : Phase::Runtime);
            }
        }
    }
}

void FlowGenerator::applyExclusions(std::vector<Flow> &flows, std::vector<Flow> &excluded) const
{
    const Design &d = m_ix.design;
    std::unordered_map<std::uint64_t, std::vector<int>> byPair;
    for (size_t i = 0; i < d.links.size(); ++i) {
        const Link &link = d.links[i];
        if (link.kind != LinkKind::Exclude)
            continue;
        const int from = m_ix.hostById.value(link.from, -1);
        const int to = m_ix.hostById.value(link.to, -1);
        if (from >= 0 && to >= 0)
            byPair[(std::uint64_t(from) << 32) | std::uint32_t(to)].push_back(int(i));
    }
    if (byPair.empty())
        return;
    auto matches = [&](const Flow &f) -> int {
        auto it = byPair.find((std::uint64_t(f.from) << 32) | std::uint32_t(f.to));
        if (it == byPair.end())
            return -1;
        for (int li : it->second) {
            const Link &link = d.links[size_t(li)];
            if (!link.ref.isEmpty()) {
                const QString &ref = f.connection >= 0 ? m_ix.catalog.connections()[size_t(f.connection)].ref
                                                       : d.links[size_t(f.link)].ref;
                if (ref != link.ref)
                    continue;
            }
            bool portMatch = link.ports.empty();
            for (const LinkPort &p : link.ports)
                portMatch = portMatch || (p.protocol == f.protocol && p.range == f.range);
            if (portMatch)
                return li;
        }
        return -1;
    };
    std::vector<Flow> kept;
    kept.reserve(flows.size());
    for (Flow &f : flows) {
        if (f.has(FlowManual)) {
            kept.push_back(f);
            continue;
        }
        const int li = matches(f);
        if (li < 0) {
            kept.push_back(f);
        } else {
            f.flags |= FlowExcluded;
            f.link = li;
            excluded.push_back(f);
        }
    }
    flows.swap(kept);
}

} // namespace pp::engine
