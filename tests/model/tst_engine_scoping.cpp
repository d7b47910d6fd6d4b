// DESIGN.md rules 1-8 on small designs written here: who talks to whom.
#include "model/catalog/Catalog.h"
#include "tests/support/TestDesign.h"

#include <QTest>

using namespace pp;
using test::TestDesign;

namespace {

const QString PS1 = QStringLiteral("PS1");
const QString SS1 = QStringLiteral("SS1");
const QString CS1 = QStringLiteral("CS1");
const QString PS2 = QStringLiteral("PS2");

QStringList roles(std::initializer_list<const char *> ids)
{
    QStringList out;
    for (const char *id : ids)
        out << QString::fromLatin1(id);
    return out;
}

/// CAS CS1 with primaries PS1 and PS2; PS1 has secondary SS1. Each site has a
/// site server + database host "ss-<code>" in its own zone "z-<code>".
TestDesign hierarchy()
{
    TestDesign t;
    t.site(CS1, SiteType::Cas).site(PS1, SiteType::Primary, CS1).site(PS2, SiteType::Primary, CS1)
        .site(SS1, SiteType::Secondary, PS1);
    for (const QString &code : {CS1, PS1, PS2, SS1}) {
        const QString zone = QStringLiteral("z-") + code;
        t.zone(zone);
        t.host(QStringLiteral("ss-") + code, zone, code, roles({"site_server", "site_database"}));
    }
    return t;
}

} // namespace

class TestEngineScoping : public QObject
{
    Q_OBJECT

private slots:
    void rule1_nearestSite_data()
    {
        QTest::addColumn<QString>("clientSite");
        QTest::addColumn<QString>("mpSite");
        QTest::addColumn<QString>("expectedMp");
        // A client uses its own site's MP, else the nearest ancestor's.
        QTest::newRow("own site") << SS1 << SS1 << "mp-SS1";
        QTest::newRow("parent when own has none") << SS1 << PS1 << "mp-PS1";
        QTest::newRow("grandparent") << SS1 << CS1 << "mp-CS1";
        QTest::newRow("not a sibling") << PS2 << PS1 << "";
        QTest::newRow("not a child") << PS1 << SS1 << "";
    }

    void rule1_nearestSite()
    {
        QFETCH(QString, clientSite);
        QFETCH(QString, mpSite);
        QFETCH(QString, expectedMp);
        TestDesign t = hierarchy();
        t.zone(QStringLiteral("lan"));
        t.host(QStringLiteral("mp-") + mpSite, QStringLiteral("z-") + mpSite, mpSite, roles({"management_point"}));
        t.host(QStringLiteral("cl"), QStringLiteral("lan"), clientSite, roles({"client"}));
        const Analysis a = test::analyze(t.design);
        const QString mp = QStringLiteral("mp-") + mpSite;
        const int flows = test::countFlows(t.design, a, QStringLiteral("cl"), mp, QStringLiteral("BKMK_PortsClient-MP"));
        QCOMPARE(flows, expectedMp.isEmpty() ? 0 : 3); // 10123, 80, 443
    }

    void rule1_ownSiteWinsOverAncestors()
    {
        TestDesign t = hierarchy();
        t.host(QStringLiteral("mp-PS1"), QStringLiteral("z-PS1"), PS1, roles({"management_point"}));
        t.host(QStringLiteral("mp-SS1"), QStringLiteral("z-SS1"), SS1, roles({"management_point"}));
        t.host(QStringLiteral("cl"), QStringLiteral("z-SS1"), SS1, roles({"client"}));
        const Analysis a = test::analyze(t.design);
        QCOMPARE(test::countFlows(t.design, a, QStringLiteral("cl"), QStringLiteral("mp-SS1")), 3);
        QCOMPARE(test::countFlows(t.design, a, QStringLiteral("cl"), QStringLiteral("mp-PS1")), 0);
    }

    void rule1_siteServerStaysInItsSite()
    {
        // The site server manages only its own site's systems: the PS1 site
        // server does not install the secondary's DP even though it is "below".
        TestDesign t = hierarchy();
        t.host(QStringLiteral("dp-SS1"), QStringLiteral("z-SS1"), SS1, roles({"distribution_point"}));
        t.host(QStringLiteral("dp-PS1"), QStringLiteral("z-PS1"), PS1, roles({"distribution_point"}));
        const Analysis a = test::analyze(t.design);
        QCOMPARE(test::countFlows(t.design, a, QStringLiteral("ss-PS1"), QStringLiteral("dp-SS1")), 0);
        QCOMPARE(test::countFlows(t.design, a, QStringLiteral("ss-SS1"), QStringLiteral("dp-SS1"),
                                  QStringLiteral("BKMK_PortsSite-DP")), 4);
        QCOMPARE(test::countFlows(t.design, a, QStringLiteral("ss-PS1"), QStringLiteral("dp-PS1"),
                                  QStringLiteral("BKMK_PortsSite-DP")), 4);
        // ... and a site without an SMS Provider does not borrow its parent's.
        t.host(QStringLiteral("prov-PS1"), QStringLiteral("z-PS1"), PS1, roles({"sms_provider"}));
        const Analysis b = test::analyze(t.design);
        QCOMPARE(test::countFlows(t.design, b, QStringLiteral("ss-SS1"), QStringLiteral("prov-PS1")), 0);
        QCOMPARE(test::countFlows(t.design, b, QStringLiteral("ss-PS1"), QStringLiteral("prov-PS1")), 4);
    }

    void rule2_parentAndChildrenOnly_data()
    {
        QTest::addColumn<QString>("from");
        QTest::addColumn<QString>("to");
        QTest::addColumn<bool>("linked");
        QTest::newRow("primary to CAS") << "ss-PS1" << "ss-CS1" << true;
        QTest::newRow("CAS to primary") << "ss-CS1" << "ss-PS1" << true;
        QTest::newRow("secondary to primary") << "ss-SS1" << "ss-PS1" << true;
        QTest::newRow("primary to secondary") << "ss-PS1" << "ss-SS1" << true;
        QTest::newRow("not grandparent") << "ss-SS1" << "ss-CS1" << false;
        QTest::newRow("not grandchild") << "ss-CS1" << "ss-SS1" << false;
        QTest::newRow("not sibling") << "ss-PS1" << "ss-PS2" << false;
    }

    void rule2_parentAndChildrenOnly()
    {
        QFETCH(QString, from);
        QFETCH(QString, to);
        QFETCH(bool, linked);
        const TestDesign t = hierarchy();
        const Analysis a = test::analyze(t.design);
        // Site server <--> site server: SMB 445, once in each direction.
        QCOMPARE(test::countFlows(t.design, a, from, to, QStringLiteral("BKMK_PortsSite-Site")), linked ? 1 : 0);
        // Database replication 1433 + 4022, initiated from each side.
        QCOMPARE(test::countFlows(t.design, a, from, to, QStringLiteral("BKMK_PortsSQL-SQL")), linked ? 2 : 0);
    }

    void rule3_globalRoles()
    {
        TestDesign t = hierarchy();
        t.zone(QStringLiteral("ad"));
        t.host(QStringLiteral("dc1"), QStringLiteral("ad"), QString(), roles({"domain_controller"}));
        t.host(QStringLiteral("dc2"), QStringLiteral("ad"), QString(), roles({"domain_controller"}));
        const Analysis a = test::analyze(t.design);
        // Every site server reaches every DC: LDAP 389, 636 (UDP+TCP), 3268, 3269, 135 (UDP+TCP), dynamic.
        for (const QString &ss : {QStringLiteral("ss-CS1"), QStringLiteral("ss-PS1"), QStringLiteral("ss-SS1")})
            for (const QString &dc : {QStringLiteral("dc1"), QStringLiteral("dc2")})
                QCOMPARE(test::countFlows(t.design, a, ss, dc, QStringLiteral("BKMK_PortsSite-DC")), 8);
    }

    void rule4_hierarchyWideRoles()
    {
        TestDesign t = hierarchy();
        t.host(QStringLiteral("aisp"), QStringLiteral("z-CS1"), CS1, roles({"asset_intelligence_sync_point"}));
        t.host(QStringLiteral("crp"), QStringLiteral("z-CS1"), CS1, roles({"certificate_registration_point"}));
        t.host(QStringLiteral("ndes"), QStringLiteral("z-PS2"), PS2, roles({"policy_module"}));
        const Analysis a = test::analyze(t.design);
        // It talks with its own site's site server, both ways.
        QCOMPARE(test::countFlows(t.design, a, QStringLiteral("ss-CS1"), QStringLiteral("aisp"),
                                  QStringLiteral("BKMK_PortsSite-AISP")), 4);
        QCOMPARE(test::countFlows(t.design, a, QStringLiteral("aisp"), QStringLiteral("ss-CS1"),
                                  QStringLiteral("BKMK_PortsSite-AISP")), 4);
        QCOMPARE(test::countFlows(t.design, a, QStringLiteral("ss-PS1"), QStringLiteral("aisp")), 0);
        // The NDES policy module in PS2 finds the CRP anywhere in its hierarchy.
        QCOMPARE(test::countFlows(t.design, a, QStringLiteral("ndes"), QStringLiteral("crp"),
                                  QStringLiteral("BKMK_PortsCertificateRegistationPoint_PolicyModule")), 1);
    }

    void consoleReachesClientsBelowItsSite()
    {
        TestDesign t = hierarchy();
        t.host(QStringLiteral("console"), QStringLiteral("z-PS1"), PS1, roles({"console"}));
        t.host(QStringLiteral("cl-SS1"), QStringLiteral("z-SS1"), SS1, roles({"client"}));
        t.host(QStringLiteral("cl-PS2"), QStringLiteral("z-PS2"), PS2, roles({"client"}));
        const Analysis a = test::analyze(t.design);
        QCOMPARE(test::countFlows(t.design, a, QStringLiteral("console"), QStringLiteral("cl-SS1"),
                                  QStringLiteral("BKMK_PortsConsole-Client")), 2);
        QCOMPARE(test::countFlows(t.design, a, QStringLiteral("console"), QStringLiteral("cl-PS2")), 0);
    }

    void rule6_colocation_data()
    {
        QTest::addColumn<bool>("sameHost");
        QTest::addColumn<bool>("sameZone");
        QTest::addColumn<int>("flows");
        QTest::addColumn<int>("crossing");
        QTest::newRow("same host: local, no flow") << true << true << 0 << 0;
        QTest::newRow("same zone: flow, not crossing") << false << true << 1 << 0;
        QTest::newRow("other zone: crossing flow") << false << false << 1 << 1;
    }

    void rule6_colocation()
    {
        QFETCH(bool, sameHost);
        QFETCH(bool, sameZone);
        QFETCH(int, flows);
        QFETCH(int, crossing);
        TestDesign t;
        t.site(PS1).zone(QStringLiteral("a")).zone(QStringLiteral("b"));
        if (sameHost) {
            t.host(QStringLiteral("ss"), QStringLiteral("a"), PS1, roles({"site_server", "site_database"}));
        } else {
            t.host(QStringLiteral("ss"), QStringLiteral("a"), PS1, roles({"site_server"}));
            t.host(QStringLiteral("sql"), sameZone ? QStringLiteral("a") : QStringLiteral("b"), PS1,
                   roles({"site_database"}));
        }
        const Analysis a = test::analyze(t.design);
        int sql = 0, crossingSql = 0;
        for (const Flow &f : a.flows)
            if (f.connection >= 0 && Catalog::builtin().connections()[size_t(f.connection)].ref == QLatin1String("BKMK_PortsSite-SQL")
                && f.phase == Phase::Runtime) {
                ++sql;
                crossingSql += f.crossing();
            }
        QCOMPARE(sql, flows);
        QCOMPARE(crossingSql, crossing);
        QCOMPARE(int(a.openings.size()) > 0, crossing > 0);
    }

    void rule5_conditions_data()
    {
        QTest::addColumn<QString>("ref");
        QTest::addColumn<QString>("option");
        QTest::addColumn<int>("whenOff");
        QTest::addColumn<int>("whenOn");
        QTest::newRow("PXE") << "BKMK_PortsClient-DP3" << "pxe" << 0 << 5;           // 67, 68, 69, 4011 + TFTP reply
        QTest::newRow("multicast") << "BKMK_PortsClient-DP2" << "multicast" << 0 << 2; // 445, 63000-64000
        QTest::newRow("Wake on LAN") << "BKMK_PortsSite-Client" << "wakeOnLan" << 0 << 1;
        QTest::newRow("wake-up proxy") << "BKMK_PortsClient-ClientWakeUp" << "wakeUpProxy" << 0 << 3; // 9, 25536, ICMP to the other
    }

    void rule5_conditions()
    {
        QFETCH(QString, ref);
        QFETCH(QString, option);
        QFETCH(int, whenOff);
        QFETCH(int, whenOn);
        for (const bool on : {false, true}) {
            TestDesign t = TestDesign::primaryWithServer();
            t.zone(QStringLiteral("lan"));
            t.host(QStringLiteral("dp"), QStringLiteral("dc"), PS1, roles({"distribution_point"}), [&](Host &h) {
                if (option == QLatin1String("pxe"))
                    h.options.pxe = on;
                if (option == QLatin1String("multicast"))
                    h.options.multicast = on;
            });
            t.host(QStringLiteral("cl1"), QStringLiteral("lan"), PS1, roles({"client"}));
            t.host(QStringLiteral("cl2"), QStringLiteral("lan"), PS1, roles({"client"}));
            if (option == QLatin1String("wakeOnLan"))
                t.design.sites[0].wakeOnLan = on;
            if (option == QLatin1String("wakeUpProxy"))
                t.design.sites[0].wakeUpProxy = on;
            const Analysis a = test::analyze(t.design);
            int n = 0;
            for (const QString &line : test::flowLines(t.design, a))
                n += line.endsWith(QLatin1Char(' ') + ref);
            // Counts are for both clients.
            QCOMPARE(n, 2 * (on ? whenOn : whenOff));
        }
    }

    void rule5_remoteSqlInstallFlows()
    {
        TestDesign t;
        t.site(PS1).zone(QStringLiteral("dc"));
        t.host(QStringLiteral("ss"), QStringLiteral("dc"), PS1, roles({"site_server"}));
        t.host(QStringLiteral("sql"), QStringLiteral("dc"), PS1, roles({"site_database"}));
        const Analysis a = test::analyze(t.design);
        QStringList install;
        for (const Flow &f : a.flows)
            if (f.phase == Phase::Install)
                install << QStringLiteral("%1/%2").arg(protocolName(f.protocol), f.range.toString());
        install.sort();
        QCOMPARE(install, (QStringList{"TCP/135", "TCP/445", "TCP/49152-65535", "UDP/135"}));
    }

    void issuingCaOnlyFromTheTopWithACrp()
    {
        TestDesign t = hierarchy();
        t.zone(QStringLiteral("pki"));
        t.host(QStringLiteral("ca"), QStringLiteral("pki"), QString(), roles({"issuing_ca"}));
        const QString ref = QStringLiteral("BKMK_PortsIssuingCA_SiteServer");
        Analysis a = test::analyze(t.design);
        QCOMPARE(test::countFlows(t.design, a, QStringLiteral("ss-CS1"), QStringLiteral("ca"), ref), 0);
        t.host(QStringLiteral("crp"), QStringLiteral("z-CS1"), CS1, roles({"certificate_registration_point"}));
        a = test::analyze(t.design);
        QCOMPARE(test::countFlows(t.design, a, QStringLiteral("ss-CS1"), QStringLiteral("ca"), ref), 3);
        QCOMPARE(test::countFlows(t.design, a, QStringLiteral("ca"), QStringLiteral("ss-CS1"), ref), 3);
        QCOMPARE(test::countFlows(t.design, a, QStringLiteral("ss-PS1"), QStringLiteral("ca"), ref), 0);
    }

    void rule8_internetClients_data()
    {
        QTest::addColumn<QString>("clientZoneKind");
        QTest::addColumn<QString>("mpConnections");
        QTest::addColumn<bool>("served");
        QTest::newRow("intranet client, intranet MP") << "internal" << "intranet" << true;
        QTest::newRow("intranet client, internet-only MP") << "internal" << "internet" << false;
        QTest::newRow("intranet client, both") << "internal" << "both" << true;
        QTest::newRow("internet client, intranet MP") << "internet" << "intranet" << false;
        QTest::newRow("internet client, internet MP") << "internet" << "internet" << true;
        QTest::newRow("internet client, both") << "internet" << "both" << true;
    }

    void rule8_internetClients()
    {
        QFETCH(QString, clientZoneKind);
        QFETCH(QString, mpConnections);
        QFETCH(bool, served);
        TestDesign t = TestDesign::primaryWithServer();
        t.zone(QStringLiteral("clients"), *zoneKindFromName(clientZoneKind));
        t.host(QStringLiteral("mp"), QStringLiteral("dc"), PS1, roles({"management_point"}),
               [&](Host &h) { h.options.clientConnections = *clientConnectionsFromName(mpConnections); });
        t.host(QStringLiteral("cl"), QStringLiteral("clients"), PS1, roles({"client"}));
        const Analysis a = test::analyze(t.design);
        QCOMPARE(test::countFlows(t.design, a, QStringLiteral("cl"), QStringLiteral("mp")), served ? 3 : 0);
        bool warned = false;
        for (const Finding &f : a.findings)
            warned = warned || f.code == QLatin1String("client-without-management-point");
        QCOMPARE(warned, !served);
    }

    void rule8_noGlobalCatalogForInternetOrWorkgroupClients_data()
    {
        QTest::addColumn<QString>("zoneKind");
        QTest::addColumn<bool>("workgroup");
        QTest::addColumn<int>("flows");
        QTest::newRow("domain intranet client") << "internal" << false << 2;
        QTest::newRow("internet-based client") << "internet" << false << 0;
        QTest::newRow("workgroup client") << "internal" << true << 0;
    }

    void rule8_noGlobalCatalogForInternetOrWorkgroupClients()
    {
        QFETCH(QString, zoneKind);
        QFETCH(bool, workgroup);
        QFETCH(int, flows);
        TestDesign t = TestDesign::primaryWithServer();
        t.zone(QStringLiteral("clients"), *zoneKindFromName(zoneKind));
        t.host(QStringLiteral("dc1"), QStringLiteral("dc"), QString(), roles({"domain_controller"}));
        t.host(QStringLiteral("cl"), QStringLiteral("clients"), PS1, roles({"client"}),
               [&](Host &h) { h.options.workgroup = workgroup; });
        const Analysis a = test::analyze(t.design);
        QCOMPARE(test::countFlows(t.design, a, QStringLiteral("cl"), QStringLiteral("dc1"),
                                  QStringLiteral("BKMK_PortsClient-GCDC")), flows);
    }

    void peersTalkWithinTheirZone()
    {
        TestDesign t = TestDesign::primaryWithServer();
        t.design.sites[0].wakeUpProxy = true;
        t.zone(QStringLiteral("a")).zone(QStringLiteral("b"));
        t.host(QStringLiteral("a1"), QStringLiteral("a"), PS1, roles({"client"}));
        t.host(QStringLiteral("a2"), QStringLiteral("a"), PS1, roles({"client"}));
        t.host(QStringLiteral("b1"), QStringLiteral("b"), PS1, roles({"client"}), [](Host &h) { h.count = 40; });
        const Analysis a = test::analyze(t.design);
        const QString ref = QStringLiteral("BKMK_PortsClient-ClientWakeUp");
        QCOMPARE(test::countFlows(t.design, a, QStringLiteral("a1"), QStringLiteral("a2"), ref), 3);
        QCOMPARE(test::countFlows(t.design, a, QStringLiteral("a2"), QStringLiteral("a1"), ref), 3);
        QCOMPARE(test::countFlows(t.design, a, QStringLiteral("a1"), QStringLiteral("b1"), ref), 0);
        // A host that stands for 40 machines talks among them (not crossing).
        QCOMPARE(test::countFlows(t.design, a, QStringLiteral("b1"), QStringLiteral("b1"), ref), 3);
        QCOMPARE(test::countFlows(t.design, a, QStringLiteral("a1"), QStringLiteral("a1"), ref), 0);
        // ICMP echo is one of them: it has no port but is a flow all the same.
        QVERIFY(test::flowsBetween(t.design, a, QStringLiteral("a1"), QStringLiteral("a2"))
                    .contains(QStringLiteral("ICMP/echo-request ") + ref));
    }

    void hostWithoutSiteGetsNoSiteFlows()
    {
        TestDesign t = TestDesign::primaryWithServer();
        t.host(QStringLiteral("stray"), QStringLiteral("dc"), QString(), roles({"management_point"}));
        const Analysis a = test::analyze(t.design);
        QCOMPARE(test::countFlows(t.design, a, QStringLiteral("stray"), QStringLiteral("ss")), 0);
        bool error = false;
        for (const Finding &f : a.findings)
            error = error || (f.code == QLatin1String("role-needs-site") && f.hosts.contains(QStringLiteral("stray")));
        QVERIFY(error);
    }
};

QTEST_GUILESS_MAIN(TestEngineScoping)
#include "tst_engine_scoping.moc"
