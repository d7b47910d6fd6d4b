#include "model/export/RequestHost.h"

#include "model/design/Design.h"

namespace pp {

QStringList ruleAddresses(const Design &design, const Host &host, bool *zoneSubnets)
{
    if (zoneSubnets)
        *zoneSubnets = false;
    if (!host.addresses.isEmpty())
        return host.addresses;
    const Zone *zone = design.zone(host.zone);
    if (!zone || zone->subnets.isEmpty())
        return {};
    if (zoneSubnets)
        *zoneSubnets = true;
    return zone->subnets;
}

} // namespace pp
