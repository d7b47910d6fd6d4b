#pragma once

#include "model/design/Design.h"

namespace pp::bench {

/// The XL benchmark design: a CAS, 25 primaries and 1,000 secondaries with
/// about 10,000 hosts in 60 zones at scale 1. `scale` multiplies the
/// secondaries (and their hosts); zones stay 60. Branch clients are assigned
/// to their primary (ConfigMgr assigns no client to a secondary site); with
/// `boundaryGroups` each branch gets a group holding its secondary's MP and
/// DP that falls back to its primary's datacenter after 120 minutes.
Design makeXlDesign(int scale = 1, bool boundaryGroups = false);

} // namespace pp::bench
