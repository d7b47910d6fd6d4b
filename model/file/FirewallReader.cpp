// Reading the firewalls and routes of a design (rule 10). Shape and types
// only; which zones they name and whether a route's steps are joined by a
// firewall is checked in FirewallCheck.cpp.
#include "model/file/FirewallReader.h"

namespace pp::io {

namespace {

void readInterfaces(JsonReader &r, const Json &array, const QString &path, Firewall &fw)
{
    for (size_t j = 0; j < array.size(); ++j) {
        const QString ipath = JsonReader::at(path, j);
        const Json &o = array[j];
        if (!r.isObject(o, ipath))
            continue;
        FirewallInterface i;
        i.id = r.string(o, "id", ipath, true);
        i.zone = r.string(o, "zone", ipath); // a missing zone gets its own message in the check
        i.name = r.string(o, "name", ipath);
        i.extras = extrasOf(o, {"id", "zone", "name"});
        fw.interfaces.push_back(std::move(i));
    }
}

} // namespace

void readFirewalls(JsonReader &r, const Json &array, Design &d)
{
    for (size_t i = 0; i < array.size(); ++i) {
        const QString path = JsonReader::at(QStringLiteral("firewalls"), i);
        const Json &o = array[i];
        if (!r.isObject(o, path))
            continue;
        Firewall fw;
        fw.id = r.string(o, "id", path, true);
        fw.name = r.string(o, "name", path);
        const QString platform = r.string(o, "platform", path);
        if (auto p = platformFromName(platform))
            fw.platform = *p;
        else if (!platform.isEmpty())
            r.fail(JsonReader::at(path, "platform"),
                   QStringLiteral("unknown firewall platform \"%1\" (%2)").arg(platform, platformNames()));
        fw.management = r.string(o, "management", path);
        if (auto it = o.find("interfaces"); it != o.end() && !it->is_null()) {
            if (it->is_array())
                readInterfaces(r, *it, JsonReader::at(path, "interfaces"), fw);
            else
                r.fail(JsonReader::at(path, "interfaces"), QStringLiteral("expected an array"));
        }
        const auto pos = r.numbers(o, "pos", path, 2);
        if (pos.size() == 2)
            fw.pos = QPointF(pos[0], pos[1]);
        fw.extras = extrasOf(o, {"id", "name", "platform", "management", "interfaces", "pos"});
        d.firewalls.push_back(std::move(fw));
    }
}

void readRoutes(JsonReader &r, const Json &array, Design &d)
{
    for (size_t i = 0; i < array.size(); ++i) {
        const QString path = JsonReader::at(QStringLiteral("routes"), i);
        const Json &o = array[i];
        if (!r.isObject(o, path))
            continue;
        Route route;
        route.from = r.string(o, "from", path, true);
        route.to = r.string(o, "to", path, true);
        route.via = r.stringList(o, "via", path);
        route.extras = extrasOf(o, {"from", "to", "via"});
        d.routes.push_back(std::move(route));
    }
}

} // namespace pp::io
