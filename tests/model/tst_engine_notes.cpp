// The seed's notes 1-6 and the SQL, ICMP and install rules, as the engine
// applies them.
#include "model/catalog/Catalog.h"
#include "model/engine/FlowText.h"
#include "tests/support/TestDesign.h"

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

bool hasFinding(const Analysis &a, const char *code, const QString &host = {})
{
    for (const Finding &f : a.findings)
        if (f.code == QLatin1String(code) && (host.isEmpty() || f.hosts.contains(host)))
            return true;
    return false;
}

std::optional<PortRange> range(const char *text)
{
    return PortRange::parse(QString::fromLatin1(text));
}

} // namespace

class TestEngineNotes : public QObject
{
    Q_OBJECT

private slots:
    void note1_proxy_data()
    {
        QTest::addColumn<bool>("proxy");
        QTest::addColumn<QString>("proxyPort");
        QTest::addColumn<QStringList>("siteServerFlows");
        QTest::newRow("direct") << false << "" << QStringList{"ss>inet TCP/80 BKMK_PortSite-Internet"};
        QTest::newRow("through proxy, default port") << true << ""
                                                     << QStringList{"ss>proxy TCP/8080 BKMK_PortSite-Internet"};
        QTest::newRow("through proxy, its port") << true << "3128"
                                                 << QStringList{"ss>proxy TCP/3128 BKMK_PortSite-Internet"};
    }

    void note1_proxy()
    {
        QFETCH(bool, proxy);
        QFETCH(QString, proxyPort);
        QFETCH(QStringList, siteServerFlows);
        TestDesign t = TestDesign::primaryWithServer();
        t.zone(QStringLiteral("dmz"), ZoneKind::Perimeter).zone(QStringLiteral("web"), ZoneKind::Internet);
        t.host(QStringLiteral("inet"), QStringLiteral("web"), QString(), roles({"internet"}));
        t.host(QStringLiteral("proxy"), QStringLiteral("dmz"), QString(), roles({"proxy_server"}), [&](Host &h) {
            if (!proxyPort.isEmpty())
                h.options.ports.set(Setting::ProxyPort, PortRange::parse(proxyPort));
        });
        t.host(QStringLiteral("sup"), QStringLiteral("dc"), PS1, roles({"software_update_point"}));
        if (proxy)
            t.design.sites[0].internetProxy = QStringLiteral("proxy");
        const Analysis a = test::analyze(t.design);
        QStringList got;
        for (const QString &line : test::flowLines(t.design, a))
            if (line.startsWith(QLatin1String("ss>")) && line.contains(QLatin1String("Internet")))
                got << line;
        QCOMPARE(got, siteServerFlows);
        // The SUP's internet access follows the same rule.
        QCOMPARE(test::countFlows(t.design, a, QStringLiteral("sup"), proxy ? QStringLiteral("proxy") : QStringLiteral("inet"),
                                  QStringLiteral("BKMK_PortsSUP-Internet")), 1);
        QCOMPARE(test::countFlows(t.design, a, QStringLiteral("sup"), proxy ? QStringLiteral("inet") : QStringLiteral("proxy")), 0);
        // Other internet traffic (not under note 1) still goes direct.
        for (const Flow &f : a.flows)
            QCOMPARE(f.has(FlowViaProxy), proxy && t.design.hosts[size_t(f.to)].id == QLatin1String("proxy"));
    }

    void note2_alternatePorts_data()
    {
        QTest::addColumn<QString>("level");   // site or host
        QTest::addColumn<int>("setting");
        QTest::addColumn<QString>("value");
        QTest::addColumn<QString>("from");
        QTest::addColumn<QString>("to");
        QTest::addColumn<QString>("ref");
        QTest::addColumn<QString>("expected");
        QTest::newRow("client HTTP on the site") << "site" << int(Setting::ClientHttpPort) << "8080" << "cl" << "mp"
                                                 << "BKMK_PortsClient-MP" << "TCP/10123,TCP/443,TCP/8080";
        QTest::newRow("client HTTPS on the site") << "site" << int(Setting::ClientHttpsPort) << "8443" << "cl" << "dp"
                                                  << "BKMK_PortsClient-DP" << "TCP/80,TCP/8443";
        QTest::newRow("client notification") << "site" << int(Setting::ClientNotificationPort) << "10124" << "cl" << "mp"
                                             << "BKMK_PortsClient-MP" << "TCP/10124,TCP/443,TCP/80";
        QTest::newRow("SQL port on the database host") << "host" << int(Setting::SqlPort) << "14330" << "mp" << "sql"
                                                       << "BKMK_PortsMP-SQL" << "TCP/14330";
        QTest::newRow("wake-up proxy port") << "site" << int(Setting::WakeUpProxyPort) << "25000" << "cl" << "cl2"
                                            << "BKMK_PortsClient-ClientWakeUp" << "ICMP/echo-request,UDP/25000,UDP/9";
        QTest::newRow("Wake on LAN port") << "site" << int(Setting::WakeOnLanPort) << "7" << "ss" << "cl"
                                          << "BKMK_PortsSite-Client" << "UDP/7";
    }

    void note2_alternatePorts()
    {
        QFETCH(QString, level);
        QFETCH(int, setting);
        QFETCH(QString, value);
        QFETCH(QString, from);
        QFETCH(QString, to);
        QFETCH(QString, ref);
        QFETCH(QString, expected);
        TestDesign t;
        t.site(PS1).zone(QStringLiteral("dc")).zone(QStringLiteral("lan"));
        t.design.sites[0].wakeOnLan = true;
        t.design.sites[0].wakeUpProxy = true;
        t.host(QStringLiteral("ss"), QStringLiteral("dc"), PS1, roles({"site_server"}));
        t.host(QStringLiteral("sql"), QStringLiteral("dc"), PS1, roles({"site_database"}));
        t.host(QStringLiteral("mp"), QStringLiteral("dc"), PS1, roles({"management_point"}));
        t.host(QStringLiteral("dp"), QStringLiteral("dc"), PS1, roles({"distribution_point"}));
        t.host(QStringLiteral("cl"), QStringLiteral("lan"), PS1, roles({"client"}));
        t.host(QStringLiteral("cl2"), QStringLiteral("lan"), PS1, roles({"client"}));
        if (level == QLatin1String("site"))
            t.design.sites[0].ports.set(Setting(setting), PortRange::parse(value));
        else
            t.hostRef(to).options.ports.set(Setting(setting), PortRange::parse(value));
        const Analysis a = test::analyze(t.design);
        QStringList got;
        for (const QString &f : test::flowsBetween(t.design, a, from, to))
            if (f.endsWith(QLatin1Char(' ') + ref))
                got << f.section(QLatin1Char(' '), 0, 0);
        got.sort();
        QCOMPARE(got.join(QLatin1Char(',')), expected);
    }

    void note3_wsusPorts_data()
    {
        QTest::addColumn<QString>("http");
        QTest::addColumn<QString>("https");
        QTest::addColumn<QString>("clientPorts");
        QTest::addColumn<bool>("error");
        QTest::newRow("default 8530/8531") << "" << "" << "TCP/8530,TCP/8531" << false;
        QTest::newRow("80/443") << "80" << "443" << "TCP/443,TCP/80" << false;
        QTest::newRow("80 needs 443") << "80" << "8531" << "TCP/80,TCP/8531" << true;
        QTest::newRow("https above http") << "8530" << "8540" << "TCP/8530,TCP/8540" << false;
        QTest::newRow("https not above http") << "8530" << "8530" << "TCP/8530" << true;
        QTest::newRow("https below http") << "8531" << "8530" << "TCP/8530,TCP/8531" << true;
    }

    void note3_wsusPorts()
    {
        QFETCH(QString, http);
        QFETCH(QString, https);
        QFETCH(QString, clientPorts);
        QFETCH(bool, error);
        TestDesign t = TestDesign::primaryWithServer();
        t.zone(QStringLiteral("lan")).zone(QStringLiteral("up"), ZoneKind::Perimeter);
        t.host(QStringLiteral("sup"), QStringLiteral("dc"), PS1, roles({"software_update_point"}), [&](Host &h) {
            if (!http.isEmpty())
                h.options.ports.set(Setting::WsusHttpPort, PortRange::parse(http));
            if (!https.isEmpty())
                h.options.ports.set(Setting::WsusHttpsPort, PortRange::parse(https));
        });
        t.host(QStringLiteral("wsus"), QStringLiteral("up"), QString(), roles({"upstream_wsus"}));
        t.host(QStringLiteral("cl"), QStringLiteral("lan"), PS1, roles({"client"}));
        const Analysis a = test::analyze(t.design);
        QStringList got;
        for (const QString &f : test::flowsBetween(t.design, a, QStringLiteral("cl"), QStringLiteral("sup")))
            got << f.section(QLatin1Char(' '), 0, 0);
        got.removeDuplicates();
        got.sort();
        QCOMPARE(got.join(QLatin1Char(',')), clientPorts);
        // HTTP is always needed next to HTTPS (EULAs): both rows present.
        QCOMPARE(test::countFlows(t.design, a, QStringLiteral("cl"), QStringLiteral("sup"),
                                  QStringLiteral("BKMK_PortsClient-SUP")), 2);
        QCOMPARE(hasFinding(a, "wsus-port-pair", QStringLiteral("sup")), error);
        // The upstream server answers on its own pair (default 8530/8531).
        QCOMPARE(test::flowsBetween(t.design, a, QStringLiteral("sup"), QStringLiteral("wsus")),
                 (QStringList{"TCP/8530 BKMK_PortsSUP-WSUS", "TCP/8531 BKMK_PortsSUP-WSUS"}));
    }

    void note4_tftpReplyPath()
    {
        TestDesign t = TestDesign::primaryWithServer();
        t.design.settings.ports.set(Setting::RpcDynamicRange, range("50000-51000"));
        t.zone(QStringLiteral("lan"));
        t.host(QStringLiteral("dp"), QStringLiteral("dc"), PS1, roles({"distribution_point"}),
               [](Host &h) { h.options.pxe = true; });
        t.host(QStringLiteral("cl"), QStringLiteral("lan"), PS1, roles({"client"}));
        const Analysis a = test::analyze(t.design);
        QVERIFY(test::flowsBetween(t.design, a, QStringLiteral("cl"), QStringLiteral("dp"))
                    .contains(QStringLiteral("UDP/69 BKMK_PortsClient-DP3")));
        // The answer comes back from a dynamic port to the client's own range.
        QCOMPARE(test::flowsBetween(t.design, a, QStringLiteral("dp"), QStringLiteral("cl")),
                 QStringList{QStringLiteral("UDP/50000-51000 BKMK_PortsClient-DP3")});
        int replies = 0;
        for (const Flow &f : a.flows)
            replies += f.has(FlowReplyPath);
        QCOMPARE(replies, 1);
        QVERIFY(hasFinding(a, "tftp-reply-path", QStringLiteral("dp")));
    }

    void note5_siteServerInitiates_data()
    {
        QTest::addColumn<QString>("role");
        QTest::addColumn<QString>("ref");
        QTest::newRow("management point") << "management_point" << "BKMK_PortsMP-Site";
        QTest::newRow("fallback status point") << "fallback_status_point" << "BKMK_PortsSite-FSP";
        QTest::newRow("software update point") << "software_update_point" << "BKMK_PortsSite-SUP";
        QTest::newRow("reporting services point") << "reporting_services_point" << "BKMK_PortsSite-RSP";
        QTest::newRow("state migration point") << "state_migration_point" << "BKMK_PortsSite-SMP";
        QTest::newRow("enrollment point") << "enrollment_point" << "BKMK_EnrollmentPoint_SiteServer";
    }

    void note5_siteServerInitiates()
    {
        QFETCH(QString, role);
        QFETCH(QString, ref);
        for (const bool initiates : {false, true}) {
            TestDesign t = TestDesign::primaryWithServer();
            t.zone(QStringLiteral("dmz"), ZoneKind::Perimeter);
            t.host(QStringLiteral("sys"), QStringLiteral("dmz"), PS1, {role},
                   [&](Host &h) { h.options.siteServerInitiates = initiates; });
            const Analysis a = test::analyze(t.design);
            const int down = test::countFlows(t.design, a, QStringLiteral("ss"), QStringLiteral("sys"), ref);
            const int up = test::countFlows(t.design, a, QStringLiteral("sys"), QStringLiteral("ss"), ref);
            QVERIFY2(down > 0, qPrintable(ref));
            QCOMPARE(up, initiates ? 0 : down);
        }
    }

    void note6_dynamicRpc_data()
    {
        QTest::addColumn<QString>("designRange");
        QTest::addColumn<QString>("hostRange");
        QTest::addColumn<QString>("expected");
        QTest::newRow("default") << "" << "" << "49152-65535";
        QTest::newRow("legacy systems") << "1024-5000" << "" << "1024-5000";
        QTest::newRow("restricted on the responding host") << "" << "50000-50100" << "50000-50100";
        QTest::newRow("host beats design") << "1024-5000" << "60000-60010" << "60000-60010";
    }

    void note6_dynamicRpc()
    {
        QFETCH(QString, designRange);
        QFETCH(QString, hostRange);
        QFETCH(QString, expected);
        TestDesign t = TestDesign::primaryWithServer();
        if (!designRange.isEmpty())
            t.design.settings.ports.set(Setting::RpcDynamicRange, PortRange::parse(designRange));
        t.zone(QStringLiteral("ad"));
        t.host(QStringLiteral("dc1"), QStringLiteral("ad"), QString(), roles({"domain_controller"}), [&](Host &h) {
            if (!hostRange.isEmpty())
                h.options.ports.set(Setting::RpcDynamicRange, PortRange::parse(hostRange));
        });
        const Analysis a = test::analyze(t.design);
        QVERIFY(test::flowsBetween(t.design, a, QStringLiteral("ss"), QStringLiteral("dc1"))
                    .contains(QStringLiteral("TCP/%1 BKMK_PortsSite-DC").arg(expected)));
        // No flow is left with an unresolved DYNAMIC port.
        const FlowText text(t.design, Catalog::builtin());
        for (const Flow &f : a.flows)
            QVERIFY(f.protocol == Protocol::Icmp || !f.range.isEmpty());
    }

    void sqlNamedInstance_data()
    {
        QTest::addColumn<QString>("instance");
        QTest::addColumn<QString>("port");
        QTest::addColumn<bool>("error");
        QTest::newRow("default instance") << "" << "" << false;
        QTest::newRow("MSSQLSERVER spelled out") << "MSSQLSERVER" << "" << false;
        QTest::newRow("named without port") << "CONFIGMGR" << "" << true;
        QTest::newRow("named with static port") << "CONFIGMGR" << "14333" << false;
    }

    void sqlNamedInstance()
    {
        QFETCH(QString, instance);
        QFETCH(QString, port);
        QFETCH(bool, error);
        TestDesign t;
        t.site(PS1).zone(QStringLiteral("dc"));
        t.host(QStringLiteral("ss"), QStringLiteral("dc"), PS1, roles({"site_server"}));
        t.host(QStringLiteral("sql"), QStringLiteral("dc"), PS1, roles({"site_database"}), [&](Host &h) {
            h.options.sqlInstance = instance;
            if (!port.isEmpty())
                h.options.ports.set(Setting::SqlPort, PortRange::parse(port));
        });
        const Analysis a = test::analyze(t.design);
        QCOMPARE(hasFinding(a, "named-instance-without-port", QStringLiteral("sql")), error);
        QCOMPARE(a.errorCount() > 0, error);
    }

    void sqlBrowserIsNeverRequired()
    {
        // UDP 1434 appears in no flow the catalog implies, however rich the design.
        TestDesign t = TestDesign::primaryWithServer();
        t.site(QStringLiteral("CS1"), SiteType::Cas);
        t.design.sites[0].parent = QStringLiteral("CS1");
        t.host(QStringLiteral("cas"), QStringLiteral("dc"), QStringLiteral("CS1"), roles({"site_server", "site_database"}));
        t.host(QStringLiteral("mp"), QStringLiteral("dc"), PS1, roles({"management_point", "reporting_services_point"}));
        const Analysis a = test::analyze(t.design);
        QVERIFY(!a.flows.empty());
        for (const Flow &f : a.flows)
            QVERIFY(!(f.protocol == Protocol::Udp && f.range.contains(1434)));
    }

    void availabilityGroupReplicasAreHosts()
    {
        TestDesign t;
        t.site(PS1).zone(QStringLiteral("dc")).zone(QStringLiteral("sqlz"));
        t.host(QStringLiteral("ss"), QStringLiteral("dc"), PS1, roles({"site_server"}));
        t.host(QStringLiteral("sqlA"), QStringLiteral("sqlz"), PS1, roles({"site_database"}));
        t.host(QStringLiteral("sqlB"), QStringLiteral("sqlz"), PS1, roles({"site_database"}));
        t.host(QStringLiteral("mp"), QStringLiteral("dc"), PS1, roles({"management_point"}));
        const Analysis a = test::analyze(t.design);
        for (const QString &replica : {QStringLiteral("sqlA"), QStringLiteral("sqlB")}) {
            QCOMPARE(test::countFlows(t.design, a, QStringLiteral("mp"), replica, QStringLiteral("BKMK_PortsMP-SQL")), 1);
            QCOMPARE(test::countFlows(t.design, a, QStringLiteral("ss"), replica, QStringLiteral("BKMK_PortsSite-SQL")), 5);
        }
    }

    void azureLoadBalancerNeedsFourPorts()
    {
        TestDesign t;
        t.site(PS1).zone(QStringLiteral("dc")).zone(QStringLiteral("azure"), ZoneKind::Cloud);
        t.host(QStringLiteral("ss"), QStringLiteral("dc"), PS1, roles({"site_server"}));
        t.host(QStringLiteral("sql"), QStringLiteral("azure"), PS1, roles({"site_database"}),
               [](Host &h) { h.options.azureLoadBalancer = true; });
        const Analysis a = test::analyze(t.design);
        QStringList got;
        for (const QString &f : test::flowsBetween(t.design, a, QStringLiteral("ss"), QStringLiteral("sql")))
            if (f.endsWith(QLatin1String("BKMK_SQLPorts")))
                got << f;
        QCOMPARE(got, (QStringList{"TCP/135 BKMK_SQLPorts", "TCP/1433 BKMK_SQLPorts", "TCP/4022 BKMK_SQLPorts",
                                   "TCP/445 BKMK_SQLPorts"}));
    }

    void internetFacingSystemsNeedInstallFlows()
    {
        for (const bool internet : {false, true}) {
            TestDesign t = TestDesign::primaryWithServer();
            t.zone(QStringLiteral("dmz"), ZoneKind::Perimeter);
            t.host(QStringLiteral("fsp"), QStringLiteral("dmz"), PS1, roles({"fallback_status_point"}), [&](Host &h) {
                if (internet)
                    h.options.clientConnections = ClientConnections::Internet;
            });
            const Analysis a = test::analyze(t.design);
            QStringList install;
            for (const Flow &f : a.flows)
                if (f.phase == Phase::Install)
                    install << QStringLiteral("%1>%2 %3/%4").arg(t.design.hosts[size_t(f.from)].id, t.design.hosts[size_t(f.to)].id,
                                                                  protocolName(f.protocol), f.range.toString());
            install.sort();
            if (!internet)
                QVERIFY(install.isEmpty());
            else
                QCOMPARE(install, (QStringList{"fsp>ss TCP/445", "ss>fsp TCP/135", "ss>fsp TCP/445",
                                               "ss>fsp TCP/49152-65535", "ss>fsp UDP/135"}));
        }
    }
};

QTEST_GUILESS_MAIN(TestEngineNotes)
#include "tst_engine_notes.moc"
