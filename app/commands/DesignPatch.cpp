#include "app/commands/DesignPatch.h"

#include <QHash>
#include <QSet>

#include <algorithm>

namespace pp::commands {

namespace {

template<typename T>
std::vector<EntityChange<T>> invert(const std::vector<EntityChange<T>> &changes)
{
    std::vector<EntityChange<T>> out;
    out.reserve(changes.size());
    for (const auto &c : changes)
        out.push_back({c.id, c.index, c.after, c.before});
    return out;
}

template<typename T>
ValueChange<T> invert(const ValueChange<T> &change)
{
    if (!change)
        return std::nullopt;
    return std::make_pair(change->second, change->first);
}

template<typename T, typename Key>
std::vector<EntityChange<T>> entityChanges(const std::vector<T> &before, const std::vector<T> &after, Key key)
{
    QHash<QString, int> beforeIndex;
    for (size_t i = 0; i < before.size(); ++i)
        beforeIndex.insert(key(before[i]), int(i));
    QSet<QString> kept;
    std::vector<EntityChange<T>> changes;
    for (size_t i = 0; i < after.size(); ++i) {
        const QString id = key(after[i]);
        kept.insert(id);
        const int b = beforeIndex.value(id, -1);
        if (b < 0)
            changes.push_back({id, int(i), std::nullopt, after[i]});
        else if (!(before[size_t(b)] == after[i]))
            changes.push_back({id, int(i), before[size_t(b)], after[i]});
    }
    for (size_t i = 0; i < before.size(); ++i)
        if (!kept.contains(key(before[i])))
            changes.push_back({key(before[i]), int(i), before[i], std::nullopt});
    return changes;
}

template<typename T>
ValueChange<T> valueChange(const T &before, const T &after)
{
    if (before == after)
        return std::nullopt;
    return std::make_pair(before, after);
}

} // namespace

DesignPatch DesignPatch::between(const Design &before, const Design &after)
{
    DesignPatch p;
    p.hosts = entityChanges(before.hosts, after.hosts, [](const Host &h) { return h.id; });
    p.zones = entityChanges(before.zones, after.zones, [](const Zone &z) { return z.id; });
    p.sites = entityChanges(before.sites, after.sites, [](const Site &s) { return s.code; });
    p.firewalls = entityChanges(before.firewalls, after.firewalls, [](const Firewall &f) { return f.id; });
    p.routes = valueChange(before.routes, after.routes);
    p.links = valueChange(before.links, after.links);
    p.boundaryGroups = valueChange(before.boundaryGroups, after.boundaryGroups);
    if (before.reviews != after.reviews || before.reviewCursor != after.reviewCursor)
        p.reviews = std::make_pair(std::make_pair(before.reviews, before.reviewCursor),
                                   std::make_pair(after.reviews, after.reviewCursor));
    p.verifications = valueChange(before.verifications, after.verifications);
    p.name = valueChange(before.name, after.name);
    p.settings = valueChange(before.settings, after.settings);
    p.changeRequest = valueChange(before.changeRequest, after.changeRequest);
    p.catalog = valueChange(before.catalog, after.catalog);
    return p;
}

bool DesignPatch::isEmpty() const
{
    auto sameEntities = [](const auto &list) {
        for (const auto &c : list)
            if (!(c.before == c.after))
                return false;
        return true;
    };
    auto sameValue = [](const auto &v) { return !v || v->first == v->second; };
    return sameEntities(hosts) && sameEntities(zones) && sameEntities(sites) && sameEntities(firewalls)
        && sameValue(routes) && sameValue(links)
        && sameValue(boundaryGroups) && sameValue(reviews) && sameValue(verifications) && sameValue(name) && sameValue(settings)
        && sameValue(changeRequest) && sameValue(catalog);
}

DesignPatch DesignPatch::inverted() const
{
    DesignPatch p;
    p.hosts = invert(hosts);
    p.zones = invert(zones);
    p.sites = invert(sites);
    p.firewalls = invert(firewalls);
    p.routes = invert(routes);
    p.links = invert(links);
    p.boundaryGroups = invert(boundaryGroups);
    p.reviews = invert(reviews);
    p.verifications = invert(verifications);
    p.name = invert(name);
    p.settings = invert(settings);
    p.changeRequest = invert(changeRequest);
    p.catalog = invert(catalog);
    return p;
}

namespace {

/// Replacements only, of the same ids in the same order.
template<typename T>
bool sameReplacements(const std::vector<EntityChange<T>> &a, const std::vector<EntityChange<T>> &b)
{
    if (a.size() != b.size())
        return false;
    for (size_t i = 0; i < a.size(); ++i)
        if (a[i].id != b[i].id || !a[i].before || !a[i].after || !b[i].before || !b[i].after)
            return false;
    return true;
}

/// A move of the review cursor and nothing else (the decisions unchanged).
bool cursorOnly(const DesignPatch &p)
{
    return p.hosts.empty() && p.zones.empty() && p.sites.empty() && p.firewalls.empty() && !p.routes && !p.links
        && !p.boundaryGroups && !p.verifications && !p.name && !p.settings && !p.changeRequest && !p.catalog && p.reviews
        && p.reviews->first.first == p.reviews->second.first;
}

template<typename T>
void takeAfters(std::vector<EntityChange<T>> &into, const std::vector<EntityChange<T>> &from)
{
    for (size_t i = 0; i < into.size(); ++i)
        into[i].after = from[i].after;
}

} // namespace

bool DesignPatch::absorb(const DesignPatch &later)
{
    if (cursorOnly(*this) && cursorOnly(later)) {
        reviews->second = later.reviews->second;
        return true;
    }
    const bool valuesUntouched = !links && !later.links && !boundaryGroups && !later.boundaryGroups && !reviews
        && !later.reviews && !name && !later.name && !settings && !later.settings && !changeRequest
        && !later.changeRequest && !catalog && !later.catalog && !routes && !later.routes && !verifications
        && !later.verifications;
    if (!valuesUntouched || !sameReplacements(hosts, later.hosts) || !sameReplacements(zones, later.zones)
        || !sameReplacements(sites, later.sites) || !sameReplacements(firewalls, later.firewalls))
        return false;
    takeAfters(hosts, later.hosts);
    takeAfters(zones, later.zones);
    takeAfters(sites, later.sites);
    takeAfters(firewalls, later.firewalls);
    return true;
}

} // namespace pp::commands
