#include "app/cli/Cli.h"

#include "app/cli/AnalyzedDesign.h"
#include "app/cli/AuditCommand.h"
#include "app/cli/CliOutput.h"
#include "app/cli/CliSupport.h"
#include "app/cli/ExportCommands.h"
#include "app/cli/ImportCommand.h"
#include "app/cli/ReviewCommand.h"
#include "app/cli/VerifyCommands.h"
#include "model/catalog/Catalog.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QFile>

#include <cstdio>
#include <optional>

namespace pp::cli {

namespace {

const char *const overview = R"(portplanner-cli: the PortPlanner rules engine on the command line.

Usage: portplanner-cli COMMAND [options] [arguments]

Commands:
  catalog [--catalog ID] [--format json|csv|table]
        Every catalog connection with its seed anchor (ref), roles, direction
        and ports: the default catalog (configmgr-2017) or catalog ID.
  flows DESIGN [--crossing] [--format json|csv|table]
        The flows DESIGN needs; --crossing keeps those that cross a zone.
  validate DESIGN [--format json|table]
        Errors and warnings.
  review DESIGN [--format json|table] [--record FILE.html]
        Review progress, highest risk first; exit 0 only when every
        crossing is approved and none needs re-review.
  export DESIGN --format csv|xlsx|html|pdf|ps1|nft|svg|png|drawio -o FILE
        [--firewall ID] [--detail zones|hosts]
        The firewall change request: one line per opening (boundary
        crossings only), grouped into rules per zone pair, a section per
        firewall device where the design has them. --firewall writes one
        device's request (by default in its platform's format). svg, png
        and drawio (diagrams.net) draw the diagram as the designer does: one
        trunk per zone pair (--detail zones, the default) or the host lines
        (--detail hosts). Without --format, FILE's extension decides.
  diff OLD NEW [--format table|json|csv|xlsx|html|pdf|ps1|nft] [-o FILE]
        Openings added, removed and changed between two versions, per
        firewall device where the design has them; every export format
        gives a change request for only what changed.
  diff-catalog DESIGN [--from ID] [--to ID] [--format table|json|csv|
        xlsx|html|pdf|ps1|nft] [-o FILE]
        The openings to add and to remove when DESIGN moves from one port
        catalog to another (default: from its own to the newest,
        configmgr-current-2022), as diff gives them.
  import INVENTORY.csv [--into BASE.portplan] -o OUT.portplan
        A design from a ConfigMgr site-system inventory (ServerName,
        SiteCode, RoleName[, IPAddress]); hosts placed into the base
        design's zones by subnet, unknown role names reported.
  audit DESIGN --policy FILE [--firewall ID] [--format table|json|csv]
        Each opening held against an existing policy (nft -j list ruleset,
        iptables-save, a Capirca .pol, a PAN-OS configuration XML or a CSV
        rule list): allowed (by which rule), partial or missing; and the
        policy's rules that reach ConfigMgr hosts wider than needed.
  verify-script DESIGN --host ID|--all -o FILE|DIR
        The checks that prove, from each source host, that its openings
        work: PowerShell (Test-NetConnection) or POSIX sh, read-only.
  verify-import DESIGN RESULTS... [-o OUT.portplan]
        Their results into the design: each opening verified, failed or
        untested (stale once the opening changes).

Every command that reads a design takes --catalog ID to use that port
catalog instead of the one the design names (configmgr-2017, the 2017
ports page and the default, or configmgr-current-2022, the current-branch
page of 2022).

Every command takes --lang zh_TW for Traditional Chinese findings, flow
descriptions, justifications and change-request headers (role and port
names as the seed writes them); --lang en is the default.

Exit codes:
  0   success (validate: no findings; diff: no difference)
  1   validate: the design has errors or warnings;
      review: not every crossing is approved;
      diff, diff-catalog: the openings differ;
      import: written, with notes to read (unknown role names,
      hosts in no zone);
      audit: an opening is missing or partly missing;
      verify-import: an opening it touches is not verified
  2   a design file could not be read (the message says why);
      import: the inventory could not be read;
      audit, verify-import: the policy or results could not be read
  64  bad command line
  73  an output file could not be written

Run 'portplanner-cli COMMAND --help' for the options of one command.
)";

int catalogCommand(const QStringList &args)
{
    Command cmd(QStringLiteral("catalog"), QStringLiteral("List every catalog connection and its ports."),
                {QStringLiteral("json"), QStringLiteral("csv"), QStringLiteral("table")}, QStringLiteral("table"));
    if (auto stop = cmd.parse(args, 0, QString()))
        return *stop;
    const QString id = cmd.catalogOverride();
    writeOut(catalogOutput(id.isEmpty() ? Catalog::builtin() : *Catalog::byId(id), cmd.outputFormat()));
    return ExitOk;
}

int flowsCommand(const QStringList &args)
{
    Command cmd(QStringLiteral("flows"), QStringLiteral("List the flows a design needs."),
                {QStringLiteral("json"), QStringLiteral("csv"), QStringLiteral("table")}, QStringLiteral("table"));
    const QCommandLineOption crossing(QStringLiteral("crossing"),
                                      QStringLiteral("Only flows that cross a zone boundary."));
    cmd.parser.addOption(crossing);
    if (auto stop = cmd.parse(args, 1, QStringLiteral("DESIGN")))
        return *stop;
    const auto source = AnalyzedDesign::load(cmd.parser.positionalArguments().constFirst(), cmd.catalogOverride());
    if (!source)
        return ExitUnreadable;
    const Catalog &catalog = *source->catalog;
    if (!writeFlows(source->design, catalog, source->analysis, cmd.parser.isSet(crossing), cmd.outputFormat()))
        return ExitCannotWrite;
    // Rule 8's notes say why a connection is missing: beside the table for
    // people, on stderr where stdout is data (json, csv).
    const QByteArray notes = notesOutput(source->design, catalog, source->analysis);
    if (!notes.isEmpty()) {
        if (cmd.outputFormat() == Format::Table)
            writeOut('\n' + notes);
        else
            writeErr(QString::fromUtf8(notes));
    }
    return ExitOk;
}

int validateCommand(const QStringList &args)
{
    Command cmd(QStringLiteral("validate"), QStringLiteral("Check a design: errors and warnings."),
                {QStringLiteral("json"), QStringLiteral("table")}, QStringLiteral("table"));
    if (auto stop = cmd.parse(args, 1, QStringLiteral("DESIGN")))
        return *stop;
    const auto source = AnalyzedDesign::load(cmd.parser.positionalArguments().constFirst(), cmd.catalogOverride());
    if (!source)
        return ExitUnreadable;
    writeOut(findingsOutput(source->analysis, cmd.outputFormat()));
    return source->analysis.findings.empty() ? ExitOk : ExitFindings;
}

} // namespace

int run(const QStringList &arguments)
{
    if (arguments.isEmpty()) {
        writeErr(QString::fromUtf8(overview));
        return ExitUsage;
    }
    const QString command = arguments.constFirst();
    const QStringList rest = arguments.mid(1);
    if (command == QLatin1String("--help") || command == QLatin1String("-h") || command == QLatin1String("help")) {
        writeOut(QByteArray(overview));
        return ExitOk;
    }
    if (command == QLatin1String("--version")) {
        writeOut(QStringLiteral("portplanner-cli %1\n").arg(QCoreApplication::applicationVersion()).toUtf8());
        return ExitOk;
    }
    if (command == QLatin1String("catalog"))
        return catalogCommand(rest);
    if (command == QLatin1String("flows"))
        return flowsCommand(rest);
    if (command == QLatin1String("validate"))
        return validateCommand(rest);
    if (command == QLatin1String("review"))
        return reviewCommand(rest);
    if (command == QLatin1String("export"))
        return exportCommand(rest);
    if (command == QLatin1String("diff"))
        return diffCommand(rest);
    if (command == QLatin1String("diff-catalog"))
        return diffCatalogCommand(rest);
    if (command == QLatin1String("import"))
        return importCommand(rest);
    if (command == QLatin1String("audit"))
        return auditCommand(rest);
    if (command == QLatin1String("verify-script"))
        return verifyScriptCommand(rest);
    if (command == QLatin1String("verify-import"))
        return verifyImportCommand(rest);
    writeErr(QStringLiteral("portplanner-cli: unknown command \"%1\"\n\n").arg(command) + QString::fromUtf8(overview));
    return ExitUsage;
}

} // namespace pp::cli
