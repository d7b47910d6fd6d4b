#include "views/panels/FlowSortKeys.h"

#include "model/catalog/Catalog.h"
#include "model/engine/FlowText.h"
#include "views/panels/FlowTableModel.h"

#include <QHash>

#include <algorithm>
#include <numeric>
#include <optional>
#include <unordered_map>

namespace pp::views {

namespace {

/// Ranks of `texts` in sorted order; equal texts share a rank.
std::vector<quint32> ranks(const std::vector<QString> &texts)
{
    std::vector<int> order(texts.size());
    std::iota(order.begin(), order.end(), 0);
    std::sort(order.begin(), order.end(), [&](int a, int b) { return texts[size_t(a)] < texts[size_t(b)]; });
    std::vector<quint32> rank(texts.size(), 0);
    quint32 next = 0;
    for (size_t i = 0; i < order.size(); ++i) {
        if (i > 0 && texts[size_t(order[i])] != texts[size_t(order[i - 1])])
            ++next;
        rank[size_t(order[i])] = next;
    }
    return rank;
}

template<typename Key>
std::vector<quint32> perFlow(const Analysis &a, Key key)
{
    std::vector<quint32> out(a.flows.size());
    for (size_t i = 0; i < a.flows.size(); ++i)
        out[i] = key(a.flows[i]);
    return out;
}

/// A key from one of a few words: the words' own order decides.
std::vector<quint32> byWords(const Analysis &a, const std::vector<QString> &words,
                             const std::function<int(const Flow &)> &which)
{
    const std::vector<quint32> rank = ranks(words);
    return perFlow(a, [&](const Flow &f) { return rank[size_t(which(f))]; });
}

/// What a flow's description is made of (FlowText::description): its seed
/// row (or, without one, its protocol and ports), its connection (or link),
/// phase, the flags the text names, and the fallback it came by. Far fewer
/// kinds than flows, and fewer than FlowKinds has (those tell ports apart).
struct DescriptionKey
{
    const CatalogPort *row = nullptr;
    int connection = -1;
    int link = -1;
    int fallbackGroup = -1;
    int fallbackRelation = -1;
    quint32 ports = 0;
    quint16 flags = 0;
    quint8 protocol = 0;
    quint8 phase = 0;

    explicit DescriptionKey(const Flow &f)
        : row(f.row)
        , connection(f.connection)
        , link(f.connection >= 0 ? -1 : f.link)
        , fallbackGroup(f.has(FlowFallback) ? f.fallbackGroup : -1)
        , fallbackRelation(f.has(FlowFallback) ? f.fallbackRelation : -1)
        , ports(f.row ? 0 : quint32(f.range.first) << 16 | f.range.last)
        , flags(f.flags & (FlowReplyPath | FlowViaProxy | FlowFallback))
        , protocol(f.row ? 0 : quint8(f.protocol))
        , phase(quint8(f.phase))
    {
    }
    bool operator==(const DescriptionKey &o) const
    {
        return row == o.row && connection == o.connection && link == o.link && fallbackGroup == o.fallbackGroup
            && fallbackRelation == o.fallbackRelation && ports == o.ports && flags == o.flags
            && protocol == o.protocol && phase == o.phase;
    }
};

struct DescriptionKeyHash
{
    size_t operator()(const DescriptionKey &k) const
    {
        size_t h = std::hash<const void *>()(k.row);
        auto mix = [&h](size_t v) { h ^= v + 0x9e3779b97f4a7c15ULL + (h << 6) + (h >> 2); };
        mix(size_t(quint32(k.connection)) << 32 | quint32(k.link));
        mix(size_t(quint32(k.fallbackGroup)) << 32 | quint32(k.fallbackRelation));
        mix(size_t(k.ports) << 32 | size_t(k.flags) << 16 | size_t(k.protocol) << 8 | k.phase);
        return h;
    }
};

/// Each distinct description made once and ranked; flows take their rank.
/// Neighbouring flows mostly share one (the engine orders them by zone
/// pair and port): the last key is checked before the table.
std::vector<quint32> descriptionKeys(const Design &d, const Catalog &catalog, const Analysis &a)
{
    const FlowText text(d, catalog);
    std::unordered_map<DescriptionKey, int, DescriptionKeyHash> index;
    std::vector<QString> texts;
    std::vector<int> kind(a.flows.size());
    std::optional<DescriptionKey> last;
    int lastKind = -1;
    for (size_t i = 0; i < a.flows.size(); ++i) {
        const DescriptionKey key(a.flows[i]);
        if (!last || !(key == *last)) {
            const auto [it, added] = index.try_emplace(key, int(texts.size()));
            if (added)
                texts.push_back(text.description(a.flows[i]));
            last = key;
            lastKind = it->second;
        }
        kind[i] = lastKind;
    }
    const std::vector<quint32> rank = ranks(texts);
    std::vector<quint32> out(a.flows.size());
    for (size_t i = 0; i < out.size(); ++i)
        out[i] = rank[size_t(kind[i])];
    return out;
}

} // namespace

std::vector<quint32> FlowSortKeys::keys(const AnalysisSnapshot &snapshot, const Catalog &catalog, int column,
                                       const Words &words)
{
    const Design &d = snapshot.design;
    const Analysis &a = snapshot.analysis;
    const FlowText text(d, catalog);
    switch (column) {
    case FlowTableModel::From:
    case FlowTableModel::To: {
        std::vector<QString> ids; // the names the table shows (issue 18 item 8)
        for (size_t h = 0; h < d.hosts.size(); ++h)
            ids.push_back(text.hostName(int(h)));
        const std::vector<quint32> rank = ranks(ids);
        const bool from = column == FlowTableModel::From;
        return perFlow(a, [&](const Flow &f) { return rank[size_t(from ? f.from : f.to)]; });
    }
    case FlowTableModel::FromZone:
    case FlowTableModel::ToZone: {
        std::vector<QString> ids{QString()}; // a flow with no zone sorts first; names, as shown
        for (size_t z = 0; z < d.zones.size(); ++z)
            ids.push_back(text.zoneName(int(z)));
        const std::vector<quint32> rank = ranks(ids);
        const bool from = column == FlowTableModel::FromZone;
        return perFlow(a, [&](const Flow &f) { return rank[size_t((from ? f.fromZone : f.toZone) + 1)]; });
    }
    case FlowTableModel::Protocol:
        return byWords(a, {protocolName(Protocol::Tcp), protocolName(Protocol::Udp), protocolName(Protocol::Icmp)},
                       [](const Flow &f) { return f.protocol == Protocol::Tcp ? 0 : f.protocol == Protocol::Udp ? 1 : 2; });
    case FlowTableModel::Port:
        return perFlow(a, [](const Flow &f) { return quint32(f.range.first); });
    case FlowTableModel::Crossing:
        return byWords(a, {words("no"), words("yes")}, [](const Flow &f) { return f.crossing() ? 1 : 0; });
    case FlowTableModel::Phase:
        return byWords(a, {words("runtime"), words("install")}, [](const Flow &f) { return f.phase == Phase::Install ? 1 : 0; });
    case FlowTableModel::Traffic:
        return byWords(a, {words("catalog rule"), words("manual link"), words("boundary fallback")}, [](const Flow &f) {
            return f.has(FlowFallback) ? 2 : f.has(FlowManual) ? 1 : 0;
        });
    case FlowTableModel::Ref: {
        // A flow's anchor is its catalog connection's, else its link's
        // (FlowText::ref): ranked once per connection and link, not looked
        // up per flow.
        const auto connections = catalog.connections().size();
        std::vector<QString> refs;
        refs.reserve(connections + d.links.size() + 1);
        for (size_t c = 0; c < connections; ++c)
            refs.push_back(catalog.connections()[c].ref);
        for (const Link &link : d.links)
            refs.push_back(link.ref.isEmpty() ? QStringLiteral("manual") : link.ref);
        refs.push_back(QStringLiteral("manual"));
        const std::vector<quint32> rank = ranks(refs);
        return perFlow(a, [&](const Flow &f) {
            const size_t i = f.connection >= 0 ? size_t(f.connection)
                : f.link >= 0                  ? connections + size_t(f.link)
                                               : refs.size() - 1;
            return rank[i];
        });
    }
    default:
        break;
    }
    return descriptionKeys(d, catalog, a);
}

} // namespace pp::views
