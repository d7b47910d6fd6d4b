#include "render/diagram/DiagramText.h"

#include "render/diagram/EdgeSummary.h"

#include <QCoreApplication>

#include <algorithm>
#include <set>

namespace pp::diagram {

// The context spelled out at each call: lupdate reads only literals.
QString legendText(LegendMark mark)
{
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
    }
    return {};
}

QString legendHeading(int section)
{
    switch (section) {
    case 0: return QCoreApplication::translate("pp::diagram::Legend", "Lines");
    case 1: return QCoreApplication::translate("pp::diagram::Legend", "Review");
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
    default: return 0;
    }
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
