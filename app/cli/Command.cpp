#include "app/cli/Command.h"

#include "app/cli/Cli.h"
#include "app/cli/CliSupport.h"

#include "model/catalog/Catalog.h"
#include "model/design/DisplayText.h"

#include <QCoreApplication>
#include <QTranslator>

namespace pp::cli {

Command::Command(const QString &commandName, const QString &description, const QStringList &allowed,
                 const QString &defaultFormat)
    : name(commandName)
    , formats(allowed)
{
    parser.setApplicationDescription(description);
    parser.addOption(help);
    format.setDescription(
        QStringLiteral("Output format: %1 (default %2).").arg(allowed.join(QLatin1Char('|')), defaultFormat));
    format.setDefaultValue(defaultFormat);
    parser.addOption(format);
    catalog.setDescription(QStringLiteral("Use the built-in port catalog ID (%1) instead of the design's own.")
                               .arg(Catalog::builtinIds().join(QStringLiteral(", "))));
    parser.addOption(catalog);
    lang.setDescription(QStringLiteral("Language of findings, flow descriptions and change requests: en (default) "
                                       "or zh_TW (Traditional Chinese, the seed's own terms)."));
    parser.addOption(lang);
}

bool Command::setLanguage(const QString &code)
{
    static QTranslator translator;
    QCoreApplication::removeTranslator(&translator);
    setTermsLanguage(code);
    if (code == QLatin1String("en"))
        return true;
    if (code != QLatin1String("zh_TW") || !translator.load(QStringLiteral(":/i18n/portplanner_%1.qm").arg(code)))
        return false;
    QCoreApplication::installTranslator(&translator);
    return true;
}

std::optional<int> Command::parse(const QStringList &args, int positional, const QString &synopsis)
{
    if (!synopsis.isEmpty())
        parser.addPositionalArgument(QStringLiteral("args"), QString(), synopsis);
    if (!parser.parse(QStringList {QStringLiteral("portplanner-cli ") + name} + args)) {
        writeErr(
            QStringLiteral("portplanner-cli %1: %2\nTry 'portplanner-cli %1 --help'.").arg(name, parser.errorText()));
        return ExitUsage;
    }
    if (parser.isSet(help)) {
        // helpText() names the program by its path and leaves the command out.
        QString text = parser.helpText();
        text.replace(QStringLiteral("Usage: %1 [options]").arg(QCoreApplication::arguments().value(0)),
                     QStringLiteral("Usage: portplanner-cli %1 [options]").arg(name));
        writeOut(text.toUtf8());
        return ExitOk;
    }
    if (parser.isSet(catalog) && !Catalog::byId(parser.value(catalog))) {
        writeErr(QStringLiteral("portplanner-cli %1: unknown catalog \"%2\" (use %3)")
                     .arg(name, parser.value(catalog), Catalog::builtinIds().join(QLatin1Char('|'))));
        return ExitUsage;
    }
    if (!setLanguage(parser.value(lang))) {
        writeErr(QStringLiteral("portplanner-cli %1: unknown language \"%2\" (use en|zh_TW)").arg(name, parser.value(lang)));
        return ExitUsage;
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

Format Command::outputFormat() const
{
    const QString f = parser.value(format);
    return f == QLatin1String("json") ? Format::Json : f == QLatin1String("csv") ? Format::Csv : Format::Table;
}

QString Command::catalogOverride() const
{
    return parser.isSet(catalog) ? parser.value(catalog) : QString();
}

} // namespace pp::cli
