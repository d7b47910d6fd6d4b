#include "model/export/ServicePort.h"

namespace pp {

QString ServicePort::lowerProtocol() const
{
    return protocolName(protocol).toLower();
}

} // namespace pp
