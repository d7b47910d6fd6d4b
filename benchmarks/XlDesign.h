#pragma once

#include "model/design/Design.h"

namespace pp::bench {

/// The XL benchmark design: a CAS, 25 primaries and 1,000 secondaries with
/// about 10,000 hosts in 60 zones at scale 1. `scale` multiplies the
/// secondaries (and their hosts); zones stay 60. Branch clients are assigned
/// to their primary (ConfigMgr assigns no client to a secondary site); with
/// `boundaryGroups` each branch gets a group holding its secondary's MP and
/// DP that falls back to its primary's datacenter after 120 minutes.
///
/// With `firewalls` (rule 10), each secondary's branch becomes a zone of its
/// own (its /24, drawn around its cards inside its region), every zone
/// reaches the others through a `wan` transit zone, and the design gets a
/// firewall per branch (branch <-> wan), per primary datacenter (dc, office
/// LAN <-> wan), a core firewall (hq, ad, dmz <-> wan) and an internet edge
/// (dmz <-> internet, cloud): 1,027 devices at scale 1. Clearing
/// Design::firewalls of that design gives the same zones without devices,
/// the fair baseline for the cost of paths.
Design makeXlDesign(int scale = 1, bool boundaryGroups = false, bool firewalls = false);

} // namespace pp::bench
