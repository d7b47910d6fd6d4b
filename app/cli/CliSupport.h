#pragma once

// Shared by the CLI's commands: option parsing with uniform errors and
// --help, design loading with the file format's own messages, output.

#include "app/cli/CliOutput.h"
#include "model/design/Design.h"

#include <QCommandLineParser>

#include <optional>

namespace pp::cli {

void writeOut(const QByteArray &bytes);
void writeErr(const QString &text);

/// One command's parser with --help and --format built in.
struct Command
{
    QCommandLineParser parser;
    QCommandLineOption help{{QStringLiteral("h"), QStringLiteral("help")}, QStringLiteral("Show this help.")};
    QCommandLineOption format{{QStringLiteral("f"), QStringLiteral("format")},
                              QStringLiteral("Output format."), QStringLiteral("format")};
    QString name;
    QStringList formats;

    Command(const QString &commandName, const QString &description, const QStringList &allowed,
            const QString &defaultFormat);
    /// Parses; returns an exit code when the command must stop here.
    std::optional<int> parse(const QStringList &args, int positional, const QString &synopsis);
    Format outputFormat() const;
};

/// Loads a design, printing every load error; nullopt when it cannot be read.
std::optional<Design> loadDesign(const QString &path);

} // namespace pp::cli
