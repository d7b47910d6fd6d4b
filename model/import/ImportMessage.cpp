#include "model/import/ImportMessage.h"

namespace pp {

QString ImportMessage::toString() const
{
    const QString what = severity == Severity::Error ? QStringLiteral("error")
        : severity == Severity::Warning              ? QStringLiteral("warning")
                                                     : QStringLiteral("note");
    return line > 0 ? QStringLiteral("line %1: %2: %3").arg(line).arg(what, text) : what + QStringLiteral(": ") + text;
}

} // namespace pp
