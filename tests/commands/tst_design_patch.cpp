// DesignPatch, the value every edit is: what it finds between two designs,
// its inverse, when it is empty, and which later patches it may absorb (the
// merging of nudges and of review-cursor moves). Applied to a document
// through PatchCommand::apply, a patch and its inverse are exact: the file
// the document would save is byte for byte the one it started from.
#include "tests/support/DocumentSpy.h"
#include "tests/support/TestDesign.h"

#include "app/commands/DesignPatch.h"
#include "app/commands/PatchCommand.h"
#include "model/document/DesignDocument.h"
#include "model/file/DesignFile.h"

#include <QTest>

#include <functional>

using namespace pp;
using commands::DesignPatch;

namespace {

Design base()
{
    test::TestDesign t;
    t.site(QStringLiteral("PS1")).zone(QStringLiteral("dc")).zone(QStringLiteral("dmz"), ZoneKind::Perimeter);
    t.host(QStringLiteral("ss"), QStringLiteral("dc"), QStringLiteral("PS1"), {QStringLiteral("site_server")});
    t.host(QStringLiteral("mp"), QStringLiteral("dc"), QStringLiteral("PS1"), {QStringLiteral("management_point")});
    t.host(QStringLiteral("dp"), QStringLiteral("dmz"), QStringLiteral("PS1"), {QStringLiteral("distribution_point")});
    return t.design;
}

/// A patch that moves `host` by `dx`, as a nudge does.
DesignPatch nudge(const Design &d, const QString &host, qreal dx)
{
    const Host *h = d.host(host);
    Host after = *h;
    after.pos += QPointF(dx, 0);
    DesignPatch p;
    p.hosts.push_back({host, d.hostIndex(host), *h, after});
    return p;
}

DesignPatch cursorMove(const QString &from, const QString &to, const std::vector<ReviewDecision> &reviews = {})
{
    DesignPatch p;
    p.reviews = std::make_pair(std::make_pair(reviews, from), std::make_pair(reviews, to));
    return p;
}

using Edit = std::function<void(Design &)>;

} // namespace

Q_DECLARE_METATYPE(Edit)

class TestDesignPatch : public QObject
{
    Q_OBJECT

private slots:
    void betweenIdenticalDesignsIsEmpty()
    {
        const DesignPatch p = DesignPatch::between(base(), base());
        QVERIFY(p.isEmpty());
        QVERIFY(p.hosts.empty() && p.zones.empty() && p.sites.empty());
        QVERIFY(!p.links && !p.boundaryGroups && !p.reviews && !p.name && !p.settings && !p.changeRequest);
    }

    void betweenMatchesEntitiesById()
    {
        Design after = base();
        after.hosts.erase(after.hosts.begin()); // ss removed
        after.host(QStringLiteral("dp"))->roles << QStringLiteral("state_migration_point");
        Host sup;
        sup.id = QStringLiteral("sup");
        sup.zone = QStringLiteral("dc");
        after.hosts.insert(after.hosts.begin() + 1, sup);
        after.name = QStringLiteral("Renamed");
        const DesignPatch p = DesignPatch::between(base(), after);
        QCOMPARE(p.hosts.size(), size_t(3));
        QCOMPARE(p.hosts[0].id, QStringLiteral("sup")); // added, at its place in `after`
        QCOMPARE(p.hosts[0].index, 1);
        QVERIFY(!p.hosts[0].before && p.hosts[0].after);
        QCOMPARE(p.hosts[1].id, QStringLiteral("dp")); // changed, index in `after`
        QCOMPARE(p.hosts[1].index, 2);
        QVERIFY(p.hosts[1].before && p.hosts[1].after);
        QCOMPARE(p.hosts[2].id, QStringLiteral("ss")); // removed, index in `before`
        QCOMPARE(p.hosts[2].index, 0);
        QVERIFY(p.hosts[2].before && !p.hosts[2].after);
        QVERIFY(p.zones.empty());
        QCOMPARE(p.name,
                 (std::optional<std::pair<QString, QString>>(std::pair {QString(), QStringLiteral("Renamed")})));
        QVERIFY(!p.isEmpty());
    }

    void inverseSwapsEveryChange()
    {
        Design after = base();
        after.host(QStringLiteral("mp"))->pos = QPointF(10, 20);
        after.reviewCursor = QStringLiteral("k");
        const DesignPatch p = DesignPatch::between(base(), after);
        const DesignPatch back = p.inverted();
        QCOMPARE(back.hosts.size(), size_t(1));
        QVERIFY(*back.hosts[0].before == *p.hosts[0].after);
        QVERIFY(*back.hosts[0].after == *p.hosts[0].before);
        QCOMPARE(back.reviews->first.second, QStringLiteral("k"));
        QCOMPARE(back.reviews->second.second, QString());
        const DesignPatch twice = back.inverted();
        QVERIFY(*twice.hosts[0].after == *p.hosts[0].after);
    }

    void applyAndInverseRoundTrip_data()
    {
        QTest::addColumn<Edit>("edit");
        QTest::addColumn<QStringList>("applied"); // what the document announces
        const QString structural = QStringLiteral("changed(structural)");
        QTest::newRow("move a host") << Edit([](Design &d) {
            d.host(QStringLiteral("mp"))->pos = QPointF(5, 5);
        }) << QStringList {QStringLiteral("hostChanged(mp)"), QStringLiteral("changed(hosts: mp)")};
        QTest::newRow("remove a host") << Edit([](Design &d) { d.hosts.erase(d.hosts.begin() + 1); })
                                       << QStringList {QStringLiteral("hostRemoved(mp)"), structural};
        QTest::newRow("add a zone and a host in it")
            << Edit([](Design &d) {
                   Zone z;
                   z.id = QStringLiteral("branch");
                   z.kind = ZoneKind::Branch;
                   d.zones.push_back(z);
                   Host h;
                   h.id = QStringLiteral("bdp");
                   h.zone = z.id;
                   h.roles = {QStringLiteral("distribution_point")};
                   d.hosts.insert(d.hosts.begin(), h);
               })
            << QStringList {QStringLiteral("hostAdded(bdp)"), QStringLiteral("zoneAdded(branch)"), structural,
                            structural};
        QTest::newRow("remove a zone with its host")
            << Edit([](Design &d) {
                   d.hosts.pop_back();
                   d.zones.pop_back();
               })
            << QStringList {QStringLiteral("hostRemoved(dp)"), QStringLiteral("zoneRemoved(dmz)"), structural,
                            structural};
        QTest::newRow("edit a site") << Edit([](Design &d) { d.sites[0].wakeOnLan = true; })
                                     << QStringList {QStringLiteral("siteChanged(PS1)"), structural};
        QTest::newRow("links") << Edit([](Design &d) {
            Link l;
            l.id = QStringLiteral("l1");
            l.from = QStringLiteral("mp");
            l.to = QStringLiteral("dp");
            l.ref = QStringLiteral("BKMK_PortsClient-MP");
            d.links.push_back(l);
        }) << QStringList {QStringLiteral("linksChanged"), structural};
        QTest::newRow("review decision and cursor") << Edit([](Design &d) {
            ReviewDecision rd;
            rd.key = QStringLiteral("dc>dmz/TCP/445");
            rd.verdict = Verdict::Approve;
            d.reviews.push_back(rd);
            d.reviewCursor = rd.key;
        }) << QStringList {QStringLiteral("reviewsChanged"), QStringLiteral("changed(hosts: )")};
        QTest::newRow("name and change request")
            << Edit([](Design &d) {
                   d.name = QStringLiteral("Renamed");
                   d.changeRequest.ticket = QStringLiteral("CHG-7");
               })
            << QStringList {QStringLiteral("propertiesChanged"), QStringLiteral("propertiesChanged"), structural,
                            QStringLiteral("changed(hosts: )")};
    }

    void applyAndInverseRoundTrip()
    {
        QFETCH(Edit, edit);
        QFETCH(QStringList, applied);
        const Design before = base();
        Design after = before;
        edit(after);
        DesignDocument doc;
        doc.reset(before);
        test::DocumentSpy spy(&doc);
        const DesignPatch p = DesignPatch::between(before, after);
        QVERIFY(!p.isEmpty());

        commands::PatchCommand::apply(&doc, p);
        QCOMPARE(DesignFile::serialize(doc.design()), DesignFile::serialize(after));
        QStringList caught = spy.take();
        caught.sort();
        applied.sort();
        QCOMPARE(caught, applied);

        commands::PatchCommand::apply(&doc, p.inverted());
        QCOMPARE(DesignFile::serialize(doc.design()), DesignFile::serialize(before));
        QVERIFY(!spy.take().isEmpty());
    }

    void nudgesOfTheSameHostsMerge()
    {
        const Design d = base();
        DesignPatch first = nudge(d, QStringLiteral("mp"), 10);
        Design moved = d;
        moved.host(QStringLiteral("mp"))->pos += QPointF(10, 0);
        QVERIFY(first.absorb(nudge(moved, QStringLiteral("mp"), 10)));
        QCOMPARE(first.hosts.size(), size_t(1));
        QCOMPARE(first.hosts[0].before->pos, d.host(QStringLiteral("mp"))->pos);
        QCOMPARE(first.hosts[0].after->pos, d.host(QStringLiteral("mp"))->pos + QPointF(20, 0));

        // There and back: the merged patch changes nothing.
        DesignPatch there = nudge(d, QStringLiteral("mp"), 10);
        QVERIFY(there.absorb(nudge(moved, QStringLiteral("mp"), -10)));
        QVERIFY(there.isEmpty());
    }

    void otherPatchesDoNotMerge()
    {
        const Design d = base();
        DesignPatch p = nudge(d, QStringLiteral("mp"), 10);
        const DesignPatch original = p;
        QVERIFY(!p.absorb(nudge(d, QStringLiteral("dp"), 10))); // other hosts
        DesignPatch added;
        Host h;
        h.id = QStringLiteral("new");
        added.hosts.push_back({h.id, 3, std::nullopt, h});
        QVERIFY(!p.absorb(added)); // an addition
        DesignPatch renamed;
        renamed.name = std::make_pair(QString(), QStringLiteral("x"));
        QVERIFY(!p.absorb(renamed)); // a value
        QVERIFY(!p.absorb(cursorMove(QString(), QStringLiteral("k"))));
        QCOMPARE(p.hosts.size(), size_t(1));
        QVERIFY(*p.hosts[0].after == *original.hosts[0].after); // untouched by the refusals
    }

    void reviewCursorMovesMerge()
    {
        DesignPatch p = cursorMove(QString(), QStringLiteral("a"));
        QVERIFY(p.absorb(cursorMove(QStringLiteral("a"), QStringLiteral("b"))));
        QCOMPARE(p.reviews->first.second, QString());
        QCOMPARE(p.reviews->second.second, QStringLiteral("b"));
        QVERIFY(!p.isEmpty());
        QVERIFY(p.absorb(cursorMove(QStringLiteral("b"), QString())));
        QVERIFY(p.isEmpty()); // back where it began

        // A decision is not a move: it stays a step of its own.
        ReviewDecision rd;
        rd.key = QStringLiteral("a");
        DesignPatch decision;
        decision.reviews = std::make_pair(std::make_pair(std::vector<ReviewDecision> {}, QString()),
                                          std::make_pair(std::vector<ReviewDecision> {rd}, QStringLiteral("b")));
        DesignPatch move = cursorMove(QString(), QStringLiteral("a"));
        QVERIFY(!move.absorb(decision));
        QVERIFY(!decision.absorb(cursorMove(QStringLiteral("b"), QStringLiteral("c"), {rd})));
    }
};

QTEST_GUILESS_MAIN(TestDesignPatch)
#include "tst_design_patch.moc"
