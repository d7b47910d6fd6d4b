#include "app/cli/ImportCommand.h"

#include "app/cli/Cli.h"
#include "app/cli/CliSupport.h"
#include "model/catalog/Catalog.h"
#include "model/file/DesignFile.h"
#include "model/export/ExportText.h"
#include "model/import/InventoryImport.h"

#include <QFile>

namespace pp::cli {

int importCommand(const QStringList &args)
{
    Command cmd(QStringLiteral("import"),
                QStringLiteral("Import an existing site from a ConfigMgr site-system inventory: a CSV with the "
                               "columns ServerName, SiteCode and RoleName (as SMS_SystemResourceList names "
                               "them, e.g. \"SMS Management Point\") and optionally IPAddress. Hosts go into the "
                               "base design's zones by subnet, the rest into an \"Unassigned\" zone; role names "
                               "without a catalog role are reported.\n"
                               "Exit 0: imported; 1: imported, with notes to read; 2: unreadable input."),
                {QStringLiteral("portplan")}, QStringLiteral("portplan"));
    const QCommandLineOption into(QStringLiteral("into"),
                                  QStringLiteral("Add the inventory to this design (its zones place the hosts)."),
                                  QStringLiteral("BASE"));
    const QCommandLineOption output({QStringLiteral("o"), QStringLiteral("output")},
                                    QStringLiteral("The design file to write."), QStringLiteral("OUT"));
    cmd.parser.addOption(into);
    cmd.parser.addOption(output);
    if (auto stop = cmd.parse(args, 1, QStringLiteral("INVENTORY.csv")))
        return *stop;
    if (!cmd.parser.isSet(output)) {
        writeErr(QStringLiteral("portplanner-cli import: -o OUT.portplan is required"));
        return ExitUsage;
    }

    const QString path = cmd.parser.positionalArguments().constFirst();
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        writeErr(QStringLiteral("portplanner-cli import: cannot read %1: %2").arg(path, file.errorString()));
        return ExitUnreadable;
    }
    std::optional<Design> base;
    if (cmd.parser.isSet(into)) {
        base = loadDesign(cmd.parser.value(into), cmd.catalogOverride());
        if (!base)
            return ExitUnreadable;
    }
    // The base design's catalog (or --catalog) maps the inventory's role
    // names; a new design names the catalog it was mapped with.
    const QString catalogId = base ? base->catalog : cmd.catalogOverride();
    const Catalog &catalog = *Catalog::forDesign(catalogId);

    InventoryImportResult result = InventoryImport::run(file.readAll(), catalog, base ? &*base : nullptr);
    if (result.design)
        result.design->catalog = catalog.id();
    for (const ImportMessage &m : result.messages)
        writeErr(path + QLatin1Char(':') + exporttext::singleLine(m.toString()));
    if (!result.ok()) {
        writeErr(QStringLiteral("portplanner-cli import: nothing written"));
        return ExitUnreadable;
    }
    QString error;
    if (!DesignFile::save(*result.design, cmd.parser.value(output), &error)) {
        writeErr(QStringLiteral("portplanner-cli import: cannot write %1: %2").arg(cmd.parser.value(output), error));
        return ExitCannotWrite;
    }
    writeErr(QStringLiteral("wrote %1: %2 host(s) added, %3 merged, %4 site(s) added, %5 unassigned, %6 role name(s) "
                            "not imported")
                 .arg(cmd.parser.value(output))
                 .arg(result.hostsAdded)
                 .arg(result.hostsMerged)
                 .arg(result.sitesAdded.size())
                 .arg(result.unassignedHosts.size())
                 .arg(result.unmappedRoles.size()));
    return result.needsAttention() ? ExitFindings : ExitOk;
}

} // namespace pp::cli
