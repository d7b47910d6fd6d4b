#pragma once

#include "render/diagram/DiagramStyle.h"

#include <vector>

namespace pp {
class Catalog;
struct Analysis;
struct Design;
struct ReviewDecision;
class ReviewSheet;
} // namespace pp

namespace pp::diagram {

/// The review state of every opening of `analysis` (by opening index), as
/// model/review's ReviewSheet judges it against `decisions`: approved,
/// rejected, questioned, changed since decided (stale) or not reviewed.
/// Without decisions, every opening is not reviewed (and no sheet is built).
std::vector<ReviewMark> reviewMarks(const Design &design, const Catalog &catalog, const Analysis &analysis,
                                    const std::vector<ReviewDecision> &decisions);
/// The same read from a sheet already made (the analysis's own, made with
/// it on the worker) for an analysis of `openingCount` openings.
std::vector<ReviewMark> reviewMarks(const ReviewSheet &sheet, size_t openingCount);

} // namespace pp::diagram
