#pragma once

#include <QHash>
#include <QString>

#include "model/design/Verification.h"

#include <vector>

namespace pp {

struct Analysis;
class Catalog;
struct Design;

/// Where an opening stands after the verification results imported so far.
enum class VerificationState : quint8 {
    Untested, ///< no record, or the record says untested
    Verified,
    Failed,
    Stale,    ///< checked, but the opening has changed since: check again
};
QString verificationStateName(VerificationState s); ///< "untested", "verified", "failed", "stale"

/// The verification state of every opening of an analysis, by index into
/// Analysis::openings, judged against the design's records as review
/// decisions are (same keys, same fingerprints).
class VerificationStatus
{
public:
    VerificationStatus(const Design &design, const Catalog &catalog, const Analysis &analysis);
    /// Against other records (the designer's live document while the analysis is a snapshot).
    VerificationStatus(const Design &design, const Catalog &catalog, const Analysis &analysis,
                       const std::vector<VerificationRecord> &records);

    VerificationState state(int opening) const;
    /// The record behind the state; null when untested without a record. Points into the records given.
    const VerificationRecord *record(int opening) const;
    int count(VerificationState s) const;

private:
    void build(const Design &design, const Catalog &catalog, const Analysis &analysis,
               const std::vector<VerificationRecord> &records);

    std::vector<VerificationState> m_states;
    std::vector<const VerificationRecord *> m_records;
};

} // namespace pp
