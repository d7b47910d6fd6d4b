#pragma once

#include "model/design/PortRange.h"

namespace pp {

struct LinkPort
{
    Protocol protocol = Protocol::Tcp;
    PortRange range;
    friend bool operator==(const LinkPort &a, const LinkPort &b)
    {
        return a.protocol == b.protocol && a.range == b.range;
    }
};

} // namespace pp
