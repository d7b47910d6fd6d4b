#pragma once

#include "model/design/PortRange.h"
#include "render/diagram/DiagramEdge.h"

#include <vector>

namespace pp {
struct Analysis;
struct Design;
struct HostPairs;
} // namespace pp

namespace pp::diagram {

/// What each line of the diagram carries, from the engine's results: the
/// trunks (one per pair of zones that openings join) and the host pairs,
/// each with its kind, review state, arrowheads and ports ranked by use.
/// Geometry is left to EdgeRouter.
class EdgeSummary
{
public:
    /// `openingMarks`: per opening index (ReviewMarks); empty = not reviewed.
    /// `status`: the policy and verification marks per opening (issue 15).
    EdgeSummary(const Design &design, const Analysis &analysis, std::vector<ReviewMark> openingMarks = {},
                StatusMarks status = {});

    /// One trunk per pair of zones the openings join, in zone order; with
    /// firewalls (rule 10), one per device and zone it joins, carrying the
    /// openings that enter or leave the device there.
    std::vector<DiagramEdge> trunks() const;
    /// One edge per host pair of `pairs` (HostPairs of this analysis);
    /// pairs inside a zone only when `internal`.
    std::vector<DiagramEdge> hostEdges(const HostPairs &pairs, bool internal) const;
    /// The edge of one host pair.
    DiagramEdge hostEdge(const HostPairs &pairs, size_t pair) const;

    ReviewMark openingMark(int opening) const;
    /// The worst review state of the openings a flow is in.
    ReviewMark flowMark(int flow) const;
    PolicyMark openingPolicy(int opening) const;
    CheckMark openingCheck(int opening) const;

    /// "443", "69/udp", "icmp", "49152-65535/udp".
    static QString portToken(Protocol protocol, const QString &portText);
    /// "443, 445, 1433 +5": the first `shown` ports and how many more.
    static QString portSummary(const QStringList &ranked, int shown = 3);

private:
    const Design &m_design;
    const Analysis &m_analysis;
    std::vector<ReviewMark> m_openingMarks;
    std::vector<ReviewMark> m_flowMarks; ///< empty when nothing is reviewed
    StatusMarks m_status;                ///< per opening
    StatusMarks m_flowStatus;            ///< per flow, combined over its openings
};

} // namespace pp::diagram
