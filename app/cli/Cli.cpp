#include "app/cli/Cli.h"

#include "app/cli/CliOutput.h"
#include "model/Catalog.h"
#include "model/DesignFile.h"
#include "model/RulesEngine.h"

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
  catalog [--format json|csv|table]
        Every catalog connection with its seed anchor (ref), roles, direction
        and ports.
  flows DESIGN [--crossing] [--format json|csv|table]
        The flows DESIGN needs; --crossing keeps those that cross a zone.
  validate DESIGN [--format json|table]
        Errors and warnings.

Exit codes:
  0   success (validate: no findings)
  1   validate: the design has errors or warnings
  2   a design file could not be read (the message says why)
  64  bad command line
  73  an output file could not be written

Run 'portplanner-cli COMMAND --help' for the options of one command.
)";

void writeOut(const QByteArray &bytes)
{
    std::fwrite(bytes.constData(), 1, size_t(bytes.size()), stdout);
    std::fflush(stdout);
}

void writeErr(const QString &text)
{
    const QByteArray bytes = text.toUtf8() + (text.endsWith(QLatin1Char('\n')) ? "" : "\n");
    std::fwrite(bytes.constData(), 1, size_t(bytes.size()), stderr);
}

struct Command
{
    QCommandLineParser parser;
    QCommandLineOption help{{QStringLiteral("h"), QStringLiteral("help")}, QStringLiteral("Show this help.")};
    QCommandLineOption format{{QStringLiteral("f"), QStringLiteral("format")},
                              QStringLiteral("Output format."), QStringLiteral("format")};
    QString name;
    QStringList formats;

    Command(const QString &commandName, const QString &description, const QStringList &allowed,
            const QString &defaultFormat)
        : name(commandName), formats(allowed)
    {
        parser.setApplicationDescription(description);
        parser.addOption(help);
        format.setDescription(QStringLiteral("Output format: %1 (default %2).")
                                  .arg(allowed.join(QLatin1Char('|')), defaultFormat));
        format.setDefaultValue(defaultFormat);
        parser.addOption(format);
    }

    /// Parses; returns an exit code when the command must stop here.
    std::optional<int> parse(const QStringList &args, int positional, const QString &synopsis)
    {
        parser.addPositionalArgument(QStringLiteral("args"), QString(), synopsis);
        if (!parser.parse(QStringList{QStringLiteral("portplanner-cli ") + name} + args)) {
            writeErr(QStringLiteral("portplanner-cli %1: %2\nTry 'portplanner-cli %1 --help'.")
                         .arg(name, parser.errorText()));
            return ExitUsage;
        }
        if (parser.isSet(help)) {
            QString text = parser.helpText();
            text.replace(QStringLiteral("portplanner-cli %1 [options] args").arg(name),
                         QStringLiteral("portplanner-cli %1 [options] %2").arg(name, synopsis));
            writeOut(text.toUtf8());
            return ExitOk;
        }
        if (!formats.contains(parser.value(format))) {
            writeErr(QStringLiteral("portplanner-cli %1: unknown format \"%2\" (use %3)")
                         .arg(name, parser.value(format), formats.join(QLatin1Char('|'))));
            return ExitUsage;
        }
        if (parser.positionalArguments().size() != positional) {
            writeErr(QStringLiteral("portplanner-cli %1: expected %2\nTry 'portplanner-cli %1 --help'.")
                         .arg(name, synopsis.isEmpty() ? QStringLiteral("no arguments") : synopsis));
            return ExitUsage;
        }
        return std::nullopt;
    }

    Format outputFormat() const
    {
        const QString f = parser.value(format);
        return f == QLatin1String("json") ? Format::Json : f == QLatin1String("csv") ? Format::Csv : Format::Table;
    }
};

std::optional<Design> loadDesign(const QString &path)
{
    LoadResult result = DesignFile::load(path, Catalog::builtin());
    if (!result.ok()) {
        writeErr(QStringLiteral("portplanner-cli: cannot read %1:").arg(path));
        for (const LoadError &e : result.errors)
            writeErr(QStringLiteral("  ") + e.toString());
        return std::nullopt;
    }
    return std::move(result.design);
}

int catalogCommand(const QStringList &args)
{
    Command cmd(QStringLiteral("catalog"), QStringLiteral("List every catalog connection and its ports."),
                {QStringLiteral("json"), QStringLiteral("csv"), QStringLiteral("table")}, QStringLiteral("table"));
    if (auto stop = cmd.parse(args, 0, QString()))
        return *stop;
    writeOut(catalogOutput(Catalog::builtin(), cmd.outputFormat()));
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
    const auto design = loadDesign(cmd.parser.positionalArguments().constFirst());
    if (!design)
        return ExitUnreadable;
    const Catalog &catalog = Catalog::builtin();
    const Analysis analysis = RulesEngine(catalog).analyze(*design);
    writeOut(flowsOutput(*design, catalog, analysis, cmd.parser.isSet(crossing), cmd.outputFormat()));
    return ExitOk;
}

int validateCommand(const QStringList &args)
{
    Command cmd(QStringLiteral("validate"), QStringLiteral("Check a design: errors and warnings."),
                {QStringLiteral("json"), QStringLiteral("table")}, QStringLiteral("table"));
    if (auto stop = cmd.parse(args, 1, QStringLiteral("DESIGN")))
        return *stop;
    const auto design = loadDesign(cmd.parser.positionalArguments().constFirst());
    if (!design)
        return ExitUnreadable;
    const Analysis analysis = RulesEngine(Catalog::builtin()).analyze(*design);
    writeOut(findingsOutput(analysis, cmd.outputFormat()));
    return analysis.findings.empty() ? ExitOk : ExitFindings;
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
    writeErr(QStringLiteral("portplanner-cli: unknown command \"%1\"\n\n").arg(command) + QString::fromUtf8(overview));
    return ExitUsage;
}

} // namespace pp::cli
