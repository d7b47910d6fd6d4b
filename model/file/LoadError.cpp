#include "model/file/LoadError.h"

namespace pp {

LoadError LoadError::of(Kind kind, const QString &message)
{
    LoadError e;
    e.kind = kind;
    e.message = message;
    return e;
}

LoadError LoadError::at(const QString &path, const QString &message)
{
    LoadError e = of(Kind::Invalid, message);
    e.path = path;
    return e;
}

QString LoadError::toString() const
{
    QString where;
    if (line > 0)
        where = QStringLiteral("line %1, column %2: ").arg(line).arg(column);
    else if (!path.isEmpty())
        where = path + QStringLiteral(": ");
    return where + message;
}

} // namespace pp
