// Rule 10's cross-references: every interface sits in a zone of the design,
// ids are unique where the engine and the change requests address by them,
// and every step of a pinned route has a firewall to cross.
#include "model/file/FirewallCheck.h"

#include "model/file/ElementChecks.h"

#include <QHash>
#include <QHostAddress>
#include <QRegularExpression>
#include <QSet>

namespace pp::io {

namespace {

void checkInterfaces(QVector<LoadError> &errors, const Firewall &fw, const QString &path,
                     const QSet<QString> &zoneIds)
{
    QSet<QString> seen;
    for (size_t j = 0; j < fw.interfaces.size(); ++j) {
        const FirewallInterface &i = fw.interfaces[j];
        const QString ipath = path + QStringLiteral(".interfaces[%1]").arg(j);
        const QString label = i.id.isEmpty() ? QStringLiteral("#%1").arg(j + 1) : i.id;
        if (!i.id.isEmpty()) {
            if (seen.contains(i.id))
                addInvalid(errors, ipath + QStringLiteral(".id"),
                           QStringLiteral("firewall %1 has two interfaces called \"%2\"").arg(fw.id, i.id));
            seen.insert(i.id);
            if (hasControlCharacters(i.id))
                addInvalid(errors, ipath + QStringLiteral(".id"),
                           QStringLiteral("interface id contains control characters"));
        }
        if (i.zone.isEmpty())
            addInvalid(errors, ipath + QStringLiteral(".zone"),
                       QStringLiteral("interface %1 of firewall %2 sits in no zone").arg(label, fw.id));
        else if (!zoneIds.contains(i.zone))
            addInvalid(
                errors, ipath + QStringLiteral(".zone"),
                QStringLiteral("interface %1 of firewall %2 is in unknown zone \"%3\"").arg(label, fw.id, i.zone));
        if (hasControlCharacters(i.name))
            addInvalid(errors, ipath + QStringLiteral(".name"),
                       QStringLiteral("interface name contains control characters"));
    }
}

void checkDevices(QVector<LoadError> &errors, const Design &d, const QSet<QString> &zoneIds)
{
    QSet<QString> seen;
    for (size_t i = 0; i < d.firewalls.size(); ++i) {
        const Firewall &fw = d.firewalls[i];
        const QString path = QStringLiteral("firewalls[%1]").arg(i);
        checkUniqueId(errors, path + QStringLiteral(".id"), fw.id, seen, "firewall");
        if (hasControlCharacters(fw.name))
            addInvalid(errors, path + QStringLiteral(".name"),
                       QStringLiteral("firewall name contains control characters"));
        if (!fw.management.isEmpty() && !isManagementAddress(fw.management))
            addInvalid(
                errors, path + QStringLiteral(".management"),
                QStringLiteral("firewall %1: \"%2\" is not an IP address or a host name").arg(fw.id, fw.management));
        checkInterfaces(errors, fw, path, zoneIds);
    }
}

/// "a|b" for every two zones some firewall has interfaces in.
QSet<QString> joinedZonePairs(const Design &d)
{
    QSet<QString> joined;
    for (const Firewall &fw : d.firewalls) {
        const QStringList zones = fw.zones();
        for (const QString &a : zones)
            for (const QString &b : zones)
                if (a != b)
                    joined.insert(a + QLatin1Char('|') + b);
    }
    return joined;
}

void checkRoute(QVector<LoadError> &errors, const Route &route, const QString &path, const QSet<QString> &zoneIds,
                const QSet<QString> &joined)
{
    const QString name = QStringLiteral("%1 -> %2").arg(route.from, route.to);
    bool known = true;
    for (const auto &[key, zone] : {std::pair{"from", route.from}, std::pair{"to", route.to}})
        if (!zone.isEmpty() && !zoneIds.contains(zone)) {
            addInvalid(errors, path + QLatin1Char('.') + QLatin1String(key),
                       QStringLiteral("route %1 names unknown zone \"%2\"").arg(name, zone));
            known = false;
        }
    for (int k = 0; k < route.via.size(); ++k)
        if (!zoneIds.contains(route.via[k])) {
            addInvalid(errors, path + QStringLiteral(".via[%1]").arg(k),
                       QStringLiteral("route %1 names unknown zone \"%2\"").arg(name, route.via[k]));
            known = false;
        }
    if (route.from.isEmpty() || route.to.isEmpty() || !known)
        return;
    const QStringList zones = route.zones();
    if (QSet<QString>(zones.begin(), zones.end()).size() != zones.size()) {
        addInvalid(errors, path,
                   QStringLiteral("route %1 passes a zone twice (%2)").arg(name, zones.join(QStringLiteral(", "))));
        return;
    }
    // Step k goes from zones[k] to zones[k + 1]; it is named by the element
    // it arrives at (via[k], or "to" for the last step).
    for (int k = 0; k + 1 < zones.size(); ++k)
        if (!joined.contains(zones[k] + QLatin1Char('|') + zones[k + 1]))
            addInvalid(errors,
                       k < route.via.size() ? path + QStringLiteral(".via[%1]").arg(k) : path + QStringLiteral(".to"),
                       QStringLiteral("route %1: no firewall has interfaces in both %2 and %3")
                           .arg(name, zones[k], zones[k + 1]));
}

void checkRoutes(QVector<LoadError> &errors, const Design &d, const QSet<QString> &zoneIds)
{
    const QSet<QString> joined = joinedZonePairs(d);
    QHash<QString, int> seen;
    for (size_t i = 0; i < d.routes.size(); ++i) {
        const Route &route = d.routes[i];
        const QString path = QStringLiteral("routes[%1]").arg(i);
        const QString key = route.from + QLatin1Char('|') + route.to;
        if (seen.contains(key))
            addInvalid(errors, path,
                       QStringLiteral("a second route from %1 to %2 (the first is routes[%3])")
                           .arg(route.from, route.to)
                           .arg(seen.value(key)));
        else
            seen.insert(key, int(i));
        checkRoute(errors, route, path, zoneIds, joined);
    }
}

} // namespace

bool isManagementAddress(const QString &s)
{
    static const QRegularExpression dnsName(
        QStringLiteral("^(?=.{1,253}$)[A-Za-z0-9](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?"
                       "(?:\\.[A-Za-z0-9](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?)*\\.?$"));
    return !QHostAddress(s).isNull() || dnsName.match(s).hasMatch();
}

void checkFirewalls(QVector<LoadError> &errors, const Design &d)
{
    if (d.firewalls.empty() && d.routes.empty())
        return;
    QSet<QString> zoneIds;
    for (const Zone &z : d.zones)
        zoneIds.insert(z.id);
    checkDevices(errors, d, zoneIds);
    checkRoutes(errors, d, zoneIds);
}

} // namespace pp::io
