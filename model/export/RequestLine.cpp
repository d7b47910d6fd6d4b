#include "model/export/RequestLine.h"

namespace pp {

QString RequestLine::phaseText() const
{
    if (runtime && install)
        return QStringLiteral("runtime, install");
    return install ? QStringLiteral("install") : QStringLiteral("runtime");
}

QString RequestLine::directionText() const
{
    // Words first: a cell starting with "-" would read as a formula.
    return bothWays ? QStringLiteral("both ways (<-->)") : QStringLiteral("one way (-->)");
}

QString RequestLine::portLabel() const
{
    return protocolName(protocol) + QLatin1Char('/') + port;
}

} // namespace pp
