#pragma once

#include "model/engine/Analysis.h"

namespace pp {

class Catalog;
struct AuditReport;
struct Design;

/// Issue 15: the change request of only what is missing. The analysis a
/// request is built from when a team files just the delta: the openings an
/// audit found missing or partly allowed, in their order, with every flow,
/// finding and path kept as they were (openings index flows). Openings are
/// matched to the audit by their key (FlowText::openingKey), so a report of
/// an earlier analysis of the same design still applies; an opening the
/// audit did not hold (another device's under `audit --firewall`, or one
/// the design gained since) is left out. The CLI's `audit --request` and
/// the designer's export dialog both build from this.
Analysis notYetAllowed(const Design &design, const Catalog &catalog, const Analysis &analysis,
                       const AuditReport &report);

} // namespace pp
