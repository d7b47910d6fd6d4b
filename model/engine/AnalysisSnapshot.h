#pragma once

#include "model/engine/Analysis.h"
#include "model/design/Design.h"
#include "model/engine/HostPairs.h"

#include <memory>

namespace pp {

class Catalog;
class ReviewSheet;

/// An analysis together with the exact design it was computed from. Flows
/// address hosts and zones by index, so consumers must read them against
/// this design, not against a document that may have moved on.
struct AnalysisSnapshot
{
    Design design;
    Analysis analysis;
    HostPairs pairs;        ///< computed with the analysis, off the UI thread
    quint64 generation = 0; ///< grows with every computation
    /// The catalog the analysis used (the design's own): connection indices
    /// and refs of the flows are this catalog's. Null: the caller's default.
    const Catalog *catalog = nullptr;
    /// The security review of these openings against this design's own
    /// decisions, made with the analysis off the UI thread (a tenth of a
    /// second at XL). Null when the runner did not make one.
    std::shared_ptr<const ReviewSheet> reviewSheet;

    const Catalog &catalogOr(const Catalog &fallback) const { return catalog ? *catalog : fallback; }
};

using AnalysisPtr = std::shared_ptr<const AnalysisSnapshot>;

} // namespace pp
