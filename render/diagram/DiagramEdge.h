#pragma once

#include "render/diagram/DiagramGeometry.h"
#include "render/diagram/DiagramStyle.h"

#include <QPointF>
#include <QRectF>
#include <QStringList>

#include <vector>

namespace pp::diagram {

/// What the two ends of an edge are.
enum class EndKind : quint8 { Zone, Host, Firewall };

/// One line of the diagram: a trunk between two zones (or a zone and a
/// firewall), or the connections between two hosts. Ends are indices into
/// the design's zones, hosts or firewalls; `a` is the smaller.
struct DiagramEdge
{
    EndKind aKind = EndKind::Host;
    EndKind bKind = EndKind::Host;
    int a = -1;
    int b = -1;
    LineKind kind = LineKind::Crossing;
    ReviewMark review = ReviewMark::NotReviewed;
    PolicyMark policy = PolicyMark::None;  ///< issue 15: the audit against the existing policy
    CheckMark check = CheckMark::None;     ///< issue 15: the verification after the change
    enum Arrow : quint8 { AtA = 1, AtB = 2 }; ///< the end that answers (arrowhead there)
    quint8 arrows = 0;
    bool crossing = false;
    std::vector<int> openings;    ///< analysis opening indices a trunk carries
    QStringList ports;            ///< most used first, e.g. "443", "445", "69/udp"
    std::vector<int> flows;       ///< analysis flow indices a host edge carries
    std::vector<QPointF> route;   ///< polyline from a's side to b's side; empty until routed

    bool isTrunk() const { return aKind != EndKind::Host; }
};

} // namespace pp::diagram
