#include "model/engine/FlowKinds.h"

#include "model/engine/FlowText.h"

namespace pp {

bool FlowKinds::Key::operator==(const Key &o) const
{
    return row == o.row && connection == o.connection && link == o.link && fallbackGroup == o.fallbackGroup
        && fallbackRelation == o.fallbackRelation && first == o.first && last == o.last && protocol == o.protocol
        && phase == o.phase && flags == o.flags;
}

size_t FlowKinds::KeyHash::operator()(const Key &k) const
{
    size_t h = std::hash<const void *>()(k.row);
    auto mix = [&h](size_t v) { h ^= v + 0x9e3779b97f4a7c15ULL + (h << 6) + (h >> 2); };
    mix(size_t(k.connection));
    mix(size_t(k.link));
    mix(size_t(k.fallbackGroup) << 16 ^ size_t(k.fallbackRelation));
    mix(size_t(k.first) << 16 | k.last);
    mix(size_t(k.protocol) << 24 | size_t(k.phase) << 16 | k.flags);
    return h;
}

FlowKinds::FlowKinds(const Design &design, const Catalog &catalog, std::vector<FlowKind> &kinds)
    : m_design(design)
    , m_catalog(catalog)
    , m_kinds(kinds)
{
}

int FlowKinds::indexOf(const Flow &f)
{
    const Key key{f.row,           f.connection,          f.link,
                  f.fallbackGroup, f.fallbackRelation,    f.range.first,
                  f.range.last,    quint8(f.protocol),    quint8(f.phase),
                  f.flags};
    const auto [it, inserted] = m_index.try_emplace(key, int(m_kinds.size()));
    if (inserted) {
        const FlowText text(m_design, m_catalog);
        FlowKind kind;
        kind.protocol = protocolName(f.protocol);
        kind.port = text.port(f);
        kind.ref = text.ref(f);
        kind.service = text.service(f);
        kind.phase = phaseName(f.phase);
        kind.description = text.description(f);
        kind.fallback = text.fallbackPath(f);
        kind.flags = f.flags;
        m_kinds.push_back(std::move(kind));
    }
    return it->second;
}

} // namespace pp
