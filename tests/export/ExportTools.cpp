#include "tests/export/ExportTools.h"

#include "model/catalog/Catalog.h"
#include "render/ExportFormats.h"

#include <QDir>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QProcess>
#include <QStandardPaths>
#include <QTemporaryFile>
#include <QXmlStreamReader>

#include <unistd.h>

namespace pp::test {

QByteArray exportBytes(const QString &format, const ChangeRequest &request, const Design &design,
                       const Analysis &analysis, QString *error)
{
    return exportformats::render(format, ExportInput{request, design, Catalog::builtin(), analysis}, error);
}

namespace {

QString scriptPath(const QString &fileName)
{
    return QDir(qEnvironmentVariable("PORTPLANNER_EXPORT_TESTS")).filePath(fileName);
}

QString missing(const QString &program, const QString &package)
{
    return QStringLiteral("%1 not found (Debian package %2)").arg(program, package);
}

Report jsonReport(const ToolRun &run, const QString &what)
{
    Report r;
    if (!run.started) {
        r.error = what + QStringLiteral(" did not start");
        return r;
    }
    if (run.exitCode != 0) {
        r.error = QStringLiteral("%1 failed (%2): %3").arg(what).arg(run.exitCode).arg(QString::fromUtf8(run.err));
        return r;
    }
    QJsonParseError error{};
    const QJsonDocument doc = QJsonDocument::fromJson(run.out, &error);
    if (error.error != QJsonParseError::NoError)
        r.error = QStringLiteral("%1 printed no JSON: %2").arg(what, error.errorString());
    r.json = doc.object();
    return r;
}

Rows rowsFromJson(const QByteArray &json)
{
    Rows r;
    QJsonParseError error{};
    const QJsonDocument doc = QJsonDocument::fromJson(json, &error);
    if (error.error != QJsonParseError::NoError) {
        r.error = error.errorString();
        return r;
    }
    for (const QJsonValue &row : doc.array()) {
        QStringList cells;
        for (const QJsonValue &c : row.toArray())
            cells << c.toString();
        r.rows.push_back(cells);
    }
    return r;
}

bool has(const QString &program)
{
    return !QStandardPaths::findExecutable(program).isEmpty()
        || !QStandardPaths::findExecutable(program, {QStringLiteral("/usr/sbin"), QStringLiteral("/sbin")}).isEmpty();
}

/// A network namespace of its own, so the host's ruleset is never touched.
/// Root keeps its capabilities there (nft can then raise its socket buffer
/// for big rulesets); anyone else gets one inside a user namespace.
QString unshareFlags()
{
    return geteuid() == 0 ? QStringLiteral("-n") : QStringLiteral("-rn");
}

QString nftProgram()
{
    const QString onPath = QStandardPaths::findExecutable(QStringLiteral("nft"));
    return onPath.isEmpty()
        ? QStandardPaths::findExecutable(QStringLiteral("nft"), {QStringLiteral("/usr/sbin"), QStringLiteral("/sbin")})
        : onPath;
}

} // namespace

ToolRun runTool(const QString &program, const QStringList &args, int timeoutMs)
{
    ToolRun run;
    QProcess p;
    p.start(program, args);
    if (!p.waitForStarted(10000))
        return run;
    run.started = true;
    p.closeWriteChannel();
    if (!p.waitForFinished(timeoutMs)) {
        p.kill();
        p.waitForFinished();
        run.err = "timed out";
        return run;
    }
    run.exitCode = p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1;
    run.out = p.readAllStandardOutput();
    run.err = p.readAllStandardError();
    return run;
}

Rows pythonCsvRows(const QString &path)
{
    if (!has(QStringLiteral("python3")))
        return {missing(QStringLiteral("python3"), QStringLiteral("python3")), {}, {}};
    const ToolRun run = runTool(QStringLiteral("python3"), {scriptPath(QStringLiteral("csv_rows.py")), path});
    if (run.exitCode != 0)
        return {{}, QStringLiteral("csv_rows.py failed: ") + QString::fromUtf8(run.err), {}};
    return rowsFromJson(run.out);
}

Rows xlsxSheet(const QString &path, const QString &sheet)
{
    if (!has(QStringLiteral("xlsx2csv")))
        return {missing(QStringLiteral("xlsx2csv"), QStringLiteral("xlsx2csv")), {}, {}};
    QTemporaryFile csv(QDir::tempPath() + QStringLiteral("/sheet-XXXXXX.csv"));
    if (!csv.open())
        return {{}, QStringLiteral("no temporary file"), {}};
    const ToolRun run = runTool(QStringLiteral("xlsx2csv"), {QStringLiteral("-n"), sheet, path, csv.fileName()});
    if (run.exitCode != 0)
        return {{}, QStringLiteral("xlsx2csv failed: ") + QString::fromUtf8(run.err + run.out), {}};
    return pythonCsvRows(csv.fileName());
}

Report htmlCheck(const QString &path)
{
    if (!has(QStringLiteral("python3")))
        return {missing(QStringLiteral("python3"), QStringLiteral("python3")), {}, {}};
    return jsonReport(runTool(QStringLiteral("python3"), {scriptPath(QStringLiteral("html_check.py")), path}),
                      QStringLiteral("html_check.py"));
}

Report xlsxCheck(const QString &path)
{
    if (!has(QStringLiteral("python3")))
        return {missing(QStringLiteral("python3"), QStringLiteral("python3")), {}, {}};
    return jsonReport(runTool(QStringLiteral("python3"), {scriptPath(QStringLiteral("xlsx_check.py")), path}),
                      QStringLiteral("xlsx_check.py"));
}

Report powerShellCheck(const QString &path)
{
    if (!has(QStringLiteral("node")))
        return {missing(QStringLiteral("node"), QStringLiteral("nodejs")), {}, {}};
    const QString modules = qEnvironmentVariable("PORTPLANNER_NODE_MODULES");
    if (!QFileInfo::exists(modules + QStringLiteral("/tree-sitter-powershell/tree-sitter-powershell.wasm")))
        return {QStringLiteral("the PowerShell grammar is not installed in %1: the export_ps_grammar fixture could not "
                               "fetch tree-sitter-powershell and web-tree-sitter from npm (Debian: nodejs and npm)")
                    .arg(modules),
                {},
                {}};
    return jsonReport(runTool(QStringLiteral("node"), {scriptPath(QStringLiteral("ps_check.mjs")), modules, path}),
                      QStringLiteral("ps_check.mjs"));
}

Report nftCheck(const QString &path)
{
    const QString nft = nftProgram();
    if (nft.isEmpty())
        return {missing(QStringLiteral("nft"), QStringLiteral("nftables")), {}, {}};
    if (!has(QStringLiteral("unshare")))
        return {missing(QStringLiteral("unshare"), QStringLiteral("util-linux")), {}, {}};
    const ToolRun probe = runTool(QStringLiteral("unshare"), {unshareFlags(), QStringLiteral("true")});
    if (probe.exitCode != 0)
        return {QStringLiteral("unshare %1 is not permitted here: ").arg(unshareFlags()) + QString::fromUtf8(probe.err),
                {}, {}};
    const ToolRun run = runTool(QStringLiteral("unshare"), {unshareFlags(), nft, QStringLiteral("-c"), QStringLiteral("-f"), path});
    Report r;
    if (run.exitCode != 0)
        r.error = QString::fromUtf8(run.err + run.out);
    return r;
}

Report nftLoad(const QString &path)
{
    Report r = nftCheck(path);
    if (!r.skip.isEmpty() || !r.error.isEmpty())
        return r;
    const QString nft = nftProgram();
    const ToolRun run = runTool(QStringLiteral("unshare"),
                                {unshareFlags(), QStringLiteral("sh"), QStringLiteral("-c"),
                                 QStringLiteral("\"$0\" -f \"$1\" && \"$0\" -j list ruleset"), nft, path});
    return jsonReport(run, QStringLiteral("nft -f / nft -j list ruleset"));
}

Report pdfText(const QString &path, QString *text)
{
    if (!has(QStringLiteral("pdftotext")))
        return {missing(QStringLiteral("pdftotext"), QStringLiteral("poppler-utils")), {}, {}};
    const ToolRun run = runTool(QStringLiteral("pdftotext"), {QStringLiteral("-layout"), path, QStringLiteral("-")});
    Report r;
    if (run.exitCode != 0)
        r.error = QString::fromUtf8(run.err);
    *text = QString::fromUtf8(run.out);
    return r;
}

Report pdfPages(const QString &path, QStringList *pages)
{
    QString text;
    Report r = pdfText(path, &text);
    *pages = text.split(QLatin1Char('\f'));
    if (!pages->isEmpty() && pages->back().trimmed().isEmpty())
        pages->removeLast();
    return r;
}

Report pdfWords(const QString &path, QStringList *words)
{
    if (!has(QStringLiteral("pdftotext")))
        return {missing(QStringLiteral("pdftotext"), QStringLiteral("poppler-utils")), {}, {}};
    const ToolRun run = runTool(QStringLiteral("pdftotext"), {QStringLiteral("-bbox"), path, QStringLiteral("-")});
    Report r;
    if (run.exitCode != 0)
        r.error = QString::fromUtf8(run.err);
    QXmlStreamReader xml(run.out);
    while (!xml.atEnd())
        if (xml.readNext() == QXmlStreamReader::StartElement && xml.name() == QLatin1String("word"))
            *words << xml.readElementText();
    return r;
}

QStringList allowedPowerShellCommands()
{
    return {QStringLiteral("Get-NetFirewallRule"), QStringLiteral("Remove-NetFirewallRule"),
            QStringLiteral("New-NetFirewallRule"), QStringLiteral("Out-Null"),     QStringLiteral("Where-Object"),
            QStringLiteral("Test-Target"),         QStringLiteral("Set-Rule"),     QStringLiteral("Remove-Rule"),
            QStringLiteral("Remove-Stale"),        QStringLiteral("Write-Warning")};
}

} // namespace pp::test
