#pragma once

#include <QByteArray>
#include <QString>
#include <QStringList>

namespace pp::test {

/// What one run of the built portplanner-cli returned.
struct CliRun
{
    int exitCode = -1;        ///< -1: did not start, crashed or timed out
    QByteArray out;
    QByteArray err;

    QString outText() const { return QString::fromUtf8(out); }
    QString errText() const { return QString::fromUtf8(err); }
};

/// Runs portplanner-cli (test::cliPath()) with `args` and waits for it.
CliRun runCli(const QStringList &args, int timeoutMs = 60000);

} // namespace pp::test
