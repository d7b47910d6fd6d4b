#include "model/design/BoundaryFallback.h"

namespace pp {

bool operator==(const BoundaryFallback &a, const BoundaryFallback &b)
{
    return a.to == b.to && a.roles == b.roles && a.minutes == b.minutes && a.never == b.never && a.extras == b.extras;
}

} // namespace pp
