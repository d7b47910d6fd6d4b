#pragma once

#include <QStringList>

#include "model/engine/Analysis.h"

namespace pp {

class Catalog;
struct Design;

/// The rules engine: DESIGN.md's semantics applied to a design and the
/// catalog. It is the only place that knows what a flow is.
class RulesEngine
{
public:
    explicit RulesEngine(const Catalog &catalog);

    /// Flows, openings and findings of a design, computed from scratch.
    Analysis analyze(const Design &design) const;

    /// The same result as analyze(after), reusing `previous` (the analysis of
    /// `before`) where only the listed hosts changed and only in ways that
    /// cannot change who talks to whom: zone, position, name, addresses or
    /// port options. Anything else falls back to a full analysis. Pass the
    /// previous analysis by std::move: its buffers are reused.
    Analysis update(Analysis previous, const Design &before, const Design &after,
                    const QStringList &changedHosts) const;

    const Catalog &catalog() const { return m_catalog; }

private:
    const Catalog &m_catalog;
};

} // namespace pp
