#pragma once

// Whether the design's port catalog has any use for an option: the
// current-branch options only change flows where the catalog has rows that
// read them, so the property editors show them only there.

#include "model/catalog/Catalog.h"

#include <algorithm>

namespace pp::views::catalogUse {

/// Some connection of `catalog` (null: none) reads the host option `key`.
inline bool readsHostOption(const Catalog *catalog, const QString &key)
{
    return catalog
        && std::any_of(catalog->connections().begin(), catalog->connections().end(),
                       [&key](const Connection &c) { return c.hostOption == key; });
}

/// Some connection or port row of `catalog` (null: none) depends on `condition`.
inline bool readsCondition(const Catalog *catalog, Condition condition)
{
    if (!catalog)
        return false;
    for (const Connection &c : catalog->connections()) {
        if (c.conditions.contains(condition))
            return true;
        for (const CatalogPort &p : c.ports)
            if (p.conditions.contains(condition))
                return true;
    }
    return false;
}

} // namespace pp::views::catalogUse
