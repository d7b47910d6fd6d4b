#include "app/commands/Fragment.h"

#include "model/file/DesignFile.h"
#include "model/file/DesignJson.h"

namespace pp::commands {

namespace {

/// Extra top-level key of a fragment: which of its zones were taken whole.
constexpr const char *wholeZonesKey = "pastedZones";

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
    nlohmann::ordered_json json = designJson(fragment);
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
    return f;
}

} // namespace pp::commands
