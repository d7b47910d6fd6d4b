#include "model/export/OpeningChange.h"

namespace pp {

namespace {

void appendPart(QStringList &parts, const QString &what, const QStringList &added, const QStringList &removed)
{
    if (added.isEmpty() && removed.isEmpty())
        return;
    QStringList items;
    for (const QString &s : added)
        items << QLatin1Char('+') + s;
    for (const QString &s : removed)
        items << QLatin1Char('-') + s;
    parts << what + QLatin1Char(' ') + items.join(QLatin1Char(' '));
}

} // namespace

QString deltaKindName(DeltaKind kind)
{
    switch (kind) {
    case DeltaKind::Added: return QStringLiteral("added");
    case DeltaKind::Removed: return QStringLiteral("removed");
    case DeltaKind::Changed: return QStringLiteral("changed");
    }
    return {};
}

QString OpeningChange::summary() const
{
    if (kind != DeltaKind::Changed)
        return {};
    QStringList parts;
    appendPart(parts, QStringLiteral("sources"), sourcesAdded, sourcesRemoved);
    appendPart(parts, QStringLiteral("destinations"), destinationsAdded, destinationsRemoved);
    appendPart(parts, QStringLiteral("addresses"), addressesAdded, addressesRemoved);
    appendPart(parts, QStringLiteral("refs"), refsAdded, refsRemoved);
    return parts.join(QStringLiteral("; "));
}

} // namespace pp
