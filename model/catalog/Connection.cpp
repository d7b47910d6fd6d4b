#include "model/catalog/Connection.h"

#include "model/catalog/CatalogNames.h"

namespace pp {

QString directionText(Direction d)
{
    return d == Direction::BothWays ? QStringLiteral("<-->") : QStringLiteral("-->");
}

QString scopeName(Scope s)
{
    return catalognames::nameOf(catalognames::scopeNames, int(s));
}

} // namespace pp
