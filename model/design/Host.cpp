#include "model/design/Host.h"

namespace pp {

bool operator==(const Host &a, const Host &b)
{
    return a.id == b.id && a.name == b.name && a.zone == b.zone && a.site == b.site
        && a.roles == b.roles && a.addresses == b.addresses && a.pos == b.pos
        && a.count == b.count && a.options == b.options && a.extras == b.extras;
}

} // namespace pp
