#pragma once

#include "render/diagram/DiagramEdge.h"

#include <QString>

#include <vector>

namespace pp::diagram {

/// Every mark the diagram draws, as the legend lists them.
enum class LegendMark : quint8 {
    Crossing,
    Internal,
    FallbackOnly,
    Install,
    Trunk,
    Arrow,
    Selected,
    Approved,
    Rejected,
    Questioned,
    Stale,
    NotReviewed,
    SiteSystem,
    Client,
    External,
    Firewall,
    PathLit,
};

/// The legend's text for a mark, in the application's language (the
/// designer installs its translator; the command line writes English).
QString legendText(LegendMark mark);
/// A legend section's heading: "Lines", "Review", "Cards".
QString legendHeading(int section);
/// The section a mark is listed under (0 lines, 1 review, 2 cards).
int legendSection(LegendMark mark);

/// The marks a set of drawn edges uses, in legend order. Review badges are
/// listed only once a decision exists; "not reviewed" then explains the
/// lines without one.
std::vector<LegendMark> marksOf(const std::vector<const DiagramEdge *> &edges);

LegendMark legendMark(LineKind kind);
LegendMark legendMark(ReviewMark mark);

/// A trunk's label: "12 · 443, 445, 1433 +5" (openings · main ports).
QString trunkLabel(const DiagramEdge &trunk);
/// A host line's ports, for hover and selection: "443, 80, 135/udp +2".
QString portsLabel(const DiagramEdge &edge, int shown = 4);

} // namespace pp::diagram
