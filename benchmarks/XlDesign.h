#pragma once

#include "model/Design.h"

namespace pp::bench {

/// The XL benchmark design: a CAS, 25 primaries and 1,000 secondaries with
/// about 10,000 hosts in 60 zones at scale 1. `scale` multiplies the
/// secondaries (and their hosts); zones stay 60.
Design makeXlDesign(int scale = 1);

} // namespace pp::bench
