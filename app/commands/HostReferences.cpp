#include "app/commands/HostReferences.h"

namespace pp::commands {

namespace {

/// `options` without the names `keep` refuses; true when any went.
template<typename Keep> bool filterNamedHosts(HostOptions &options, Keep keep)
{
    const qsizetype sources = options.pullSources.size();
    options.pullSources.erase(std::remove_if(options.pullSources.begin(), options.pullSources.end(),
                                             [&](const QString &id) { return !keep(id); }),
                              options.pullSources.end());
    bool changed = options.pullSources.size() != sources;
    if (!options.warehouseDatabase.isEmpty() && !keep(options.warehouseDatabase)) {
        options.warehouseDatabase.clear();
        changed = true;
    }
    return changed;
}

} // namespace

void dropHostOptionReferences(const Design &design, const QSet<QString> &removed, DesignPatch &patch)
{
    for (size_t i = 0; i < design.hosts.size(); ++i) {
        const Host &h = design.hosts[i];
        if (removed.contains(h.id))
            continue;
        Host after = h;
        if (filterNamedHosts(after.options, [&](const QString &id) { return !removed.contains(id); }))
            patch.hosts.push_back({h.id, int(i), h, after});
    }
}

void remapHostOptionReferences(HostOptions &options, const QHash<QString, QString> &newIds, const Design &design)
{
    auto follow = [&](QString &id) { id = newIds.value(id, id); };
    for (QString &source : options.pullSources)
        follow(source);
    follow(options.warehouseDatabase);
    const QSet<QString> pasted(newIds.cbegin(), newIds.cend());
    filterNamedHosts(options, [&](const QString &id) { return pasted.contains(id) || design.hostIndex(id) >= 0; });
}

} // namespace pp::commands
