// The bundled examples: each loads and builds without errors, and the
// "every connection" design exercises every catalog connection at least once.
#include "model/catalog/Catalog.h"
#include "model/file/DesignFile.h"
#include "model/engine/FlowText.h"
#include "model/engine/RulesEngine.h"
#include "tests/support/TestPaths.h"

#include <QSet>
#include <QTest>

using namespace pp;

namespace {

Design load(const QString &name)
{
    const LoadResult r = DesignFile::load(test::examplePath(name), Catalog::builtin());
    if (!r.ok())
        qFatal("%s: %s", qPrintable(name), qPrintable(r.errorText()));
    return *r.design;
}

} // namespace

class TestExamples : public QObject
{
    Q_OBJECT

private slots:
    void noErrors_data()
    {
        QTest::addColumn<QString>("file");
        QTest::addColumn<int>("minCrossing");
        QTest::newRow("stand-alone with DMZ") << "standalone-dmz.portplan" << 50;
        QTest::newRow("CAS with branches") << "cas-branches.portplan" << 100;
        QTest::newRow("branches behind firewalls") << "branch-firewalls.portplan" << 100;
        QTest::newRow("every connection") << "every-connection.portplan" << 100;
    }

    void noErrors()
    {
        QFETCH(QString, file);
        QFETCH(int, minCrossing);
        const Design d = load(file);
        const Analysis a = RulesEngine(Catalog::builtin()).analyze(d);
        for (const Finding &f : a.findings)
            QVERIFY2(f.severity != Severity::Error, qPrintable(f.message));
        int crossing = 0;
        for (const Flow &f : a.flows)
            crossing += f.crossing();
        QVERIFY2(crossing >= minCrossing, qPrintable(QString::number(crossing)));
    }

    void standaloneHasDmzAndInternetClients()
    {
        const Design d = load(QStringLiteral("standalone-dmz.portplan"));
        QSet<ZoneKind> kinds;
        for (const Zone &z : d.zones)
            kinds.insert(z.kind);
        QVERIFY(kinds.contains(ZoneKind::Perimeter) && kinds.contains(ZoneKind::Internet));
        QCOMPARE(int(d.sites.size()), 1);
        QVERIFY(d.sites[0].parent.isEmpty());
    }

    void everyConnectionIsExercised()
    {
        const Design d = load(QStringLiteral("every-connection.portplan"));
        const Catalog &c = Catalog::builtin();
        const Analysis a = RulesEngine(c).analyze(d);
        QSet<int> connections;
        QSet<QString> refs;
        const FlowText text(d, c);
        for (const Flow &f : a.flows) {
            if (f.connection >= 0)
                connections.insert(f.connection);
            refs.insert(text.ref(f));
        }
        for (const Connection &conn : c.connections())
            QVERIFY2(connections.contains(conn.index),
                     qPrintable(QStringLiteral("%1 (%2 -> %3) has no flow").arg(conn.ref, c.role(conn.from).id, c.role(conn.to).id)));
        for (const ReferenceTable &r : c.references())
            QVERIFY2(refs.contains(r.ref), qPrintable(r.ref));
    }
};

QTEST_GUILESS_MAIN(TestExamples)
#include "tst_examples.moc"
