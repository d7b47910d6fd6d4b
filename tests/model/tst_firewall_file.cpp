// Rule 10 in the .portplan format: firewalls and routes are read, checked
// with errors that name their element, written in a stable order, and
// survive a round trip with keys this version does not know.
#include "model/catalog/Catalog.h"
#include "model/file/DesignFile.h"
#include "tests/support/TestDesign.h"

#include <QTest>

using namespace pp;

namespace {

LoadResult parse(const QByteArray &json)
{
    return DesignFile::parse(json, Catalog::builtin());
}

/// Three zones, two firewalls (a PAN-OS between dc and wan, a FortiGate
/// between br and wan) and a route; tests break one thing.
QByteArray design(const QByteArray &firewalls = {}, const QByteArray &routes = {})
{
    const QByteArray fw = firewalls.isEmpty() ? QByteArray(R"(
    {"id": "fw-dc", "name": "DC core", "platform": "paloalto", "management": "10.0.0.1",
     "interfaces": [{"id": "ethernet1/1", "zone": "dc", "name": "trust"},
                    {"id": "ethernet1/2", "zone": "wan", "name": "untrust"}], "pos": [400, 100]},
    {"id": "fw-br", "name": "Branch", "platform": "fortigate",
     "interfaces": [{"id": "port1", "zone": "br", "name": "lan"}, {"id": "port2", "zone": "wan", "name": "wan1"}],
     "pos": [400, 500]})")
                                              : firewalls;
    const QByteArray rt = routes.isEmpty() ? QByteArray(R"({"from": "br", "to": "dc", "via": ["wan"]})") : routes;
    return R"({"format": "portplanner-design", "version": 1, "name": "t", "catalog": "configmgr-2017",
  "sites": [],
  "zones": [{"id": "dc", "name": "DC", "kind": "internal", "subnets": [], "rect": [0, 0, 100, 100]},
            {"id": "wan", "name": "WAN", "kind": "transit", "subnets": [], "rect": [0, 200, 100, 100]},
            {"id": "br", "name": "Branch", "kind": "branch", "subnets": [], "rect": [0, 400, 100, 100]}],
  "hosts": [], "links": [], "reviews": [],
  "firewalls": [)" + fw + R"(],
  "routes": [)" + rt + "]}";
}

} // namespace

class TestFirewallFile : public QObject
{
    Q_OBJECT

private slots:
    void reads()
    {
        const LoadResult r = parse(design());
        QVERIFY2(r.ok(), qPrintable(r.errorText()));
        const Design &d = *r.design;
        QCOMPARE(d.zone(QStringLiteral("wan"))->kind, ZoneKind::Transit);
        QCOMPARE(int(d.firewalls.size()), 2);
        const Firewall &fw = d.firewalls[0];
        QCOMPARE(fw.id, QStringLiteral("fw-dc"));
        QCOMPARE(fw.name, QStringLiteral("DC core"));
        QCOMPARE(fw.platform, FirewallPlatform::PaloAlto);
        QCOMPARE(fw.management, QStringLiteral("10.0.0.1"));
        QCOMPARE(fw.pos, QPointF(400, 100));
        QCOMPARE(int(fw.interfaces.size()), 2);
        QCOMPARE(fw.interfaces[1].id, QStringLiteral("ethernet1/2"));
        QCOMPARE(fw.interfaces[1].zone, QStringLiteral("wan"));
        QCOMPARE(fw.interfaces[1].name, QStringLiteral("untrust"));
        QCOMPARE(d.firewalls[1].platform, FirewallPlatform::Fortigate);
        QCOMPARE(int(d.routes.size()), 1);
        QCOMPARE(d.routes[0].from, QStringLiteral("br"));
        QCOMPARE(d.routes[0].to, QStringLiteral("dc"));
        QCOMPARE(d.routes[0].via, QStringList{QStringLiteral("wan")});
    }

    void platforms_data()
    {
        QTest::addColumn<QString>("id");
        for (const char *id : {"generic", "paloalto", "fortigate", "cisco-asa", "juniper-srx", "nftables", "iptables",
                               "windows", "azure-nsg", "aws-sg", "capirca"})
            QTest::newRow(id) << QString::fromLatin1(id);
    }

    void platforms()
    {
        // Every platform DESIGN.md names reads and writes under its own id.
        QFETCH(QString, id);
        const auto platform = platformFromName(id);
        QVERIFY(platform);
        QCOMPARE(platformName(*platform), id);
        QByteArray json = design();
        json.replace("\"paloalto\"", "\"" + id.toUtf8() + "\"");
        const LoadResult r = parse(json);
        QVERIFY2(r.ok(), qPrintable(r.errorText()));
        QCOMPARE(r.design->firewalls[0].platform, *platform);
    }

    void errors_data()
    {
        QTest::addColumn<QByteArray>("json");
        QTest::addColumn<QString>("path");
        QTest::addColumn<QString>("message");
        const QByteArray ok = design();
        QTest::newRow("unknown zone") << QByteArray(ok).replace(R"("zone": "wan", "name": "wan1")", R"("zone": "lan", "name": "wan1")")
                                      << "firewalls[1].interfaces[1].zone"
                                      << "interface port2 of firewall fw-br is in unknown zone \"lan\"";
        QTest::newRow("interface without zone")
            << QByteArray(ok).replace(R"("zone": "br", )", "") << "firewalls[1].interfaces[0].zone"
            << "interface port1 of firewall fw-br sits in no zone";
        QTest::newRow("interface with null zone")
            << QByteArray(ok).replace(R"("zone": "br", )", R"("zone": null, )") << "firewalls[1].interfaces[0].zone"
            << "sits in no zone";
        QTest::newRow("duplicate firewall id") << QByteArray(ok).replace(R"("id": "fw-br")", R"("id": "fw-dc")")
                                               << "firewalls[1].id" << "duplicate firewall id \"fw-dc\"";
        QTest::newRow("duplicate interface id") << QByteArray(ok).replace(R"("id": "port2")", R"("id": "port1")")
                                                << "firewalls[1].interfaces[1].id"
                                                << "firewall fw-br has two interfaces called \"port1\"";
        QTest::newRow("interface without id") << QByteArray(ok).replace(R"("id": "port2", )", "")
                                              << "firewalls[1].interfaces[1].id" << "is required";
        QTest::newRow("firewall without id") << QByteArray(ok).replace(R"("id": "fw-br", )", "")
                                             << "firewalls[1].id" << "is required";
        QTest::newRow("unknown platform") << QByteArray(ok).replace(R"("fortigate")", R"("checkpoint")")
                                          << "firewalls[1].platform"
                                          << "unknown firewall platform \"checkpoint\" (generic, paloalto";
        QTest::newRow("bad management address") << QByteArray(ok).replace(R"("10.0.0.1")", R"("10.0.0.1 admin")")
                                                << "firewalls[0].management" << "is not an IP address or a host name";
        QTest::newRow("interfaces not an array") << design(R"({"id": "fw-x", "interfaces": {"id": "a"}})")
                                                 << "firewalls[0].interfaces" << "expected an array";
        QTest::newRow("pos not numbers") << QByteArray(ok).replace(R"([400, 100])", R"(["a", "b"])")
                                         << "firewalls[0].pos[0]" << "expected a number";
        QTest::newRow("firewalls not an array")
            << QByteArray(ok).replace(R"("firewalls": [)", R"("firewalls": {"x": [)").replace(R"(],
  "routes")", R"(]},
  "routes")") << "firewalls" << "expected an array";
        QTest::newRow("route names unknown zone") << design({}, R"({"from": "br", "to": "dc", "via": ["mpls"]})")
                                                  << "routes[0].via[0]" << "route br -> dc names unknown zone \"mpls\"";
        QTest::newRow("route from unknown zone") << design({}, R"({"from": "hq", "to": "dc", "via": ["wan"]})")
                                                 << "routes[0].from" << "route hq -> dc names unknown zone \"hq\"";
        QTest::newRow("route step no firewall joins") << design({}, R"({"from": "br", "to": "dc", "via": []})")
                                                      << "routes[0].to"
                                                      << "route br -> dc: no firewall has interfaces in both br and dc";
        QTest::newRow("route first step") << design({}, R"({"from": "dc", "to": "br", "via": ["br"]})")
                                          << "routes[0]" << "passes a zone twice";
        QTest::newRow("route twice")
            << design({}, R"({"from": "br", "to": "dc", "via": ["wan"]}, {"from": "br", "to": "dc", "via": ["wan"]})")
            << "routes[1]" << "a second route from br to dc (the first is routes[0])";
        QTest::newRow("route without to") << design({}, R"({"from": "br", "via": ["wan"]})") << "routes[0].to"
                                          << "is required";
        QTest::newRow("bad zone kind") << QByteArray(ok).replace(R"("transit")", R"("wan")") << "zones[1].kind"
                                       << "(internal, perimeter, internet, cloud, branch or transit)";
    }

    void errors()
    {
        QFETCH(QByteArray, json);
        QFETCH(QString, path);
        QFETCH(QString, message);
        const LoadResult r = parse(json);
        QVERIFY(!r.ok());
        bool found = false;
        for (const LoadError &e : r.errors)
            found = found || (e.path == path && e.message.contains(message) && e.kind == LoadError::Kind::Invalid);
        QVERIFY2(found, qPrintable(QStringLiteral("expected %1: %2; got:\n%3").arg(path, message, r.errorText())));
    }

    void roundTripKeepsEverything()
    {
        QByteArray json = design();
        json.replace(R"("pos": [400, 100]})", R"("pos": [400, 100], "haPeer": "fw-dc-b", "vsys": {"id": 1}})");
        json.replace(R"("name": "trust"})", R"("name": "trust", "vlan": 110})");
        json.replace(R"("via": ["wan"]})", R"("via": ["wan"], "reason": "MPLS only"})");
        const LoadResult r = parse(json);
        QVERIFY2(r.ok(), qPrintable(r.errorText()));
        const QByteArray out = DesignFile::serialize(*r.design);
        for (const char *kept : {"\"haPeer\": \"fw-dc-b\"", "\"vsys\": {\"id\": 1}", "\"vlan\": 110",
                                 "\"reason\": \"MPLS only\"", "\"kind\": \"transit\""})
            QVERIFY2(out.contains(kept), kept);
        const LoadResult again = parse(out);
        QVERIFY2(again.ok(), qPrintable(again.errorText()));
        QVERIFY(*again.design == *r.design);
        QCOMPARE(DesignFile::serialize(*again.design), out);
    }

    void writerOrder()
    {
        // Stable key order: id, name, platform, management, interfaces, pos;
        // interfaces on one line each; routes from, to, via. After "links",
        // before "boundaryGroups".
        const LoadResult r = parse(design());
        QVERIFY(r.ok());
        const QByteArray out = DesignFile::serialize(*r.design);
        QVERIFY2(out.contains(R"({"id": "ethernet1/1", "zone": "dc", "name": "trust"})"), out.constData());
        QVERIFY(out.contains("\"from\": \"br\",\n      \"to\": \"dc\",\n      \"via\": [\"wan\"]\n"));
        const qsizetype links = out.indexOf("\"links\"");
        const qsizetype firewalls = out.indexOf("\"firewalls\"");
        const qsizetype routes = out.indexOf("\"routes\"");
        const qsizetype groups = out.indexOf("\"boundaryGroups\"");
        QVERIFY(links < firewalls && firewalls < routes && routes < groups);
        const QByteArray fw = out.mid(out.indexOf("\"id\": \"fw-dc\""));
        QVERIFY(fw.indexOf("\"name\"") < fw.indexOf("\"platform\""));
        QVERIFY(fw.indexOf("\"platform\"") < fw.indexOf("\"management\""));
        QVERIFY(fw.indexOf("\"management\"") < fw.indexOf("\"interfaces\""));
        QVERIFY(fw.indexOf("\"interfaces\"") < fw.indexOf("\"pos\""));
    }

    void builtDesignRoundTrips()
    {
        test::TestDesign t = test::TestDesign::primaryWithServer();
        t.zone(QStringLiteral("wan"), ZoneKind::Transit).zone(QStringLiteral("br"), ZoneKind::Branch);
        t.firewall(QStringLiteral("fw-1"), {QStringLiteral("dc"), QStringLiteral("wan")}, {}, FirewallPlatform::CiscoAsa);
        t.firewall(QStringLiteral("fw-2"), {QStringLiteral("wan"), QStringLiteral("br")},
                   {QStringLiteral("outside"), QString()}, FirewallPlatform::Nftables);
        t.design.firewalls[0].management = QStringLiteral("fw-1.mgmt.contoso.com");
        t.design.firewalls[1].pos = QPointF(12.5, -4);
        t.route(QStringLiteral("br"), QStringLiteral("dc"), {QStringLiteral("wan")});
        const QByteArray bytes = DesignFile::serialize(t.design);
        const LoadResult r = parse(bytes);
        QVERIFY2(r.ok(), qPrintable(r.errorText()));
        QVERIFY(*r.design == t.design);
        QCOMPARE(DesignFile::serialize(*r.design), bytes);
        // An interface without a name is written without one: the zone id stands in.
        QVERIFY(bytes.contains(R"({"id": "br-if", "zone": "br"})"));
        QCOMPARE(r.design->firewalls[1].interfaces[1].ruleName(), QStringLiteral("br"));
    }

    void designsWithoutFirewallsWriteNoNewKeys()
    {
        const test::TestDesign t = test::TestDesign::primaryWithServer();
        const QByteArray bytes = DesignFile::serialize(t.design);
        QVERIFY(!bytes.contains("\"firewalls\""));
        QVERIFY(!bytes.contains("\"routes\""));
    }
};

QTEST_GUILESS_MAIN(TestFirewallFile)
#include "tst_firewall_file.moc"
