#pragma once

#include <QStringList>

namespace pp::cli {

/// `verify-script DESIGN --host ID|--all -o FILE|DIR`: the checks each
/// source host runs to prove its openings work.
int verifyScriptCommand(const QStringList &args);
/// `verify-import DESIGN RESULTS... [-o OUT]`: their results into the
/// design; exit 0 when every opening they touch is verified, 1 otherwise,
/// 2 when a file cannot be read.
int verifyImportCommand(const QStringList &args);

} // namespace pp::cli
