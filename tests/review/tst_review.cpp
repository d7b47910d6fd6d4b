// Issue 5's model: risk rules as data, the review sheet (order, status,
// staleness, resume, gate) and the review record.
#include "model/catalog/Catalog.h"
#include "model/file/DesignFile.h"
#include "model/engine/FlowText.h"
#include "model/engine/AnalysisSnapshot.h"
#include "model/engine/RulesEngine.h"
#include "model/review/ReviewRecord.h"
#include "model/review/ReviewSheet.h"
#include "tests/support/TestDesign.h"
#include "tests/support/TestPaths.h"

#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

using namespace pp;
using test::TestDesign;

namespace {

OpeningFacts facts(ZoneKind from, ZoneKind to, const QStringList &services, int ports = 1, int machines = 1,
                   bool noAddress = false)
{
    OpeningFacts f;
    f.fromKind = from;
    f.toKind = to;
    f.services = services;
    f.ports = ports;
    f.sourceMachines = machines;
    f.sourcesWithoutAddress = noAddress;
    return f;
}

QStringList recommendationIds(const RiskAssessment &a)
{
    QStringList out;
    for (const Recommendation *r : a.recommendations)
        out << r->id;
    return out;
}

TestDesign dmzDesign()
{
    TestDesign t = TestDesign::primaryWithServer();
    t.zone(QStringLiteral("dmz"), ZoneKind::Perimeter);
    t.zone(QStringLiteral("lan"));
    t.host(QStringLiteral("mp"), QStringLiteral("dmz"), QStringLiteral("PS1"), {QStringLiteral("management_point")},
           [](Host &h) { h.addresses = {QStringLiteral("172.16.0.5")}; });
    t.host(QStringLiteral("cl"), QStringLiteral("lan"), QStringLiteral("PS1"), {QStringLiteral("client")});
    return t;
}

} // namespace

class TestReview : public QObject
{
    Q_OBJECT

private slots:
    void riskLevels_data()
    {
        QTest::addColumn<int>("from");
        QTest::addColumn<int>("to");
        QTest::addColumn<QStringList>("services");
        QTest::addColumn<int>("ports");
        QTest::addColumn<int>("machines");
        QTest::addColumn<QString>("level");
        const int internal = int(ZoneKind::Internal), perimeter = int(ZoneKind::Perimeter),
                  internet = int(ZoneKind::Internet), branch = int(ZoneKind::Branch);
        QTest::newRow("internet to internal https") << internet << internal << QStringList{"https"} << 1 << 1 << "high";
        QTest::newRow("internet to dmz https") << internet << perimeter << QStringList{"https"} << 1 << 1 << "low";
        QTest::newRow("internet to dmz http") << internet << perimeter << QStringList{"http"} << 1 << 1 << "medium";
        QTest::newRow("dmz to internal sql") << perimeter << internal << QStringList{"sql"} << 1 << 1 << "high";
        QTest::newRow("dmz to internal https") << perimeter << internal << QStringList{"https"} << 1 << 1 << "medium";
        QTest::newRow("internal smb") << internal << internal << QStringList{"smb"} << 1 << 1 << "medium";
        QTest::newRow("internal dynamic rpc") << internal << internal << QStringList{"rpc-dynamic"} << 16384 << 1 << "high";
        QTest::newRow("internal https") << internal << internal << QStringList{"https"} << 1 << 1 << "low";
        QTest::newRow("branch to dc https") << branch << internal << QStringList{"https"} << 1 << 1 << "low";
        QTest::newRow("branch to dc http, many") << branch << internal << QStringList{"http"} << 1 << 5000 << "medium";
        QTest::newRow("wide udp range") << internal << internal << QStringList{"multicast"} << 1001 << 1 << "medium";
    }

    void riskLevels()
    {
        QFETCH(int, from);
        QFETCH(int, to);
        QFETCH(QStringList, services);
        QFETCH(int, ports);
        QFETCH(int, machines);
        QFETCH(QString, level);
        const RiskAssessment a = RiskRules::builtin().assess(facts(ZoneKind(from), ZoneKind(to), services, ports, machines));
        QCOMPARE(riskLevelName(a.level), level);
        QCOMPARE(a.reasons.isEmpty(), a.score == 0);
    }

    void recommendations_data()
    {
        QTest::addColumn<int>("from");
        QTest::addColumn<int>("to");
        QTest::addColumn<QStringList>("services");
        QTest::addColumn<QStringList>("refs");
        QTest::addColumn<QStringList>("expected");
        QTest::newRow("client http") << int(ZoneKind::Internal) << int(ZoneKind::Internal) << QStringList{"http"}
                                     << QStringList{"BKMK_PortsClient-MP"} << QStringList{"prefer-https"};
        QTest::newRow("dmz MP to site server") << int(ZoneKind::Perimeter) << int(ZoneKind::Internal) << QStringList{"smb"}
                                               << QStringList{"BKMK_PortsMP-Site"} << QStringList{"site-server-initiates"};
        QTest::newRow("dynamic rpc") << int(ZoneKind::Internal) << int(ZoneKind::Internal) << QStringList{"rpc-dynamic"}
                                     << QStringList{"BKMK_PortsSite-DP"} << QStringList{"restrict-rpc-range"};
        QTest::newRow("sql") << int(ZoneKind::Perimeter) << int(ZoneKind::Internal) << QStringList{"sql"}
                             << QStringList{"BKMK_PortsMP-SQL"} << QStringList{"static-sql-ports", "no-sql-browser"};
        QTest::newRow("internet https") << int(ZoneKind::Internet) << int(ZoneKind::Perimeter) << QStringList{"https"}
                                        << QStringList{"BKMK_PortsClient-MP"} << QStringList{"ssl-bridging"};
    }

    void recommendations()
    {
        QFETCH(int, from);
        QFETCH(int, to);
        QFETCH(QStringList, services);
        QFETCH(QStringList, refs);
        QFETCH(QStringList, expected);
        OpeningFacts f = facts(ZoneKind(from), ZoneKind(to), services);
        f.refs = refs;
        const RiskAssessment a = RiskRules::builtin().assess(f);
        QCOMPARE(recommendationIds(a), expected);
        for (const Recommendation *r : a.recommendations)
            QVERIFY2(r->ref.isEmpty() || Catalog::builtin().section(r->ref), qPrintable(r->ref));
    }

    void rulesAreDataAndRefsExist()
    {
        const RiskRules &rules = RiskRules::builtin();
        QVERIFY(rules.rules().size() >= 10);
        for (const RiskRule &r : rules.rules())
            QVERIFY2(r.ref.isEmpty() || Catalog::builtin().section(r.ref), qPrintable(r.id));
        QString error;
        QVERIFY(!RiskRules::parse("{\"format\": \"x\"}", &error));
        QVERIFY(error.contains(QStringLiteral("not a PortPlanner risk rule file")));
        const auto custom = RiskRules::parse(R"({"format": "portplanner-risk-rules", "thresholds": {"high": 2, "medium": 1},
            "rules": [{"id": "any-udp", "points": 2, "when": {"services": ["dhcp"]}, "reason": "r"}], "recommendations": []})",
                                             &error);
        QVERIFY2(custom, qPrintable(error));
        QCOMPARE(custom->assess(facts(ZoneKind::Internal, ZoneKind::Internal, {QStringLiteral("dhcp")})).level, RiskLevel::High);
    }

    void sheetOrderStatusAndGate()
    {
        TestDesign t = dmzDesign();
        Analysis a = test::analyze(t.design);
        ReviewSheet sheet(t.design, Catalog::builtin(), a);
        QVERIFY(sheet.items().size() > 3);
        QCOMPARE(int(sheet.items().size()), int(a.openings.size()));
        for (size_t i = 1; i < sheet.items().size(); ++i)
            QVERIFY(sheet.items()[i - 1].risk.score >= sheet.items()[i].risk.score);
        QCOMPARE(sheet.count(ReviewStatus::Pending), int(sheet.items().size()));
        QVERIFY(!sheet.allApproved());
        QCOMPARE(sheet.resumeIndex(), 0);

        // Approve all but the last; question the last.
        const QDateTime when(QDate(2026, 11, 25), QTime(9, 0), Qt::UTC);
        for (size_t i = 0; i < sheet.items().size(); ++i)
            t.design.reviews.push_back(ReviewSheet::decide(sheet.items()[i],
                                                           i + 1 < sheet.items().size() ? Verdict::Approve : Verdict::Question,
                                                           QStringLiteral("ok"), QStringLiteral("Mei-Ling"), when));
        ReviewSheet decided(t.design, Catalog::builtin(), a);
        QCOMPARE(decided.count(ReviewStatus::Questioned), 1);
        QVERIFY(!decided.allApproved());
        QCOMPARE(decided.resumeIndex(), 0); // nothing pending: back to the top
        t.design.reviews.push_back(ReviewSheet::decide(decided.items().back(), Verdict::Approve, QStringLiteral("answered"),
                                                       QStringLiteral("Mei-Ling"), when.addSecs(60)));
        ReviewSheet approved(t.design, Catalog::builtin(), a);
        QVERIFY(approved.allApproved());
        QCOMPARE(int(approved.items().back().history.size()), 2);
        QCOMPARE(t.design.reviews.back().time, QStringLiteral("2026-11-25T09:01:00Z"));
    }

    void movingAHostMakesDecisionsStale()
    {
        TestDesign t = dmzDesign();
        Analysis a = test::analyze(t.design);
        {
            ReviewSheet sheet(t.design, Catalog::builtin(), a);
            for (const ReviewItem &item : sheet.items())
                t.design.reviews.push_back(ReviewSheet::decide(item, Verdict::Approve, {}, QStringLiteral("r"),
                                                               QDateTime::currentDateTimeUtc()));
        }
        QVERIFY(ReviewSheet(t.design, Catalog::builtin(), a).allApproved());
        // A second client group joins the LAN: the LAN -> DMZ openings change.
        t.host(QStringLiteral("cl2"), QStringLiteral("lan"), QStringLiteral("PS1"), {QStringLiteral("client")});
        a = test::analyze(t.design);
        ReviewSheet after(t.design, Catalog::builtin(), a);
        QVERIFY(!after.allApproved());
        const FlowText text(t.design, Catalog::builtin());
        for (const ReviewItem &item : after.items()) {
            const bool lanToDmz = item.key.startsWith(QLatin1String("lan>dmz/"));
            QCOMPARE(item.status, lanToDmz ? ReviewStatus::Stale : ReviewStatus::Approved);
        }
        QVERIFY(after.count(ReviewStatus::Stale) > 0);
        QCOMPARE(after.items()[size_t(after.resumeIndex())].status, ReviewStatus::Stale);

        // Moving the MP inside the datacenter removes the DMZ crossings:
        // their decisions become orphans, kept as history.
        t.hostRef(QStringLiteral("mp")).zone = QStringLiteral("dc");
        a = test::analyze(t.design);
        ReviewSheet moved(t.design, Catalog::builtin(), a);
        QVERIFY(!moved.orphans().empty());
    }

    void cursorResumes()
    {
        TestDesign t = dmzDesign();
        const Analysis a = test::analyze(t.design);
        const ReviewSheet sheet(t.design, Catalog::builtin(), a);
        t.design.reviewCursor = sheet.items()[2].key;
        QCOMPARE(ReviewSheet(t.design, Catalog::builtin(), a).resumeIndex(), 2);
        t.design.reviewCursor = QStringLiteral("gone>away/TCP/1");
        QCOMPARE(ReviewSheet(t.design, Catalog::builtin(), a).resumeIndex(), 0);
    }

    void theAnalysisSheetServesWhileTheDecisionsAreItsOwn()
    {
        AnalysisSnapshot snapshot;
        snapshot.design = dmzDesign().design;
        snapshot.analysis = test::analyze(snapshot.design);
        snapshot.reviewSheet = std::make_shared<const ReviewSheet>(snapshot.design, Catalog::builtin(), snapshot.analysis);
        const Catalog &catalog = Catalog::builtin();

        // The document as the analysis saw it: the analysis's own sheet.
        std::vector<ReviewDecision> decisions = snapshot.design.reviews;
        QCOMPARE(ReviewSheet::of(snapshot, catalog, decisions, QString()).get(), snapshot.reviewSheet.get());

        // The walkthrough moved on: a sheet that resumes where it stands.
        const QString third = snapshot.reviewSheet->items()[2].key;
        const auto moved = ReviewSheet::of(snapshot, catalog, decisions, third);
        QVERIFY(moved.get() != snapshot.reviewSheet.get());
        QCOMPARE(moved->resumeIndex(), 2);

        // A decision since: a sheet that shows it, the analysis's unchanged.
        const ReviewItem &first = snapshot.reviewSheet->items().front();
        decisions.push_back(ReviewSheet::decide(first, Verdict::Reject, QStringLiteral("no"), QStringLiteral("r"),
                                                QDateTime::currentDateTimeUtc()));
        const auto decided = ReviewSheet::of(snapshot, catalog, decisions, QString());
        QVERIFY(decided.get() != snapshot.reviewSheet.get());
        QCOMPARE(decided->items()[size_t(decided->indexOf(first.key))].status, ReviewStatus::Rejected);
        QCOMPARE(decided->count(ReviewStatus::Rejected), 1);
        QCOMPARE(snapshot.reviewSheet->count(ReviewStatus::Rejected), 0);

        // Without a sheet of its own (a runner that made none): always a new one.
        snapshot.reviewSheet.reset();
        QVERIFY(ReviewSheet::of(snapshot, catalog, snapshot.design.reviews, QString()) != nullptr);
    }

    void recordEscapesEverything()
    {
        TestDesign t = dmzDesign();
        t.design.name = QStringLiteral("<script>alert(1)</script>");
        const Analysis a = test::analyze(t.design);
        const ReviewSheet sheet(t.design, Catalog::builtin(), a);
        t.design.reviews.push_back(ReviewSheet::decide(sheet.items()[0], Verdict::Reject,
                                                       QStringLiteral("<img src=x onerror=alert(1)> & \"quotes\""),
                                                       QStringLiteral("Eve <eve@example.com>"), QDateTime::currentDateTimeUtc()));
        const ReviewSheet decided(t.design, Catalog::builtin(), a);
        const QByteArray html = reviewRecordHtml(t.design, Catalog::builtin(), a, decided);
        QVERIFY(!html.contains("<script>"));
        QVERIFY(!html.contains("<img"));
        QVERIFY(html.contains("&lt;img src=x onerror=alert(1)&gt; &amp; &quot;quotes&quot;"));
        QVERIFY(html.contains("Eve &lt;eve@example.com&gt;"));
        QVERIFY(html.contains("<h2>Rejected</h2>"));
        QVERIFY(html.contains("Recommendations"));
    }

    void cliGate()
    {
        QTemporaryDir dir;
        TestDesign t = dmzDesign();
        const QString path = dir.filePath(QStringLiteral("d.portplan"));
        QString error;
        QVERIFY(DesignFile::save(t.design, path, &error));
        auto run = [&](const QStringList &extra) {
            QProcess p;
            p.start(test::cliPath(), QStringList{QStringLiteral("review"), path} + extra);
            p.waitForFinished(60000);
            return std::make_pair(p.exitCode(), p.readAllStandardOutput());
        };
        auto [pending, out] = run({});
        QCOMPARE(pending, 1);
        QVERIFY(out.contains("pending"));
        const Analysis a = test::analyze(t.design);
        const ReviewSheet sheet(t.design, Catalog::builtin(), a);
        for (const ReviewItem &item : sheet.items())
            t.design.reviews.push_back(ReviewSheet::decide(item, Verdict::Approve, {}, QStringLiteral("r"),
                                                           QDateTime::currentDateTimeUtc()));
        QVERIFY(DesignFile::save(t.design, path, &error));
        const QString record = dir.filePath(QStringLiteral("record.html"));
        auto [passed, json] = run({QStringLiteral("--format"), QStringLiteral("json"), QStringLiteral("--record"), record});
        QCOMPARE(passed, 0);
        QVERIFY(json.contains("\"passed\": true"));
        QVERIFY(QFile::exists(record));
    }
};

QTEST_GUILESS_MAIN(TestReview)
#include "tst_review.moc"
