#pragma once

#include "model/engine/Analysis.h"

#include <QString>

#include <unordered_map>
#include <vector>

namespace pp {

class Catalog;
struct Design;

/// What the flows of one kind share, in words: many flows, few kinds. A
/// change request keeps each kind's words once; the flows table sorts by
/// them.
struct FlowKind
{
    QString protocol;         ///< "TCP"
    QString port;             ///< "443", "49152-65535", "echo-request"
    QString ref;              ///< seed anchor, or "manual"
    QString service;          ///< catalog service id
    QString phase;            ///< "runtime" or "install"
    QString description;
    QString fallback;         ///< boundary-group fallback path, or empty
    quint16 flags = 0;        ///< FlowFlag bits of the engine's flow (as wide as Flow::flags)

    bool crossing() const { return flags & FlowCrossing; }
};

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
