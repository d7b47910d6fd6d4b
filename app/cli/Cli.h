#pragma once

#include <QStringList>

class QTextStream;

namespace pp::cli {

/// Exit codes, stable for scripts (documented in --help and the user guide).
enum ExitCode {
    ExitOk = 0,
    ExitFindings = 1,    ///< validate: errors or warnings; review: not every crossing approved
    ExitUnreadable = 2,  ///< a design could not be read
    ExitUsage = 64,      ///< bad command line
    ExitCannotWrite = 73 ///< output could not be written
};

/// Runs one command: arguments as from main(), without the program name.
/// Writes results to stdout and messages to stderr.
int run(const QStringList &arguments);

} // namespace pp::cli
