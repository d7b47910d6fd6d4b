#pragma once

// Shared by the CLI's commands: output, design loading with the file
// format's own messages, and (Command.h) option parsing with uniform errors
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

} // namespace pp::cli
