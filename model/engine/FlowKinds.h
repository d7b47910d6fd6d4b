#pragma once

#include "model/engine/Analysis.h"
#include "model/engine/FlowKind.h"

#include <QString>

#include <unordered_map>
#include <vector>

namespace pp {

class Catalog;
struct Design;

/// Words for flows, made once per kind of flow rather than once per flow: a
/// design of 700,000 flows has a few thousand kinds (a catalog row between
/// two roles, on one port, with the same notes). FlowText decides the words;
/// this only remembers them.
class FlowKinds
{
public:
    /// Kinds go into `kinds` (a request's flowKinds, or a writer's own).
    FlowKinds(const Design &design, const Catalog &catalog, std::vector<FlowKind> &kinds);

    /// The index in `kinds` of the flow's kind, added on first sight.
    int indexOf(const Flow &flow);

private:
    struct Key
    {
        const CatalogPort *row;
        int connection;
        int link;
        int fallbackGroup;
        int fallbackRelation;
        quint16 first, last;
        quint8 protocol, phase;
        quint16 flags; ///< as wide as Flow::flags: no flag may be dropped from the key
        bool operator==(const Key &o) const;
    };
    struct KeyHash
    {
        size_t operator()(const Key &k) const;
    };

    const Design &m_design;
    const Catalog &m_catalog;
    std::vector<FlowKind> &m_kinds;
    std::unordered_map<Key, int, KeyHash> m_index;
};

} // namespace pp
