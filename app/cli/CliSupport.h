#pragma once

// Shared by the CLI's commands: output, design loading with the file
// format's own messages, the message for an unknown --firewall, and (Command.h) option parsing with uniform errors
// and --help.

#include "app/cli/Command.h"
#include "model/design/Design.h"

#include <QByteArray>
#include <QString>

#include <optional>

namespace pp::cli {

void writeOut(const QByteArray &bytes);
void writeErr(const QString &text);

/// Loads a design, printing every load error; nullopt when it cannot be read.
/// A non-empty `catalogId` (--catalog) replaces the catalog the file names.
std::optional<Design> loadDesign(const QString &path, const QString &catalogId = {});

/// The error for --firewall ID naming no device of `design`, with the ids
/// it does have: "portplanner-cli export: the design has no firewall "x"
/// (its firewalls are a, b)".
QString noSuchFirewall(const QString &command, const Design &design, const QString &id);

} // namespace pp::cli
