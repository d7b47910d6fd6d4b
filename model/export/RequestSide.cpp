#include "model/export/RequestSide.h"

namespace pp {

QString RequestSide::label() const
{
    if (interfaceName.isEmpty() || interfaceName == zoneName)
        return zoneName;
    return QStringLiteral("%1 (%2)").arg(interfaceName, zoneName);
}

} // namespace pp
