#include "model/design/ReviewDecision.h"

#include "model/design/EnumNames.h"

namespace pp {

namespace {

const char16_t *const verdictNames[] = {u"approve", u"reject", u"question"};

} // namespace

QString verdictName(Verdict v) { return QString::fromUtf16(verdictNames[size_t(v)]); }
std::optional<Verdict> verdictFromName(QStringView n) { return enumFromName<Verdict>(verdictNames, n); }

bool operator==(const ReviewDecision &a, const ReviewDecision &b)
{
    return a.key == b.key && a.verdict == b.verdict && a.comment == b.comment && a.reviewer == b.reviewer
        && a.time == b.time && a.fingerprint == b.fingerprint && a.extras == b.extras;
}

} // namespace pp
