#pragma once

#include "app/cli/CliOutput.h"

#include <QCommandLineOption>
#include <QCommandLineParser>
#include <QStringList>

#include <optional>

namespace pp::cli {

/// One command's parser with --help and --format built in.
struct Command
{
    QCommandLineParser parser;
    QCommandLineOption help{{QStringLiteral("h"), QStringLiteral("help")}, QStringLiteral("Show this help.")};
    QCommandLineOption format{{QStringLiteral("f"), QStringLiteral("format")},
                              QStringLiteral("Output format."), QStringLiteral("format")};
    /// --catalog ID: a built-in port catalog instead of the design's own.
    QCommandLineOption catalog{QStringLiteral("catalog"), QString(), QStringLiteral("ID")};
    /// --lang en|zh_TW: the language of findings, flow texts and change requests.
    QCommandLineOption lang{QStringLiteral("lang"), QString(), QStringLiteral("LANG"), QStringLiteral("en")};
    QString name;
    QStringList formats;

    Command(const QString &commandName, const QString &description, const QStringList &allowed,
            const QString &defaultFormat);
    /// Parses; returns an exit code when the command must stop here.
    std::optional<int> parse(const QStringList &args, int positional, const QString &synopsis);
    Format outputFormat() const;
    /// The --catalog value (checked by parse()), or empty when not given.
    QString catalogOverride() const;
    /// Installs the translation --lang names (Traditional Chinese: the
    /// designer's, with the seed's own Chinese terms); false when it is none
    /// of the languages PortPlanner has.
    static bool setLanguage(const QString &code);
};

} // namespace pp::cli
