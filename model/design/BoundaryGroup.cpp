#include "model/design/BoundaryGroup.h"

namespace pp {

bool operator==(const BoundaryGroup &a, const BoundaryGroup &b)
{
    return a.id == b.id && a.name == b.name && a.zones == b.zones && a.subnets == b.subnets && a.site == b.site
        && a.systems == b.systems && a.fallback == b.fallback && a.fallbackToDefault == b.fallbackToDefault
        && a.extras == b.extras;
}

} // namespace pp
