#include "app/cli/Cli.h"
#include "app/cli/ExportCommands.h"

#include <QCoreApplication>
#include <QGuiApplication>

#include <memory>

int main(int argc, char *argv[])
{
    std::unique_ptr<QCoreApplication> app;
    QStringList raw;
    for (int i = 1; i < argc; ++i)
        raw << QString::fromLocal8Bit(argv[i]);
    if (pp::cli::needsGuiApplication(raw)) {
        // PDF and PNG lay out text with Qt Gui. The CLI never opens a
        // window, so it never needs a display either.
        qputenv("QT_QPA_PLATFORM", "offscreen");
        app = std::make_unique<QGuiApplication>(argc, argv);
    }
    if (!app)
        app = std::make_unique<QCoreApplication>(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("portplanner-cli"));
    QCoreApplication::setApplicationVersion(QStringLiteral(PORTPLANNER_VERSION));
    return pp::cli::run(QCoreApplication::arguments().mid(1));
}
