#include "model/design/Verification.h"

namespace pp {

QString verificationResultName(VerificationResult r)
{
    switch (r) {
    case VerificationResult::Verified: return QStringLiteral("verified");
    case VerificationResult::Failed: return QStringLiteral("failed");
    case VerificationResult::Untested: return QStringLiteral("untested");
    }
    return {};
}

std::optional<VerificationResult> verificationResultFromName(QStringView name)
{
    for (VerificationResult r : {VerificationResult::Verified, VerificationResult::Failed, VerificationResult::Untested})
        if (name == verificationResultName(r))
            return r;
    return std::nullopt;
}

bool operator==(const VerificationRecord &a, const VerificationRecord &b)
{
    return a.key == b.key && a.result == b.result && a.time == b.time && a.source == b.source
        && a.fingerprint == b.fingerprint && a.passed == b.passed && a.failed == b.failed
        && a.untested == b.untested && a.failures == b.failures && a.extras == b.extras;
}

} // namespace pp
