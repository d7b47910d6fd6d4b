// File > Import Site Inventory: a ConfigMgr site-system CSV merged into the
// open design as one undoable step, with a report of what was added, merged
// and left out; a CSV that cannot be read changes nothing.
#include "tests/support/TestPaths.h"

#include "app/commands/Edits.h"
#include "tests/designer/DesignerFixture.h"

#include <QTemporaryDir>
#include <QUndoStack>

using namespace pp;

namespace {

QString writeFile(const QTemporaryDir &dir, const QString &name, const QByteArray &bytes)
{
    const QString path = dir.filePath(name);
    QFile f(path);
    if (!f.open(QIODevice::WriteOnly) || f.write(bytes) != bytes.size())
        qFatal("cannot write %s", qPrintable(path));
    return path;
}

const Host *hostNamed(const Design &d, const QString &name)
{
    for (const Host &h : d.hosts)
        if (h.name == name)
            return &h;
    return nullptr;
}

} // namespace

class TestImportInventory : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QApplication::setApplicationName(QStringLiteral("PortPlannerTests"));
    }

    void mergesAsOneUndoableStep()
    {
        auto w = test::openWindow(QStringLiteral("standalone-dmz.portplan"));
        const QByteArray original = test::saved(*w);
        const size_t hostsBefore = w->document()->design().hosts.size();
        const int steps = w->undoStack()->count();
        QTemporaryDir dir;
        const QString csv = writeFile(dir, QStringLiteral("inventory.csv"),
                                      "ServerName,SiteCode,RoleName,IPAddress\r\n"
                                      "CM01.contoso.com,PS1,SMS Site Server,10.10.0.10\r\n"
                                      "DP07.contoso.com,PS1,SMS Distribution Point,172.16.10.60\r\n"
                                      "MP09.contoso.com,PS1,SMS Management Point,192.168.1.5\r\n"
                                      "X01.contoso.com,PS1,SMS Foo Point,10.10.0.77\r\n");
        QString report;
        bool attention = false;
        QVERIFY2(w->fileController()->importInventoryFile(csv, &report, &attention), qPrintable(report));
        QVERIFY(attention); // an unknown role and an unplaced server
        QVERIFY2(report.contains(QStringLiteral("SMS Foo Point")), qPrintable(report));
        QVERIFY2(report.contains(QStringLiteral("Unassigned")), qPrintable(report));

        const Design &d = w->document()->design();
        const Host *dp = hostNamed(d, QStringLiteral("DP07.contoso.com"));
        QVERIFY(dp);
        QCOMPARE(dp->zone, QStringLiteral("dmz")); // by subnet
        QVERIFY(dp->roles.contains(QStringLiteral("distribution_point")));
        QVERIFY(hostNamed(d, QStringLiteral("MP09.contoso.com")));
        QCOMPARE(d.hosts.size(), hostsBefore + 3);
        QCOMPARE(w->undoStack()->count(), steps + 1);

        // The engine sees the new systems.
        w->analysis()->waitForIdle();
        bool dpServes = false;
        for (const Flow &f : w->analysis()->current()->analysis.flows)
            dpServes = dpServes || w->analysis()->current()->design.hosts[size_t(f.to)].name == dp->name;
        QVERIFY(dpServes);

        const QByteArray imported = test::saved(*w);
        w->undoStack()->undo();
        QCOMPARE(test::saved(*w), original);
        w->undoStack()->redo();
        QCOMPARE(test::saved(*w), imported);
    }

    void unreadableInventoryChangesNothing()
    {
        auto w = test::openWindow(QStringLiteral("standalone-dmz.portplan"));
        const QByteArray original = test::saved(*w);
        QTemporaryDir dir;
        const QString csv = writeFile(dir, QStringLiteral("broken.csv"),
                                      "ServerName,SiteCode,RoleName\nA,PS1,\"SMS Provider\nB,PS1,x\n");
        QString report;
        QVERIFY(!w->fileController()->importInventoryFile(csv, &report));
        QVERIFY2(report.contains(QStringLiteral("Nothing was imported")), qPrintable(report));
        QVERIFY2(report.contains(QStringLiteral("line")), qPrintable(report));
        QVERIFY(!w->fileController()->importInventoryFile(dir.filePath(QStringLiteral("missing.csv")), &report));
        QCOMPARE(test::saved(*w), original);
        QCOMPARE(w->undoStack()->count(), 0);
    }
};

QTEST_MAIN(TestImportInventory)
#include "tst_import_inventory.moc"
