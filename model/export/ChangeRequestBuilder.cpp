#include "model/export/ChangeRequestBuilder.h"

#include "model/export/OpeningDelta.h"
#include "model/export/RequestAssembler.h"

#include <algorithm>
#include <tuple>

namespace pp {

namespace {

ChangeRequest emptyRequest(const Design &design)
{
    ChangeRequest request;
    request.designName = design.name;
    request.info = design.changeRequest;
    return request;
}

} // namespace

ChangeRequest ChangeRequestBuilder::build(const Design &design, const Catalog &catalog, const Analysis &analysis,
                                          const ChangeRequestOptions &options)
{
    ChangeRequest request = emptyRequest(design);
    RequestAssembler assembler(request, catalog, options);
    const int source = assembler.addSource(design, analysis);
    std::vector<RequestLine> lines;
    lines.reserve(analysis.openings.size());
    for (const Opening &o : analysis.openings)
        if (assembler.wanted(source, o))
            lines.push_back(assembler.line(source, o));
    if (options.allFlows)
        assembler.addOtherFlows(source);
    assembler.finish(std::move(lines));
    return request;
}

ChangeRequest ChangeRequestBuilder::build(const OpeningDelta &delta, const Design &oldDesign,
                                          const Analysis &oldAnalysis, const Design &newDesign,
                                          const Analysis &newAnalysis, const Catalog &catalog,
                                          const ChangeRequestOptions &options)
{
    return build(delta, oldDesign, oldAnalysis, catalog, newDesign, newAnalysis, catalog, options);
}

ChangeRequest ChangeRequestBuilder::build(const OpeningDelta &delta, const Design &oldDesign,
                                          const Analysis &oldAnalysis, const Catalog &oldCatalog,
                                          const Design &newDesign, const Analysis &newAnalysis,
                                          const Catalog &newCatalog, const ChangeRequestOptions &options)
{
    ChangeRequest request = emptyRequest(newDesign);
    request.delta = true;
    RequestAssembler assembler(request, newCatalog, options);
    const int before = assembler.addSource(oldDesign, oldAnalysis, oldCatalog);
    const int after = assembler.addSource(newDesign, newAnalysis, newCatalog);

    // Zone pairs in the new design's order, zones only the old one has after them.
    auto zoneOrder = [&](const QString &id) {
        const int index = newDesign.zoneIndex(id);
        return index >= 0 ? index : int(newDesign.zones.size()) + oldDesign.zoneIndex(id);
    };
    struct Sorted
    {
        std::tuple<int, int, int, int, int, QString> order;
        RequestLine line;
    };
    std::vector<Sorted> sorted;
    for (const OpeningChange &c : delta.changes) {
        const bool removed = c.kind == DeltaKind::Removed;
        if (!assembler.wanted(removed ? before : after,
                              removed ? oldAnalysis.openings[size_t(c.before)] : newAnalysis.openings[size_t(c.after)]))
            continue;
        RequestLine line = c.kind == DeltaKind::Removed
            ? assembler.line(before, oldAnalysis.openings[size_t(c.before)])
            : assembler.line(after, newAnalysis.openings[size_t(c.after)]);
        line.action = c.kind == DeltaKind::Added ? RequestAction::Add
            : c.kind == DeltaKind::Removed       ? RequestAction::Remove
                                                 : RequestAction::Modify;
        line.change = c.summary();
        auto order = std::make_tuple(zoneOrder(line.source.zoneId), zoneOrder(line.destination.zoneId),
                                     int(line.protocol), int(line.range.first), int(line.range.last), line.port);
        sorted.push_back({order, std::move(line)});
    }
    std::stable_sort(sorted.begin(), sorted.end(), [](const Sorted &a, const Sorted &b) { return a.order < b.order; });
    std::vector<RequestLine> lines;
    lines.reserve(sorted.size());
    for (Sorted &s : sorted)
        lines.push_back(std::move(s.line));
    assembler.finish(std::move(lines));
    return request;
}

} // namespace pp
