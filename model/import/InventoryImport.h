#pragma once

#include <QByteArray>
#include <QString>
#include <QStringList>
#include <QVector>

#include "model/design/Design.h"

#include <optional>

namespace pp {

class Catalog;

/// One thing the import has to say, with the inventory line it is about
/// (0 when it is about the file as a whole).
struct ImportMessage
{
    enum class Severity : quint8 { Error, Warning, Note };
    Severity severity = Severity::Note;
    int line = 0;
    QString text;

    QString toString() const; ///< "line 4: error: ..."
};

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
