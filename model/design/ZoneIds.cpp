#include "model/design/ZoneIds.h"

#include <QRegularExpression>

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
    for (int k = 0; k <= int(ZoneKind::Branch); ++k)
        if (base == zoneKindName(ZoneKind(k)))
            return true;
    return false;
}

bool isValid(const QString &id)
{
    static const QRegularExpression valid(QStringLiteral("^[A-Za-z0-9][A-Za-z0-9_.-]*$"));
    return valid.match(id).hasMatch();
}

QString renamedKey(const QString &key, const QString &from, const QString &to)
{
    const qsizetype slash = key.indexOf(QLatin1Char('/'));
    const qsizetype arrow = key.indexOf(QLatin1Char('>'));
    if (slash < 0 || arrow < 0 || arrow > slash || key.left(arrow).contains(QLatin1Char(':')))
        return key; // not a zone pair (a firewall's key names its interfaces)
    QString source = key.left(arrow);
    QString target = key.mid(arrow + 1, slash - arrow - 1);
    if (source != from && target != from)
        return key;
    if (source == from)
        source = to;
    if (target == from)
        target = to;
    return source + QLatin1Char('>') + target + key.mid(slash);
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
    for (ReviewDecision &d : design.reviews)
        d.key = renamedKey(d.key, from, to);
    design.reviewCursor = renamedKey(design.reviewCursor, from, to);
}

} // namespace pp::zoneids
