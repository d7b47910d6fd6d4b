#pragma once

// Private to the engine: turns catalog connections into flows for one
// initiating host at a time (the catalog's "from" side owns the flows of a
// pair, both directions), so that a partial recompute can redo single hosts.

#include "model/engine/Analysis.h"
#include "model/engine/detail/EngineIndex.h"

namespace pp::engine {

class FlowGenerator
{
public:
    explicit FlowGenerator(const EngineIndex &index) : m_ix(index) {}

    /// Appends every catalog flow owned by `host`.
    void hostFlows(int host, std::vector<Flow> &out) const;
    /// Appends the flows manual "add" links create.
    void linkFlows(std::vector<Flow> &out) const;
    /// Moves flows matched by "exclude" links from `flows` to `excluded`.
    void applyExclusions(std::vector<Flow> &flows, std::vector<Flow> &excluded) const;

    const Catalog &catalog() const { return m_ix.catalog; }

    /// Note 2/3/6: a port setting's value for a responding host: the host,
    /// then its site, then the design, then the catalog default.
    PortRange resolve(Setting setting, int responder) const;

    /// Rule 8: the internet-based client on a connection it cannot use, or -1.
    int internetClientSide(const Connection &conn, int from, int to) const;

    /// A host a connection reaches, and how (rule 9 marks fallback).
    struct Target
    {
        int host = -1;
        quint16 flags = 0;
        int fallbackGroup = -1;
        int fallbackRelation = -1;
    };

private:
    void targets(const Connection &conn, int host, std::vector<Target> &out) const;
    /// Rule 9: the client's boundary groups, their fallback neighbours, then
    /// the site default group.
    void boundaryTargets(const Connection &conn, int host, int internetFilter, std::vector<Target> &out) const;
    bool conditionsHold(const QVector<Condition> &conditions, int from, int to) const;
    bool hierarchyHas(int site, int role) const;
    /// Which rows of a connection to emit (note 1 splits them).
    enum class Rows : quint8 { All, Note1, NotNote1 };
    /// Emits the rows of `conn` from `host` to each of `found`.
    void emitConnection(const Connection &conn, int host, const std::vector<Target> &found, Rows rows,
                        std::vector<Flow> &out) const;
    void emitFlow(const Connection &conn, const CatalogPort &row, int initiator, int responder,
                  const Target &via, std::vector<Flow> &out) const;
    Flow makeFlow(int from, int to, quint16 flags) const;
    Flow notOverInternetMarker(const Connection &conn, int from, int to) const;
    bool needsBridging(const Connection &conn, const CatalogPort &row, int from, int to) const;

    const EngineIndex &m_ix;
};

} // namespace pp::engine
