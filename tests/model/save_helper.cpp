// Test helper: saves a large design to the given path and reports the
// outcome, so tests can run a save inside a namespace with a full disk.
#include "model/file/DesignFile.h"
#include "tests/support/TestDesign.h"

#include <QCoreApplication>

#include <cstdio>

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    const QStringList args = app.arguments();
    if (args.size() != 3)
        return 2;
    pp::test::TestDesign t = pp::test::TestDesign::primaryWithServer();
    const int hosts = args[1] == QLatin1String("big") ? 5000 : 1;
    for (int i = 0; i < hosts; ++i)
        t.host(QStringLiteral("client-%1").arg(i), QStringLiteral("dc"), QStringLiteral("PS1"),
               {QStringLiteral("client")});
    QString error;
    if (!pp::DesignFile::save(t.design, args[2], &error)) {
        std::fprintf(stderr, "%s\n", qPrintable(error));
        return 1;
    }
    return 0;
}
