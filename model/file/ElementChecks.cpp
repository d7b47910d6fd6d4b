#include "model/file/ElementChecks.h"

namespace pp::io {

void addInvalid(QVector<LoadError> &errors, const QString &path, const QString &message)
{
    errors << LoadError::at(path, message);
}

bool hasControlCharacters(const QString &text)
{
    for (QChar c : text)
        if (c.category() == QChar::Other_Control)
            return true;
    return false;
}

void checkUniqueId(QVector<LoadError> &errors, const QString &path, const QString &id, QSet<QString> &seen,
                   const char *what)
{
    if (id.isEmpty())
        return;
    if (hasControlCharacters(id))
        addInvalid(errors, path, QStringLiteral("%1 id contains control characters").arg(QLatin1String(what)));
    if (seen.contains(id))
        addInvalid(errors, path, QStringLiteral("duplicate %1 id \"%2\"").arg(QLatin1String(what), id));
    seen.insert(id);
}

} // namespace pp::io
