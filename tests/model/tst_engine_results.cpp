// Manual links, openings, validation findings, and the incremental update
// agreeing with a full analysis.
#include "model/catalog/Catalog.h"
#include "model/file/DesignFile.h"
#include "model/engine/FlowText.h"
#include "model/engine/RulesEngine.h"
#include "tests/support/TestDesign.h"
#include "tests/support/TestPaths.h"

#include <QRandomGenerator>
#include <QTest>

using namespace pp;
using test::TestDesign;

namespace {

const QString PS1 = QStringLiteral("PS1");

QStringList roles(std::initializer_list<const char *> ids)
{
    QStringList out;
    for (const char *id : ids)
        out << QString::fromLatin1(id);
    return out;
}

QStringList codes(const Analysis &a)
{
    QStringList out;
    for (const Finding &f : a.findings)
        out << QStringLiteral("%1:%2").arg(f.severity == Severity::Error ? "E" : "W", f.code);
    out.removeDuplicates();
    out.sort();
    return out;
}

QStringList openingLines(const Design &d, const Analysis &a)
{
    const FlowText text(d, Catalog::builtin());
    QStringList out;
    for (const Opening &o : a.openings) {
        QStringList from, to;
        for (int h : o.fromHosts)
            from << d.hosts[size_t(h)].id;
        for (int h : o.toHosts)
            to << d.hosts[size_t(h)].id;
        out << QStringLiteral("%1 %2->%3 %4 flows=%5")
                   .arg(text.openingKey(o), from.join(QLatin1Char(',')), to.join(QLatin1Char(',')),
                        o.refs.join(QLatin1Char(',')))
                   .arg(o.flows.size());
    }
    return out;
}

} // namespace

class TestEngineResults : public QObject
{
    Q_OBJECT

private slots:
    void manualLinkWithRef()
    {
        TestDesign t = TestDesign::primaryWithServer();
        t.zone(QStringLiteral("lan"));
        t.host(QStringLiteral("cl"), QStringLiteral("lan"), PS1, roles({"client"}));
        t.host(QStringLiteral("fs"), QStringLiteral("dc"), QString(), {});
        Link l;
        l.id = QStringLiteral("shares");
        l.from = QStringLiteral("cl");
        l.to = QStringLiteral("fs");
        l.ref = QStringLiteral("BKMK_ClientShares");
        t.link(l);
        const Analysis a = test::analyze(t.design);
        QCOMPARE(test::flowsBetween(t.design, a, QStringLiteral("cl"), QStringLiteral("fs")),
                 QStringList{QStringLiteral("TCP/445 BKMK_ClientShares")});
        for (const Flow &f : a.flows)
            if (t.design.hosts[size_t(f.to)].id == QLatin1String("fs"))
                QVERIFY(f.has(FlowManual) && f.crossing());
    }

    void manualLinkWithOwnPorts()
    {
        TestDesign t = TestDesign::primaryWithServer();
        t.zone(QStringLiteral("mon"));
        t.host(QStringLiteral("scom"), QStringLiteral("mon"), QString(), {});
        Link l;
        l.from = QStringLiteral("scom");
        l.to = QStringLiteral("ss");
        l.ports = {{Protocol::Tcp, PortRange::single(5723)}, {Protocol::Udp, PortRange{2000, 2010}}};
        l.comment = QStringLiteral("monitoring agent");
        t.link(l);
        const Analysis a = test::analyze(t.design);
        QCOMPARE(test::flowsBetween(t.design, a, QStringLiteral("scom"), QStringLiteral("ss")),
                 (QStringList{"TCP/5723 manual", "UDP/2000-2010 manual"}));
        const FlowText text(t.design, Catalog::builtin());
        for (const Flow &f : a.flows)
            if (f.has(FlowManual))
                QVERIFY(text.description(f).contains(QStringLiteral("monitoring agent")));
    }

    void excludeLinkRemovesAndTells()
    {
        TestDesign t = TestDesign::primaryWithServer();
        t.zone(QStringLiteral("lan"));
        t.host(QStringLiteral("dp"), QStringLiteral("dc"), PS1, roles({"distribution_point"}));
        t.host(QStringLiteral("cl"), QStringLiteral("lan"), PS1, roles({"client"}));
        const Analysis before = test::analyze(t.design);
        QCOMPARE(test::countFlows(t.design, before, QStringLiteral("cl"), QStringLiteral("dp")), 2);
        Link l;
        l.id = QStringLiteral("no-http");
        l.kind = LinkKind::Exclude;
        l.from = QStringLiteral("cl");
        l.to = QStringLiteral("dp");
        l.ref = QStringLiteral("BKMK_PortsClient-DP");
        l.ports = {{Protocol::Tcp, PortRange::single(80)}};
        t.link(l);
        const Analysis a = test::analyze(t.design);
        QCOMPARE(test::flowsBetween(t.design, a, QStringLiteral("cl"), QStringLiteral("dp")),
                 QStringList{QStringLiteral("TCP/443 BKMK_PortsClient-DP")});
        QCOMPARE(int(a.excluded.size()), 1);
        QVERIFY(a.excluded[0].has(FlowExcluded));
        QCOMPARE(a.excluded[0].range, PortRange::single(80));
        bool warned = false;
        for (const Finding &f : a.findings)
            warned = warned || (f.code == QLatin1String("excluded-flows") && f.message.contains(QStringLiteral("1 flow")));
        QVERIFY(warned);
    }

    void openingsGroupByZonePairAndPort()
    {
        TestDesign t = TestDesign::primaryWithServer();
        t.zone(QStringLiteral("lan"));
        t.host(QStringLiteral("mp"), QStringLiteral("dc"), PS1, roles({"management_point", "distribution_point"}));
        t.host(QStringLiteral("c1"), QStringLiteral("lan"), PS1, roles({"client"}));
        t.host(QStringLiteral("c2"), QStringLiteral("lan"), PS1, roles({"client"}));
        const Analysis a = test::analyze(t.design);
        const QStringList lines = openingLines(t.design, a);
        // 443 and 80 serve both MP and DP flows of both clients: one opening each.
        QVERIFY2(lines.contains(QStringLiteral("lan>dc/TCP/443 c1,c2->mp BKMK_PortsClient-DP,BKMK_PortsClient-MP flows=4")),
                 qPrintable(lines.join(QLatin1Char('\n'))));
        QVERIFY(lines.contains(QStringLiteral("lan>dc/TCP/10123 c1,c2->mp BKMK_PortsClient-MP flows=2")));
        // Openings only for crossings; each flow in exactly one opening.
        size_t inOpenings = 0;
        for (const Opening &o : a.openings)
            inOpenings += o.flows.size();
        size_t crossing = 0;
        for (const Flow &f : a.flows)
            crossing += f.crossing();
        QCOMPARE(inOpenings, crossing);
    }

    void validation_data()
    {
        QTest::addColumn<QString>("scenario");
        QTest::addColumn<QStringList>("expected");
        QTest::newRow("clean") << "clean" << QStringList{};
        QTest::newRow("no site server") << "noSiteServer" << QStringList{"E:site-without-site-server"};
        QTest::newRow("no database") << "noDatabase" << QStringList{"E:site-without-database"};
        QTest::newRow("secondary under CAS") << "secondaryUnderCas" << QStringList{"E:site-hierarchy"};
        QTest::newRow("hierarchy role below top") << "scpInChild" << QStringList{"W:hierarchy-role-below-top"};
        QTest::newRow("address outside zone") << "addressOutside" << QStringList{"W:address-outside-zone"};
        QTest::newRow("duplicate address") << "duplicateAddress" << QStringList{"W:duplicate-address"};
        QTest::newRow("sql port clash") << "sqlClash" << QStringList{"E:sql-port-clash", "W:duplicate-address"};
        QTest::newRow("pxe on a non-DP") << "pxeNoDp" << QStringList{"W:dp-option-without-dp"};
        QTest::newRow("client without MP or DP") << "lonelyClient"
                                                 << QStringList{"W:client-without-distribution-point",
                                                                "W:client-without-management-point"};
        QTest::newRow("unaddressable crossing") << "noAddress" << QStringList{"W:no-address"};
        // What the change request will say of it, said first by validation.
        QTest::newRow("zone subnets stand in") << "subnetsStandIn" << QStringList{"W:zone-subnets-stand-in"};
    }

    void validation()
    {
        QFETCH(QString, scenario);
        QFETCH(QStringList, expected);
        TestDesign t;
        t.site(QStringLiteral("CS1"), SiteType::Cas).site(PS1, SiteType::Primary, QStringLiteral("CS1"));
        t.zone(QStringLiteral("dc"), ZoneKind::Internal, {QStringLiteral("10.0.0.0/24")});
        t.zone(QStringLiteral("lan"), ZoneKind::Internal, {QStringLiteral("10.1.0.0/16")});
        auto addr = [](const char *a) { return [a](Host &h) { h.addresses = {QString::fromLatin1(a)}; }; };
        t.host(QStringLiteral("cas"), QStringLiteral("dc"), QStringLiteral("CS1"), roles({"site_server", "site_database"}), addr("10.0.0.1"));
        if (scenario != QLatin1String("noSiteServer"))
            t.host(QStringLiteral("ss"), QStringLiteral("dc"), PS1, roles({"site_server"}), addr("10.0.0.2"));
        if (scenario != QLatin1String("noDatabase"))
            t.host(QStringLiteral("sql"), QStringLiteral("dc"), PS1, roles({"site_database"}), addr("10.0.0.3"));
        if (scenario != QLatin1String("lonelyClient"))
            t.host(QStringLiteral("mp"), QStringLiteral("dc"), PS1, roles({"management_point", "distribution_point"}),
                   addr(scenario == QLatin1String("addressOutside") ? "10.9.9.9"
                        : scenario == QLatin1String("duplicateAddress") ? "10.0.0.2" : "10.0.0.4"));
        t.host(QStringLiteral("cl"), QStringLiteral("lan"), PS1, roles({"client"}), [&](Host &h) {
            if (scenario == QLatin1String("pxeNoDp"))
                h.options.pxe = true;
            if (scenario != QLatin1String("subnetsStandIn"))
                h.addresses = {QStringLiteral("10.1.0.5")};
        });
        if (scenario == QLatin1String("secondaryUnderCas"))
            t.site(QStringLiteral("SS1"), SiteType::Secondary, QStringLiteral("CS1"))
                .host(QStringLiteral("ss2"), QStringLiteral("dc"), QStringLiteral("SS1"), roles({"site_server", "site_database"}),
                      addr("10.0.0.9"));
        if (scenario == QLatin1String("scpInChild"))
            t.host(QStringLiteral("scp"), QStringLiteral("dc"), PS1, roles({"service_connection_point"}), addr("10.0.0.8"));
        if (scenario == QLatin1String("sqlClash"))
            t.host(QStringLiteral("sql2"), QStringLiteral("dc"), QStringLiteral("CS1"), roles({"site_database"}),
                   addr("10.0.0.3"));
        if (scenario == QLatin1String("noAddress"))
            t.zone(QStringLiteral("far")).host(QStringLiteral("x"), QStringLiteral("far"), PS1, roles({"client"}));
        const Analysis a = test::analyze(t.design);
        const QStringList got = codes(a);
        QCOMPARE(got, expected);
        for (const Finding &f : a.findings)
            QVERIFY2(!f.hosts.isEmpty() || !f.sites.isEmpty(), qPrintable(f.message)); // each names what it is about
    }

    void incrementalMatchesFull()
    {
        // Random placement and port edits, applied through update(), must give
        // exactly what a fresh analysis gives.
        const LoadResult loaded = DesignFile::load(test::examplePath(QStringLiteral("cas-branches.portplan")),
                                                   Catalog::builtin());
        QVERIFY2(loaded.ok(), qPrintable(loaded.errorText()));
        Design design = *loaded.design;
        const RulesEngine engine(Catalog::builtin());
        Analysis current = engine.analyze(design);
        QRandomGenerator rng(20261125);
        for (int step = 0; step < 60; ++step) {
            const Design before = design;
            QStringList changed;
            for (int k = 0, n = 1 + int(rng.bounded(3)); k < n; ++k) {
                Host &h = design.hosts[rng.bounded(quint32(design.hosts.size()))];
                switch (rng.bounded(4)) {
                case 0:
                    h.zone = design.zones[rng.bounded(quint32(design.zones.size()))].id;
                    break;
                case 1:
                    h.pos += QPointF(10, 5);
                    break;
                case 2:
                    h.options.ports.set(Setting::SqlPort, PortRange::single(quint16(1433 + rng.bounded(10))));
                    break;
                default:
                    h.options.ports.set(Setting::RpcDynamicRange, PortRange{50000, quint16(50000 + rng.bounded(100))});
                    break;
                }
                changed << h.id;
            }
            current = engine.update(std::move(current), before, design, changed);
            const Analysis full = engine.analyze(design);
            QCOMPARE(test::flowLines(design, current), test::flowLines(design, full));
            QCOMPARE(openingLines(design, current), openingLines(design, full));
            QCOMPARE(codes(current), codes(full));
        }
    }

    void incrementalFallsBackForStructuralEdits()
    {
        TestDesign t = TestDesign::primaryWithServer();
        t.zone(QStringLiteral("lan"));
        t.host(QStringLiteral("cl"), QStringLiteral("lan"), PS1, roles({"client"}));
        const RulesEngine engine(Catalog::builtin());
        const Analysis first = engine.analyze(t.design);
        const Design before = t.design;
        t.hostRef(QStringLiteral("cl")).roles << QStringLiteral("management_point");
        const Analysis updated = engine.update(first, before, t.design, {QStringLiteral("cl")});
        QCOMPARE(test::flowLines(t.design, updated), test::flowLines(t.design, engine.analyze(t.design)));
        QVERIFY(test::countFlows(t.design, updated, QStringLiteral("ss"), QStringLiteral("cl")) > 0);
    }
};

QTEST_GUILESS_MAIN(TestEngineResults)
#include "tst_engine_results.moc"
