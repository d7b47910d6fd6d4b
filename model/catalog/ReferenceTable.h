#pragma once

#include <QString>

#include "model/catalog/CatalogPort.h"

#include <vector>

namespace pp {

/// A port table that no role pair implies (client shares, Windows Server
/// ports). Manual links may cite it.
struct ReferenceTable
{
    QString ref;
    int from = -1;    ///< role index or -1
    int to = -1;
    QString when;
    std::vector<CatalogPort> ports;
};

} // namespace pp
