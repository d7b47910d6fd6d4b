#pragma once

namespace pp {

/// Rule 8: a connection the catalog implies that the engine leaves out
/// because an internet-based client cannot use it ("no PXE over the
/// internet"). Shown beside the flows so a user sees why one is missing.
struct FlowNote
{
    int client = -1;      ///< the internet-based client host
    int other = -1;       ///< the host on the other side (DP, console, site server, peer)
    int connection = -1;  ///< the catalog connection left out
    int restriction = -1; ///< index into Catalog::internetRestrictions()
};

} // namespace pp
