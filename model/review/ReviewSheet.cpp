#include "model/review/ReviewSheet.h"

#include "model/catalog/Catalog.h"
#include "model/engine/AnalysisSnapshot.h"
#include "model/engine/FlowText.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QDateTime>
#include <QHash>
#include <QSet>

#include <algorithm>

namespace pp {

namespace {

/// A host's part of a fingerprint: "id=address,address;".
QByteArray hostPart(const Host &host)
{
    return host.id.toUtf8() + '=' + host.addresses.join(QLatin1Char(',')).toUtf8() + ';';
}

/// Everything a reviewer approved: who talks, at which addresses, why.
/// `part(h)` is host h's part: made once per sheet for every opening (an
/// XL design's 1,305 openings list 135,000 hosts), or on the spot for one.
template<typename HostPart>
QString fingerprintOf(const Opening &o, HostPart part)
{
    QByteArray text;
    auto hosts = [&](const std::vector<int> &list) {
        for (int h : list)
            text += part(h);
        text += '|';
    };
    hosts(o.fromHosts);
    hosts(o.toHosts);
    text += o.refs.join(QLatin1Char(',')).toUtf8() + '|';
    text += QByteArray(o.runtime ? "r" : "") + (o.install ? "i" : "") + (o.fallbackOnly ? "f" : "")
        + (o.localAndFallback ? "m" : "");
    return QString::fromLatin1(QCryptographicHash::hash(text, QCryptographicHash::Sha256).toHex().left(16));
}

} // namespace

QString ReviewSheet::fingerprint(const Design &design, const Opening &o)
{
    return fingerprintOf(o, [&design](int h) { return hostPart(design.hosts[size_t(h)]); });
}

std::shared_ptr<const ReviewSheet> ReviewSheet::of(const AnalysisSnapshot &snapshot, const Catalog &fallback,
                                                   const std::vector<ReviewDecision> &decisions,
                                                   const QString &cursor)
{
    if (snapshot.reviewSheet && decisions == snapshot.design.reviews && cursor == snapshot.design.reviewCursor)
        return snapshot.reviewSheet;
    return std::make_shared<const ReviewSheet>(snapshot.design, snapshot.catalogOr(fallback), snapshot.analysis,
                                               decisions, cursor);
}

ReviewSheet::ReviewSheet(const Design &design, const Catalog &catalog, const Analysis &analysis,
                         const RiskRules &rules)
    : m_cursor(design.reviewCursor)
    , m_decisions(&design.reviews)
{
    build(design, catalog, analysis, rules);
}

ReviewSheet::ReviewSheet(const Design &design, const Catalog &catalog, const Analysis &analysis,
                         const std::vector<ReviewDecision> &decisions, const QString &cursor, const RiskRules &rules)
    : m_cursor(cursor)
    , m_decisions(&decisions)
{
    build(design, catalog, analysis, rules);
}

void ReviewSheet::build(const Design &design, const Catalog &catalog, const Analysis &analysis, const RiskRules &rules)
{
    const FlowText text(design, catalog);
    QHash<QString, std::vector<const ReviewDecision *>> byKey;
    for (const ReviewDecision &d : *m_decisions)
        byKey[d.key].push_back(&d);

    std::vector<QByteArray> hostParts;
    hostParts.reserve(design.hosts.size());
    for (const Host &h : design.hosts)
        hostParts.push_back(hostPart(h));
    const auto part = [&hostParts](int h) -> const QByteArray & { return hostParts[size_t(h)]; };

    QSet<QString> keys;
    for (size_t i = 0; i < analysis.openings.size(); ++i) {
        const Opening &o = analysis.openings[i];
        ReviewItem item;
        item.opening = int(i);
        item.key = text.openingKey(o);
        item.fingerprint = fingerprintOf(o, part);
        item.risk = rules.assess(design, o);
        item.bridging = text.bridging(o, analysis.flows);
        if (!item.bridging.isEmpty()) {
            // The specific verbs and headers replace the general SSL-bridging advice.
            auto &recs = item.risk.recommendations;
            recs.erase(std::remove_if(recs.begin(), recs.end(),
                                      [](const Recommendation *r) { return r->id == QLatin1String("ssl-bridging"); }),
                       recs.end());
        }
        item.traffic = o.fallbackOnly ? Traffic::Fallback : o.localAndFallback ? Traffic::Mixed : Traffic::Local;
        item.history = byKey.value(item.key);
        if (!item.history.empty()) {
            item.decision = item.history.back();
            if (item.decision->fingerprint != item.fingerprint)
                item.status = ReviewStatus::Stale;
            else
                item.status = item.decision->verdict == Verdict::Approve ? ReviewStatus::Approved
                    : item.decision->verdict == Verdict::Reject          ? ReviewStatus::Rejected
                                                                          : ReviewStatus::Questioned;
        }
        keys.insert(item.key);
        m_items.push_back(std::move(item));
    }
    // Highest risk first; ties keep a stable, readable order.
    std::stable_sort(m_items.begin(), m_items.end(), [](const ReviewItem &a, const ReviewItem &b) {
        if (a.risk.score != b.risk.score)
            return a.risk.score > b.risk.score;
        return a.key < b.key;
    });
    for (const ReviewDecision &d : *m_decisions)
        if (!keys.contains(d.key) && byKey.value(d.key).back() == &d)
            m_orphans.push_back(&d);
}

int ReviewSheet::indexOf(const QString &key) const
{
    for (size_t i = 0; i < m_items.size(); ++i)
        if (m_items[i].key == key)
            return int(i);
    return -1;
}

int ReviewSheet::resumeIndex() const
{
    const int cursor = indexOf(m_cursor);
    if (cursor >= 0)
        return cursor;
    for (size_t i = 0; i < m_items.size(); ++i)
        if (m_items[i].status == ReviewStatus::Pending || m_items[i].status == ReviewStatus::Stale)
            return int(i);
    return m_items.empty() ? -1 : 0;
}

int ReviewSheet::count(ReviewStatus status) const
{
    return int(std::count_if(m_items.begin(), m_items.end(), [status](const ReviewItem &i) { return i.status == status; }));
}

int ReviewSheet::needingDecision() const
{
    return count(ReviewStatus::Pending) + count(ReviewStatus::Stale);
}

bool ReviewSheet::allApproved() const
{
    return count(ReviewStatus::Approved) == int(m_items.size());
}

ReviewDecision ReviewSheet::decide(const ReviewItem &item, Verdict verdict, const QString &comment,
                                   const QString &reviewer, const QDateTime &when)
{
    ReviewDecision d;
    d.key = item.key;
    d.verdict = verdict;
    d.comment = comment;
    d.reviewer = reviewer;
    d.time = when.toUTC().toString(Qt::ISODate);
    d.fingerprint = item.fingerprint;
    return d;
}

} // namespace pp
