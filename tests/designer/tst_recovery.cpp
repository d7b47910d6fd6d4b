// Crash safety: a designer killed with unsaved edits leaves an autosave that
// the next start offers, and restoring it gives back the design exactly.
#include "tests/support/TestPaths.h"

#include "app/commands/Edits.h"
#include "app/designer/DocumentFiles.h"
#include "tests/designer/DesignerFixture.h"

#include <QDir>
#include <QProcess>
#include <QTemporaryDir>
#include <QSysInfo>
#include <QUndoStack>

#include <limits>

using namespace pp;

class TestRecovery : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QApplication::setApplicationName(QStringLiteral("PortPlannerTests"));
        QDir(app::DocumentFiles::autosaveDir()).removeRecursively();
    }

    void killedDesignerIsRecovered()
    {
        QTemporaryDir dir;
        const QString original = dir.filePath(QStringLiteral("design.portplan"));
        QVERIFY(QFile::copy(test::examplePath(QStringLiteral("standalone-dmz.portplan")), original));
        const QByteArray onDisk = [&] { QFile f(original); f.open(QIODevice::ReadOnly); return f.readAll(); }();
        const QString expected = dir.filePath(QStringLiteral("expected.portplan"));

        QProcess helper;
        helper.setProcessEnvironment(QProcessEnvironment::systemEnvironment());
        helper.start(qEnvironmentVariable("PORTPLANNER_CRASH_HELPER"), {original, expected});
        QVERIFY(helper.waitForFinished(60000));
        QCOMPARE(helper.exitStatus(), QProcess::CrashExit); // killed, no cleanup ran

        // The original file is untouched: only the autosave holds the edits.
        QFile f(original);
        QVERIFY(f.open(QIODevice::ReadOnly));
        QCOMPARE(f.readAll(), onDisk);

        const QList<app::Recovery> pending = app::DocumentFiles::pendingRecoveries();
        QCOMPARE(pending.size(), 1);
        QCOMPARE(pending.first().originalPath, QFileInfo(original).absoluteFilePath());

        auto w = test::openWindow(QString());
        const LoadResult recovered = w->files()->recover(pending.first());
        QVERIFY2(recovered.ok(), qPrintable(recovered.errorText()));
        QFile e(expected);
        QVERIFY(e.open(QIODevice::ReadOnly));
        QCOMPARE(test::saved(*w), e.readAll());
        QVERIFY(w->files()->isModified());                    // still unsaved
        QCOMPARE(w->files()->path(), QFileInfo(original).absoluteFilePath()); // Save goes to the original
        QVERIFY(app::DocumentFiles::pendingRecoveries().isEmpty());
        QString error;
        QVERIFY(w->files()->save(&error));
        QVERIFY(!w->files()->isModified());
    }

    void liveInstancesAreNotRecovered()
    {
        auto w = test::openWindow(QStringLiteral("standalone-dmz.portplan"));
        w->edits()->setName(QStringLiteral("unsaved"));
        QVERIFY(w->files()->autosaveNow());
        QVERIFY(QFile::exists(w->files()->autosavePath()));
        QVERIFY(app::DocumentFiles::pendingRecoveries().isEmpty()); // its owner is alive
        // However old its lock is: a designer open all day is still alive.
        {
            QFile lock(w->files()->autosavePath() + QStringLiteral(".lock"));
            QVERIFY(lock.open(QIODevice::ReadOnly));
            QVERIFY(lock.setFileTime(QDateTime::currentDateTime().addSecs(-3600), QFileDevice::FileModificationTime));
        }
        QVERIFY(app::DocumentFiles::pendingRecoveries().isEmpty());
        QVERIFY(QFile::exists(w->files()->autosavePath() + QStringLiteral(".lock")));
        const QString autosave = w->files()->autosavePath();
        w.reset(); // a clean shutdown removes it
        QVERIFY(!QFile::exists(autosave));
    }

    void locksOfEndedInstancesAreCleared()
    {
        // A lock left by a process that is gone, with no autosave beside it
        // (it had nothing unsaved): removed, and nothing is offered.
        QDir().mkpath(app::DocumentFiles::autosaveDir());
        const QString orphan = QDir(app::DocumentFiles::autosaveDir()).filePath(QStringLiteral("orphan.portplan.lock"));
        QFile lock(orphan);
        QVERIFY(lock.open(QIODevice::WriteOnly));
        lock.write(QByteArray::number(std::numeric_limits<int>::max() - 7) + "\nportplanner\n"
                   + QSysInfo::machineHostName().toUtf8() + "\n");
        lock.close();
        QVERIFY(app::DocumentFiles::pendingRecoveries().isEmpty());
        QVERIFY(!QFile::exists(orphan));
    }
};

QTEST_MAIN(TestRecovery)
#include "tst_recovery.moc"
