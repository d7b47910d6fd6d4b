#pragma once

#include <QStringList>
#include <QVector>

#include "model/design/Design.h"
#include "model/import/ImportMessage.h"

#include <optional>

namespace pp {

/// What an inventory import gave: the merged design (none when the
/// inventory has errors), what it has to say, and what it added or left out.
struct InventoryImportResult
{
    std::optional<Design> design; ///< none when the inventory has errors
    QVector<ImportMessage> messages;
    QStringList unmappedRoles;    ///< role names that were not imported
    QStringList unassignedHosts;  ///< host ids placed in the "Unassigned" zone
    QStringList sitesAdded;
    int hostsAdded = 0;
    int hostsMerged = 0;          ///< hosts the base design had already

    bool ok() const { return design.has_value(); }
    /// Something was left out or left unplaced: a person should look.
    bool needsAttention() const { return !unmappedRoles.isEmpty() || !unassignedHosts.isEmpty(); }
};

} // namespace pp
