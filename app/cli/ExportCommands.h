#pragma once

#include <QStringList>

namespace pp::cli {

/// portplanner-cli export DESIGN --format FORMAT -o FILE [--all-flows]
int exportCommand(const QStringList &args);

/// portplanner-cli diff OLD NEW [--format FORMAT] [-o FILE]
/// Exit 0 when the openings are the same, 1 when they differ.
int diffCommand(const QStringList &args);
/// portplanner-cli diff-catalog DESIGN [--from ID] [--to ID]: the openings a
/// move to another port catalog adds and removes.
int diffCatalogCommand(const QStringList &args);

/// Whether a command line asks for an export that renders with Qt Gui (PDF,
/// PNG): main() then starts a QGuiApplication on the offscreen platform.
bool needsGuiApplication(const QStringList &arguments);

} // namespace pp::cli
