// Test helper: opens a design in the real main window, edits it, lets the
// autosave run, then dies without any cleanup, as a crash would.
#include "app/commands/Edits.h"
#include "app/designer/DocumentFiles.h"
#include "app/designer/MainWindow.h"
#include "model/catalog/Catalog.h"
#include "model/document/DesignDocument.h"
#include "model/file/DesignFile.h"

#include <QApplication>
#include <QStandardPaths>

#include <csignal>
#include <cstdio>

int main(int argc, char *argv[])
{
    QStandardPaths::setTestModeEnabled(true);
    QApplication app(argc, argv);
    QApplication::setApplicationName(QStringLiteral("PortPlannerTests"));
    if (argc != 3)
        return 2;
    pp::app::MainWindow window(pp::Catalog::builtin());
    if (!window.openFile(QString::fromLocal8Bit(argv[1]), true))
        return 3;
    window.edits()->setName(QStringLiteral("Edited before the crash"));
    window.edits()->addRoleToHost(QStringLiteral("state_migration_point"), QStringLiteral("cm01"));
    if (!window.files()->autosaveNow())
        return 4;
    // What the autosave holds, for the test to compare with the recovery.
    pp::DesignFile::save(window.document()->design(), QString::fromLocal8Bit(argv[2]), nullptr);
    std::fflush(nullptr);
    std::raise(SIGKILL);
    return 5;
}
