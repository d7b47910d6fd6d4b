// Several built-in catalogs: choosing one per design, roles a catalog lacks,
// and the rules of the current-branch catalog's new roles and rows
// (configmgr-current-2022: CMG, pull DPs, data warehouse, WSUS database,
// remote content library, peer cache, express updates, DC and PXE changes).
#include "model/catalog/Catalog.h"
#include "model/engine/FlowText.h"
#include "model/engine/RulesEngine.h"
#include "model/export/ChangeRequest.h"
#include "model/export/ChangeRequestBuilder.h"
#include "model/export/OpeningDelta.h"
#include "model/file/DesignFile.h"
#include "tests/support/TestDesign.h"

#include <QTest>

using namespace pp;
using test::TestDesign;

namespace {

const QString Current = QStringLiteral("configmgr-current-2022");
const QString Seed = QStringLiteral("configmgr-2017");
const QString PS1 = QStringLiteral("PS1");

const Catalog &current()
{
    return *Catalog::byId(Current);
}

QStringList roles(std::initializer_list<const char *> ids)
{
    QStringList out;
    for (const char *id : ids)
        out << QString::fromLatin1(id);
    return out;
}

/// A primary site PS1 whose site server and site database sit on "ss" in
/// zone "dc", with zones "dmz", "cloud" (kind cloud) and "web" (internet).
TestDesign currentDesign()
{
    TestDesign t = TestDesign::primaryWithServer();
    t.design.catalog = Current;
    t.zone(QStringLiteral("dmz"), ZoneKind::Perimeter)
        .zone(QStringLiteral("cloud"), ZoneKind::Cloud)
        .zone(QStringLiteral("web"), ZoneKind::Internet);
    return t;
}

Analysis analyze(const Design &d)
{
    return RulesEngine(*Catalog::forDesign(d.catalog)).analyze(d);
}

/// "TCP/443" for each flow from -> to (with a ref, if given), sorted, unique.
QStringList ports(const Design &d, const Analysis &a, const QString &from, const QString &to, const QString &ref = {})
{
    const FlowText text(d, *Catalog::forDesign(d.catalog));
    QStringList out;
    for (const Flow &f : a.flows)
        if (text.fromId(f) == from && text.toId(f) == to && (ref.isEmpty() || text.ref(f) == ref) && !f.has(FlowReplyPath))
            out << protocolName(f.protocol) + QLatin1Char('/') + text.port(f);
    out.sort();
    out.removeDuplicates();
    return out;
}

QStringList codes(const Analysis &a)
{
    QStringList out;
    for (const Finding &f : a.findings)
        out << f.code;
    return out;
}

} // namespace

class TestCatalogVersions : public QObject
{
    Q_OBJECT

private slots:
    void builtinCatalogsById()
    {
        QCOMPARE(Catalog::builtinIds(), (QStringList{Seed, Current}));
        QCOMPARE(&Catalog::builtin(), Catalog::byId(Seed));
        QCOMPARE(Catalog::forDesign(QString()), &Catalog::builtin());
        QCOMPARE(Catalog::forDesign(Current)->id(), Current);
        QVERIFY(!Catalog::byId(QStringLiteral("configmgr-1902")));
        // Roles of either catalog are known for reading files.
        QVERIFY(Catalog::anyRole(QStringLiteral("cloud_management_gateway")));
        QVERIFY(Catalog::anyRole(QStringLiteral("app_catalog_website_point")));
        QVERIFY(!Catalog::builtin().role(QStringLiteral("cloud_management_gateway")));
        QVERIFY(!current().role(QStringLiteral("app_catalog_website_point")));
    }

    void newRolesHaveNamesInBothLanguages_data()
    {
        QTest::addColumn<QString>("role");
        QTest::addColumn<int>("scope");
        for (const char *id : {"cloud_management_gateway", "cmg_connection_point", "data_warehouse_service_point",
                               "remote_content_library", "wsus_database"})
            QTest::newRow(id) << QString::fromLatin1(id) << int(RoleScope::Site);
        QTest::newRow("azure_services") << QStringLiteral("azure_services") << int(RoleScope::Global);
    }

    void newRolesHaveNamesInBothLanguages()
    {
        QFETCH(QString, role);
        QFETCH(int, scope);
        const Role *r = current().role(role);
        QVERIFY(r);
        QVERIFY(!r->name.isEmpty() && !r->nameZh.isEmpty() && r->name != r->nameZh);
        if (RoleScope(scope) == RoleScope::Global)
            QCOMPARE(r->scope, RoleScope::Global);
        else
            QVERIFY(r->scope != RoleScope::Global);
    }

    void roleTheCatalogLacksIsWarnedAndGetsNoFlows_data()
    {
        QTest::addColumn<QString>("catalog");
        QTest::addColumn<QString>("role");
        QTest::newRow("application catalog under 2022") << Current << "app_catalog_website_point";
        QTest::newRow("CMG under 2017") << Seed << "cloud_management_gateway";
    }

    void roleTheCatalogLacksIsWarnedAndGetsNoFlows()
    {
        QFETCH(QString, catalog);
        QFETCH(QString, role);
        TestDesign t = currentDesign();
        t.design.catalog = catalog;
        t.host(QStringLiteral("odd"), QStringLiteral("dmz"), PS1, QStringList{role});
        t.host(QStringLiteral("cl"), QStringLiteral("dc"), PS1, roles({"client"}));
        const Analysis a = analyze(t.design);
        QVERIFY(codes(a).contains(QStringLiteral("role-not-in-catalog")));
        const FlowText text(t.design, *Catalog::forDesign(catalog));
        for (const Flow &f : a.flows)
            QVERIFY2(text.fromId(f) != QLatin1String("odd") && text.toId(f) != QLatin1String("odd"),
                     qPrintable(text.justification(f)));
        // The file keeps the role: it saves and loads again.
        const LoadResult again = DesignFile::parse(DesignFile::serialize(t.design), Catalog::builtin());
        QVERIFY2(again.ok(), qPrintable(again.errorText()));
        QCOMPARE(again.design->host(QStringLiteral("odd"))->roles, QStringList{role});
        QCOMPARE(again.design->catalog, catalog);
    }

    void unknownCatalogIsRefused()
    {
        TestDesign t = currentDesign();
        t.design.catalog = QStringLiteral("configmgr-1902");
        const LoadResult r = DesignFile::parse(DesignFile::serialize(t.design), Catalog::builtin());
        QVERIFY(!r.ok());
        QVERIFY2(r.errorText().contains(QStringLiteral("configmgr-1902")) && r.errorText().contains(Current),
                 qPrintable(r.errorText()));
    }

    // bkmk_cmgcp-cmg2 and bkmk_cmgcp-cmg: the CMG's deployment and VM count
    // decide the ports.
    void cmgConnectionPointToCmg_data()
    {
        QTest::addColumn<QString>("deployment");
        QTest::addColumn<int>("instances");
        QTest::addColumn<QStringList>("expected");
        QTest::addColumn<QString>("ref");
        QTest::newRow("scale set, one VM") << "" << 1 << QStringList{"TCP/443"} << "bkmk_cmgcp-cmg2";
        QTest::newRow("scale set, three VMs") << "scaleSet" << 3 << QStringList{"TCP/10124-10139"} << "bkmk_cmgcp-cmg2";
        QTest::newRow("classic, one VM") << "classic" << 1 << QStringList{"TCP/10140-10155", "TCP/443"} << "bkmk_cmgcp-cmg";
        QTest::newRow("classic, two VMs") << "classic" << 2 << QStringList{"TCP/10124-10139", "TCP/10140-10155"}
                                          << "bkmk_cmgcp-cmg";
    }

    void cmgConnectionPointToCmg()
    {
        QFETCH(QString, deployment);
        QFETCH(int, instances);
        QFETCH(QStringList, expected);
        QFETCH(QString, ref);
        TestDesign t = currentDesign();
        t.host(QStringLiteral("cmg"), QStringLiteral("cloud"), PS1, roles({"cloud_management_gateway"}), [&](Host &h) {
            h.options.cmgDeployment = deployment;
            h.options.cmgInstances = instances;
        });
        t.host(QStringLiteral("cmgcp"), QStringLiteral("dmz"), PS1, roles({"cmg_connection_point"}));
        const Analysis a = analyze(t.design);
        QCOMPARE(ports(t.design, a, QStringLiteral("cmgcp"), QStringLiteral("cmg")), expected);
        QCOMPARE(ports(t.design, a, QStringLiteral("cmgcp"), QStringLiteral("cmg"), ref), expected);
    }

    void cmgConnectionPointToItsSiteSystems()
    {
        TestDesign t = currentDesign();
        t.host(QStringLiteral("cmgcp"), QStringLiteral("dmz"), PS1, roles({"cmg_connection_point"}));
        t.host(QStringLiteral("mp"), QStringLiteral("dc"), PS1, roles({"management_point", "software_update_point"}));
        const Analysis a = analyze(t.design);
        QCOMPARE(ports(t.design, a, QStringLiteral("cmgcp"), QStringLiteral("mp"), QStringLiteral("bkmk_cmgcp-mp")),
                 (QStringList{"TCP/443", "TCP/80"}));
        // The software update point's WSUS ports (note 3: 8530/8531 by default).
        QCOMPARE(ports(t.design, a, QStringLiteral("cmgcp"), QStringLiteral("mp"), QStringLiteral("bkmk_cmgcp-sup")),
                 (QStringList{"TCP/8530", "TCP/8531"}));
        // The site server administers it, and it reports back.
        QVERIFY(ports(t.design, a, QStringLiteral("ss"), QStringLiteral("cmgcp")).contains(QStringLiteral("TCP/445")));
        QVERIFY(ports(t.design, a, QStringLiteral("cmgcp"), QStringLiteral("ss")).contains(QStringLiteral("TCP/445")));
    }

    void clientsReachTheCmgFromTheInternet_data()
    {
        QTest::addColumn<QString>("zone");
        QTest::addColumn<QStringList>("expected");
        QTest::newRow("internet-based client") << "web" << QStringList{"TCP/443"};
        QTest::newRow("intranet client") << "dc" << QStringList{};
    }

    void clientsReachTheCmgFromTheInternet()
    {
        QFETCH(QString, zone);
        QFETCH(QStringList, expected);
        TestDesign t = currentDesign();
        t.host(QStringLiteral("cmg"), QStringLiteral("cloud"), PS1, roles({"cloud_management_gateway"}));
        t.host(QStringLiteral("cl"), zone, PS1, roles({"client"}));
        const Analysis a = analyze(t.design);
        QCOMPARE(ports(t.design, a, QStringLiteral("cl"), QStringLiteral("cmg"), QStringLiteral("bkmk_client-cmg")), expected);
    }

    void serviceConnectionPointToAzure()
    {
        TestDesign t = currentDesign();
        t.host(QStringLiteral("ss2"), QStringLiteral("dc"), PS1, roles({"service_connection_point"}));
        t.host(QStringLiteral("azure"), QStringLiteral("cloud"), QString(), roles({"azure_services"}));
        Analysis a = analyze(t.design);
        // External notifications always; CMG deployment only with a CMG.
        QCOMPARE(ports(t.design, a, QStringLiteral("ss2"), QStringLiteral("azure"), QStringLiteral("bkmk_scp-notify")),
                 QStringList{"TCP/443"});
        QVERIFY(ports(t.design, a, QStringLiteral("ss2"), QStringLiteral("azure"), QStringLiteral("bkmk_scp-cmg")).isEmpty());
        t.host(QStringLiteral("cmg"), QStringLiteral("cloud"), PS1, roles({"cloud_management_gateway"}));
        a = analyze(t.design);
        QCOMPARE(ports(t.design, a, QStringLiteral("ss2"), QStringLiteral("azure"), QStringLiteral("bkmk_scp-cmg")),
                 QStringList{"TCP/443"});
    }

    void pullDistributionPointsAndTheirSources_data()
    {
        QTest::addColumn<QStringList>("sources");
        QTest::addColumn<bool>("express");
        QTest::addColumn<QStringList>("toDp1");
        QTest::addColumn<QStringList>("toDp2");
        const QStringList web{"TCP/443", "TCP/80"};
        QTest::newRow("not a pull DP") << QStringList{} << false << QStringList{} << QStringList{};
        QTest::newRow("one source") << QStringList{"dp1"} << false << web << QStringList{};
        QTest::newRow("two sources") << QStringList{"dp1", "dp2"} << false << web << web;
        QTest::newRow("express updates") << QStringList{"dp2"} << true << QStringList{} << (web + QStringList{"TCP/8005"});
    }

    void pullDistributionPointsAndTheirSources()
    {
        QFETCH(QStringList, sources);
        QFETCH(bool, express);
        QFETCH(QStringList, toDp1);
        QFETCH(QStringList, toDp2);
        TestDesign t = currentDesign();
        t.lastSite().expressUpdates = express;
        t.host(QStringLiteral("dp1"), QStringLiteral("dc"), PS1, roles({"distribution_point"}));
        t.host(QStringLiteral("dp2"), QStringLiteral("dc"), PS1, roles({"distribution_point"}));
        t.host(QStringLiteral("pull"), QStringLiteral("dmz"), PS1, roles({"distribution_point"}),
               [&](Host &h) { h.options.pullSources = sources; });
        const Analysis a = analyze(t.design);
        const QString ref = QStringLiteral("BKMK_PortsPullDP-DPSource");
        QStringList e1 = toDp1, e2 = toDp2;
        e1.sort();
        e2.sort();
        QCOMPARE(ports(t.design, a, QStringLiteral("pull"), QStringLiteral("dp1"), ref), e1);
        QCOMPARE(ports(t.design, a, QStringLiteral("pull"), QStringLiteral("dp2"), ref), e2);
        QVERIFY(!codes(a).contains(QStringLiteral("pull-source-not-dp")));
    }

    void pullSourceMustBeAnotherDp()
    {
        TestDesign t = currentDesign();
        t.host(QStringLiteral("pull"), QStringLiteral("dmz"), PS1, roles({"distribution_point"}),
               [](Host &h) { h.options.pullSources = QStringList{QStringLiteral("ss")}; });
        QVERIFY(codes(analyze(t.design)).contains(QStringLiteral("pull-source-not-dp")));
    }

    void dataWarehouseServicePointDatabase_data()
    {
        QTest::addColumn<QString>("warehouse");
        QTest::addColumn<QString>("expectedHost");
        QTest::newRow("site database by default") << "" << "ss";
        QTest::newRow("named SQL Server") << "dwsql" << "dwsql";
    }

    void dataWarehouseServicePointDatabase()
    {
        QFETCH(QString, warehouse);
        QFETCH(QString, expectedHost);
        TestDesign t = currentDesign();
        t.host(QStringLiteral("dwsql"), QStringLiteral("dc"), PS1, QStringList{}, [](Host &h) { h.options.ports.set(Setting::SqlPort, PortRange{1500, 1500}); });
        t.host(QStringLiteral("dw"), QStringLiteral("dmz"), PS1, roles({"data_warehouse_service_point"}),
               [&](Host &h) { h.options.warehouseDatabase = warehouse; });
        const Analysis a = analyze(t.design);
        const QString ref = QStringLiteral("BKMK_PortsDWSPSQL");
        QCOMPARE(ports(t.design, a, QStringLiteral("dw"), expectedHost, ref),
                 QStringList{expectedHost == QLatin1String("dwsql") ? "TCP/1500" : "TCP/1433"});
        const QString other = expectedHost == QLatin1String("ss") ? QStringLiteral("dwsql") : QStringLiteral("ss");
        QVERIFY(ports(t.design, a, QStringLiteral("dw"), other, ref).isEmpty());
    }

    void wsusDatabaseAndRemoteContentLibrary()
    {
        TestDesign t = currentDesign();
        t.host(QStringLiteral("sup"), QStringLiteral("dmz"), PS1, roles({"software_update_point", "wsus_database"}),
               [](Host &h) { h.options.ports.set(Setting::SqlPort, PortRange{1444, 1444}); });
        t.host(QStringLiteral("lib"), QStringLiteral("dmz"), PS1, roles({"remote_content_library"}));
        const Analysis a = analyze(t.design);
        QCOMPARE(ports(t.design, a, QStringLiteral("ss"), QStringLiteral("sup"), QStringLiteral("BKMK_PortsSite-SQL-WSUS")),
                 QStringList{"TCP/1444"});
        QCOMPARE(ports(t.design, a, QStringLiteral("ss"), QStringLiteral("lib"), QStringLiteral("BKMK_PortsSite-RCL")),
                 QStringList{"TCP/445"});
        QVERIFY(ports(t.design, a, QStringLiteral("lib"), QStringLiteral("ss")).isEmpty());
    }

    void peerCacheAndExpressUpdates_data()
    {
        QTest::addColumn<bool>("peerCache");
        QTest::addColumn<bool>("wakeUpProxy");
        QTest::addColumn<bool>("express");
        QTest::addColumn<QStringList>("peers");
        QTest::addColumn<QStringList>("toDp");
        const QStringList dp{"TCP/443", "TCP/80"};
        QTest::newRow("neither") << false << false << false << QStringList{} << dp;
        QTest::newRow("Windows PE peer cache") << true << false << false << QStringList{"TCP/8003", "UDP/8004"} << dp;
        QTest::newRow("wake-up proxy only") << false << true << false
                                            << QStringList{"ICMP/echo-request", "UDP/25536", "UDP/9"} << dp;
        QTest::newRow("express updates") << false << false << true << QStringList{}
                                         << QStringList{"TCP/443", "TCP/80", "TCP/8005"};
    }

    void peerCacheAndExpressUpdates()
    {
        QFETCH(bool, peerCache);
        QFETCH(bool, wakeUpProxy);
        QFETCH(bool, express);
        QFETCH(QStringList, peers);
        QFETCH(QStringList, toDp);
        TestDesign t = currentDesign();
        t.lastSite().winPePeerCache = peerCache;
        t.lastSite().wakeUpProxy = wakeUpProxy;
        t.lastSite().expressUpdates = express;
        t.zone(QStringLiteral("lan"));
        t.host(QStringLiteral("dp"), QStringLiteral("dc"), PS1, roles({"distribution_point"}));
        t.host(QStringLiteral("pc1"), QStringLiteral("lan"), PS1, roles({"client"}));
        t.host(QStringLiteral("pc2"), QStringLiteral("lan"), PS1, roles({"client"}));
        const Analysis a = analyze(t.design);
        QCOMPARE(ports(t.design, a, QStringLiteral("pc1"), QStringLiteral("pc2"), QStringLiteral("BKMK_PortsClient-ClientWakeUp")),
                 peers);
        QCOMPARE(ports(t.design, a, QStringLiteral("pc1"), QStringLiteral("dp"), QStringLiteral("BKMK_PortsClient-DP")), toDp);
    }

    void domainControllerPortsChanged_data()
    {
        QTest::addColumn<QString>("catalog");
        QTest::addColumn<QStringList>("expected");
        QTest::newRow("2017") << Seed
                              << QStringList{"TCP/135", "TCP/3268", "TCP/3269", "TCP/389", "TCP/49152-65535",
                                             "TCP/636", "UDP/135", "UDP/636"};
        QTest::newRow("2022: LDAP over UDP, no UDP 135, no 3269")
            << Current << QStringList{"TCP/135", "TCP/3268", "TCP/389", "TCP/49152-65535", "TCP/636", "UDP/389", "UDP/636"};
    }

    void domainControllerPortsChanged()
    {
        QFETCH(QString, catalog);
        QFETCH(QStringList, expected);
        TestDesign t = currentDesign();
        t.design.catalog = catalog;
        t.host(QStringLiteral("mp"), QStringLiteral("dmz"), PS1, roles({"management_point"}));
        t.host(QStringLiteral("dc1"), QStringLiteral("dc"), QString(), roles({"domain_controller"}));
        const Analysis a = analyze(t.design);
        QCOMPARE(ports(t.design, a, QStringLiteral("mp"), QStringLiteral("dc1"), QStringLiteral("BKMK_PortsMP-DC")), expected);
    }

    void administrationServiceNote()
    {
        TestDesign t = currentDesign();
        t.host(QStringLiteral("con"), QStringLiteral("dmz"), PS1, roles({"console"}));
        t.hostRef(QStringLiteral("ss")).roles << QStringLiteral("sms_provider");
        const Analysis a = analyze(t.design);
        QVERIFY(ports(t.design, a, QStringLiteral("con"), QStringLiteral("ss"), QStringLiteral("BKMK_PortsConsole-Provider"))
                    .contains(QStringLiteral("TCP/443")));
        const SeedNote *note = nullptr;
        for (const SeedNote &n : current().notes())
            if (n.key == QLatin1String("administration-service"))
                note = &n;
        QVERIFY(note);
        bool marked = false;
        for (const CatalogPort *p : current().portsOf(QStringLiteral("BKMK_PortsConsole-Provider")))
            marked = marked || (p->port == QLatin1String("443") && p->hasNote(note->id));
        QVERIFY(marked);
    }

    void siteServerInternetThroughProxyOnlyForHttp()
    {
        // Only the HTTP row of BKMK_PortSite-Internet carries note 1 in 2022.
        TestDesign t = currentDesign();
        t.host(QStringLiteral("proxy"), QStringLiteral("dmz"), QString(), roles({"proxy_server"}));
        t.host(QStringLiteral("inet"), QStringLiteral("web"), QString(), roles({"internet"}));
        t.lastSite().internetProxy = QStringLiteral("proxy");
        const Analysis a = analyze(t.design);
        const QString ref = QStringLiteral("BKMK_PortSite-Internet");
        QCOMPARE(ports(t.design, a, QStringLiteral("ss"), QStringLiteral("proxy"), ref), QStringList{"TCP/8080"});
        QCOMPARE(ports(t.design, a, QStringLiteral("ss"), QStringLiteral("inet"), ref), QStringList{"TCP/443"});
    }

    void pxeNotes_data()
    {
        QTest::addColumn<QString>("catalog");
        QTest::addColumn<QString>("replyRange");
        QTest::addColumn<bool>("hostFirewallWarning");
        QTest::newRow("2017: client's dynamic range") << Seed << "49152-65535" << false;
        QTest::newRow("2022: any port the network card picks") << Current << "1-65535" << true;
    }

    void pxeNotes()
    {
        QFETCH(QString, catalog);
        QFETCH(QString, replyRange);
        QFETCH(bool, hostFirewallWarning);
        TestDesign t = currentDesign();
        t.design.catalog = catalog;
        t.host(QStringLiteral("dp"), QStringLiteral("dmz"), PS1, roles({"distribution_point"}),
               [](Host &h) { h.options.pxe = true; });
        t.host(QStringLiteral("cl"), QStringLiteral("dc"), PS1, roles({"client"}));
        const Analysis a = analyze(t.design);
        const FlowText text(t.design, *Catalog::forDesign(catalog));
        QString reply;
        for (const Flow &f : a.flows)
            if (f.has(FlowReplyPath))
                reply = text.port(f);
        QCOMPARE(reply, replyRange);
        QCOMPARE(codes(a).contains(QStringLiteral("pxe-host-firewall")), hostFirewallWarning);
    }

    void internetClientsGetNoPeerCacheEither()
    {
        TestDesign t = currentDesign();
        t.lastSite().winPePeerCache = true;
        t.host(QStringLiteral("pc1"), QStringLiteral("web"), PS1, roles({"client"}));
        t.host(QStringLiteral("pc2"), QStringLiteral("web"), PS1, roles({"client"}));
        const Analysis a = analyze(t.design);
        QVERIFY(ports(t.design, a, QStringLiteral("pc1"), QStringLiteral("pc2")).isEmpty());
        QCOMPARE(int(a.notes.size()), 2); // each client, toward the other
    }

    void migrationDeltaBetweenCatalogs()
    {
        // What diff-catalog builds on: the same design analysed under both
        // catalogs, compared opening by opening.
        TestDesign t = currentDesign();
        t.design.catalog = Seed;
        t.host(QStringLiteral("mp"), QStringLiteral("dmz"), PS1, roles({"management_point"}));
        t.host(QStringLiteral("dc1"), QStringLiteral("dc"), QString(), roles({"domain_controller"}));
        Design after = t.design;
        after.catalog = Current;
        const Analysis before = analyze(t.design);
        const Analysis now = analyze(after);
        const OpeningDelta delta = OpeningDelta::compare(t.design, before, after, now, current());
        const ChangeRequest request = ChangeRequestBuilder::build(delta, t.design, before, Catalog::builtin(), after,
                                                                  now, current());
        QStringList added, removed;
        for (const RequestLine &l : request.lines)
            (l.action == RequestAction::Add ? added : removed) << l.key;
        QVERIFY2(added.contains(QStringLiteral("dmz>dc/UDP/389")), qPrintable(added.join(QLatin1Char(' '))));
        QVERIFY2(removed.contains(QStringLiteral("dmz>dc/TCP/3269")), qPrintable(removed.join(QLatin1Char(' '))));
        QVERIFY2(removed.contains(QStringLiteral("dmz>dc/UDP/135")), qPrintable(removed.join(QLatin1Char(' '))));
        // Removed lines read the old catalog's words, added ones the new.
        for (const RequestLine &l : request.lines)
            if (l.key == QLatin1String("dmz>dc/TCP/3269"))
                QVERIFY(l.justification.contains(QStringLiteral("Global catalog LDAP SSL")));
    }
};

QTEST_GUILESS_MAIN(TestCatalogVersions)
#include "tst_catalog_versions.moc"
