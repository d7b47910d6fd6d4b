#include "model/verify/VerificationImport.h"

#include "model/design/Design.h"
#include "model/engine/Analysis.h"
#include "model/engine/FlowText.h"
#include "model/review/ReviewSheet.h"

#include <QHash>

#include <algorithm>
#include <map>

namespace pp {

namespace {

QString pairKey(const QString &from, const QString &to, Protocol protocol)
{
    return from + QChar(0) + to + QChar(0) + protocolName(protocol);
}

/// The result lines that check a flow: same hosts and protocol, a port of its range.
std::vector<const CheckLine *> linesFor(const QHash<QString, std::vector<const CheckLine *>> &byPair,
                                        const Design &design, const Flow &f)
{
    std::vector<const CheckLine *> out;
    const auto it = byPair.constFind(pairKey(design.hosts[size_t(f.from)].id, design.hosts[size_t(f.to)].id, f.protocol));
    if (it == byPair.constEnd())
        return out;
    for (const CheckLine *l : *it)
        if (f.protocol == Protocol::Icmp || f.range.contains(l->port))
            out.push_back(l);
    return out;
}

bool connected(CheckResult r) { return r == CheckResult::Open; }
bool refused(CheckResult r) { return r == CheckResult::Closed || r == CheckResult::Timeout; }

struct Tally
{
    int passed = 0, failed = 0, untested = 0, unchecked = 0;
    QString time;
    QStringList failures;
};

void tally(Tally &t, const Design &design, const Flow &f, const std::vector<const CheckLine *> &lines)
{
    if (lines.empty()) {
        ++t.unchecked;
        return;
    }
    for (const CheckLine *l : lines) {
        t.time = std::max(t.time, l->time);
        if (connected(l->result) && f.protocol == Protocol::Tcp) {
            ++t.passed;
        } else if (refused(l->result) && !f.range.isSingle()) {
            // A range (dynamic RPC) is tried at one port, where nothing need
            // listen: a refusal there proves nothing either way.
            ++t.untested;
        } else if (refused(l->result)) {
            ++t.failed;
            t.failures << QStringLiteral("%1 -> %2 %3/%4: %5")
                              .arg(design.hosts[size_t(f.from)].id, design.hosts[size_t(f.to)].id,
                                   protocolName(f.protocol))
                              .arg(l->port)
                              .arg(checkResultName(l->result));
        } else {
            ++t.untested;
        }
    }
}

} // namespace

VerificationImportOutcome VerificationImport::apply(const Design &design, const Catalog &catalog,
                                                    const Analysis &analysis, const VerifyResults &results,
                                                    const QString &source)
{
    QHash<QString, std::vector<const CheckLine *>> byPair;
    for (const CheckLine &l : results.lines)
        byPair[pairKey(l.host, l.target, l.protocol)].push_back(&l);

    VerificationImportOutcome out;
    std::vector<bool> used(results.lines.size(), false);
    const FlowText text(design, catalog);
    std::map<QString, VerificationRecord> records;
    for (const VerificationRecord &r : design.verifications)
        records[r.key] = r;
    for (const Opening &o : analysis.openings) {
        Tally t;
        for (int fi : o.flows) {
            const Flow &f = analysis.flows[size_t(fi)];
            const auto lines = linesFor(byPair, design, f);
            for (const CheckLine *l : lines)
                used[size_t(l - results.lines.data())] = true;
            tally(t, design, f, lines);
        }
        if (t.passed + t.failed + t.untested == 0)
            continue; // no line checks this opening: its earlier record stands
        VerificationRecord r;
        r.key = text.openingKey(o);
        r.result = t.failed > 0                                  ? VerificationResult::Failed
            : (t.untested == 0 && t.unchecked == 0 && t.passed > 0) ? VerificationResult::Verified
                                                                     : VerificationResult::Untested;
        r.time = t.time;
        r.source = source;
        r.fingerprint = ReviewSheet::fingerprint(design, o);
        r.passed = t.passed;
        r.failed = t.failed;
        r.untested = t.untested + t.unchecked;
        t.failures.removeDuplicates();
        r.failures = t.failures.mid(0, 50);
        records[r.key] = std::move(r);
        ++out.openings;
    }
    for (size_t i = 0; i < results.lines.size(); ++i) {
        const CheckLine &l = results.lines[i];
        if (used[i])
            ++out.matched;
        else
            out.notes << QStringLiteral("line %1: %2 -> %3 %4/%5 matches no crossing flow of the design")
                             .arg(l.line)
                             .arg(l.host, l.target, protocolName(l.protocol))
                             .arg(l.port);
    }
    for (auto &[key, record] : records)
        out.records.push_back(std::move(record));
    return out;
}

} // namespace pp
