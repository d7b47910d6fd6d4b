#include "model/design/ZoneIds.h"

#include <QRegularExpression>

#include <algorithm>

namespace pp::zoneids {

namespace {

/// "dmz-2" -> "dmz": the numbered copies DesignDocument::uniqueId makes.
QString stem(const QString &id)
{
    static const QRegularExpression numbered(QStringLiteral("^(.*)-\\d+$"));
    const QRegularExpressionMatch m = numbered.match(id);
    return m.hasMatch() ? m.captured(1) : id;
}

} // namespace

QString fromName(const QString &name)
{
    QString id;
    bool dash = false;
    for (const QChar c : name.toLower()) {
        if ((c >= QLatin1Char('a') && c <= QLatin1Char('z')) || (c >= QLatin1Char('0') && c <= QLatin1Char('9'))) {
            if (dash && !id.isEmpty())
                id += QLatin1Char('-');
            id += c;
            dash = false;
        } else {
            dash = true;
        }
    }
    if (id.size() > 32)
        id = id.left(32);
    while (id.endsWith(QLatin1Char('-')))
        id.chop(1);
    return id;
}

QString suggested(const Zone &zone)
{
    const QString id = fromName(zone.name);
    return id.isEmpty() ? zoneKindName(zone.kind) : id;
}

bool followsName(const Zone &zone)
{
    const QString base = stem(zone.id);
    if (base == fromName(zone.name) || zone.id == fromName(zone.name))
        return true;
    for (size_t k = 0; k < ZoneKindCount; ++k)
        if (base == zoneKindName(ZoneKind(k)))
            return true;
    return false;
}

bool isValid(const QString &id)
{
    static const QRegularExpression valid(QStringLiteral("^[A-Za-z0-9][A-Za-z0-9_.-]*$"));
    return valid.match(id).hasMatch();
}

QString renamedKey(const QString &key, const QString &from, const QString &to, const Design &design)
{
    const qsizetype slash = key.indexOf(QLatin1Char('/'));
    const qsizetype arrow = key.indexOf(QLatin1Char('>'));
    if (slash < 0 || arrow < 0 || arrow > slash)
        return key;
    const qsizetype colon = key.left(arrow).indexOf(QLatin1Char(':'));
    QString source = key.mid(colon + 1, arrow - colon - 1);
    QString target = key.mid(arrow + 1, slash - arrow - 1);
    if (colon >= 0) {
        // A device's key names its sides as the device does: the zone id
        // only where the interface in that zone has no name of its own.
        const QString fwId = key.left(colon);
        const auto fw = std::find_if(design.firewalls.begin(), design.firewalls.end(),
                                     [&fwId](const Firewall &f) { return f.id == fwId; });
        const bool unnamed = fw != design.firewalls.end()
            && std::any_of(fw->interfaces.begin(), fw->interfaces.end(),
                           [&from](const FirewallInterface &i) { return i.zone == from && i.name.isEmpty(); });
        if (!unnamed)
            return key;
    }
    if (source != from && target != from)
        return key;
    if (source == from)
        source = to;
    if (target == from)
        target = to;
    return key.left(colon + 1) + source + QLatin1Char('>') + target + key.mid(slash);
}

void rename(Design &design, const QString &from, const QString &to)
{
    if (from == to)
        return;
    if (Zone *zone = design.zone(from))
        zone->id = to;
    for (Host &h : design.hosts)
        if (h.zone == from)
            h.zone = to;
    for (BoundaryGroup &g : design.boundaryGroups)
        for (QString &z : g.zones)
            if (z == from)
                z = to;
    // Keys first: they read the interfaces as they were.
    for (ReviewDecision &d : design.reviews)
        d.key = renamedKey(d.key, from, to, design);
    design.reviewCursor = renamedKey(design.reviewCursor, from, to, design);
    for (Firewall &f : design.firewalls)
        for (FirewallInterface &i : f.interfaces)
            if (i.zone == from)
                i.zone = to;
    for (Route &r : design.routes) {
        for (QString *z : {&r.from, &r.to})
            if (*z == from)
                *z = to;
        for (QString &z : r.via)
            if (z == from)
                z = to;
    }
}

} // namespace pp::zoneids
