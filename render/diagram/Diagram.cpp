#include "render/diagram/Diagram.h"

#include "model/design/CardGeometry.h"
#include "model/design/Design.h"
#include "model/engine/Analysis.h"
#include "model/engine/HostPairs.h"
#include "render/diagram/DiagramShapes.h"
#include "render/diagram/EdgeRouter.h"
#include "render/diagram/EdgeSummary.h"
#include "render/diagram/LabelPlacer.h"
#include "render/diagram/ReviewMarks.h"
#include "render/diagram/VerificationMarks.h"

#include <algorithm>

namespace pp::diagram {

QSizeF Diagram::labelSize(const QString &text, qreal fontSize)
{
    // About 0.58 em a glyph in the sans fonts used, and a little padding.
    return QSizeF(text.size() * fontSize * 0.58 + fontSize, fontSize * 1.6);
}

DiagramGeometry Diagram::geometryOf(const Design &design)
{
    DiagramGeometry g;
    for (const Zone &z : design.zones)
        g.zones.push_back(z.rect);
    for (const Host &h : design.hosts)
        g.cards.emplace_back(h.pos, QSizeF(geometry::hostWidth, geometry::hostHeight));
    for (const Firewall &f : design.firewalls)
        g.devices.push_back(deviceRect(f.pos));
    return g;
}

Diagram Diagram::build(const Design &design, const Catalog &catalog, const Analysis &analysis,
                       const DiagramOptions &options)
{
    Diagram d;
    d.detail = options.detail == Detail::Hosts ? Detail::Hosts : Detail::Zones;
    d.geometry = geometryOf(design);
    for (size_t z = 0; z < design.zones.size(); ++z)
        d.titles.push_back(EdgeRouter::titleBand(design.zones[z], d.geometry.zones[z]));

    StatusMarks status;
    if (options.status)
        status = *options.status;
    else
        status.checks = verificationMarks(design, catalog, analysis, design.verifications);
    const EdgeSummary summary(design, analysis,
                              reviewMarks(design, catalog, analysis, options.decisions ? *options.decisions : design.reviews),
                              std::move(status));
    d.edges = d.detail == Detail::Zones ? summary.trunks() : summary.hostEdges(HostPairs::of(analysis), options.internal);
    std::vector<DiagramEdge *> edges;
    for (DiagramEdge &e : d.edges)
        edges.push_back(&e);
    EdgeRouter router(d.geometry, d.titles);
    if (d.detail == Detail::Zones)
        router.routeTrunks(edges);
    else
        router.routeHostEdges(edges);
    d.unrouted = router.unrouted();

    d.labels.resize(d.edges.size());
    if (d.detail == Detail::Zones) {
        LabelPlacer placer(router.hostObstacles());
        for (size_t i = 0; i < d.edges.size(); ++i)
            d.labels[i] = placer.place(d.edges[i].route, labelSize(trunkLabel(d.edges[i])));
    }

    std::vector<const DiagramEdge *> drawn;
    for (const DiagramEdge &e : d.edges)
        drawn.push_back(&e);
    d.marks = marksOf(drawn);
    if (!design.firewalls.empty() && std::find(d.marks.begin(), d.marks.end(), LegendMark::Firewall) == d.marks.end())
        d.marks.push_back(LegendMark::Firewall); // the devices are drawn at every level
    std::sort(d.marks.begin(), d.marks.end());
    for (const QRectF &r : d.geometry.zones)
        d.bounds |= r;
    for (const QRectF &r : d.geometry.cards)
        d.bounds |= r;
    for (const QRectF &r : d.geometry.devices)
        d.bounds |= r.adjusted(-40, 0, 40, 30); // the name and platform under the symbol
    for (const DiagramEdge &e : d.edges)
        for (const QPointF &p : e.route)
            d.bounds |= QRectF(p, QSizeF(1, 1));
    for (const QRectF &r : d.labels)
        if (!r.isNull())
            d.bounds |= r;
    return d;
}

} // namespace pp::diagram
