#include "model/catalog/Condition.h"

#include "model/catalog/CatalogNames.h"

namespace pp {

QString conditionName(Condition c)
{
    return catalognames::nameOf(catalognames::conditionNames, int(c));
}

} // namespace pp
