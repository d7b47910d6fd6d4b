// A zone's id: made from its name, following the name while it is one
// PortPlanner made, editable, and never left behind anywhere when it
// changes (hosts, boundary groups, firewall interfaces, routes, review
// decisions and cursor), in one
// undo step that takes it all back. The issue's case: a zone added as
// "internal", renamed "DMZ" and made a perimeter no longer exports as
// "internal".
#include "tests/support/TestDesign.h"

#include "app/commands/Edits.h"
#include "model/catalog/Catalog.h"
#include "model/design/ZoneIds.h"
#include "model/document/DesignDocument.h"
#include "model/engine/FlowText.h"
#include "model/engine/RulesEngine.h"
#include "model/file/DesignFile.h"

#include <QSignalSpy>
#include <QTest>
#include <QUndoStack>

using namespace pp;

namespace {

Design base()
{
    test::TestDesign t = test::TestDesign::primaryWithServer();
    t.design.catalog = Catalog::builtin().id();
    t.zone(QStringLiteral("lan"), ZoneKind::Internal, {QStringLiteral("10.1.0.0/16")});
    t.design.zones.back().name = QStringLiteral("Corporate LAN");
    t.host(QStringLiteral("cl"), QStringLiteral("lan"), QStringLiteral("PS1"), {QStringLiteral("client")});
    return t.design;
}

struct Fixture
{
    explicit Fixture(const Design &d) : edits(&stack, &doc, Catalog::builtin()) { doc.reset(d); }
    QByteArray bytes() const { return DesignFile::serialize(doc.design()); }
    DesignDocument doc;
    QUndoStack stack;
    commands::Edits edits;
};

/// Every zone id the engine's flows and openings name.
QSet<QString> zoneIdsInResults(const Design &d)
{
    const Analysis a = RulesEngine(Catalog::builtin()).analyze(d);
    const FlowText text(d, Catalog::builtin());
    QSet<QString> ids;
    for (const Flow &f : a.flows)
        ids << text.fromZoneId(f) << text.toZoneId(f);
    for (const Opening &o : a.openings)
        for (const QString &zone : text.openingKey(o).section(QLatin1Char('/'), 0, 0).split(QLatin1Char('>')))
            ids << zone;
    return ids;
}

} // namespace

class TestZoneIds : public QObject
{
    Q_OBJECT

private slots:
    void idsFromNames_data()
    {
        QTest::addColumn<QString>("name");
        QTest::addColumn<QString>("id");
        QTest::newRow("plain") << "DMZ" << "dmz";
        QTest::newRow("words and marks") << "Perimeter (DMZ)" << "perimeter-dmz";
        QTest::newRow("accents and digits") << "Büro 2 – Nord" << "b-ro-2-nord";
        QTest::newRow("chinese only") << "內部網路" << "";
        QTest::newRow("chinese with latin") << "周邊網路 (DMZ)" << "dmz";
    }

    void idsFromNames()
    {
        QFETCH(QString, name);
        QFETCH(QString, id);
        QCOMPARE(zoneids::fromName(name), id);
        QVERIFY(id.isEmpty() || zoneids::isValid(id));
    }

    void theIssuesCaseExportsTheNewName()
    {
        Fixture f(base());
        const QString id = f.edits.addZone(ZoneKind::Internal, QRectF(2000, 0, 500, 300));
        QCOMPARE(id, QStringLiteral("internal-network"));
        f.edits.addHostWithRole(QStringLiteral("distribution_point"), id, QPointF(2020, 50));
        // An older file's zone, id from its kind, with a review decision on it.
        Zone before = *f.doc.zone(id);
        Zone after = before;
        after.name = QStringLiteral("DMZ");
        after.kind = ZoneKind::Perimeter;
        const QByteArray start = f.bytes();
        const int steps = f.stack.count();
        f.edits.editZone(before, after);
        QCOMPARE(f.stack.count(), steps + 1);
        QVERIFY(!f.doc.zone(id));
        QVERIFY(f.doc.zone(QStringLiteral("dmz")));
        const QSet<QString> named = zoneIdsInResults(f.doc.design());
        QVERIFY(named.contains(QStringLiteral("dmz")));
        QVERIFY2(!named.contains(id), "the old id is still in the flows or opening keys");
        f.stack.undo();
        QCOMPARE(f.bytes(), start);
        f.stack.redo();
        QVERIFY(f.doc.zone(QStringLiteral("dmz")));
    }

    void aChosenIdStaysWhenTheZoneIsRenamed()
    {
        Fixture f(base());
        Zone before = *f.doc.zone(QStringLiteral("lan"));
        Zone after = before;
        after.name = QStringLiteral("Office network");
        f.edits.editZone(before, after);
        QCOMPARE(f.doc.zone(QStringLiteral("lan"))->name, QStringLiteral("Office network"));
    }

    void changingAnIdChangesEveryReference()
    {
        Design d = base();
        BoundaryGroup g;
        g.id = QStringLiteral("bg");
        g.zones = {QStringLiteral("lan")};
        d.boundaryGroups.push_back(g);
        ReviewDecision r;
        r.key = QStringLiteral("lan>dc/TCP/443");
        r.verdict = Verdict::Approve;
        d.reviews.push_back(r);
        r.key = QStringLiteral("dc>lan/UDP/9");
        d.reviews.push_back(r);
        d.reviewCursor = QStringLiteral("lan>dc/TCP/443");
        Fixture f(d);
        const QByteArray start = f.bytes();
        QSignalSpy renamed(&f.doc, &DesignDocument::zoneRenamed);
        QVERIFY(f.edits.renameZone(QStringLiteral("lan"), QStringLiteral("office")));
        QCOMPARE(renamed.count(), 1);
        const Design &now = f.doc.design();
        QCOMPARE(now.host(QStringLiteral("cl"))->zone, QStringLiteral("office"));
        QCOMPARE(now.boundaryGroups.front().zones, QStringList{QStringLiteral("office")});
        QCOMPARE(now.reviews[0].key, QStringLiteral("office>dc/TCP/443"));
        QCOMPARE(now.reviews[1].key, QStringLiteral("dc>office/UDP/9"));
        QCOMPARE(now.reviewCursor, QStringLiteral("office>dc/TCP/443"));
        QVERIFY(!DesignFile::serialize(now).contains("\"lan\""));
        f.stack.undo();
        QCOMPARE(f.bytes(), start);
    }

    void firewallsAndRoutesFollowTheId()
    {
        // Rule 10: interfaces sit in zones and routes name them; a device's
        // review key carries the zone id where its interface has no name.
        Design d = base();
        Firewall fw;
        fw.id = QStringLiteral("fw");
        fw.interfaces = {{QStringLiteral("eth0"), QStringLiteral("lan"), QString(), {}},
                         {QStringLiteral("eth1"), QStringLiteral("dc"), QStringLiteral("trust"), {}}};
        d.firewalls.push_back(fw);
        Firewall named = fw;
        named.id = QStringLiteral("fw2");
        named.interfaces[0].name = QStringLiteral("inside");
        d.firewalls.push_back(named);
        Route route;
        route.from = QStringLiteral("lan");
        route.to = QStringLiteral("dc");
        d.routes.push_back(route);
        route.from = QStringLiteral("dc");
        route.to = QStringLiteral("dc");
        route.via = {QStringLiteral("lan")};
        d.routes.push_back(route);
        ReviewDecision r;
        r.verdict = Verdict::Approve;
        r.key = QStringLiteral("fw:lan>trust/TCP/443");
        d.reviews.push_back(r);
        r.key = QStringLiteral("fw2:inside>trust/TCP/443"); // the device's own name: not the zone id
        d.reviews.push_back(r);
        Fixture f(d);
        const QByteArray start = f.bytes();
        QVERIFY(f.edits.renameZone(QStringLiteral("lan"), QStringLiteral("office")));
        const Design &now = f.doc.design();
        QCOMPARE(now.firewalls[0].interfaces[0].zone, QStringLiteral("office"));
        QCOMPARE(now.firewalls[1].interfaces[0].zone, QStringLiteral("office"));
        QCOMPARE(now.firewalls[1].interfaces[0].name, QStringLiteral("inside"));
        QCOMPARE(now.routes[0].from, QStringLiteral("office"));
        QCOMPARE(now.routes[1].via, QStringList{QStringLiteral("office")});
        QCOMPARE(now.reviews[0].key, QStringLiteral("fw:office>trust/TCP/443"));
        QCOMPARE(now.reviews[1].key, QStringLiteral("fw2:inside>trust/TCP/443"));
        QVERIFY(!DesignFile::serialize(now).contains("\"lan\""));
        f.stack.undo();
        QCOMPARE(f.bytes(), start);
    }

    void badOrTakenIdsAreRefused_data()
    {
        QTest::addColumn<QString>("id");
        QTest::newRow("taken by a zone") << "dc";
        QTest::newRow("taken by a host") << "cl";
        QTest::newRow("blank") << "";
        QTest::newRow("spaces") << "my zone";
        QTest::newRow("punctuation first") << "-lan";
    }

    void badOrTakenIdsAreRefused()
    {
        QFETCH(QString, id);
        Fixture f(base());
        const QByteArray start = f.bytes();
        QVERIFY(!f.edits.renameZone(QStringLiteral("lan"), id));
        QCOMPARE(f.bytes(), start);
        QCOMPARE(f.stack.count(), 0);
    }
};

QTEST_GUILESS_MAIN(TestZoneIds)
#include "tst_zone_ids.moc"
