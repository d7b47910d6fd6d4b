#pragma once

#include <QString>
#include <QStringView>

#include "model/design/Extras.h"

#include <optional>

namespace pp {

enum class Verdict : quint8 { Approve, Reject, Question };
QString verdictName(Verdict v);
std::optional<Verdict> verdictFromName(QStringView name);

/// A reviewer's decision on one opening (file key "reviews"). Decisions are
/// appended, never rewritten: the latest per key counts, the rest is history.
struct ReviewDecision
{
    QString key;              ///< opening key, e.g. "lan>dmz/TCP/443"
    Verdict verdict = Verdict::Question;
    QString comment;
    QString reviewer;
    QString time;             ///< ISO 8601 UTC
    QString fingerprint;      ///< what the opening looked like when decided
    Extras extras;
    friend bool operator==(const ReviewDecision &a, const ReviewDecision &b);
};

} // namespace pp
