#include "views/canvas/AutoLayout.h"

#include "render/diagram/EdgeRouter.h"
#include "views/canvas/CanvasStyle.h"
#include "views/canvas/ZonePlacer.h"

#include <algorithm>
#include <cmath>
#include <map>

namespace pp::views {

namespace layout {

int columnsFor(int hosts)
{
    return std::clamp(int(std::ceil(std::sqrt(double(hosts)))), 1, std::max(1, hosts));
}

QSizeF zoneSize(int hosts, qreal titleWidth)
{
    const int columns = columnsFor(hosts);
    const int rows = hosts > 0 ? (hosts + columns - 1) / columns : 1;
    const qreal width = 2 * zonePadding + columns * style::hostWidth + (columns - 1) * cardGapX;
    const qreal height = style::zoneTitleHeight + 2 * zonePadding - 10 + rows * style::hostHeight + (rows - 1) * cardGapY;
    // Whole grid steps, so that snapping moves nothing.
    auto up = [](qreal v) { return std::ceil(v / style::gridSize) * style::gridSize; };
    return QSizeF(up(std::max({width, titleWidth + 40, 260.0})), up(height));
}

} // namespace layout

namespace {

/// Rows from the outside in: what faces the internet first, branches last.
int level(ZoneKind kind)
{
    switch (kind) {
    case ZoneKind::Internet:
    case ZoneKind::Cloud: return 0;
    case ZoneKind::Perimeter: return 1;
    case ZoneKind::Internal: return 2;
    case ZoneKind::Transit: return 3; // the WAN between the datacenter and its branches
    case ZoneKind::Branch: return 4;
    }
    return 2;
}
constexpr int lastLevel = 4;

/// Openings between each pair of zones (smaller index first).
std::map<std::pair<int, int>, int> zoneLinks(const Analysis &analysis)
{
    std::map<std::pair<int, int>, int> links;
    for (const Opening &o : analysis.openings)
        if (o.fromZone >= 0 && o.toZone >= 0 && o.fromZone != o.toZone)
            ++links[std::minmax(o.fromZone, o.toZone)];
    return links;
}

/// The zones in rows, level by level from the outside in, each level's
/// best connected first, a row wrapping when it would be wider than a
/// drawing of screen proportions (about 1.6 : 1) needs.
std::vector<ZonePlacer::Box> rowsOf(const Design &design, const std::vector<QSizeF> &sizes,
                                    const std::map<std::pair<int, int>, int> &links)
{
    std::vector<int> degree(design.zones.size(), 0);
    for (const auto &[pair, weight] : links) {
        degree[size_t(pair.first)] += weight;
        degree[size_t(pair.second)] += weight;
    }
    qreal area = 0, widest = 0;
    for (const QSizeF &s : sizes) {
        area += (s.width() + layout::zoneGap) * (s.height() + layout::zoneGap);
        widest = std::max(widest, s.width());
    }
    const qreal rowWidth = std::max(widest, std::sqrt(area * 1.6) * 1.1);
    std::vector<ZonePlacer::Box> boxes(design.zones.size());
    int row = 0;
    qreal used = 0;
    for (int l = 0; l <= lastLevel; ++l) {
        std::vector<int> members;
        for (size_t z = 0; z < design.zones.size(); ++z)
            if (level(design.zones[z].kind) == l)
                members.push_back(int(z));
        std::stable_sort(members.begin(), members.end(), [&](int a, int b) { return degree[size_t(a)] > degree[size_t(b)]; });
        for (int z : members) {
            const qreal w = sizes[size_t(z)].width() + layout::zoneGap;
            if (used > 0 && used + w > rowWidth) {
                ++row;
                used = 0;
            }
            boxes[size_t(z)] = {sizes[size_t(z)], row};
            used += w;
        }
    }
    return boxes;
}

/// Where a host's crossing lines pull it: the mean direction of the zones
/// it talks to, from its own zone's centre.
std::vector<QPointF> pulls(const Design &design, const Analysis &analysis, const std::vector<QRectF> &zones)
{
    std::vector<QPointF> pull(design.hosts.size());
    std::vector<int> count(design.hosts.size(), 0);
    for (const Flow &f : analysis.flows) {
        if (!f.crossing() || f.fromZone < 0 || f.toZone < 0)
            continue;
        pull[size_t(f.from)] += zones[size_t(f.toZone)].center() - zones[size_t(f.fromZone)].center();
        pull[size_t(f.to)] += zones[size_t(f.fromZone)].center() - zones[size_t(f.toZone)].center();
        ++count[size_t(f.from)];
        ++count[size_t(f.to)];
    }
    for (size_t h = 0; h < pull.size(); ++h)
        if (count[h] > 0)
            pull[h] /= count[h];
    return pull;
}

/// A zone's hosts in its grid: rows by how far up their partners are,
/// each row by how far left.
void placeHosts(const Design &design, const std::vector<int> &hosts, const QRectF &zone,
                const std::vector<QPointF> &pull, LayoutResult *result)
{
    std::vector<int> order = hosts;
    std::stable_sort(order.begin(), order.end(), [&](int a, int b) { return pull[size_t(a)].y() < pull[size_t(b)].y(); });
    const int columns = layout::columnsFor(int(hosts.size()));
    for (size_t start = 0; start < order.size(); start += size_t(columns)) {
        const auto end = order.begin() + qsizetype(std::min(order.size(), start + size_t(columns)));
        std::stable_sort(order.begin() + qsizetype(start), end,
                         [&](int a, int b) { return pull[size_t(a)].x() < pull[size_t(b)].x(); });
    }
    // The grid centred in the zone's width (a long title may widen it).
    const qreal gridWidth = columns * style::hostWidth + (columns - 1) * layout::cardGapX;
    const qreal left = std::round((zone.left() + (zone.width() - gridWidth) / 2) / style::gridSize) * style::gridSize;
    const qreal top = zone.top() + style::zoneTitleHeight + layout::zonePadding - 10;
    for (size_t i = 0; i < order.size(); ++i) {
        const int column = int(i) % columns, row = int(i) / columns;
        result->hosts.insert(design.hosts[size_t(order[i])].id,
                             QPointF(left + column * (style::hostWidth + layout::cardGapX),
                                     top + row * (style::hostHeight + layout::cardGapY)));
    }
}

} // namespace

LayoutResult autoLayout(const Design &design, const Analysis &analysis)
{
    LayoutResult result;
    std::vector<std::vector<int>> members(design.zones.size());
    std::vector<int> homeless;
    for (size_t h = 0; h < design.hosts.size(); ++h) {
        const int z = design.zoneIndex(design.hosts[h].zone);
        (z >= 0 ? members[size_t(z)] : homeless).push_back(int(h));
    }
    std::vector<QSizeF> sizes;
    for (size_t z = 0; z < design.zones.size(); ++z) {
        const QRectF title = diagram::EdgeRouter::titleBand(design.zones[z], QRectF(0, 0, 1e6, 1));
        sizes.push_back(layout::zoneSize(int(members[z].size()), title.width()));
    }
    const auto links = zoneLinks(analysis);
    const std::vector<QPointF> corners = ZonePlacer::place(rowsOf(design, sizes, links), links, layout::zoneGap, layout::zoneGap);
    if (corners.size() != design.zones.size()) {
        result.error = QStringLiteral("graphviz could not lay out the design");
        return result;
    }
    std::vector<QRectF> zones;
    for (size_t z = 0; z < design.zones.size(); ++z) {
        const QPointF at(std::round(corners[z].x() / style::gridSize) * style::gridSize,
                         std::round(corners[z].y() / style::gridSize) * style::gridSize);
        zones.emplace_back(at, sizes[z]);
        result.zones.insert(design.zones[z].id, zones.back());
    }
    const std::vector<QPointF> pull = pulls(design, analysis, zones);
    for (size_t z = 0; z < design.zones.size(); ++z)
        placeHosts(design, members[z], zones[z], pull, &result);
    // A host whose zone is gone stays where it is.
    for (int h : homeless)
        result.hosts.insert(design.hosts[size_t(h)].id, design.hosts[size_t(h)].pos);
    return result;
}

} // namespace pp::views
