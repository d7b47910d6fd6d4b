#include "render/diagram/EdgeSummary.h"

#include "model/design/Design.h"
#include "model/engine/Analysis.h"
#include "model/engine/HostPairs.h"

#include <QHash>

#include <algorithm>
#include <map>
#include <tuple>

namespace pp::diagram {

namespace {

/// Counts uses per port token and ranks them: most used first, then single
/// ports before ranges, then by number.
class PortTally
{
public:
    void add(const QString &token, int uses)
    {
        m_uses[token] += uses;
    }

    QStringList ranked() const
    {
        QStringList out = m_uses.keys();
        auto isRange = [](const QString &t) { return t.contains(QLatin1Char('-')); };
        std::sort(out.begin(), out.end(), [&](const QString &a, const QString &b) {
            if (m_uses.value(a) != m_uses.value(b))
                return m_uses.value(a) > m_uses.value(b);
            if (isRange(a) != isRange(b))
                return !isRange(a);
            const int na = a.section(QLatin1Char('/'), 0, 0).section(QLatin1Char('-'), 0, 0).toInt();
            const int nb = b.section(QLatin1Char('/'), 0, 0).section(QLatin1Char('-'), 0, 0).toInt();
            return na != nb ? na < nb : a < b;
        });
        return out;
    }

private:
    QHash<QString, int> m_uses;
};

QString flowPortText(const Flow &f)
{
    if (f.protocol == Protocol::Icmp)
        return f.row ? f.row->port : QString();
    return f.range.toString();
}

/// The kind of a line from what its flows or openings have in common.
LineKind kindOf(bool crossing, bool allFallback, bool allInstall)
{
    if (!crossing)
        return LineKind::Internal;
    if (allFallback)
        return LineKind::FallbackOnly;
    if (allInstall)
        return LineKind::Install;
    return LineKind::Crossing;
}

} // namespace

EdgeSummary::EdgeSummary(const Design &design, const Analysis &analysis, std::vector<ReviewMark> openingMarks,
                         StatusMarks status)
    : m_design(design)
    , m_analysis(analysis)
    , m_openingMarks(std::move(openingMarks))
    , m_status(std::move(status))
{
    // Issue 15: a flow passes one opening per firewall on its path; its
    // line shows what they say together.
    if (m_status.policy.size() != analysis.openings.size())
        m_status.policy.clear();
    if (m_status.checks.size() != analysis.openings.size())
        m_status.checks.clear();
    if (!m_status.policy.empty())
        m_flowStatus.policy.assign(analysis.flows.size(), PolicyMark::None);
    if (!m_status.checks.empty())
        m_flowStatus.checks.assign(analysis.flows.size(), CheckMark::None);
    for (size_t o = 0; o < analysis.openings.size(); ++o)
        for (int f : analysis.openings[o].flows) {
            if (!m_status.policy.empty())
                m_flowStatus.policy[size_t(f)] = combine(m_flowStatus.policy[size_t(f)], m_status.policy[o]);
            if (!m_status.checks.empty())
                m_flowStatus.checks[size_t(f)] = combine(m_flowStatus.checks[size_t(f)], m_status.checks[o]);
        }
    const bool anyDecided = std::any_of(m_openingMarks.begin(), m_openingMarks.end(),
                                        [](ReviewMark m) { return m != ReviewMark::NotReviewed; });
    if (!anyDecided || m_openingMarks.size() != analysis.openings.size()) {
        m_openingMarks.clear();
        return;
    }
    // A flow passes one opening per firewall on its path: the worst counts.
    m_flowMarks.assign(analysis.flows.size(), ReviewMark::Approved);
    std::vector<bool> seen(analysis.flows.size(), false);
    for (size_t o = 0; o < analysis.openings.size(); ++o)
        for (int f : analysis.openings[o].flows) {
            ReviewMark &m = m_flowMarks[size_t(f)];
            m = seen[size_t(f)] ? worse(m, m_openingMarks[o]) : m_openingMarks[o];
            seen[size_t(f)] = true;
        }
    for (size_t f = 0; f < seen.size(); ++f)
        if (!seen[f])
            m_flowMarks[f] = ReviewMark::NotReviewed;
}

ReviewMark EdgeSummary::openingMark(int opening) const
{
    return m_openingMarks.empty() ? ReviewMark::NotReviewed : m_openingMarks[size_t(opening)];
}

PolicyMark EdgeSummary::openingPolicy(int opening) const
{
    return m_status.policy.empty() ? PolicyMark::None : m_status.policy[size_t(opening)];
}

CheckMark EdgeSummary::openingCheck(int opening) const
{
    return m_status.checks.empty() ? CheckMark::None : m_status.checks[size_t(opening)];
}

ReviewMark EdgeSummary::flowMark(int flow) const
{
    return m_flowMarks.empty() ? ReviewMark::NotReviewed : m_flowMarks[size_t(flow)];
}

QString EdgeSummary::portToken(Protocol protocol, const QString &portText)
{
    switch (protocol) {
    case Protocol::Tcp: return portText;
    case Protocol::Udp: return portText + QStringLiteral("/udp");
    case Protocol::Icmp: return QStringLiteral("icmp");
    }
    return portText;
}

QString EdgeSummary::portSummary(const QStringList &ranked, int shown)
{
    QString text = ranked.mid(0, shown).join(QStringLiteral(", "));
    if (ranked.size() > shown)
        text += QStringLiteral(" +%1").arg(ranked.size() - shown);
    return text;
}

std::vector<DiagramEdge> EdgeSummary::trunks() const
{
    struct Acc
    {
        DiagramEdge edge;
        PortTally ports;
        bool allFallback = true;
        bool allInstall = true;
        bool anyMark = false;
    };
    // Keyed (firewall, a, b): firewall -1 for a zone pair (no device in the
    // design, or a flow without a path), else (firewall, zone, -1) for the
    // leg between a device and one of the zones it joins (rule 10).
    std::map<std::tuple<int, int, int>, Acc> byKey;
    auto add = [&](Acc &acc, size_t i, quint8 arrow) {
        const Opening &o = m_analysis.openings[i];
        DiagramEdge &e = acc.edge;
        e.openings.push_back(int(i));
        e.arrows |= arrow;
        acc.ports.add(portToken(o.protocol, o.portText), int(o.flows.size()));
        acc.allFallback = acc.allFallback && o.fallbackOnly;
        acc.allInstall = acc.allInstall && o.install && !o.runtime;
        e.review = acc.anyMark ? worse(e.review, openingMark(int(i))) : openingMark(int(i));
        e.policy = combine(e.policy, openingPolicy(int(i)));
        e.check = combine(e.check, openingCheck(int(i)));
        acc.anyMark = true;
    };
    auto leg = [&](int firewall, int zone) -> Acc & {
        Acc &acc = byKey[{firewall, zone, -1}];
        if (acc.edge.a < 0) {
            acc.edge.aKind = EndKind::Zone;
            acc.edge.bKind = EndKind::Firewall;
            acc.edge.a = zone;
            acc.edge.b = firewall;
            acc.edge.crossing = true;
        }
        return acc;
    };
    for (size_t i = 0; i < m_analysis.openings.size(); ++i) {
        const Opening &o = m_analysis.openings[i];
        if (o.fromZone < 0 || o.toZone < 0)
            continue;
        if (o.firewall >= 0) {
            // Into the device from the ingress zone, out to the egress zone,
            // which answers.
            add(leg(o.firewall, o.fromZone), i, DiagramEdge::AtB);
            add(leg(o.firewall, o.toZone), i, DiagramEdge::AtA);
            continue;
        }
        if (o.fromZone == o.toZone)
            continue;
        const auto [za, zb] = std::minmax(o.fromZone, o.toZone);
        Acc &acc = byKey[{-1, za, zb}];
        if (acc.edge.a < 0) {
            acc.edge.aKind = acc.edge.bKind = EndKind::Zone;
            acc.edge.a = za;
            acc.edge.b = zb;
            acc.edge.crossing = true;
        }
        add(acc, i, o.toZone == zb ? DiagramEdge::AtB : DiagramEdge::AtA);
    }
    std::vector<DiagramEdge> out;
    out.reserve(byKey.size());
    for (auto &[key, acc] : byKey) {
        acc.edge.kind = kindOf(true, acc.allFallback, acc.allInstall);
        acc.edge.ports = acc.ports.ranked();
        out.push_back(std::move(acc.edge));
    }
    return out;
}

std::vector<DiagramEdge> EdgeSummary::hostEdges(const HostPairs &pairs, bool internal) const
{
    std::vector<DiagramEdge> out;
    out.reserve(pairs.size());
    for (size_t i = 0; i < pairs.size(); ++i)
        if (internal || pairs.crossing(i))
            out.push_back(hostEdge(pairs, i));
    return out;
}

DiagramEdge EdgeSummary::hostEdge(const HostPairs &pairs, size_t pair) const
{
    DiagramEdge e;
    e.a = pairs.a[pair];
    e.b = pairs.b[pair];
    e.crossing = pairs.crossing(pair);
    e.flows.assign(pairs.flows.begin() + pairs.offsets[pair], pairs.flows.begin() + pairs.offsets[pair + 1]);
    PortTally ports;
    bool allInstall = true;
    bool first = true;
    for (int fi : e.flows) {
        const Flow &f = m_analysis.flows[size_t(fi)];
        e.arrows |= f.to == e.b ? DiagramEdge::AtB : DiagramEdge::AtA;
        allInstall = allInstall && f.phase == Phase::Install;
        ports.add(portToken(f.protocol, flowPortText(f)), 1);
        if (e.crossing) {
            e.review = first ? flowMark(fi) : worse(e.review, flowMark(fi));
            first = false;
            if (!m_flowStatus.policy.empty())
                e.policy = combine(e.policy, m_flowStatus.policy[size_t(fi)]);
            if (!m_flowStatus.checks.empty())
                e.check = combine(e.check, m_flowStatus.checks[size_t(fi)]);
        }
    }
    e.kind = kindOf(e.crossing, pairs.fallbackOnly(pair), allInstall);
    e.ports = ports.ranked();
    return e;
}

} // namespace pp::diagram
