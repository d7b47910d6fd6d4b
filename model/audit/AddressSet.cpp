#include "model/audit/AddressSet.h"

#include <algorithm>
#include <utility>

namespace pp {

void AddressSet::merge(const AddressSet &other)
{
    if (other.any && !other.negated) {
        any = true;
        ranges.clear();
        names.clear();
        return;
    }
    if (any)
        return;
    ranges.insert(ranges.end(), other.ranges.begin(), other.ranges.end());
    names += other.names;
}

bool AddressSet::containsAll(const std::vector<IpRange> &host, const QString &hostName) const
{
    if (any)
        return !negated;
    const bool byName = !hostName.isEmpty() && names.contains(hostName.toLower());
    if (negated) // every address outside the listed ones
        return !byName && !host.empty()
            && std::none_of(host.begin(), host.end(), [&](const IpRange &h) {
                   return std::any_of(ranges.begin(), ranges.end(), [&](const IpRange &r) { return r.intersects(h); });
               });
    if (byName)
        return true;
    return !host.empty() && std::all_of(host.begin(), host.end(), [&](const IpRange &h) {
        return std::any_of(ranges.begin(), ranges.end(), [&](const IpRange &r) { return r.contains(h); });
    });
}

bool AddressSet::intersects(const std::vector<IpRange> &host, const QString &hostName) const
{
    if (any)
        return !negated;
    const bool byName = !hostName.isEmpty() && names.contains(hostName.toLower());
    if (negated)
        return !byName && std::any_of(host.begin(), host.end(), [&](const IpRange &h) {
                   return std::none_of(ranges.begin(), ranges.end(), [&](const IpRange &r) { return r.contains(h); });
               });
    return byName || std::any_of(host.begin(), host.end(), [&](const IpRange &h) {
               return std::any_of(ranges.begin(), ranges.end(), [&](const IpRange &r) { return r.intersects(h); });
           });
}

QString AddressSet::toString() const
{
    if (any)
        return negated ? QStringLiteral("none") : QStringLiteral("any");
    return (negated ? QStringLiteral("not ") : QString()) + QStringLiteral("%1 range(s)").arg(ranges.size() + names.size());
}

} // namespace pp
