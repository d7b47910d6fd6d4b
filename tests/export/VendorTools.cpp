#include "tests/export/VendorTools.h"

#include "tests/export/ExportTools.h"

#include <QDir>
#include <QFileInfo>
#include <QRegularExpression>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QStandardPaths>

namespace pp::test {

namespace {

QString exportTestsDir()
{
    const QByteArray dir = qgetenv("PORTPLANNER_EXPORT_TESTS");
    return dir.isEmpty() ? QStringLiteral(".") : QString::fromLocal8Bit(dir);
}

bool canUnshare()
{
    const ToolRun run = runTool(QStringLiteral("unshare"), {QStringLiteral("-rn"), QStringLiteral("true")}, 10000);
    return run.started && run.exitCode == 0;
}

} // namespace

ToolResult iptablesLoad(const QString &path)
{
    ToolResult r;
    const QString restore = QStandardPaths::findExecutable(QStringLiteral("iptables-restore"),
                                                           {QStringLiteral("/usr/sbin"), QStringLiteral("/sbin")});
    if (restore.isEmpty()) {
        r.skip = QStringLiteral("iptables-restore not found (Debian: iptables)");
        return r;
    }
    if (!canUnshare()) {
        r.skip = QStringLiteral("unshare -rn is not allowed here (no user namespaces)");
        return r;
    }
    const QString dir = QFileInfo(restore).absolutePath();
    const QString script = QStringLiteral("%1/iptables-restore --test --noflush < \"$1\" && "
                                          "%1/iptables-restore --noflush < \"$1\" && %1/iptables-save -t filter")
                               .arg(dir);
    const ToolRun run = runTool(QStringLiteral("unshare"), {QStringLiteral("-rn"), QStringLiteral("sh"), QStringLiteral("-c"),
                                                            script, QStringLiteral("sh"), path});
    if (run.exitCode != 0)
        r.error = QString::fromUtf8(run.err + run.out);
    r.output = QString::fromUtf8(run.out);
    return r;
}

ToolResult aclgen(const QString &dir, const QString &out)
{
    ToolResult r;
    const QString tool = QStandardPaths::findExecutable(QStringLiteral("aclgen"));
    if (tool.isEmpty()) {
        r.skip = QStringLiteral("aclgen not found (Debian: python3-capirca)");
        return r;
    }
    QDir().mkpath(out);
    const ToolRun run = runTool(tool, {QStringLiteral("--base_directory"), dir + QStringLiteral("/policies"),
                                       QStringLiteral("--definitions_directory"), dir + QStringLiteral("/def"),
                                       QStringLiteral("--output_directory"), out});
    // In directory mode a policy with an error is skipped with a log line
    // (TOOLING.md): any ERROR or exception line is a failure here.
    const QString log = QString::fromUtf8(run.err + run.out);
    if (run.exitCode != 0 || log.contains(QLatin1String("Traceback")) || log.contains(QRegularExpression(QStringLiteral("^E\\d{4}"), QRegularExpression::MultilineOption)))
        r.error = log;
    r.output = log;
    return r;
}

ToolResult jsonSchema(const QString &schema, const QString &path)
{
    ToolResult r;
    // Debian's python3 (aclgen's too): the jsonschema module is a Debian package.
    const QString python = QFileInfo::exists(QStringLiteral("/usr/bin/python3")) ? QStringLiteral("/usr/bin/python3")
                                                                                 : QStringLiteral("python3");
    const ToolRun run = runTool(python, {exportTestsDir() + QStringLiteral("/json_schema_check.py"),
                                         exportTestsDir() + QLatin1Char('/') + schema, path});
    if (!run.started || run.exitCode != 0) {
        r.error = QStringLiteral("json_schema_check.py failed: ") + QString::fromUtf8(run.err);
        return r;
    }
    const QJsonObject report = QJsonDocument::fromJson(run.out).object();
    r.skip = report.value(QStringLiteral("skip")).toString();
    QStringList errors;
    for (const QJsonValue &e : report.value(QStringLiteral("errors")).toArray())
        errors << e.toString();
    r.error = errors.join(QLatin1Char('\n'));
    return r;
}

} // namespace pp::test
