#include "model/design/DesignSettings.h"

namespace pp {

bool operator==(const DesignSettings &a, const DesignSettings &b)
{
    return a.ports == b.ports && a.extras == b.extras;
}

} // namespace pp
