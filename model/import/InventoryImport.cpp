#include "model/import/InventoryImport.h"

#include "model/design/CardGeometry.h"
#include "model/catalog/Catalog.h"
#include "model/file/DesignFile.h"
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
    QString key = header.trimmed().toLower();
    key.remove(QRegularExpression(QStringLiteral("[\\s_\\-]")));
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

} // namespace

QString ImportMessage::toString() const
{
    const QString what = severity == Severity::Error ? QStringLiteral("error")
        : severity == Severity::Warning              ? QStringLiteral("warning")
                                                     : QStringLiteral("note");
    return line > 0 ? QStringLiteral("line %1: %2: %3").arg(line).arg(what, text) : what + QStringLiteral(": ") + text;
}

InventoryImportResult InventoryImport::run(const QByteArray &csv, const Catalog &catalog, const Design *base)
{
    InventoryImportResult result;
    auto say = [&result](Severity s, int line, const QString &text) { result.messages.push_back({s, line, text}); };
    int errors = 0;
    auto error = [&](int line, const QString &text) {
        if (++errors <= maxErrors)
            say(Severity::Error, line, text);
    };

    const CsvTable table = readCsv(csv);
    if (!table.ok()) {
        error(table.errorLine, QStringLiteral("malformed CSV: %1").arg(table.error));
        return result;
    }
    if (table.records.empty()) {
        error(1, QStringLiteral("the file is empty: expected a header with ServerName, SiteCode and RoleName"));
        return result;
    }

    const CsvRecord &header = table.records.front();
    QHash<QString, int> columns;
    for (int c = 0; c < header.fields.size(); ++c)
        columns.insert(columnKey(header.fields[c]), c);
    const int serverColumn = columns.value(QStringLiteral("servername"), -1);
    const int siteColumn = columns.value(QStringLiteral("sitecode"), -1);
    const int roleColumn = columns.value(QStringLiteral("rolename"), -1);
    int addressColumn = -1;
    for (const char *name : {"ipaddress", "ipaddresses", "ipv4address", "ip", "address", "addresses"})
        if (addressColumn < 0)
            addressColumn = columns.value(QLatin1String(name), -1);
    QStringList missing;
    if (serverColumn < 0)
        missing << QStringLiteral("ServerName");
    if (siteColumn < 0)
        missing << QStringLiteral("SiteCode");
    if (roleColumn < 0)
        missing << QStringLiteral("RoleName");
    if (!missing.isEmpty()) {
        error(header.line, QStringLiteral("the header lacks %1 (it has: %2)")
                               .arg(missing.join(QStringLiteral(", ")), header.fields.join(QStringLiteral(", "))));
        return result;
    }

    static const QRegularExpression siteCode(QStringLiteral("^[A-Z0-9]{3}$"));
    static const QRegularExpression addressSeparators(QStringLiteral("[;,\\s]+"));
    std::vector<Server> servers;
    QHash<QString, size_t> serverIndex;
    std::map<QString, QVector<int>> unmapped; // role name -> lines
    QHash<QString, int> generic;
    QStringList unmappedOrder;
    for (size_t r = 1; r < table.records.size(); ++r) {
        const CsvRecord &rec = table.records[r];
        if (rec.fields.size() != header.fields.size()) {
            error(rec.line, QStringLiteral("%1 field(s), but the header has %2").arg(rec.fields.size()).arg(header.fields.size()));
            continue;
        }
        const QString name = serverName(rec.fields[serverColumn]);
        const QString site = rec.fields[siteColumn].trimmed().toUpper();
        const QString roleName = rec.fields[roleColumn].simplified();
        bool bad = false;
        auto reject = [&](const QString &why) {
            error(rec.line, why);
            bad = true;
        };
        if (name.isEmpty())
            reject(QStringLiteral("ServerName is empty"));
        if (!siteCode.match(site).hasMatch())
            reject(QStringLiteral("SiteCode \"%1\" is not a three-character site code").arg(site));
        if (roleName.isEmpty())
            reject(QStringLiteral("RoleName is empty"));
        QStringList addresses;
        if (addressColumn >= 0)
            for (const QString &a : rec.fields[addressColumn].split(addressSeparators, Qt::SkipEmptyParts)) {
                if (QHostAddress(a).isNull())
                    reject(QStringLiteral("\"%1\" is not an IPv4 or IPv6 address").arg(a));
                else
                    addresses << QHostAddress(a).toString();
            }
        if (bad)
            continue;

        const QString key = name.toLower();
        auto it = serverIndex.find(key);
        if (it == serverIndex.end()) {
            it = serverIndex.insert(key, servers.size());
            servers.push_back({name, site, rec.line, {}, {}, {}});
        }
        Server &server = servers[*it];
        if (server.site != site)
            say(Severity::Warning, rec.line,
                QStringLiteral("%1 is listed in site %2 here and in site %3 on line %4: it stays in %3")
                    .arg(name, site, server.site)
                    .arg(server.line));
        for (const QString &a : addresses)
            if (!server.addresses.contains(a))
                server.addresses << a;

        const ConfigMgrRoleName mapped = configMgrRoleName(roleName);
        if (mapped.kind == ConfigMgrRoleName::Kind::Role && catalog.role(mapped.role)) {
            if (!server.roles.contains(mapped.role))
                server.roles << mapped.role;
            if (!mapped.option.isEmpty() && !server.options.contains(mapped.option))
                server.options << mapped.option;
        } else if (mapped.kind == ConfigMgrRoleName::Kind::Generic) {
            ++generic[roleName];
        } else {
            if (!unmapped.count(roleName))
                unmappedOrder << roleName;
            unmapped[roleName] << rec.line;
        }
    }
    if (errors > maxErrors)
        say(Severity::Error, 0, QStringLiteral("%1 more error(s) not listed").arg(errors - maxErrors));
    if (errors > 0)
        return result;

    for (const QString &roleName : unmappedOrder) {
        const QVector<int> &lines = unmapped[roleName];
        QStringList where;
        for (int l : lines.mid(0, 10))
            where << QString::number(l);
        const bool known = configMgrRoleName(roleName).kind == ConfigMgrRoleName::Kind::Uncatalogued;
        say(Severity::Warning, lines.front(),
            QStringLiteral("role \"%1\" (line%2 %3%4) %5: not imported; add what it needs by hand")
                .arg(roleName, lines.size() > 1 ? QStringLiteral("s") : QString(), where.join(QStringLiteral(", ")),
                     lines.size() > 10 ? QStringLiteral(", ...") : QString(),
                     known ? QStringLiteral("has no entry in the port catalog")
                           : QStringLiteral("is not a ConfigMgr role name PortPlanner knows")));
        result.unmappedRoles << roleName;
    }
    for (auto it = generic.cbegin(); it != generic.cend(); ++it)
        say(Severity::Note, 0, QStringLiteral("%1 row(s) of \"%2\", which every site system has: no ports of its own")
                                   .arg(it.value())
                                   .arg(it.key()));

    Design design = base ? *base : Design();
    if (design.name.isEmpty())
        design.name = QStringLiteral("Imported ConfigMgr inventory");
    for (const Server &s : servers)
        if (!design.site(s.site)) {
            Site site;
            site.code = s.site;
            design.sites.push_back(site);
            result.sitesAdded << s.site;
            say(Severity::Note, s.line,
                QStringLiteral("site %1 created as a stand-alone primary: set its type and parent if it is not one").arg(s.site));
        }

    QSet<QString> hostIds;
    for (const Host &h : design.hosts)
        hostIds.insert(h.id);
    std::map<int, QStringList> newByZone; // zone index (-1: unassigned) -> new host ids
    for (const Server &s : servers) {
        Host *existing = nullptr;
        for (Host &h : design.hosts)
            if (h.name.compare(s.name, Qt::CaseInsensitive) == 0 || h.id.compare(s.name, Qt::CaseInsensitive) == 0
                || (!h.name.contains(QLatin1Char('.')) && h.name.toLower() == shortName(s.name))) {
                existing = &h;
                break;
            }
        if (existing) {
            for (const QString &r : s.roles)
                if (!existing->roles.contains(r))
                    existing->roles << r;
            if (existing->addresses.isEmpty())
                existing->addresses = s.addresses;
            if (existing->site.isEmpty())
                existing->site = s.site;
            else if (existing->site != s.site)
                say(Severity::Warning, s.line, QStringLiteral("%1 is in site %2 in the base design and %3 in the inventory: "
                                                              "it stays in %2").arg(s.name, existing->site, s.site));
            if (s.options.contains(QLatin1String("multicast")))
                existing->options.multicast = true;
            if (s.options.contains(QLatin1String("pxe")))
                existing->options.pxe = true;
            ++result.hostsMerged;
            continue;
        }
        Host h;
        h.id = uniqueId(hostIdFor(s.name), hostIds);
        hostIds.insert(h.id);
        h.name = s.name;
        h.site = s.site;
        h.roles = s.roles;
        h.addresses = s.addresses;
        if (s.options.contains(QLatin1String("multicast")))
            h.options.multicast = true;
        if (s.options.contains(QLatin1String("pxe")))
            h.options.pxe = true;
        if (s.roles.isEmpty())
            say(Severity::Note, s.line, QStringLiteral("%1 has no role with ports in the catalog").arg(s.name));
        const int zone = zoneFor(design, h.addresses);
        newByZone[zone] << h.id;
        if (zone >= 0)
            h.zone = design.zones[size_t(zone)].id;
        design.hosts.push_back(h);
        ++result.hostsAdded;
    }

    if (newByZone.count(-1)) {
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
        say(Severity::Warning, 0, QStringLiteral("%1 host(s) in no zone's subnet went into the zone \"Unassigned\": %2")
                                      .arg(result.unassignedHosts.size())
                                      .arg(result.unassignedHosts.join(QStringLiteral(", "))));
    }
    for (const auto &[zone, ids] : newByZone)
        placeInZone(design, design.zones[size_t(zone)], ids);

    const QVector<LoadError> problems = checkDesign(design, catalog);
    if (!problems.isEmpty()) {
        for (const LoadError &e : problems)
            say(Severity::Error, 0, QStringLiteral("the imported design does not check: %1").arg(e.toString()));
        return result;
    }
    result.design = std::move(design);
    return result;
}

} // namespace pp
