#pragma once

#include "render/diagram/DiagramStyle.h"

#include <vector>

namespace pp {
class Catalog;
struct Analysis;
struct Design;
struct VerificationRecord;
} // namespace pp

namespace pp::diagram {

/// Issue 15: verification records judged against the openings of
/// `analysis` (computed from `design`), as the Openings table judges them:
/// one mark per opening, or none at all without records. The canvas and
/// every diagram export draw these.
std::vector<CheckMark> verificationMarks(const Design &design, const Catalog &catalog, const Analysis &analysis,
                                         const std::vector<VerificationRecord> &records);

} // namespace pp::diagram
