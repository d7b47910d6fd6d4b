#include "app/cli/VerifyCommands.h"

#include "app/cli/AnalyzedDesign.h"
#include "app/cli/Cli.h"
#include "app/cli/CliSupport.h"
#include "app/cli/TextTable.h"
#include "model/catalog/Catalog.h"
#include "model/file/DesignFile.h"
#include "model/verify/VerificationImport.h"
#include "model/verify/VerificationStatus.h"
#include "model/verify/VerifyScript.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSaveFile>

namespace pp::cli {

namespace {

bool writeFile(const QString &path, const QByteArray &bytes, bool executable, QString *error)
{
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(bytes) != bytes.size() || !file.commit()) {
        *error = QStringLiteral("cannot write %1: %2").arg(path, file.errorString());
        return false;
    }
    if (executable)
        QFile::setPermissions(path, QFile::permissions(path) | QFile::ExeOwner | QFile::ExeGroup | QFile::ExeOther);
    return true;
}

} // namespace

int verifyScriptCommand(const QStringList &args)
{
    Command cmd(QStringLiteral("verify-script"),
                QStringLiteral("Write the checks that prove, from each source host, that its openings work: "
                               "Windows PowerShell (Test-NetConnection) for Windows hosts, POSIX sh for Mac "
                               "clients. Each prints one CSV line per check; read them back with verify-import."),
                {QStringLiteral("script")}, QStringLiteral("script"));
    const QCommandLineOption host(QStringLiteral("host"), QStringLiteral("The source host's id."), QStringLiteral("ID"));
    const QCommandLineOption all(QStringLiteral("all"), QStringLiteral("Every source host: -o names a folder."));
    const QCommandLineOption output({QStringLiteral("o"), QStringLiteral("output")},
                                    QStringLiteral("The script (--host; .ps1 or .sh chooses the language) or the "
                                                   "folder for one script per host (--all)."),
                                    QStringLiteral("FILE"));
    for (const auto *o : {&host, &all, &output})
        cmd.parser.addOption(*o);
    if (auto stop = cmd.parse(args, 1, QStringLiteral("DESIGN --host ID|--all -o FILE")))
        return *stop;
    if (cmd.parser.isSet(host) == cmd.parser.isSet(all) || !cmd.parser.isSet(output)) {
        writeErr(QStringLiteral("portplanner-cli verify-script: give --host ID or --all, and -o FILE"));
        return ExitUsage;
    }
    const auto source = AnalyzedDesign::load(cmd.parser.positionalArguments().constFirst(), cmd.catalogOverride());
    if (!source)
        return ExitUnreadable;
    const Design &design = source->design;
    const QString out = cmd.parser.value(output);
    QString error;
    if (cmd.parser.isSet(host)) {
        const int index = design.hostIndex(cmd.parser.value(host));
        if (index < 0) {
            writeErr(QStringLiteral("portplanner-cli verify-script: the design has no host \"%1\"").arg(cmd.parser.value(host)));
            return ExitUsage;
        }
        if (!VerifyPlan::canRunOn(design.hosts[size_t(index)])) {
            writeErr(QStringLiteral("portplanner-cli verify-script: %1 is a service nobody can run a script on")
                         .arg(cmd.parser.value(host)));
            return ExitUsage;
        }
        auto plans = VerifyPlan::build(design, source->analysis, index);
        VerifyHostPlan plan = plans.empty() ? VerifyHostPlan{index, VerifyPlan::shellFor(design.hosts[size_t(index)]), {}, {}}
                                            : std::move(plans.front());
        if (out.endsWith(QLatin1String(".sh")))
            plan.shell = VerifyShell::Posix;
        else if (out.endsWith(QLatin1String(".ps1")))
            plan.shell = VerifyShell::PowerShell;
        if (plan.checks.empty())
            writeErr(QStringLiteral("portplanner-cli verify-script: %1 starts no connection that crosses a zone")
                         .arg(cmd.parser.value(host)));
        if (!writeFile(out, VerifyScript::write(design, plan).toUtf8(), plan.shell == VerifyShell::Posix, &error)) {
            writeErr(QStringLiteral("portplanner-cli verify-script: %1").arg(error));
            return ExitCannotWrite;
        }
        return ExitOk;
    }
    if (!QDir().mkpath(out)) {
        writeErr(QStringLiteral("portplanner-cli verify-script: cannot create the folder %1").arg(out));
        return ExitCannotWrite;
    }
    const auto plans = VerifyPlan::build(design, source->analysis);
    for (const VerifyHostPlan &plan : plans) {
        const QString path = QDir(out).filePath(VerifyScript::fileName(design, plan));
        if (!writeFile(path, VerifyScript::write(design, plan).toUtf8(), plan.shell == VerifyShell::Posix, &error)) {
            writeErr(QStringLiteral("portplanner-cli verify-script: %1").arg(error));
            return ExitCannotWrite;
        }
        writeOut(QStringLiteral("%1: %2 check(s)\n").arg(path).arg(plan.checks.size()).toUtf8());
    }
    return ExitOk;
}

int verifyImportCommand(const QStringList &args)
{
    Command cmd(QStringLiteral("verify-import"),
                QStringLiteral("Read the results of verify-script's checks into the design: each opening they touch "
                               "becomes verified, failed or untested. Writes DESIGN (or -o OUT). Exit 0 when every "
                               "opening they touch is verified, 1 otherwise, 2 when a file cannot be read."),
                {QStringLiteral("table")}, QStringLiteral("table"));
    const QCommandLineOption output({QStringLiteral("o"), QStringLiteral("output")},
                                    QStringLiteral("Write the design here instead of over DESIGN."), QStringLiteral("OUT"));
    cmd.parser.addOption(output);
    cmd.parser.addPositionalArgument(QStringLiteral("args"), QString(), QStringLiteral("DESIGN RESULTS..."));
    if (!cmd.parser.parse(QStringList{QStringLiteral("portplanner-cli verify-import")} + args)) {
        writeErr(QStringLiteral("portplanner-cli verify-import: %1").arg(cmd.parser.errorText()));
        return ExitUsage;
    }
    if (cmd.parser.isSet(cmd.help)) {
        writeOut(cmd.parser.helpText().toUtf8());
        return ExitOk;
    }
    const QStringList positional = cmd.parser.positionalArguments();
    if (positional.size() < 2 || cmd.parser.isSet(cmd.catalog)) {
        writeErr(QStringLiteral("portplanner-cli verify-import: expected DESIGN RESULTS... (no --catalog: the design is "
                                "written back with its own)"));
        return ExitUsage;
    }
    auto source = AnalyzedDesign::load(positional.front());
    if (!source)
        return ExitUnreadable;
    int matched = 0;
    for (const QString &path : positional.mid(1)) {
        QFile file(path);
        if (!file.open(QIODevice::ReadOnly) || file.size() > 256 * 1024 * 1024) {
            writeErr(QStringLiteral("portplanner-cli verify-import: cannot read %1: %2").arg(path, file.errorString()));
            return ExitUnreadable;
        }
        const VerifyResults results = VerifyResults::parse(file.readAll());
        if (!results.ok()) {
            writeErr(QStringLiteral("portplanner-cli verify-import: %1: %2").arg(QFileInfo(path).fileName(), results.error));
            return ExitUnreadable;
        }
        const auto outcome = VerificationImport::apply(source->design, *source->catalog, source->analysis, results,
                                                       QFileInfo(path).fileName());
        source->design.verifications = outcome.records;
        matched += outcome.matched;
        for (const QString &n : outcome.notes)
            writeErr(QStringLiteral("note: %1: %2").arg(QFileInfo(path).fileName(), n));
    }
    const QString target = cmd.parser.isSet(output) ? cmd.parser.value(output) : positional.front();
    QString error;
    if (!DesignFile::save(source->design, target, &error)) {
        writeErr(QStringLiteral("portplanner-cli verify-import: %1").arg(error));
        return ExitCannotWrite;
    }
    const VerificationStatus status(source->design, *source->catalog, source->analysis);
    TextTable table({QStringLiteral("opening"), QStringLiteral("verification"), QStringLiteral("checks"),
                     QStringLiteral("failures")});
    bool allVerified = true;
    for (size_t i = 0; i < source->analysis.openings.size(); ++i) {
        const VerificationRecord *r = status.record(int(i));
        if (!r)
            continue;
        const VerificationState s = status.state(int(i));
        allVerified = allVerified && s == VerificationState::Verified;
        table.addRow({r->key, verificationStateName(s),
                      QStringLiteral("%1 passed, %2 failed, %3 untested").arg(r->passed).arg(r->failed).arg(r->untested),
                      r->failures.mid(0, 2).join(QStringLiteral("; "))});
    }
    writeOut(table.toString().toUtf8());
    writeOut(QStringLiteral("%1 result line(s) matched; %2 verified, %3 failed, %4 untested, %5 stale of %6 opening(s)\n")
                 .arg(matched)
                 .arg(status.count(VerificationState::Verified))
                 .arg(status.count(VerificationState::Failed))
                 .arg(status.count(VerificationState::Untested))
                 .arg(status.count(VerificationState::Stale))
                 .arg(source->analysis.openings.size())
                 .toUtf8());
    return allVerified && matched > 0 ? ExitOk : ExitFindings;
}

} // namespace pp::cli
