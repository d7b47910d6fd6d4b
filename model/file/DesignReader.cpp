// Reading .portplan files: JSON syntax, then shape and types (here), then
// cross-references (checkDesign, in DesignCheck.cpp).
#include "model/file/DesignReader.h"

#include "model/catalog/Catalog.h"
#include "model/file/DesignCheck.h"
#include "model/file/DesignFile.h"
#include "model/file/FirewallReader.h"
#include "model/file/GroupsAndReviewsReader.h"
#include "model/file/VerificationReader.h"

#include <QFile>
#include <QFileInfo>
#include <QRegularExpression>

#include <cmath>

namespace pp {

using Json = nlohmann::ordered_json;

namespace {

using io::JsonReader;
using io::extrasOf;

void readSites(JsonReader &r, const Json &array, Design &d)
{
    for (size_t i = 0; i < array.size(); ++i) {
        const QString path = JsonReader::at(QStringLiteral("sites"), i);
        const Json &o = array[i];
        if (!r.isObject(o, path))
            continue;
        Site s;
        s.code = r.string(o, "code", path, true);
        const QString type = r.string(o, "type", path, true);
        if (auto t = siteTypeFromName(type))
            s.type = *t;
        else if (!type.isEmpty())
            r.fail(JsonReader::at(path, "type"),
                   QStringLiteral("unknown site type \"%1\" (cas, primary or secondary)").arg(type));
        s.parent = r.string(o, "parent", path);
        s.name = r.string(o, "name", path);
        s.wakeOnLan = r.boolean(o, "wakeOnLan", path);
        s.wakeUpProxy = r.boolean(o, "wakeUpProxy", path);
        s.internetProxy = r.string(o, "internetProxy", path);
        s.winPePeerCache = r.boolean(o, "winPePeerCache", path);
        s.expressUpdates = r.boolean(o, "expressUpdates", path);
        Json rest = Json::object();
        r.portSettings(o, path, s.ports, rest,
                       {"code", "type", "parent", "name", "wakeOnLan", "wakeUpProxy", "internetProxy",
                        "winPePeerCache", "expressUpdates"});
        s.extras = rest.empty() ? Json() : rest;
        d.sites.push_back(std::move(s));
    }
}

void readZones(JsonReader &r, const Json &array, Design &d)
{
    for (size_t i = 0; i < array.size(); ++i) {
        const QString path = JsonReader::at(QStringLiteral("zones"), i);
        const Json &o = array[i];
        if (!r.isObject(o, path))
            continue;
        Zone z;
        z.id = r.string(o, "id", path, true);
        z.name = r.string(o, "name", path);
        const QString kind = r.string(o, "kind", path, true);
        if (auto k = zoneKindFromName(kind))
            z.kind = *k;
        else if (!kind.isEmpty())
            r.fail(JsonReader::at(path, "kind"),
                   QStringLiteral("unknown zone kind \"%1\" (%2)").arg(kind, zoneKindNames()));
        z.subnets = r.stringList(o, "subnets", path);
        const auto rect = r.numbers(o, "rect", path, 4);
        if (rect.size() == 4) {
            z.rect = QRectF(rect[0], rect[1], rect[2], rect[3]);
            if (rect[2] < 0 || rect[3] < 0)
                r.fail(JsonReader::at(path, "rect"), QStringLiteral("width and height must not be negative"));
        }
        z.color = r.string(o, "color", path);
        z.extras = extrasOf(o, {"id", "name", "kind", "subnets", "rect", "color"});
        d.zones.push_back(std::move(z));
    }
}

/// Host options of the current-branch catalog's roles (CMG, pull DP, data
/// warehouse service point).
void readCurrentBranchOptions(JsonReader &r, const Json &o, const QString &path, HostOptions &opt)
{
    if (auto it = o.find("cmgInstances"); it != o.end() && !it->is_null()) {
        if ((it->is_number_integer() || it->is_number_unsigned()) && it->get<long long>() >= 1
            && it->get<long long>() <= 16)
            opt.cmgInstances = int(it->get<long long>());
        else
            r.fail(JsonReader::at(path, "cmgInstances"), QStringLiteral("expected a whole number from 1 to 16"));
    }
    opt.cmgDeployment = r.string(o, "cmgDeployment", path);
    if (!opt.cmgDeployment.isEmpty() && opt.cmgDeployment != QLatin1String("scaleSet")
        && opt.cmgDeployment != QLatin1String("classic"))
        r.fail(JsonReader::at(path, "cmgDeployment"),
               QStringLiteral("expected scaleSet or classic, not \"%1\"").arg(opt.cmgDeployment));
    opt.pullSources = r.stringList(o, "pullSources", path);
    opt.warehouseDatabase = r.string(o, "warehouseDatabase", path);
}

void readOptions(JsonReader &r, const Json &o, const QString &path, HostOptions &opt)
{
    if (!r.isObject(o, path))
        return;
    opt.pxe = r.boolean(o, "pxe", path);
    opt.multicast = r.boolean(o, "multicast", path);
    opt.siteServerInitiates = r.boolean(o, "siteServerInitiates", path);
    opt.workgroup = r.boolean(o, "workgroup", path);
    opt.azureLoadBalancer = r.boolean(o, "azureLoadBalancer", path);
    opt.sqlInstance = r.string(o, "sqlInstance", path);
    const QString cc = r.string(o, "clientConnections", path);
    if (!cc.isEmpty()) {
        if (auto c = clientConnectionsFromName(cc))
            opt.clientConnections = *c;
        else
            r.fail(JsonReader::at(path, "clientConnections"),
                   QStringLiteral("expected intranet, internet or both, not \"%1\"").arg(cc));
    }
    readCurrentBranchOptions(r, o, path, opt);
    Json rest = Json::object();
    r.portSettings(o, path, opt.ports, rest,
                   {"pxe", "multicast", "siteServerInitiates", "workgroup", "azureLoadBalancer",
                    "sqlInstance", "clientConnections", "cmgInstances", "cmgDeployment", "pullSources",
                    "warehouseDatabase"});
    opt.extras = rest.empty() ? Json() : rest;
}

void readHosts(JsonReader &r, const Json &array, Design &d)
{
    d.hosts.reserve(array.size());
    for (size_t i = 0; i < array.size(); ++i) {
        const QString path = JsonReader::at(QStringLiteral("hosts"), i);
        const Json &o = array[i];
        if (!r.isObject(o, path))
            continue;
        Host h;
        h.id = r.string(o, "id", path, true);
        h.name = r.string(o, "name", path);
        h.zone = r.string(o, "zone", path, true);
        h.site = r.string(o, "site", path);
        h.roles = r.stringList(o, "roles", path);
        h.addresses = r.stringList(o, "addresses", path);
        const auto pos = r.numbers(o, "pos", path, 2);
        if (pos.size() == 2)
            h.pos = QPointF(pos[0], pos[1]);
        if (auto it = o.find("count"); it != o.end() && !it->is_null()) {
            if ((it->is_number_integer() || it->is_number_unsigned()) && it->get<long long>() >= 1
                && it->get<long long>() <= 10'000'000)
                h.count = int(it->get<long long>());
            else
                r.fail(JsonReader::at(path, "count"), QStringLiteral("expected a whole number from 1 to 10000000"));
        }
        if (auto it = o.find("options"); it != o.end() && !it->is_null())
            readOptions(r, *it, JsonReader::at(path, "options"), h.options);
        h.extras = extrasOf(o, {"id", "name", "zone", "site", "roles", "addresses", "pos", "count", "options"});
        d.hosts.push_back(std::move(h));
    }
}

void readLinks(JsonReader &r, const Json &array, Design &d)
{
    for (size_t i = 0; i < array.size(); ++i) {
        const QString path = JsonReader::at(QStringLiteral("links"), i);
        const Json &o = array[i];
        if (!r.isObject(o, path))
            continue;
        Link l;
        l.id = r.string(o, "id", path);
        const QString kind = r.string(o, "kind", path);
        if (kind == QLatin1String("exclude"))
            l.kind = LinkKind::Exclude;
        else if (!kind.isEmpty() && kind != QLatin1String("add"))
            r.fail(JsonReader::at(path, "kind"), QStringLiteral("expected add or exclude, not \"%1\"").arg(kind));
        l.from = r.string(o, "from", path, true);
        l.to = r.string(o, "to", path, true);
        l.ref = r.string(o, "ref", path);
        l.comment = r.string(o, "comment", path);
        if (auto it = o.find("ports"); it != o.end() && !it->is_null()) {
            const QString portsPath = JsonReader::at(path, "ports");
            if (!it->is_array()) {
                r.fail(portsPath, QStringLiteral("expected an array"));
            } else {
                for (size_t j = 0; j < it->size(); ++j) {
                    const QString pp = JsonReader::at(portsPath, j);
                    const Json &p = (*it)[j];
                    if (!r.isObject(p, pp))
                        continue;
                    LinkPort port;
                    const QString proto = r.string(p, "protocol", pp, true);
                    if (auto pr = protocolFromName(proto))
                        port.protocol = *pr;
                    else if (!proto.isEmpty())
                        r.fail(JsonReader::at(pp, "protocol"), QStringLiteral("expected TCP, UDP or ICMP"));
                    if (port.protocol != Protocol::Icmp) {
                        if (auto v = p.find("port"); v != p.end())
                            port.range = r.portValue(*v, JsonReader::at(pp, "port"), true).value_or(PortRange{});
                        else
                            r.fail(JsonReader::at(pp, "port"), QStringLiteral("is required"));
                    }
                    l.ports.push_back(port);
                }
            }
        }
        l.extras = extrasOf(o, {"id", "kind", "from", "to", "ref", "ports", "comment"});
        d.links.push_back(std::move(l));
    }
}

std::pair<int, int> lineColumn(const QByteArray &bytes, size_t byteOffset)
{
    int line = 1;
    int column = 1;
    const size_t end = std::min(byteOffset, size_t(bytes.size()));
    for (size_t i = 0; i + 1 < end; ++i) {
        const char c = bytes[qsizetype(i)];
        if (c == '\n') {
            ++line;
            column = 1;
        } else if ((c & 0xC0) != 0x80) { // count characters, not UTF-8 continuation bytes
            ++column;
        }
    }
    return {line, column};
}

const Json *arrayField(JsonReader &r, const Json &doc, const char *key)
{
    auto it = doc.find(key);
    if (it == doc.end() || it->is_null())
        return nullptr;
    if (!it->is_array()) {
        r.fail(QString::fromLatin1(key), QStringLiteral("expected an array"));
        return nullptr;
    }
    return &*it;
}

/// The JSON tree, or the syntax error (with line and column) that stops it.
std::optional<Json> parseJson(const QByteArray &bytes, QVector<LoadError> &errors)
{
    // The callback bounds nesting before a hostile file can exhaust the stack
    // of whatever later walks the tree.
    const Json::parser_callback_t depthGuard = [](int depth, Json::parse_event_t, Json &) {
        if (depth > DesignFile::MaxDepth)
            throw std::length_error("nesting");
        return true;
    };
    try {
        return Json::parse(bytes.constBegin(), bytes.constEnd(), depthGuard);
    } catch (const Json::parse_error &e) {
        LoadError err;
        err.kind = LoadError::Kind::Syntax;
        const auto [line, column] = lineColumn(bytes, e.byte);
        err.line = line;
        err.column = column;
        QString what = QString::fromUtf8(e.what());
        // nlohmann's text: "[json.exception.parse_error.101] parse error at line 1, column 2: syntax error while parsing value - invalid literal; last read: 'x'"
        const int colon = what.indexOf(QLatin1String(": "), what.indexOf(QLatin1String("column")));
        err.message = QStringLiteral("malformed JSON: ")
            + (colon > 0 ? what.mid(colon + 2) : what);
        errors << err;
    } catch (const std::length_error &) {
        errors << LoadError::of(LoadError::Kind::Invalid,
                                QStringLiteral("JSON nested deeper than %1 levels; not a PortPlanner design")
                                    .arg(DesignFile::MaxDepth));
    } catch (const Json::exception &e) {
        // E.g. a number too large for a double ("1e400"): nlohmann reports it
        // as out_of_range, not as a parse error.
        QString what = QString::fromUtf8(e.what());
        static const QRegularExpression exceptionTag(QStringLiteral("^\\[json\\.exception\\.[a-z_]+\\.\\d+\\] "));
        what.remove(exceptionTag);
        errors << LoadError::of(LoadError::Kind::Syntax, QStringLiteral("malformed JSON: ") + what);
    } catch (const std::bad_alloc &) {
        errors << LoadError::of(LoadError::Kind::Io, QStringLiteral("not enough memory to read this file"));
    }
    return std::nullopt;
}

/// Why `doc` is not a design this version reads, if it is not.
std::optional<LoadError> refusal(const Json &doc)
{
    if (!doc.is_object() || doc.value("format", Json()) != "portplanner-design")
        return LoadError::of(LoadError::Kind::NotADesign,
                             QStringLiteral("this is not a PortPlanner design (no \"format\": \"portplanner-design\")"));
    const Json version = doc.value("version", Json());
    if (!version.is_number_integer() && !version.is_number_unsigned())
        return LoadError::of(LoadError::Kind::NotADesign, QStringLiteral("the design has no version number"));
    if (version.get<long long>() > DesignFile::CurrentVersion)
        return LoadError::of(LoadError::Kind::NewerVersion,
                             QStringLiteral("this design is format version %1, written by a newer PortPlanner; "
                                            "this version reads up to %2. Nothing was changed.")
                                 .arg(version.get<long long>()).arg(DesignFile::CurrentVersion));
    if (version.get<long long>() < 1)
        return LoadError::of(LoadError::Kind::NotADesign, QStringLiteral("version %1 is not a valid design version")
                                                               .arg(version.get<long long>()));
    return std::nullopt;
}

void readSettings(JsonReader &r, const Json &doc, Design &d)
{
    if (auto it = doc.find("settings"); it != doc.end() && !it->is_null() && r.isObject(*it, QStringLiteral("settings"))) {
        Json rest = Json::object();
        r.portSettings(*it, QStringLiteral("settings"), d.settings.ports, rest, {});
        d.settings.extras = rest.empty() ? Json() : rest;
    }
}

/// "groupNames": {"DC_SiteServers": "TPE_CM_Servers"}: the user's renames
/// of object and service groups; each value a non-empty string.
void readGroupNames(JsonReader &r, const Json &request, ChangeRequestInfo &cr)
{
    const auto it = request.find("groupNames");
    const QString path = QStringLiteral("changeRequest.groupNames");
    if (it == request.end() || it->is_null() || !r.isObject(*it, path))
        return;
    for (const auto &[key, value] : it->items()) {
        const QString from = QString::fromStdString(key);
        const QString where = path + QLatin1Char('.') + from;
        if (!value.is_string()) {
            r.fail(where, QStringLiteral("expected a string"));
            continue;
        }
        const QString to = QString::fromStdString(value.get<std::string>()).trimmed();
        if (to.isEmpty())
            r.fail(where, QStringLiteral("a group's new name must not be empty"));
        else
            cr.groupNames.insert(from, to);
    }
}

void readChangeRequest(JsonReader &r, const Json &doc, Design &d)
{
    if (auto it = doc.find("changeRequest"); it != doc.end() && !it->is_null()
        && r.isObject(*it, QStringLiteral("changeRequest"))) {
        const QString path = QStringLiteral("changeRequest");
        ChangeRequestInfo &cr = d.changeRequest;
        cr.ticket = r.string(*it, "ticket", path);
        cr.requester = r.string(*it, "requester", path);
        cr.owner = r.string(*it, "owner", path);
        cr.requestedDate = r.string(*it, "requestedDate", path);
        cr.reviewDate = r.string(*it, "reviewDate", path);
        cr.window = r.string(*it, "window", path);
        readGroupNames(r, *it, cr);
        cr.extras = extrasOf(*it, {"ticket", "requester", "owner", "requestedDate", "reviewDate", "window",
                                   "groupNames"});
    }
}

/// Every field of a design document (format and version already checked).
Design readDesign(JsonReader &r, const Json &doc, const Catalog &catalog)
{
    Design d;
    d.name = r.string(doc, "name", QString());
    d.catalog = r.string(doc, "catalog", QString());
    if (d.catalog.isEmpty())
        d.catalog = catalog.id();
    readSettings(r, doc, d);
    readChangeRequest(r, doc, d);
    if (const Json *a = arrayField(r, doc, "sites"))
        readSites(r, *a, d);
    if (const Json *a = arrayField(r, doc, "zones"))
        readZones(r, *a, d);
    if (const Json *a = arrayField(r, doc, "hosts"))
        readHosts(r, *a, d);
    if (const Json *a = arrayField(r, doc, "links"))
        readLinks(r, *a, d);
    if (const Json *a = arrayField(r, doc, "boundaryGroups"))
        io::readBoundaryGroups(r, *a, d);
    if (const Json *a = arrayField(r, doc, "firewalls"))
        io::readFirewalls(r, *a, d);
    if (const Json *a = arrayField(r, doc, "routes"))
        io::readRoutes(r, *a, d);
    if (const Json *a = arrayField(r, doc, "reviews"))
        io::readReviews(r, *a, d);
    d.reviewCursor = r.string(doc, "reviewCursor", QString());
    if (const Json *a = arrayField(r, doc, "verifications"))
        io::readVerifications(r, *a, d);
    d.extras = extrasOf(doc, {"format", "version", "name", "catalog", "settings", "changeRequest", "sites", "zones",
                              "hosts", "links", "reviews", "boundaryGroups", "firewalls",
                              "routes", "reviewCursor", "verifications"});
    return d;
}

} // namespace

LoadResult DesignReader::load(const QString &path, const Catalog &catalog)
{
    LoadResult result;
    QFile file(path);
    auto ioError = [&](const QString &message) {
        result.errors << LoadError::of(LoadError::Kind::Io, message);
        return result;
    };
    if (QFileInfo(path).isDir())
        return ioError(QStringLiteral("%1 is a folder, not a design file").arg(path));
    if (!file.open(QIODevice::ReadOnly))
        return ioError(QStringLiteral("cannot open %1: %2").arg(path, file.errorString()));
    if (file.size() > DesignFile::MaxFileSize)
        return ioError(QStringLiteral("%1 is %2 MB; designs larger than %3 MB are refused")
                           .arg(path).arg(file.size() / (1024 * 1024)).arg(DesignFile::MaxFileSize / (1024 * 1024)));
    const QByteArray bytes = file.readAll();
    if (file.error() != QFileDevice::NoError)
        return ioError(QStringLiteral("cannot read %1: %2").arg(path, file.errorString()));
    return parse(bytes, catalog);
}

LoadResult DesignReader::parse(const QByteArray &bytes, const Catalog &catalog)
{
    LoadResult result;
    const std::optional<Json> doc = parseJson(bytes, result.errors);
    if (!doc)
        return result;
    if (const std::optional<LoadError> refused = refusal(*doc)) {
        result.errors << *refused;
        return result;
    }
    JsonReader r(result.errors);
    Design d = readDesign(r, *doc, catalog);
    // Cross-reference checks run even after shape errors, so one pass over a
    // broken file reports everything there is to fix.
    result.errors += checkDesign(d, catalog);
    if (result.errors.isEmpty())
        result.design = std::move(d);
    return result;
}

} // namespace pp
