#include "model/design/FirewallInterface.h"

namespace pp {

bool operator==(const FirewallInterface &a, const FirewallInterface &b)
{
    return a.id == b.id && a.zone == b.zone && a.name == b.name && a.extras == b.extras;
}

} // namespace pp
