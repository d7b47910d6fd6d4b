#include "model/verify/VerificationStatus.h"

#include "model/design/Design.h"
#include "model/engine/Analysis.h"
#include "model/engine/FlowText.h"
#include "model/review/ReviewSheet.h"

#include <algorithm>

namespace pp {

QString verificationStateName(VerificationState s)
{
    switch (s) {
    case VerificationState::Untested: return QStringLiteral("untested");
    case VerificationState::Verified: return QStringLiteral("verified");
    case VerificationState::Failed: return QStringLiteral("failed");
    case VerificationState::Stale: return QStringLiteral("stale");
    }
    return {};
}

VerificationStatus::VerificationStatus(const Design &design, const Catalog &catalog, const Analysis &analysis)
{
    build(design, catalog, analysis, design.verifications);
}

VerificationStatus::VerificationStatus(const Design &design, const Catalog &catalog, const Analysis &analysis,
                                       const std::vector<VerificationRecord> &records)
{
    build(design, catalog, analysis, records);
}

void VerificationStatus::build(const Design &design, const Catalog &catalog, const Analysis &analysis,
                               const std::vector<VerificationRecord> &records)
{
    QHash<QString, const VerificationRecord *> byKey;
    for (const VerificationRecord &r : records)
        byKey.insert(r.key, &r); // a later record of the same key wins
    const FlowText text(design, catalog);
    m_states.assign(analysis.openings.size(), VerificationState::Untested);
    m_records.assign(analysis.openings.size(), nullptr);
    if (byKey.isEmpty())
        return;
    for (size_t i = 0; i < analysis.openings.size(); ++i) {
        const Opening &o = analysis.openings[i];
        const VerificationRecord *r = byKey.value(text.openingKey(o));
        if (!r)
            continue;
        m_records[i] = r;
        if (r->fingerprint != ReviewSheet::fingerprint(design, o))
            m_states[i] = VerificationState::Stale;
        else
            m_states[i] = r->result == VerificationResult::Verified ? VerificationState::Verified
                : r->result == VerificationResult::Failed          ? VerificationState::Failed
                                                                   : VerificationState::Untested;
    }
}

VerificationState VerificationStatus::state(int opening) const
{
    return opening >= 0 && size_t(opening) < m_states.size() ? m_states[size_t(opening)] : VerificationState::Untested;
}

const VerificationRecord *VerificationStatus::record(int opening) const
{
    return opening >= 0 && size_t(opening) < m_records.size() ? m_records[size_t(opening)] : nullptr;
}

int VerificationStatus::count(VerificationState s) const
{
    return int(std::count(m_states.begin(), m_states.end(), s));
}

} // namespace pp
