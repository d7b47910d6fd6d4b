#include "render/diagram/DiagramText.h"

#include "render/diagram/EdgeSummary.h"

#include <QCoreApplication>

#include <algorithm>
#include <set>

namespace pp::diagram {

// The context spelled out at each call: lupdate reads only literals.
QString legendText(LegendMark mark)
{
    // The policy and verification marks in a word or two, under their
    // headings: the legend is one row of columns; the tooltips say more.
    switch (mark) {
    case LegendMark::Crossing: return QCoreApplication::translate("pp::diagram::Legend", "crosses a zone boundary");
    case LegendMark::Internal: return QCoreApplication::translate("pp::diagram::Legend", "stays inside a zone");
    case LegendMark::FallbackOnly: return QCoreApplication::translate("pp::diagram::Legend", "boundary-group fallback only");
    case LegendMark::Install: return QCoreApplication::translate("pp::diagram::Legend", "during installation only");
    case LegendMark::Trunk: return QCoreApplication::translate("pp::diagram::Legend", "trunk between two zones: openings · main ports");
    case LegendMark::Arrow: return QCoreApplication::translate("pp::diagram::Legend", "arrowhead: the side that answers");
    case LegendMark::Selected: return QCoreApplication::translate("pp::diagram::Legend", "selected connection");
    case LegendMark::Approved: return QCoreApplication::translate("pp::diagram::Legend", "approved");
    case LegendMark::Rejected: return QCoreApplication::translate("pp::diagram::Legend", "rejected");
    case LegendMark::Questioned: return QCoreApplication::translate("pp::diagram::Legend", "questioned");
    case LegendMark::Stale: return QCoreApplication::translate("pp::diagram::Legend", "needs re-review (changed since decided)");
    case LegendMark::NotReviewed: return QCoreApplication::translate("pp::diagram::Legend", "no badge: not reviewed yet");
    case LegendMark::SiteSystem: return QCoreApplication::translate("pp::diagram::Legend", "site system");
    case LegendMark::Client: return QCoreApplication::translate("pp::diagram::Legend", "clients");
    case LegendMark::External: return QCoreApplication::translate("pp::diagram::Legend", "service outside ConfigMgr");
    case LegendMark::Firewall: return QCoreApplication::translate("pp::diagram::Legend", "firewall");
    case LegendMark::PathLit: return QCoreApplication::translate("pp::diagram::Legend", "path of the selection, device by device");
    case LegendMark::PolicyAllowed: return QCoreApplication::translate("pp::diagram::Legend", "allowed");
    case LegendMark::PolicyPartial: return QCoreApplication::translate("pp::diagram::Legend", "partly allowed");
    case LegendMark::PolicyMissing: return QCoreApplication::translate("pp::diagram::Legend", "not allowed yet");
    case LegendMark::Verified: return QCoreApplication::translate("pp::diagram::Legend", "verified");
    case LegendMark::CheckFailed: return QCoreApplication::translate("pp::diagram::Legend", "failed");
    case LegendMark::Untested: return QCoreApplication::translate("pp::diagram::Legend", "untested");
    }
    return {};
}

QString legendHeading(int section)
{
    switch (section) {
    case 0: return QCoreApplication::translate("pp::diagram::Legend", "Lines");
    case 1: return QCoreApplication::translate("pp::diagram::Legend", "Review");
    case 3: return QCoreApplication::translate("pp::diagram::Legend", "Policy");
    case 4: return QCoreApplication::translate("pp::diagram::Legend", "Verification");
    default: return QCoreApplication::translate("pp::diagram::Legend", "Cards");
    }
}

int legendSection(LegendMark mark)
{
    switch (mark) {
    case LegendMark::Approved:
    case LegendMark::Rejected:
    case LegendMark::Questioned:
    case LegendMark::Stale:
    case LegendMark::NotReviewed: return 1;
    case LegendMark::SiteSystem:
    case LegendMark::Client:
    case LegendMark::External:
    case LegendMark::Firewall: return 2;
    case LegendMark::PolicyAllowed:
    case LegendMark::PolicyPartial:
    case LegendMark::PolicyMissing: return 3;
    case LegendMark::Verified:
    case LegendMark::CheckFailed:
    case LegendMark::Untested: return 4;
    default: return 0;
    }
}

QString policyText(PolicyMark mark)
{
    switch (mark) {
    case PolicyMark::None: return {};
    case PolicyMark::Allowed:
        return QCoreApplication::translate("pp::diagram::Legend", "Policy: allowed: the existing policy allows all of it");
    case PolicyMark::Partial:
        return QCoreApplication::translate("pp::diagram::Legend", "Policy: partial: the existing policy allows only part of it");
    case PolicyMark::Missing:
        return QCoreApplication::translate("pp::diagram::Legend", "Policy: missing: the existing policy does not allow it yet");
    }
    return {};
}

QString checkText(CheckMark mark)
{
    switch (mark) {
    case CheckMark::None: return {};
    case CheckMark::Verified:
        return QCoreApplication::translate("pp::diagram::Legend", "Verification: verified: every check connected");
    case CheckMark::Failed:
        return QCoreApplication::translate("pp::diagram::Legend", "Verification: failed: a check could not connect");
    case CheckMark::Untested:
        return QCoreApplication::translate("pp::diagram::Legend", "Verification: untested: no check proves it yet");
    }
    return {};
}

LegendMark legendMark(LineKind kind)
{
    switch (kind) {
    case LineKind::Crossing: return LegendMark::Crossing;
    case LineKind::Internal: return LegendMark::Internal;
    case LineKind::FallbackOnly: return LegendMark::FallbackOnly;
    case LineKind::Install: return LegendMark::Install;
    }
    return LegendMark::Crossing;
}

LegendMark legendMark(ReviewMark mark)
{
    switch (mark) {
    case ReviewMark::NotReviewed: return LegendMark::NotReviewed;
    case ReviewMark::Approved: return LegendMark::Approved;
    case ReviewMark::Rejected: return LegendMark::Rejected;
    case ReviewMark::Questioned: return LegendMark::Questioned;
    case ReviewMark::Stale: return LegendMark::Stale;
    }
    return LegendMark::NotReviewed;
}

LegendMark legendMark(PolicyMark mark)
{
    switch (mark) {
    case PolicyMark::Allowed: return LegendMark::PolicyAllowed;
    case PolicyMark::Partial: return LegendMark::PolicyPartial;
    case PolicyMark::Missing:
    case PolicyMark::None: break;
    }
    return LegendMark::PolicyMissing;
}

LegendMark legendMark(CheckMark mark)
{
    switch (mark) {
    case CheckMark::Verified: return LegendMark::Verified;
    case CheckMark::Failed: return LegendMark::CheckFailed;
    case CheckMark::Untested:
    case CheckMark::None: break;
    }
    return LegendMark::Untested;
}

std::vector<LegendMark> marksOf(const std::vector<const DiagramEdge *> &edges)
{
    std::set<LegendMark> used;
    bool decided = false;
    for (const DiagramEdge *e : edges) {
        used.insert(legendMark(e->kind));
        if (e->isTrunk())
            used.insert(LegendMark::Trunk);
        if (e->bKind == EndKind::Firewall)
            used.insert(LegendMark::Firewall);
        if (e->arrows)
            used.insert(LegendMark::Arrow);
        if (e->crossing)
            used.insert(legendMark(e->review));
        if (e->crossing && e->policy != PolicyMark::None)
            used.insert(legendMark(e->policy));
        if (e->crossing && e->check != CheckMark::None)
            used.insert(legendMark(e->check));
        decided = decided || e->review != ReviewMark::NotReviewed;
    }
    if (!decided)
        used.erase(LegendMark::NotReviewed);
    return std::vector<LegendMark>(used.begin(), used.end());
}

QString trunkLabel(const DiagramEdge &trunk)
{
    const int n = int(trunk.openings.size());
    return QStringLiteral("%1 · %2").arg(n).arg(EdgeSummary::portSummary(trunk.ports));
}

QString portsLabel(const DiagramEdge &edge, int shown)
{
    return EdgeSummary::portSummary(edge.ports, shown);
}

} // namespace pp::diagram
