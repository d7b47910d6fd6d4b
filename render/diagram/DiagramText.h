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
    // Issue 15: the audit against the existing policy and the verification.
    PolicyAllowed,
    PolicyPartial,
    PolicyMissing,
    Verified,
    CheckFailed,
    Untested,
};

/// The legend's text for a mark, in the application's language (the
/// designer installs its translator; the command line writes English).
QString legendText(LegendMark mark);
/// A legend section's heading: "Lines", "Review", "Cards", "Policy", "Verification".
QString legendHeading(int section);
/// The section a mark is listed under (0 lines, 1 review, 2 cards, 3
/// policy, 4 verification).
int legendSection(LegendMark mark);
constexpr int legendSectionCount = 5;

/// A line's policy and verification marks in words, for its tooltip
/// ("Policy: allowed: the existing policy allows all of it"); empty for None.
QString policyText(PolicyMark mark);
QString checkText(CheckMark mark);

/// The marks a set of drawn edges uses, in legend order. Review badges are
/// listed only once a decision exists; "not reviewed" then explains the
/// lines without one.
std::vector<LegendMark> marksOf(const std::vector<const DiagramEdge *> &edges);

LegendMark legendMark(LineKind kind);
LegendMark legendMark(ReviewMark mark);
LegendMark legendMark(PolicyMark mark); ///< PolicyMark::None: none (do not call)
LegendMark legendMark(CheckMark mark);

/// A trunk's label: "12 · 443, 445, 1433 +5" (openings · main ports).
QString trunkLabel(const DiagramEdge &trunk);
/// A host line's ports, for hover and selection: "443, 80, 135/udp +2".
QString portsLabel(const DiagramEdge &edge, int shown = 4);

} // namespace pp::diagram
