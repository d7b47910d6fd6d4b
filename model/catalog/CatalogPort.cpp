#include "model/catalog/CatalogPort.h"

namespace pp {

QString phaseName(Phase p)
{
    return p == Phase::Install ? QStringLiteral("install") : QStringLiteral("runtime");
}

} // namespace pp
