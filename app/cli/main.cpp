#include "app/cli/Cli.h"

#include <QCoreApplication>

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("portplanner-cli"));
    QCoreApplication::setApplicationVersion(QStringLiteral(PORTPLANNER_VERSION));
    return pp::cli::run(QCoreApplication::arguments().mid(1));
}
