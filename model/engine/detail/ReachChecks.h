#pragma once

// The second half of validation: who reaches whom. Clients and their site
// systems, internet-facing roles, roles this catalog version lacks or
// changes, boundary groups, and the flows themselves. Validator runs them
// after the checks on sites, zones and hosts.

#include "model/engine/Analysis.h"
#include "model/engine/detail/EngineIndex.h"

namespace pp::engine {

class Findings;

void checkClients(const EngineIndex &ix, Findings &out);
void checkInternetFacing(const EngineIndex &ix, Findings &out);
void checkCatalogRoles(const EngineIndex &ix, Findings &out);
void checkCurrentBranch(const EngineIndex &ix, Findings &out);
void checkBoundaryGroups(const EngineIndex &ix, Findings &out);
void checkFlows(const EngineIndex &ix, const Analysis &a, Findings &out);

} // namespace pp::engine
