#pragma once

#include <QString>
#include <QStringList>

#include "model/design/Extras.h"

#include <optional>

namespace pp {

/// What the checks run from the source hosts said about one opening
/// (issue 15, `verify-import`).
enum class VerificationResult : quint8 {
    Verified, ///< every host pair and port it serves answered
    Failed,   ///< at least one check could not connect
    Untested, ///< no check proves it (UDP, ICMP, or no result came back)
};
QString verificationResultName(VerificationResult r);
std::optional<VerificationResult> verificationResultFromName(QStringView name);

/// The outcome of the last verification of one opening (file key
/// "verifications"). Like review decisions, a record belongs to an opening
/// key and carries a fingerprint of what the opening looked like: when the
/// opening changes the record is stale and the opening needs checking again.
/// Importing results replaces the records of the openings they touch.
struct VerificationRecord
{
    QString key;              ///< opening key, e.g. "lan>dmz/TCP/443"
    VerificationResult result = VerificationResult::Untested;
    QString time;             ///< ISO 8601 UTC of the latest check that counted
    QString source;           ///< the results file it came from (file name)
    QString fingerprint;      ///< ReviewSheet::fingerprint of the opening when checked
    int passed = 0;           ///< checks that connected
    int failed = 0;           ///< checks that did not
    int untested = 0;         ///< checks that cannot prove anything (UDP, ICMP)
    QStringList failures;     ///< "cm01 -> dp01 TCP/443: timeout", for the reviewer
    Extras extras;
    friend bool operator==(const VerificationRecord &a, const VerificationRecord &b);
    friend bool operator!=(const VerificationRecord &a, const VerificationRecord &b) { return !(a == b); }
};

} // namespace pp
