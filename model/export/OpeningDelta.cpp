#include "model/export/OpeningDelta.h"

#include "model/catalog/Catalog.h"
#include "model/design/Design.h"
#include "model/engine/FlowText.h"
#include "model/export/ChangeRequest.h"

#include <QHash>

#include <algorithm>

namespace pp {

namespace {

QStringList hostIds(const Design &design, const std::vector<int> &hosts)
{
    QStringList ids;
    for (int h : hosts)
        ids << design.hosts[size_t(h)].id;
    return ids;
}

/// Every address the opening's rule names, tagged with its host so that an
/// address moving from one host to another still counts as a change.
QStringList addresses(const Design &design, const Opening &o)
{
    QStringList all;
    for (const auto *hosts : {&o.fromHosts, &o.toHosts})
        for (int h : *hosts) {
            const Host &host = design.hosts[size_t(h)];
            for (const QString &a : ruleAddresses(design, host))
                all << host.id + QLatin1Char('=') + a;
        }
    all.sort();
    all.removeDuplicates();
    return all;
}

/// a - b, in a's order.
QStringList minus(const QStringList &a, const QStringList &b)
{
    QStringList out;
    for (const QString &s : a)
        if (!b.contains(s))
            out << s;
    return out;
}

} // namespace

int OpeningDelta::count(DeltaKind kind) const
{
    return int(std::count_if(changes.begin(), changes.end(), [kind](const OpeningChange &c) { return c.kind == kind; }));
}

OpeningDelta OpeningDelta::compare(const Design &oldDesign, const Analysis &oldAnalysis, const Design &newDesign,
                                   const Analysis &newAnalysis, const Catalog &catalog)
{
    const FlowText oldText(oldDesign, catalog);
    const FlowText newText(newDesign, catalog);
    QHash<QString, int> oldByKey;
    for (size_t i = 0; i < oldAnalysis.openings.size(); ++i)
        oldByKey.insert(oldText.openingKey(oldAnalysis.openings[i]), int(i));

    OpeningDelta delta;
    QHash<QString, bool> seen;
    for (size_t i = 0; i < newAnalysis.openings.size(); ++i) {
        const Opening &now = newAnalysis.openings[i];
        OpeningChange c;
        c.key = newText.openingKey(now);
        c.after = int(i);
        seen.insert(c.key, true);
        const int before = oldByKey.value(c.key, -1);
        if (before < 0) {
            c.kind = DeltaKind::Added;
            delta.changes.push_back(std::move(c));
            continue;
        }
        const Opening &was = oldAnalysis.openings[size_t(before)];
        c.before = before;
        c.kind = DeltaKind::Changed;
        const QStringList oldSources = hostIds(oldDesign, was.fromHosts);
        const QStringList newSources = hostIds(newDesign, now.fromHosts);
        const QStringList oldDestinations = hostIds(oldDesign, was.toHosts);
        const QStringList newDestinations = hostIds(newDesign, now.toHosts);
        const QStringList oldAddresses = addresses(oldDesign, was);
        const QStringList newAddresses = addresses(newDesign, now);
        c.sourcesAdded = minus(newSources, oldSources);
        c.sourcesRemoved = minus(oldSources, newSources);
        c.destinationsAdded = minus(newDestinations, oldDestinations);
        c.destinationsRemoved = minus(oldDestinations, newDestinations);
        c.addressesAdded = minus(newAddresses, oldAddresses);
        c.addressesRemoved = minus(oldAddresses, newAddresses);
        c.refsAdded = minus(now.refs, was.refs);
        c.refsRemoved = minus(was.refs, now.refs);
        if (c.summary().isEmpty())
            ++delta.unchanged;
        else
            delta.changes.push_back(std::move(c));
    }
    for (size_t i = 0; i < oldAnalysis.openings.size(); ++i) {
        const QString key = oldText.openingKey(oldAnalysis.openings[i]);
        if (seen.contains(key))
            continue;
        OpeningChange c;
        c.kind = DeltaKind::Removed;
        c.key = key;
        c.before = int(i);
        delta.changes.push_back(std::move(c));
    }
    return delta;
}

} // namespace pp
