#include "app/designer/MainWindow.h"
#include "model/catalog/Catalog.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QTimer>

int main(int argc, char *argv[])
{
    QApplication app(argc, argv);
    QApplication::setApplicationName(QStringLiteral("PortPlanner"));
    QApplication::setOrganizationName(QStringLiteral("PortPlanner"));
    QApplication::setApplicationVersion(QStringLiteral(PORTPLANNER_VERSION));
    QApplication::setDesktopFileName(QStringLiteral("io.github.portplanner.PortPlanner"));

    QCommandLineParser parser;
    parser.setApplicationDescription(QApplication::translate("main", "ConfigMgr firewall port planner"));
    parser.addHelpOption();
    parser.addVersionOption();
    parser.addPositionalArgument(QStringLiteral("design"), QApplication::translate("main", "A .portplan design to open."),
                                 QStringLiteral("[design]"));
    parser.process(app);

    pp::app::MainWindow window(pp::Catalog::builtin());
    window.show();
    const QStringList files = parser.positionalArguments();
    if (!files.isEmpty())
        window.openFile(files.first());
    // Offered even when a file was named: the unsaved work of a crashed
    // session matters more than the file double-clicked to get here.
    QTimer::singleShot(0, &window, &pp::app::MainWindow::offerRecovery);
    return app.exec();
}
