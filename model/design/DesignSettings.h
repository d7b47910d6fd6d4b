#pragma once

#include "model/design/Extras.h"
#include "model/design/Settings.h"

namespace pp {

struct DesignSettings
{
    PortSettings ports;       ///< rpcDynamicRange
    Extras extras;
    friend bool operator==(const DesignSettings &a, const DesignSettings &b);
};

} // namespace pp
