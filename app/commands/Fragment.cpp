#include "app/commands/Fragment.h"

#include "model/file/DesignFile.h"
#include "model/file/DesignJson.h"

namespace pp::commands {

namespace {

/// Extra top-level key of a fragment: which of its zones were taken whole.
constexpr const char *wholeZonesKey = "pastedZones";
/// Extra top-level key: the hosts each copied host names in its options
/// (pull sources, warehouse database) that the fragment does not hold. The
/// loader would refuse them inside the hosts; the paste decides what stays.
constexpr const char *namedOutsideKey = "namedOutside";

/// Takes the names of hosts outside `held` out of `h`'s options, as JSON.
nlohmann::ordered_json takeOutsideNames(Host &h, const QSet<QString> &held)
{
    nlohmann::ordered_json out = nlohmann::ordered_json::object();
    QStringList kept;
    for (const QString &id : h.options.pullSources)
        if (held.contains(id))
            kept << id;
        else
            out["pullSources"].push_back(id.toStdString());
    h.options.pullSources = kept;
    if (!h.options.warehouseDatabase.isEmpty() && !held.contains(h.options.warehouseDatabase)) {
        out["warehouseDatabase"] = h.options.warehouseDatabase.toStdString();
        h.options.warehouseDatabase.clear();
    }
    return out;
}

/// Puts the names takeOutsideNames took back into the parsed hosts.
void restoreOutsideNames(Design &d, const nlohmann::ordered_json &named)
{
    if (!named.is_object())
        return;
    for (Host &h : d.hosts) {
        const auto it = named.find(h.id.toStdString());
        if (it == named.end() || !it->is_object())
            continue;
        if (const auto s = it->find("pullSources"); s != it->end() && s->is_array())
            for (const auto &id : *s)
                if (id.is_string())
                    h.options.pullSources << QString::fromStdString(id.get<std::string>());
        if (const auto w = it->find("warehouseDatabase"); w != it->end() && w->is_string())
            h.options.warehouseDatabase = QString::fromStdString(w->get<std::string>());
    }
}

} // namespace

QByteArray fragmentJson(const Design &d, QSet<QString> hosts, const QStringList &zoneIds)
{
    Design fragment;
    fragment.name = QStringLiteral("clipboard");
    fragment.catalog = d.catalog;
    QSet<QString> zones(zoneIds.begin(), zoneIds.end());
    for (const Host &h : d.hosts)
        if (zones.contains(h.zone))
            hosts.insert(h.id);
    for (const Host &h : d.hosts)
        if (hosts.contains(h.id)) {
            fragment.hosts.push_back(h);
            zones.insert(h.zone); // the loader needs the zones its hosts name
        }
    for (const Zone &z : d.zones)
        if (zones.contains(z.id))
            fragment.zones.push_back(z);
    QSet<QString> sites;
    for (const Host &h : fragment.hosts)
        if (!h.site.isEmpty())
            sites.insert(h.site);
    for (const Site &s : d.sites)
        if (sites.contains(s.code)) {
            Site copy = s;
            copy.parent.clear(); // a fragment holds no hierarchy: the loader would want the parent too
            copy.internetProxy.clear();
            fragment.sites.push_back(copy);
        }
    QSet<QString> held;
    for (const Host &h : fragment.hosts)
        held.insert(h.id);
    nlohmann::ordered_json named = nlohmann::ordered_json::object();
    for (Host &h : fragment.hosts)
        if (nlohmann::ordered_json outside = takeOutsideNames(h, held); !outside.empty())
            named[h.id.toStdString()] = std::move(outside);
    nlohmann::ordered_json json = designJson(fragment);
    if (!named.empty())
        json[namedOutsideKey] = std::move(named);
    json[wholeZonesKey] = nlohmann::ordered_json::array();
    for (const Zone &z : d.zones) // the design's order, not the caller's
        if (zoneIds.contains(z.id))
            json[wholeZonesKey].push_back(z.id.toStdString());
    return serializeJson(json);
}

std::optional<Fragment> parseFragment(const QByteArray &bytes, const Catalog &catalog, QString *error)
{
    LoadResult loaded = DesignFile::parse(bytes, catalog);
    if (!loaded.ok()) {
        if (error)
            *error = loaded.errorText();
        return std::nullopt;
    }
    Fragment f;
    f.design = std::move(*loaded.design);
    const nlohmann::ordered_json &extras = f.design.extras.json();
    if (const auto it = extras.find(wholeZonesKey); extras.is_object() && it != extras.end() && it->is_array())
        for (const auto &z : *it)
            if (z.is_string())
                f.wholeZones.insert(QString::fromStdString(z.get<std::string>()));
    if (const auto it = extras.find(namedOutsideKey); extras.is_object() && it != extras.end())
        restoreOutsideNames(f.design, *it);
    return f;
}

} // namespace pp::commands
