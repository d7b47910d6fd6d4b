#include "model/export/RequestLine.h"

namespace pp {

QString RequestLine::portLabel() const
{
    return protocolName(protocol) + QLatin1Char('/') + port;
}

} // namespace pp
