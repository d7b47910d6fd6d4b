#include "model/import/InventoryImport.h"

#include "model/design/CardGeometry.h"
#include "model/catalog/Catalog.h"
#include "model/file/DesignCheck.h"
#include "model/import/ConfigMgrRoleNames.h"
#include "model/import/CsvReader.h"

#include <QHash>
#include <QHostAddress>
#include <QRegularExpression>
#include <QSet>

#include <map>

namespace pp {

namespace {

// Host cards on a grid with room between them, below the zone's title.
constexpr qreal cardWidth = geometry::hostWidth;
constexpr qreal cardHeight = geometry::hostHeight;
constexpr qreal gap = 20;
constexpr qreal zoneTitle = geometry::zoneTitleHeight;
/// Errors listed before the import gives up listing more.
constexpr int maxErrors = 50;

using Severity = ImportMessage::Severity;

QString columnKey(const QString &header)
{
    // "Resource Name", "resource_name" and "Resource-Name" are one column:
    // drop white space (as \s: ASCII), underscores and hyphens. A loop, not
    // a regular expression compiled for every column of every file.
    QString key;
    for (const QChar c : header.trimmed().toLower())
        if (!(c == u' ' || c == u'\t' || c == u'\n' || c == u'\v' || c == u'\f' || c == u'\r' || c == u'_' || c == u'-'))
            key += c;
    return key;
}

/// "\\CM01.contoso.com\" (the NAL path form) -> "CM01.contoso.com"
QString serverName(const QString &field)
{
    QString name = field.trimmed();
    while (name.startsWith(QLatin1Char('\\')))
        name.remove(0, 1);
    while (name.endsWith(QLatin1Char('\\')))
        name.chop(1);
    return name.trimmed();
}

QString shortName(const QString &name)
{
    return name.section(QLatin1Char('.'), 0, 0).toLower();
}

struct Server
{
    QString name;
    QString site;
    int line = 0;
    QStringList roles;
    QStringList options;
    QStringList addresses;
};

struct Placement
{
    int zone = -1;
    int prefix = -1;
};

/// The zone whose subnet holds one of the addresses most narrowly. Catch-all
/// subnets (/0, the internet and cloud zones) place nothing: an inventoried
/// site system is never "somewhere on the internet".
int zoneFor(const Design &design, const QStringList &addresses)
{
    Placement best;
    for (const QString &text : addresses) {
        const QHostAddress address(text);
        for (size_t z = 0; z < design.zones.size(); ++z)
            for (const QString &subnet : design.zones[z].subnets) {
                const auto parsed = QHostAddress::parseSubnet(subnet);
                if (parsed.second > 0 && parsed.second > best.prefix && address.isInSubnet(parsed))
                    best = {int(z), parsed.second};
            }
    }
    return best.zone;
}

/// Lays new hosts out in a zone: rows below the hosts already there, the
/// zone grown to hold them.
void placeInZone(Design &design, Zone &zone, const QStringList &hostIds)
{
    if (hostIds.isEmpty())
        return;
    if (zone.rect.width() < cardWidth + 2 * gap)
        zone.rect.setWidth(qMin<qreal>(4, hostIds.size()) * (cardWidth + gap) + gap);
    const int columns = qMax(1, int((zone.rect.width() - gap) / (cardWidth + gap)));
    qreal top = zone.rect.y() + zoneTitle + gap / 2;
    for (const Host &h : design.hosts)
        if (h.zone == zone.id && !hostIds.contains(h.id))
            top = qMax(top, h.pos.y() + cardHeight + gap);
    for (int i = 0; i < hostIds.size(); ++i) {
        Host *h = design.host(hostIds[i]);
        h->pos = QPointF(zone.rect.x() + gap + (i % columns) * (cardWidth + gap),
                         top + (i / columns) * (cardHeight + gap));
    }
    const qreal bottom = top + ((hostIds.size() - 1) / columns + 1) * (cardHeight + gap);
    if (zone.rect.bottom() < bottom)
        zone.rect.setBottom(bottom);
}

QString uniqueId(const QString &wanted, const QSet<QString> &taken)
{
    QString id = wanted;
    for (int n = 2; taken.contains(id); ++n)
        id = wanted + QLatin1Char('-') + QString::number(n);
    return id;
}

QString hostIdFor(const QString &server)
{
    QString id;
    for (const QChar c : shortName(server))
        id += (c.isLetterOrNumber() || c == u'-' || c == u'_') ? c : QLatin1Char('-');
    return id.isEmpty() ? QStringLiteral("host") : id;
}

/// Where the columns the import reads sit in each record.
struct Columns
{
    int server = -1;
    int site = -1;
    int role = -1;
    int address = -1; ///< optional
};

/// The servers of an inventory, merged by name, and what their role names
/// did not map to.
struct Inventory
{
    std::vector<Server> servers;
    QHash<QString, size_t> serverIndex;       ///< lower-case name -> servers
    std::map<QString, QVector<int>> unmapped; ///< role name -> lines
    QStringList unmappedOrder;                ///< unmapped role names, as met
    QHash<QString, int> generic;              ///< role name -> rows
};

/// One record's fields, checked.
struct Row
{
    QString name;
    QString site;
    QString roleName;
    QStringList addresses;
};

void say(InventoryImportResult &result, Severity severity, int line, const QString &text)
{
    result.messages.push_back({severity, line, text});
}

/// Lists an error unless maxErrors are listed already; counts it either way.
void error(InventoryImportResult &result, int &errors, int line, const QString &text)
{
    if (++errors <= maxErrors)
        say(result, Severity::Error, line, text);
}

std::optional<Columns> readColumns(const CsvRecord &header, InventoryImportResult &result, int &errors)
{
    QHash<QString, int> keys;
    for (int c = 0; c < header.fields.size(); ++c)
        keys.insert(columnKey(header.fields[c]), c);
    Columns columns;
    columns.server = keys.value(QStringLiteral("servername"), -1);
    columns.site = keys.value(QStringLiteral("sitecode"), -1);
    columns.role = keys.value(QStringLiteral("rolename"), -1);
    for (const char *name : {"ipaddress", "ipaddresses", "ipv4address", "ip", "address", "addresses"})
        if (columns.address < 0)
            columns.address = keys.value(QLatin1String(name), -1);
    QStringList missing;
    if (columns.server < 0)
        missing << QStringLiteral("ServerName");
    if (columns.site < 0)
        missing << QStringLiteral("SiteCode");
    if (columns.role < 0)
        missing << QStringLiteral("RoleName");
    if (!missing.isEmpty()) {
        error(result, errors, header.line, QStringLiteral("the header lacks %1 (it has: %2)")
                                               .arg(missing.join(QStringLiteral(", ")), header.fields.join(QStringLiteral(", "))));
        return std::nullopt;
    }
    return columns;
}

/// A record's fields, or nullopt after listing every reason it is unusable.
std::optional<Row> readRow(const CsvRecord &rec, const Columns &columns, InventoryImportResult &result, int &errors)
{
    static const QRegularExpression siteCode(QStringLiteral("^[A-Z0-9]{3}$"));
    static const QRegularExpression addressSeparators(QStringLiteral("[;,\\s]+"));
    Row row;
    row.name = serverName(rec.fields[columns.server]);
    row.site = rec.fields[columns.site].trimmed().toUpper();
    row.roleName = rec.fields[columns.role].simplified();
    bool bad = false;
    auto reject = [&](const QString &why) {
        error(result, errors, rec.line, why);
        bad = true;
    };
    if (row.name.isEmpty())
        reject(QStringLiteral("ServerName is empty"));
    if (!siteCode.match(row.site).hasMatch())
        reject(QStringLiteral("SiteCode \"%1\" is not a three-character site code").arg(row.site));
    if (row.roleName.isEmpty())
        reject(QStringLiteral("RoleName is empty"));
    if (columns.address >= 0)
        for (const QString &a : rec.fields[columns.address].split(addressSeparators, Qt::SkipEmptyParts)) {
            if (QHostAddress(a).isNull())
                reject(QStringLiteral("\"%1\" is not an IPv4 or IPv6 address").arg(a));
            else
                row.addresses << QHostAddress(a).toString();
        }
    if (bad)
        return std::nullopt;
    return row;
}

/// Adds a row to its server (the first row of a name makes the server) and
/// maps its role name to a catalog role, or notes why it maps to none.
void addRow(Inventory &inventory, const Row &row, int line, const Catalog &catalog, InventoryImportResult &result)
{
    const QString key = row.name.toLower();
    auto it = inventory.serverIndex.find(key);
    if (it == inventory.serverIndex.end()) {
        it = inventory.serverIndex.insert(key, inventory.servers.size());
        inventory.servers.push_back({row.name, row.site, line, {}, {}, {}});
    }
    Server &server = inventory.servers[*it];
    if (server.site != row.site)
        say(result, Severity::Warning, line,
            QStringLiteral("%1 is listed in site %2 here and in site %3 on line %4: it stays in %3")
                .arg(row.name, row.site, server.site)
                .arg(server.line));
    for (const QString &a : row.addresses)
        if (!server.addresses.contains(a))
            server.addresses << a;

    const ConfigMgrRoleName mapped = configMgrRoleName(row.roleName);
    if (mapped.kind == ConfigMgrRoleName::Kind::Role && catalog.role(mapped.role)) {
        if (!server.roles.contains(mapped.role))
            server.roles << mapped.role;
        if (!mapped.option.isEmpty() && !server.options.contains(mapped.option))
            server.options << mapped.option;
    } else if (mapped.kind == ConfigMgrRoleName::Kind::Generic) {
        ++inventory.generic[row.roleName];
    } else {
        if (!inventory.unmapped.count(row.roleName))
            inventory.unmappedOrder << row.roleName;
        inventory.unmapped[row.roleName] << line;
    }
}

Inventory readInventory(const CsvTable &table, const Columns &columns, const Catalog &catalog,
                        InventoryImportResult &result, int &errors)
{
    const CsvRecord &header = table.records.front();
    Inventory inventory;
    for (size_t r = 1; r < table.records.size(); ++r) {
        const CsvRecord &rec = table.records[r];
        if (rec.fields.size() != header.fields.size()) {
            error(result, errors, rec.line,
                  QStringLiteral("%1 field(s), but the header has %2").arg(rec.fields.size()).arg(header.fields.size()));
            continue;
        }
        if (const std::optional<Row> row = readRow(rec, columns, result, errors))
            addRow(inventory, *row, rec.line, catalog, result);
    }
    return inventory;
}

void reportUnmappedRoles(Inventory &inventory, InventoryImportResult &result)
{
    for (const QString &roleName : inventory.unmappedOrder) {
        const QVector<int> &lines = inventory.unmapped[roleName];
        QStringList where;
        for (int l : lines.mid(0, 10))
            where << QString::number(l);
        const bool known = configMgrRoleName(roleName).kind == ConfigMgrRoleName::Kind::Uncatalogued;
        say(result, Severity::Warning, lines.front(),
            QStringLiteral("role \"%1\" (line%2 %3%4) %5: not imported; add what it needs by hand")
                .arg(roleName, lines.size() > 1 ? QStringLiteral("s") : QString(), where.join(QStringLiteral(", ")),
                     lines.size() > 10 ? QStringLiteral(", ...") : QString(),
                     known ? QStringLiteral("has no entry in the port catalog")
                           : QStringLiteral("is not a ConfigMgr role name PortPlanner knows")));
        result.unmappedRoles << roleName;
    }
    for (auto it = inventory.generic.cbegin(); it != inventory.generic.cend(); ++it)
        say(result, Severity::Note, 0, QStringLiteral("%1 row(s) of \"%2\", which every site system has: no ports of its own")
                                           .arg(it.value())
                                           .arg(it.key()));
}

void addMissingSites(Design &design, const std::vector<Server> &servers, InventoryImportResult &result)
{
    for (const Server &s : servers)
        if (!design.site(s.site)) {
            Site site;
            site.code = s.site;
            design.sites.push_back(site);
            result.sitesAdded << s.site;
            say(result, Severity::Note, s.line,
                QStringLiteral("site %1 created as a stand-alone primary: set its type and parent if it is not one").arg(s.site));
        }
}

/// The base design's host for a server: same name or id, or a short name
/// that is the server's first label.
Host *existingHost(Design &design, const Server &s)
{
    for (Host &h : design.hosts)
        if (h.name.compare(s.name, Qt::CaseInsensitive) == 0 || h.id.compare(s.name, Qt::CaseInsensitive) == 0
            || (!h.name.contains(QLatin1Char('.')) && h.name.toLower() == shortName(s.name)))
            return &h;
    return nullptr;
}

void setOptions(Host &host, const Server &s)
{
    if (s.options.contains(QLatin1String("multicast")))
        host.options.multicast = true;
    if (s.options.contains(QLatin1String("pxe")))
        host.options.pxe = true;
}

/// A host the base design has already keeps its zone and place and gains
/// the server's roles (and addresses and site where it had none).
void mergeInto(Host &existing, const Server &s, InventoryImportResult &result)
{
    for (const QString &r : s.roles)
        if (!existing.roles.contains(r))
            existing.roles << r;
    if (existing.addresses.isEmpty())
        existing.addresses = s.addresses;
    if (existing.site.isEmpty())
        existing.site = s.site;
    else if (existing.site != s.site)
        say(result, Severity::Warning, s.line, QStringLiteral("%1 is in site %2 in the base design and %3 in the inventory: "
                                                              "it stays in %2").arg(s.name, existing.site, s.site));
    setOptions(existing, s);
    ++result.hostsMerged;
}

/// Merges or adds a host per server; returns the new hosts by zone index
/// (-1: in no zone's subnet).
std::map<int, QStringList> addHosts(Design &design, const std::vector<Server> &servers, InventoryImportResult &result)
{
    QSet<QString> hostIds;
    for (const Host &h : design.hosts)
        hostIds.insert(h.id);
    std::map<int, QStringList> newByZone;
    for (const Server &s : servers) {
        if (Host *existing = existingHost(design, s)) {
            mergeInto(*existing, s, result);
            continue;
        }
        Host h;
        h.id = uniqueId(hostIdFor(s.name), hostIds);
        hostIds.insert(h.id);
        h.name = s.name;
        h.site = s.site;
        h.roles = s.roles;
        h.addresses = s.addresses;
        setOptions(h, s);
        if (s.roles.isEmpty())
            say(result, Severity::Note, s.line, QStringLiteral("%1 has no role with ports in the catalog").arg(s.name));
        const int zone = zoneFor(design, h.addresses);
        newByZone[zone] << h.id;
        if (zone >= 0)
            h.zone = design.zones[size_t(zone)].id;
        design.hosts.push_back(h);
        ++result.hostsAdded;
    }
    return newByZone;
}

/// New hosts in no zone's subnet go into a zone "Unassigned" right of the
/// others, for a person to place.
void addUnassignedZone(Design &design, std::map<int, QStringList> &newByZone, InventoryImportResult &result)
{
    if (!newByZone.count(-1))
        return;
    QSet<QString> zoneIds;
    QRectF all;
    for (const Zone &z : design.zones) {
        zoneIds.insert(z.id);
        all = all.united(z.rect);
    }
    Zone unassigned;
    unassigned.id = uniqueId(QStringLiteral("unassigned"), zoneIds);
    unassigned.name = QStringLiteral("Unassigned");
    unassigned.rect = QRectF(all.isNull() ? 0 : all.right() + 60, all.isNull() ? 0 : all.top(), 0, 0);
    for (const QString &id : newByZone[-1]) {
        design.host(id)->zone = unassigned.id;
        result.unassignedHosts << id;
    }
    design.zones.push_back(unassigned);
    newByZone[int(design.zones.size()) - 1] = newByZone[-1];
    newByZone.erase(-1);
    say(result, Severity::Warning, 0, QStringLiteral("%1 host(s) in no zone's subnet went into the zone \"Unassigned\": %2")
                                          .arg(result.unassignedHosts.size())
                                          .arg(result.unassignedHosts.join(QStringLiteral(", "))));
}

/// The base design (or a new one) with the inventory's sites and hosts.
Design mergedDesign(const Design *base, const Inventory &inventory, InventoryImportResult &result)
{
    Design design = base ? *base : Design();
    if (design.name.isEmpty())
        design.name = QStringLiteral("Imported ConfigMgr inventory");
    addMissingSites(design, inventory.servers, result);
    std::map<int, QStringList> newByZone = addHosts(design, inventory.servers, result);
    addUnassignedZone(design, newByZone, result);
    for (const auto &[zone, ids] : newByZone)
        placeInZone(design, design.zones[size_t(zone)], ids);
    return design;
}

} // namespace

InventoryImportResult InventoryImport::run(const QByteArray &csv, const Catalog &catalog, const Design *base)
{
    InventoryImportResult result;
    int errors = 0;
    const CsvTable table = readCsv(csv);
    if (!table.ok()) {
        error(result, errors, table.errorLine, QStringLiteral("malformed CSV: %1").arg(table.error));
        return result;
    }
    if (table.records.empty()) {
        error(result, errors, 1, QStringLiteral("the file is empty: expected a header with ServerName, SiteCode and RoleName"));
        return result;
    }
    const std::optional<Columns> columns = readColumns(table.records.front(), result, errors);
    if (!columns)
        return result;
    Inventory inventory = readInventory(table, *columns, catalog, result, errors);
    if (errors > maxErrors)
        say(result, Severity::Error, 0, QStringLiteral("%1 more error(s) not listed").arg(errors - maxErrors));
    if (errors > 0)
        return result;

    reportUnmappedRoles(inventory, result);
    Design design = mergedDesign(base, inventory, result);
    const QVector<LoadError> problems = checkDesign(design, catalog);
    if (!problems.isEmpty()) {
        for (const LoadError &e : problems)
            say(result, Severity::Error, 0, QStringLiteral("the imported design does not check: %1").arg(e.toString()));
        return result;
    }
    result.design = std::move(design);
    return result;
}

} // namespace pp
