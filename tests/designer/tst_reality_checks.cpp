// File > Audit Against Policy and File > Import Verification Results in the
// designer (issue 15): the Openings table shows what the policy allows and
// what the checks proved; importing results is one undoable step.
#include "tests/support/TestPaths.h"
#include "app/commands/Edits.h"
#include "app/designer/CheckController.h"
#include "model/verify/VerifyPlan.h"
#include "model/verify/VerifyScript.h"
#include "tests/designer/DesignerFixture.h"
#include "views/panels/FlowsPanel.h"
#include "views/panels/OpeningTableModel.h"


#include <QFile>
#include <QMenuBar>
#include <QTemporaryDir>
#include <QUndoStack>

using namespace pp;
using views::OpeningTableModel;

namespace {

QString writeFile(const QTemporaryDir &dir, const QString &name, const QByteArray &bytes)
{
    const QString path = dir.filePath(name);
    QFile f(path);
    if (!f.open(QIODevice::WriteOnly) || f.write(bytes) != bytes.size())
        qFatal("cannot write %s", qPrintable(path));
    return path;
}

QString cell(const OpeningTableModel *m, int row, int column)
{
    return m->data(m->index(row, column)).toString();
}

} // namespace

class TestRealityChecks : public QObject
{
    Q_OBJECT

private slots:
    void actionsInTheFileMenu()
    {
        auto w = test::openWindow(QStringLiteral("standalone-dmz.portplan"));
        QStringList texts;
        for (QAction *a : w->menuBar()->actions().constFirst()->menu()->actions())
            texts << a->text();
        QVERIFY2(texts.contains(QStringLiteral("Audi&t Against Policy…")), qPrintable(texts.join(QLatin1Char('|'))));
        QVERIFY(texts.contains(QStringLiteral("Import &Verification Results…")));
        QVERIFY(w->actions()->auditPolicy->isEnabled());
    }

    void auditShowsInTheOpeningsTable()
    {
        auto w = test::openWindow(QStringLiteral("standalone-dmz.portplan"));
        QTemporaryDir dir;
        // Every TCP connection is allowed, nothing else: UDP openings are missing.
        const QString policy = writeFile(dir, QStringLiteral("rules.csv"),
                                         "source,destination,protocol,port,action\nany,any,tcp,any,allow\n");
        QString report;
        QVERIFY2(w->checkController()->auditPolicyFile(policy, &report), qPrintable(report));
        QVERIFY2(report.contains(QStringLiteral("allowed")), qPrintable(report));
        const OpeningTableModel *m = w->flowsPanel()->openingModel();
        QVERIFY(m->rowCount() > 0);
        int tcp = 0, udp = 0;
        for (int r = 0; r < m->rowCount(); ++r) {
            const QString protocol = cell(m, r, OpeningTableModel::Protocol);
            const QString status = cell(m, r, OpeningTableModel::Policy);
            if (protocol == QLatin1String("TCP")) {
                QCOMPARE(status, QStringLiteral("allowed"));
                ++tcp;
            } else {
                QCOMPARE(status, QStringLiteral("missing"));
                ++udp;
            }
        }
        QVERIFY(tcp > 0);
        // The rule "any source, any port" to site systems is a finding.
        QVERIFY2(report.contains(QStringLiteral("wider than the design needs")), qPrintable(report));
        QCOMPARE(m->headerData(OpeningTableModel::Policy, Qt::Horizontal).toString(), QStringLiteral("Policy"));

        // A file that is not a policy changes nothing and says where it broke.
        const QString broken = writeFile(dir, QStringLiteral("broken.csv"), "source,destination\n1,2\n");
        QVERIFY(!w->checkController()->auditPolicyFile(broken, &report));
        QVERIFY2(report.contains(QStringLiteral("line 1")), qPrintable(report));
        Q_UNUSED(udp);
    }

    void importedResultsAreOneUndoableStep()
    {
        auto w = test::openWindow(QStringLiteral("standalone-dmz.portplan"));
        const QByteArray original = test::saved(*w);
        const int steps = w->undoStack()->count();
        const AnalysisPtr a = w->analysis()->current();
        // What the scripts would print if every TCP check connected.
        QByteArray results = VerifyScript::header().toUtf8() + '\n';
        for (const VerifyHostPlan &plan : VerifyPlan::build(a->design, a->analysis))
            for (const VerifyCheck &c : plan.checks)
                results += QStringLiteral("%1,%2,%3,%4,%5,%6,2026-11-30T01:00:00Z\n")
                               .arg(a->design.hosts[size_t(plan.host)].id, c.target, c.address, protocolName(c.protocol))
                               .arg(c.port)
                               .arg(c.protocol == Protocol::Tcp ? QStringLiteral("open") : QStringLiteral("untested"))
                               .toUtf8();
        QTemporaryDir dir;
        QString report;
        QVERIFY2(w->checkController()->importResultsFiles({writeFile(dir, QStringLiteral("all.csv"), results)}, &report),
                 qPrintable(report));
        QCOMPARE(w->undoStack()->count(), steps + 1);
        QVERIFY(!w->document()->design().verifications.empty());

        const OpeningTableModel *m = w->flowsPanel()->openingModel();
        int verified = 0;
        for (int r = 0; r < m->rowCount(); ++r) {
            const QString status = cell(m, r, OpeningTableModel::Verification);
            QVERIFY2(status != QLatin1String("failed"), qPrintable(QString::number(r)));
            verified += status == QLatin1String("verified") ? 1 : 0;
        }
        QVERIFY(verified > 0);

        const QByteArray imported = test::saved(*w);
        QVERIFY(imported.contains("\"verifications\""));
        w->undoStack()->undo();
        QCOMPARE(test::saved(*w), original);
        for (int r = 0; r < m->rowCount(); ++r)
            QCOMPARE(cell(m, r, OpeningTableModel::Verification), QString());
        w->undoStack()->redo();
        QCOMPARE(test::saved(*w), imported);
    }
};

QTEST_MAIN(TestRealityChecks)
#include "tst_reality_checks.moc"
