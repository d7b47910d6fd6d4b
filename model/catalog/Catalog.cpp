#include "model/catalog/Catalog.h"

#include "model/catalog/CatalogNames.h"

#include <QFile>

#include <nlohmann/json.hpp>

#include <algorithm>
#include <stdexcept>

namespace pp {

using nlohmann::json;
using catalognames::conditionNames;
using catalognames::lookup;
using catalognames::roleScopeNames;
using catalognames::scopeNames;

namespace {

QString str(const json &o, const char *key)
{
    auto it = o.find(key);
    if (it == o.end() || it->is_null())
        return {};
    return QString::fromStdString(it->get<std::string>());
}

QStringList strList(const json &o, const char *key)
{
    QStringList out;
    auto it = o.find(key);
    if (it != o.end())
        for (const auto &v : *it)
            out << QString::fromStdString(v.get<std::string>());
    return out;
}

/// A note number or id. nlohmann's get<int>() cuts 2.5 to 2 and 1e12 to
/// garbage, and a float past int's range is undefined behaviour (the catalog
/// fuzzer found 4.4e28): anything but a whole number in range is refused.
int wholeNumber(const json &v, const std::string &what)
{
    constexpr long long max = 9999;
    if (!(v.is_number_integer() || v.is_number_unsigned()) || v.get<long long>() < 0 || v.get<long long>() > max)
        throw std::runtime_error(what + ": expected a whole number from 0 to " + std::to_string(max) + ", got "
                                 + v.dump());
    return int(v.get<long long>());
}

QVector<int> intList(const json &o, const char *key, const QString &where)
{
    QVector<int> out;
    auto it = o.find(key);
    if (it != o.end())
        for (const auto &v : *it)
            out << wholeNumber(v, std::string(key) + " of " + where.toStdString());
    return out;
}

QVector<Condition> conditions(const json &o)
{
    QVector<Condition> out;
    auto it = o.find("conditions");
    if (it != o.end())
        for (const auto &v : *it)
            out << Condition(lookup(conditionNames, v.get<std::string>(), "condition"));
    return out;
}

CatalogPort parsePort(const json &p, const QString &ref)
{
    CatalogPort port;
    port.service = str(p, "service");
    auto proto = protocolFromName(str(p, "protocol"));
    if (!proto)
        throw std::runtime_error("bad protocol in " + ref.toStdString());
    port.protocol = *proto;
    port.port = str(p, "port");
    if (port.protocol != Protocol::Icmp && !port.isDynamic()) {
        auto range = PortRange::parse(port.port);
        if (!range)
            throw std::runtime_error("bad port \"" + port.port.toStdString() + "\" in "
                                     + ref.toStdString());
        port.range = *range;
    }
    port.alternatives = strList(p, "alternatives");
    port.description = str(p, "description");
    port.descriptionZh = str(p, "descriptionZh");
    port.notes = intList(p, "notes", ref);
    if (p.contains("setting")) {
        port.setting = settingFromKey(str(p, "setting"));
        if (!port.setting)
            throw std::runtime_error("unknown setting in " + ref.toStdString());
    }
    port.phase = str(p, "phase") == QLatin1String("install") ? Phase::Install : Phase::Runtime;
    port.conditions = conditions(p);
    port.fromProse = str(p, "source") == QLatin1String("prose");
    if (p.contains("replyPort")) {
        auto range = PortRange::parse(str(p, "replyPort"));
        if (!range)
            throw std::runtime_error("bad replyPort in " + ref.toStdString());
        port.replyRange = *range;
    }
    // A row may repeat its section's anchor so that one grep finds both.
    if (p.contains("ref") && str(p, "ref") != ref)
        throw std::runtime_error("a port row of " + ref.toStdString() + " names " + str(p, "ref").toStdString());
    return port;
}

/// Rule 8's facts: the pages they come from, the connections internet-based
/// clients cannot use, and what an SSL-bridging proxy must pass. Optional:
/// a catalog without them has no internet-based restrictions.
struct InternetFacts
{
    std::vector<SourcePage> sources;
    std::vector<InternetRestriction> restrictions;
    std::vector<BridgingRule> bridging;
};

template<typename RoleRef>
InternetFacts parseInternetFacts(const json &doc, const std::vector<Section> &sections, const RoleRef &roleRef)
{
    InternetFacts facts;
    if (auto it = doc.find("sources"); it != doc.end())
        for (const auto &s : *it)
            facts.sources.push_back({str(s, "id"), str(s, "title"), str(s, "repository"), str(s, "path")});
    auto it = doc.find("internetClients");
    if (it == doc.end())
        return facts;
    const json &block = *it;
    const QString source = str(block, "source");
    if (std::none_of(facts.sources.begin(), facts.sources.end(), [&](const SourcePage &p) { return p.id == source; }))
        throw std::runtime_error("internetClients names the unknown source \"" + source.toStdString() + "\"");
    for (const auto &u : block.at("unsupported")) {
        InternetRestriction r{str(u, "ref"), str(u, "feature"), str(u, "note"), str(u, "noteZh"), source};
        if (std::none_of(sections.begin(), sections.end(), [&](const Section &s) { return s.ref == r.ref; }))
            throw std::runtime_error("internetClients names the unknown section " + r.ref.toStdString());
        facts.restrictions.push_back(r);
    }
    const QString where = QStringLiteral("internetClients.sslBridging");
    for (const auto &b : block.at("sslBridging"))
        facts.bridging.push_back({roleRef(b, "role", where), strList(b, "verbs"), strList(b, "headers"), source});
    return facts;
}

/// The catalogs compiled in as resources, the default first. Loaded once,
/// on first use, and never freed: consumers keep references to them.
const std::vector<Catalog> &builtins()
{
    static const std::vector<Catalog> all = [] {
        std::vector<Catalog> out;
        for (const char *name : {"configmgr-2017", "configmgr-current-2022"}) {
            QString error;
            auto c = Catalog::load(QStringLiteral(":/catalog/%1.json").arg(QLatin1String(name)), &error);
            if (!c)
                qFatal("built-in catalog %s is broken: %s", name, qPrintable(error));
            out.push_back(std::move(*c));
        }
        return out;
    }();
    return all;
}

} // namespace

const Catalog &Catalog::builtin()
{
    return builtins().front();
}

const Catalog *Catalog::byId(const QString &id)
{
    for (const Catalog &c : builtins())
        if (c.id() == id)
            return &c;
    return nullptr;
}

QStringList Catalog::builtinIds()
{
    QStringList ids;
    for (const Catalog &c : builtins())
        ids << c.id();
    return ids;
}

const Catalog *Catalog::forDesign(const QString &catalogId)
{
    return catalogId.isEmpty() ? &builtin() : byId(catalogId);
}

const Role *Catalog::anyRole(const QString &id)
{
    for (const Catalog &c : builtins())
        if (const Role *r = c.role(id))
            return r;
    return nullptr;
}

std::optional<Catalog> Catalog::load(const QString &path, QString *error)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        if (error)
            *error = QStringLiteral("cannot open %1: %2").arg(path, file.errorString());
        return std::nullopt;
    }
    return parse(file.readAll(), error);
}

std::optional<Catalog> Catalog::parse(const QByteArray &bytes, QString *error)
{
    Catalog c;
    try {
        const json doc = json::parse(bytes.constBegin(), bytes.constEnd());
        if (doc.value("format", std::string()) != "portplanner-catalog")
            throw std::runtime_error("not a PortPlanner catalog");
        c.m_id = str(doc, "id");
        c.m_name = str(doc, "name");
        c.readRoles(doc);
        c.readTexts(doc);
        c.readDefaults(doc);
        for (const auto &x : doc.at("connections"))
            c.m_connections.push_back(c.readConnection(x));
        c.readInternetFacts(doc);
        for (const auto &x : doc.at("references"))
            c.m_references.push_back(c.readReference(x));
    } catch (const std::exception &e) {
        if (error)
            *error = QString::fromUtf8(e.what());
        return std::nullopt;
    }
    return c;
}

void Catalog::readRoles(const json &doc)
{
    for (const auto &r : doc.at("roles")) {
        Role role;
        role.index = int(m_roles.size());
        role.id = str(r, "id");
        role.name = str(r, "name");
        role.nameZh = str(r, "nameZh");
        role.group = str(r, "group");
        role.scope = RoleScope(lookup(roleScopeNames, r.at("scope").get<std::string>(), "role scope"));
        role.clientFacing = r.value("clientFacing", false);
        if (m_roleIndex.contains(role.id))
            throw std::runtime_error("duplicate role " + role.id.toStdString());
        m_roleIndex.insert(role.id, role.index);
        m_roles.push_back(role);
    }
    if (m_roles.size() > 64)
        throw std::runtime_error("more than 64 roles: role masks would overflow");
}

int Catalog::roleRef(const json &o, const char *key, const QString &ref) const
{
    const QString id = str(o, key);
    if (id.isEmpty())
        return -1;
    const int index = roleIndex(id);
    if (index < 0)
        throw std::runtime_error("unknown role \"" + id.toStdString() + "\" in " + ref.toStdString());
    return index;
}

void Catalog::readTexts(const json &doc)
{
    for (const auto &s : doc.at("sections"))
        m_sections.push_back({str(s, "ref"), str(s, "kind"), str(s, "title"), str(s, "titleZh"), str(s, "summary")});
    for (const auto &n : doc.at("notes"))
        m_notes.push_back({wholeNumber(n.at("id"), "note id"), str(n, "key"), str(n, "title"), str(n, "titleZh"), str(n, "summary")});
    for (const auto &s : doc.at("services"))
        m_services.insert(str(s, "id"), str(s, "name"));
    for (const auto &[key, text] : doc.at("scopes").items())
        m_scopeText.insert(QString::fromStdString(key), QString::fromStdString(text.get<std::string>()));
    for (const auto &[key, text] : doc.at("conditions").items())
        m_conditionText.insert(QString::fromStdString(key), QString::fromStdString(text.get<std::string>()));
}

void Catalog::readDefaults(const json &doc)
{
    std::array<bool, SettingCount> seen{};
    for (const auto &s : doc.at("settings")) {
        auto setting = settingFromKey(str(s, "key"));
        if (!setting)
            throw std::runtime_error("unknown setting " + s.at("key").get<std::string>());
        SettingDefault d;
        d.setting = *setting;
        d.levels = strList(s, "levels");
        auto value = PortRange::parse(str(s, "default"));
        if (!value)
            throw std::runtime_error("bad default for " + s.at("key").get<std::string>());
        d.value = *value;
        d.alternatives = strList(s, "alternatives");
        if (const auto note = s.find("note"); note != s.end())
            d.note = wholeNumber(*note, "note of setting " + str(s, "key").toStdString());
        d.ref = str(s, "ref");
        d.source = str(s, "source");
        m_defaults[size_t(*setting)] = d;
        seen[size_t(*setting)] = true;
    }
    for (int i = 0; i < SettingCount; ++i)
        if (!seen[size_t(i)])
            throw std::runtime_error("catalog has no default for " + settingKey(Setting(i)).toStdString());
}

Connection Catalog::readConnection(const json &x) const
{
    Connection conn;
    conn.index = int(m_connections.size());
    conn.ref = str(x, "ref");
    conn.from = roleRef(x, "from", conn.ref);
    conn.to = roleRef(x, "to", conn.ref);
    if (conn.from < 0 || conn.to < 0)
        throw std::runtime_error("connection " + conn.ref.toStdString() + " lacks from/to");
    conn.direction = str(x, "direction") == QLatin1String("<-->") ? Direction::BothWays : Direction::OneWay;
    conn.scope = Scope(lookup(scopeNames, x.at("scope").get<std::string>(), "scope"));
    conn.conditions = conditions(x);
    conn.notes = intList(x, "notes", conn.ref);
    conn.external = x.value("external", false);
    conn.when = str(x, "when");
    conn.hostOption = str(x, "hostOption");
    if (conn.scope == Scope::Named && conn.hostOption.isEmpty())
        throw std::runtime_error("connection " + conn.ref.toStdString() + " has scope named but no hostOption");
    for (const auto &p : x.at("ports"))
        conn.ports.push_back(parsePort(p, conn.ref));
    return conn;
}

void Catalog::readInternetFacts(const json &doc)
{
    auto roleOf = [this](const json &o, const char *key, const QString &ref) { return roleRef(o, key, ref); };
    InternetFacts internet = parseInternetFacts(doc, m_sections, roleOf);
    m_sources = std::move(internet.sources);
    m_internetRestrictions = std::move(internet.restrictions);
    m_bridging = std::move(internet.bridging);
    for (size_t i = 0; i < m_internetRestrictions.size(); ++i)
        for (Connection &conn : m_connections)
            if (conn.ref == m_internetRestrictions[i].ref)
                conn.notOverInternet = int(i);
}

ReferenceTable Catalog::readReference(const json &x) const
{
    ReferenceTable ref;
    ref.ref = str(x, "ref");
    ref.from = roleRef(x, "from", ref.ref);
    ref.to = roleRef(x, "to", ref.ref);
    ref.when = str(x, "when");
    for (const auto &p : x.at("ports"))
        ref.ports.push_back(parsePort(p, ref.ref));
    return ref;
}

const Role *Catalog::role(const QString &id) const
{
    const int index = roleIndex(id);
    return index < 0 ? nullptr : &m_roles[size_t(index)];
}

const SourcePage *Catalog::source(const QString &id) const
{
    for (const auto &s : m_sources)
        if (s.id == id)
            return &s;
    return nullptr;
}

const InternetRestriction *Catalog::internetRestriction(const QString &ref) const
{
    for (const auto &r : m_internetRestrictions)
        if (r.ref == ref)
            return &r;
    return nullptr;
}

const BridgingRule *Catalog::bridging(int role) const
{
    for (const auto &b : m_bridging)
        if (b.role == role)
            return &b;
    return nullptr;
}

const ReferenceTable *Catalog::reference(const QString &ref) const
{
    for (const auto &r : m_references)
        if (r.ref == ref)
            return &r;
    return nullptr;
}

const Section *Catalog::section(const QString &ref) const
{
    for (const auto &s : m_sections)
        if (s.ref == ref)
            return &s;
    return nullptr;
}

const SeedNote *Catalog::note(int id) const
{
    for (const auto &n : m_notes)
        if (n.id == id)
            return &n;
    return nullptr;
}

QString Catalog::scopeDescription(Scope s) const
{
    return m_scopeText.value(scopeName(s));
}

QString Catalog::conditionDescription(Condition c) const
{
    return m_conditionText.value(conditionName(c));
}

std::vector<const CatalogPort *> Catalog::portsOf(const QString &ref) const
{
    std::vector<const CatalogPort *> out;
    for (const auto &conn : m_connections)
        if (conn.ref == ref)
            for (const auto &p : conn.ports)
                out.push_back(&p);
    for (const auto &table : m_references)
        if (table.ref == ref)
            for (const auto &p : table.ports)
                out.push_back(&p);
    return out;
}

} // namespace pp
