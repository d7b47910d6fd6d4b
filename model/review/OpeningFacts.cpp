#include "model/review/OpeningFacts.h"

#include "model/engine/Analysis.h"

namespace pp {

OpeningFacts OpeningFacts::of(const Design &design, const Opening &o)
{
    OpeningFacts f;
    if (o.fromZone >= 0)
        f.fromKind = design.zones[size_t(o.fromZone)].kind;
    if (o.toZone >= 0)
        f.toKind = design.zones[size_t(o.toZone)].kind;
    f.services = o.services;
    f.refs = o.refs;
    f.ports = o.range.width();
    for (int h : o.fromHosts) {
        const Host &host = design.hosts[size_t(h)];
        f.sourceMachines += host.machineCount();
        f.sourcesWithoutAddress = f.sourcesWithoutAddress || host.addresses.isEmpty();
    }
    f.fallbackOnly = o.fallbackOnly;
    return f;
}

} // namespace pp
