#include "tests/support/CliRun.h"

#include "tests/support/TestPaths.h"

#include <QProcess>

namespace pp::test {

CliRun runCli(const QStringList &args, int timeoutMs)
{
    QProcess p;
    p.start(cliPath(), args);
    CliRun r;
    if (!p.waitForFinished(timeoutMs)) {
        p.kill();
        p.waitForFinished();
        return r;
    }
    r.exitCode = p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1;
    r.out = p.readAllStandardOutput();
    r.err = p.readAllStandardError();
    return r;
}

} // namespace pp::test
