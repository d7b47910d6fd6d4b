#include "model/file/LoadResult.h"

#include <QStringList>

namespace pp {

QString LoadResult::errorText() const
{
    QStringList lines;
    for (const auto &e : errors)
        lines << e.toString();
    return lines.join(QLatin1Char('\n'));
}

} // namespace pp
