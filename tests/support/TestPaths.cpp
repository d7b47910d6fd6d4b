#include "tests/support/TestPaths.h"

#include <QDir>
#include <QFileInfo>

namespace pp::test {

QString sourceDir()
{
    return qEnvironmentVariable("PORTPLANNER_SOURCE_DIR");
}

QString examplePath(const QString &fileName)
{
    return sourceDir() + QStringLiteral("/resources/examples/") + fileName;
}

QString sharedDir()
{
    const QString dir = qEnvironmentVariable("PORTPLANNER_SHARED_DIR");
    return QFileInfo(dir).isDir() ? QDir(dir).canonicalPath() : QString();
}

QString seedPath()
{
    const QString dir = sharedDir();
    const QString path = dir + QStringLiteral("/seeds/000_c5fe3b0704dc812a.txt");
    return !dir.isEmpty() && QFileInfo::exists(path) ? path : QString();
}

QString currentRowsPath()
{
    const QString dir = sharedDir();
    const QString path = dir + QStringLiteral("/seeds/configmgr-current-2022-rows.tsv");
    return !dir.isEmpty() && QFileInfo::exists(path) ? path : QString();
}

QString cliPath()
{
    return qEnvironmentVariable("PORTPLANNER_CLI");
}

} // namespace pp::test
