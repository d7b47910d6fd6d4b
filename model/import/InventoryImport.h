#pragma once

#include <QByteArray>

#include "model/design/Design.h"
#include "model/import/ImportMessage.h"
#include "model/import/InventoryImportResult.h"

namespace pp {

class Catalog;

/// Imports an existing site from the inventory a ConfigMgr admin can pull
/// today: a CSV of site-system roles (columns ServerName, SiteCode, RoleName,
/// optionally IP addresses; header names matched without regard to case,
/// blanks or underscores). Each server becomes a host carrying the catalog
/// roles its role names map to, in the site its SiteCode names (created as a
/// primary site when the base design lacks it). Hosts go into the base
/// design's zone whose subnet holds their address most narrowly, the rest
/// into an "Unassigned" zone. Servers the base design already has keep their
/// zone and position and gain the missing roles. Role names without a catalog
/// role are reported, never dropped silently; malformed CSV gives errors with
/// line numbers and no design.
class InventoryImport
{
public:
    static InventoryImportResult run(const QByteArray &csv, const Catalog &catalog, const Design *base = nullptr);
};

} // namespace pp
