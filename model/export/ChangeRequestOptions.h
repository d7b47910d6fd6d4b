#pragma once

#include <QString>

#include "model/export/RequestRisk.h"

namespace pp {

struct ChangeRequestOptions
{
    RiskProvider risk;        ///< optional
    bool allFlows = false;    ///< also list the flows that cross no boundary
    /// Rule 10: only this firewall device's lines (its id); empty = every
    /// device's, each in its own section.
    QString firewall;
};

} // namespace pp
