// Writing .portplan files: a fixed key order per object and the document's
// own element order, so that saving twice gives identical bytes and an edit
// shows up in git as the lines it touched.
#include "model/file/DesignWriter.h"

#include "model/file/DesignFile.h"
#include "model/file/DesignJson.h"

#include <QSaveFile>

#include <cmath>

namespace pp {

using Json = nlohmann::ordered_json;

namespace {

Json number(double v)
{
    // Scene coordinates are usually whole numbers; write them without ".0".
    if (std::abs(v) < 1e15 && std::floor(v) == v)
        return Json(static_cast<long long>(v));
    return Json(v);
}

Json str(const QString &s)
{
    return Json(s.toStdString());
}

Json strOrNull(const QString &s)
{
    return s.isEmpty() ? Json() : str(s);
}

Json strings(const QStringList &list)
{
    Json a = Json::array();
    for (const auto &s : list)
        a.push_back(s.toStdString());
    return a;
}

void putPorts(Json &o, const PortSettings &ports)
{
    for (int i = 0; i < SettingCount; ++i) {
        const auto s = Setting(i);
        if (const auto &v = ports.value(s)) {
            const std::string key = settingKey(s).toStdString();
            if (settingIsRange(s) || !v->isSingle())
                o[key] = v->toString().toStdString();
            else
                o[key] = v->first;
        }
    }
}

void putExtras(Json &o, const Extras &kept)
{
    const Json &extras = kept.json();
    if (!extras.is_object())
        return;
    for (auto it = extras.begin(); it != extras.end(); ++it)
        if (!o.contains(it.key()))
            o[it.key()] = *it;
}

template<typename T>
void putOptional(Json &o, const char *key, const std::optional<T> &v)
{
    if (v)
        o[key] = *v;
}

/// A key the file holds only when it has a value: files that do not use it
/// stay as they were before it existed.
void putNonEmpty(Json &o, const char *key, const QString &text)
{
    if (!text.isEmpty())
        o[key] = str(text);
}

void putNonEmpty(Json &o, const char *key, const QStringList &list)
{
    if (!list.isEmpty())
        o[key] = strings(list);
}

/// A JSON array of `items`, each written by `toJson`, in the document's order.
template<typename Items, typename ToJson>
Json arrayOf(const Items &items, ToJson toJson)
{
    Json a = Json::array();
    for (const auto &item : items)
        a.push_back(toJson(item));
    return a;
}

Json siteJson(const Site &s)
{
    Json o = Json::object();
    o["code"] = str(s.code);
    o["type"] = str(siteTypeName(s.type));
    o["parent"] = strOrNull(s.parent);
    putNonEmpty(o, "name", s.name);
    putPorts(o, s.ports);
    putOptional(o, "wakeOnLan", s.wakeOnLan);
    putOptional(o, "wakeUpProxy", s.wakeUpProxy);
    putNonEmpty(o, "internetProxy", s.internetProxy);
    putOptional(o, "winPePeerCache", s.winPePeerCache);
    putOptional(o, "expressUpdates", s.expressUpdates);
    putExtras(o, s.extras);
    return o;
}

Json zoneJson(const Zone &z)
{
    Json o = Json::object();
    o["id"] = str(z.id);
    o["name"] = str(z.name);
    o["kind"] = str(zoneKindName(z.kind));
    o["subnets"] = strings(z.subnets);
    o["rect"] = Json::array({number(z.rect.x()), number(z.rect.y()), number(z.rect.width()),
                             number(z.rect.height())});
    putNonEmpty(o, "color", z.color);
    putExtras(o, z.extras);
    return o;
}

Json optionsJson(const HostOptions &opt)
{
    Json o = Json::object();
    putOptional(o, "pxe", opt.pxe);
    putOptional(o, "multicast", opt.multicast);
    putOptional(o, "siteServerInitiates", opt.siteServerInitiates);
    putOptional(o, "workgroup", opt.workgroup);
    putOptional(o, "azureLoadBalancer", opt.azureLoadBalancer);
    putNonEmpty(o, "sqlInstance", opt.sqlInstance);
    if (opt.clientConnections)
        o["clientConnections"] = str(clientConnectionsName(*opt.clientConnections));
    if (opt.cmgInstances)
        o["cmgInstances"] = *opt.cmgInstances;
    putNonEmpty(o, "cmgDeployment", opt.cmgDeployment);
    putNonEmpty(o, "pullSources", opt.pullSources);
    putNonEmpty(o, "warehouseDatabase", opt.warehouseDatabase);
    putPorts(o, opt.ports);
    putExtras(o, opt.extras);
    return o;
}

Json linkPortJson(const LinkPort &p)
{
    Json port = Json::object();
    port["protocol"] = str(protocolName(p.protocol));
    if (p.protocol != Protocol::Icmp) {
        if (p.range.isSingle())
            port["port"] = p.range.first;
        else
            port["port"] = p.range.toString().toStdString();
    }
    return port;
}

Json linkJson(const Link &l)
{
    Json o = Json::object();
    putNonEmpty(o, "id", l.id);
    o["kind"] = l.kind == LinkKind::Exclude ? "exclude" : "add";
    o["from"] = str(l.from);
    o["to"] = str(l.to);
    putNonEmpty(o, "ref", l.ref);
    if (!l.ports.empty())
        o["ports"] = arrayOf(l.ports, linkPortJson);
    putNonEmpty(o, "comment", l.comment);
    putExtras(o, l.extras);
    return o;
}

Json fallbackJson(const BoundaryFallback &f)
{
    Json fb = Json::object();
    fb["to"] = str(f.to);
    fb["roles"] = strings(f.roles);
    if (f.never)
        fb["never"] = true;
    putOptional(fb, "minutes", f.minutes);
    putExtras(fb, f.extras);
    return fb;
}

Json boundaryGroupJson(const BoundaryGroup &g)
{
    Json o = Json::object();
    o["id"] = str(g.id);
    o["name"] = str(g.name);
    o["zones"] = strings(g.zones);
    o["subnets"] = strings(g.subnets);
    o["site"] = strOrNull(g.site);
    o["systems"] = strings(g.systems);
    o["fallback"] = arrayOf(g.fallback, fallbackJson);
    putOptional(o, "fallbackToDefault", g.fallbackToDefault);
    putExtras(o, g.extras);
    return o;
}

Json interfaceJson(const FirewallInterface &i)
{
    Json iface = Json::object();
    iface["id"] = str(i.id);
    iface["zone"] = str(i.zone);
    putNonEmpty(iface, "name", i.name);
    putExtras(iface, i.extras);
    return iface;
}

Json firewallJson(const Firewall &fw)
{
    Json o = Json::object();
    o["id"] = str(fw.id);
    o["name"] = str(fw.name);
    o["platform"] = str(platformName(fw.platform));
    putNonEmpty(o, "management", fw.management);
    o["interfaces"] = arrayOf(fw.interfaces, interfaceJson);
    o["pos"] = Json::array({number(fw.pos.x()), number(fw.pos.y())});
    putExtras(o, fw.extras);
    return o;
}

Json routeJson(const Route &r)
{
    Json o = Json::object();
    o["from"] = str(r.from);
    o["to"] = str(r.to);
    o["via"] = strings(r.via);
    putExtras(o, r.extras);
    return o;
}

Json reviewJson(const ReviewDecision &rd)
{
    Json o = Json::object();
    o["key"] = str(rd.key);
    o["decision"] = str(verdictName(rd.verdict));
    o["reviewer"] = str(rd.reviewer);
    o["time"] = str(rd.time);
    o["comment"] = str(rd.comment);
    putNonEmpty(o, "fingerprint", rd.fingerprint);
    putExtras(o, rd.extras);
    return o;
}

Json verificationJson(const VerificationRecord &v)
{
    Json o = Json::object();
    o["key"] = str(v.key);
    o["result"] = str(verificationResultName(v.result));
    o["time"] = str(v.time);
    o["source"] = str(v.source);
    o["fingerprint"] = str(v.fingerprint);
    o["passed"] = v.passed;
    o["failed"] = v.failed;
    o["untested"] = v.untested;
    putNonEmpty(o, "failures", v.failures);
    putExtras(o, v.extras);
    return o;
}

} // namespace

Json hostJson(const Host &h)
{
    Json o = Json::object();
    o["id"] = str(h.id);
    o["name"] = str(h.name);
    o["zone"] = str(h.zone);
    o["site"] = strOrNull(h.site);
    o["roles"] = strings(h.roles);
    o["addresses"] = strings(h.addresses);
    o["pos"] = Json::array({number(h.pos.x()), number(h.pos.y())});
    putOptional(o, "count", h.count);
    o["options"] = optionsJson(h.options);
    putExtras(o, h.extras);
    return o;
}

Json designJson(const Design &d)
{
    Json o = Json::object();
    o["format"] = "portplanner-design";
    o["version"] = DesignFile::CurrentVersion;
    o["name"] = str(d.name);
    o["catalog"] = str(d.catalog);
    Json settings = Json::object();
    putPorts(settings, d.settings.ports);
    putExtras(settings, d.settings.extras);
    o["settings"] = settings;
    if (!d.changeRequest.isEmpty()) {
        const ChangeRequestInfo &cr = d.changeRequest;
        Json req = Json::object();
        for (const auto &[key, value] : {std::pair{"ticket", cr.ticket}, std::pair{"requester", cr.requester},
                                         std::pair{"owner", cr.owner}, std::pair{"requestedDate", cr.requestedDate},
                                         std::pair{"reviewDate", cr.reviewDate}, std::pair{"window", cr.window}})
            putNonEmpty(req, key, value);
        if (!cr.groupNames.isEmpty()) {
            Json names = Json::object();
            for (auto it = cr.groupNames.cbegin(); it != cr.groupNames.cend(); ++it)
                names[it.key().toStdString()] = str(it.value());
            req["groupNames"] = names;
        }
        putExtras(req, cr.extras);
        o["changeRequest"] = req;
    }
    o["sites"] = arrayOf(d.sites, siteJson);
    o["zones"] = arrayOf(d.zones, zoneJson);
    o["hosts"] = arrayOf(d.hosts, hostJson);
    o["links"] = arrayOf(d.links, linkJson);
    // Rule 10's keys only when used: a design without firewalls saves
    // exactly as it did before they existed.
    if (!d.firewalls.empty())
        o["firewalls"] = arrayOf(d.firewalls, firewallJson);
    if (!d.routes.empty())
        o["routes"] = arrayOf(d.routes, routeJson);
    o["boundaryGroups"] = arrayOf(d.boundaryGroups, boundaryGroupJson);
    o["reviews"] = arrayOf(d.reviews, reviewJson);
    putNonEmpty(o, "reviewCursor", d.reviewCursor);
    // Issue 15: only once results were imported, so older designs save as before.
    if (!d.verifications.empty())
        o["verifications"] = arrayOf(d.verifications, verificationJson);
    putExtras(o, d.extras);
    return o;
}

namespace {

bool isScalar(const Json &v)
{
    return !v.is_object() && !v.is_array();
}

/// Arrays of scalars and small flat objects go on one line; the rest nests.
bool inlineable(const Json &v)
{
    if (isScalar(v))
        return true;
    for (const auto &e : v)
        if (!isScalar(e))
            return false;
    return v.is_array() || v.dump().size() <= 72;
}

void write(std::string &out, const Json &v, int indent)
{
    if (inlineable(v)) {
        // dump() of a flat container puts no spaces after separators; add them
        // for readability without touching string contents.
        if (isScalar(v)) {
            out += v.dump(-1, ' ', false, Json::error_handler_t::replace);
            return;
        }
        const bool object = v.is_object();
        out += object ? '{' : '[';
        bool first = true;
        for (auto it = v.begin(); it != v.end(); ++it) {
            if (!first)
                out += ", ";
            first = false;
            if (object) {
                out += Json(it.key()).dump();
                out += ": ";
            }
            out += it->dump(-1, ' ', false, Json::error_handler_t::replace);
        }
        out += object ? '}' : ']';
        return;
    }
    const std::string pad(size_t(indent + 2), ' ');
    const bool object = v.is_object();
    out += object ? "{\n" : "[\n";
    bool first = true;
    for (auto it = v.begin(); it != v.end(); ++it) {
        if (!first)
            out += ",\n";
        first = false;
        out += pad;
        if (object) {
            out += Json(it.key()).dump();
            out += ": ";
        }
        write(out, *it, indent + 2);
    }
    out += '\n';
    out += std::string(size_t(indent), ' ');
    out += object ? '}' : ']';
}

} // namespace

QByteArray serializeJson(const Json &doc)
{
    std::string out;
    write(out, doc, 0);
    out += '\n';
    return QByteArray::fromStdString(out);
}

QByteArray DesignWriter::serialize(const Design &design)
{
    return serializeJson(designJson(design));
}

bool DesignWriter::save(const Design &design, const QString &path, QString *error)
{
    const QByteArray bytes = serialize(design);
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly)) {
        if (error)
            *error = QStringLiteral("cannot write %1: %2").arg(path, file.errorString());
        return false;
    }
    if (file.write(bytes) != bytes.size()) {
        if (error)
            *error = QStringLiteral("cannot write %1: %2").arg(path, file.errorString());
        file.cancelWriting();
        return false;
    }
    if (!file.commit()) {
        if (error)
            *error = QStringLiteral("cannot save %1: %2 (the previous file is unchanged)")
                         .arg(path, file.errorString());
        return false;
    }
    return true;
}

} // namespace pp
