// portplanner-cli as scripts use it: DESIGN.md's JSON shapes, formats and
// exit codes.
#include "model/catalog/Catalog.h"
#include "tests/support/CliRun.h"
#include "tests/support/TestPaths.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>
#include <QXmlStreamReader>
#include <QTemporaryDir>
#include <QTest>

namespace {

using pp::test::CliRun;
using pp::test::runCli;

QString example(const char *name)
{
    return pp::test::examplePath(QString::fromLatin1(name));
}

QJsonArray jsonArray(const QByteArray &bytes)
{
    QJsonParseError error{};
    const QJsonDocument doc = QJsonDocument::fromJson(bytes, &error);
    if (error.error != QJsonParseError::NoError)
        qWarning("bad JSON: %s", qPrintable(error.errorString()));
    return doc.array();
}

} // namespace

class TestCli : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase()
    {
        QVERIFY2(!pp::test::cliPath().isEmpty(), "PORTPLANNER_CLI is not set (run through ctest)");
    }

    void catalogJson()
    {
        const CliRun r = runCli({QStringLiteral("catalog"), QStringLiteral("--format"), QStringLiteral("json")});
        QCOMPARE(r.exitCode, 0);
        const QJsonArray all = jsonArray(r.out);
        const auto &c = pp::Catalog::builtin();
        QCOMPARE(all.size(), int(c.connections().size() + c.references().size()));
        bool sawClientMp = false;
        for (const auto &v : all) {
            const QJsonObject o = v.toObject();
            for (const char *key : {"ref", "from", "to", "direction", "ports"})
                QVERIFY2(o.contains(QLatin1String(key)), key);
            QVERIFY(o[QStringLiteral("direction")] == QLatin1String("-->") || o[QStringLiteral("direction")] == QLatin1String("<-->"));
            for (const auto &p : o[QStringLiteral("ports")].toArray()) {
                const QJsonObject port = p.toObject();
                QVERIFY(port[QStringLiteral("port")].isString());
                QVERIFY(port[QStringLiteral("alternatives")].isArray());
                QVERIFY(port[QStringLiteral("notes")].isArray());
                QVERIFY(QStringList({"TCP", "UDP", "ICMP"}).contains(port[QStringLiteral("protocol")].toString()));
            }
            if (o[QStringLiteral("ref")] == QLatin1String("BKMK_PortsClient-MP")) {
                sawClientMp = true;
                QCOMPARE(o[QStringLiteral("from")].toString(), QStringLiteral("client"));
                QCOMPARE(o[QStringLiteral("to")].toString(), QStringLiteral("management_point"));
                const QJsonObject first = o[QStringLiteral("ports")].toArray().first().toObject();
                QCOMPARE(first[QStringLiteral("port")].toString(), QStringLiteral("10123"));
                QCOMPARE(first[QStringLiteral("notes")].toArray(), QJsonArray({2}));
            }
            if (o[QStringLiteral("ref")] == QLatin1String("BKMK_PortsClient-SUP")) {
                const QJsonObject http = o[QStringLiteral("ports")].toArray().first().toObject();
                QCOMPARE(http[QStringLiteral("port")].toString(), QStringLiteral("80"));
                QCOMPARE(http[QStringLiteral("alternatives")].toArray(), QJsonArray({QStringLiteral("8530")}));
            }
        }
        QVERIFY(sawClientMp);
    }

    void catalogTableHasEveryAnchor()
    {
        const CliRun r = runCli({QStringLiteral("catalog")});
        QCOMPARE(r.exitCode, 0);
        for (const auto &conn : pp::Catalog::builtin().connections())
            QVERIFY2(r.out.contains(conn.ref.toUtf8()), qPrintable(conn.ref));
        // One grep finds a port's anchor: the row carries both.
        bool found = false;
        for (const QByteArray &line : r.out.split('\n'))
            found = found || (line.contains("10123") && line.contains("BKMK_PortsClient-MP"));
        QVERIFY(found);
    }

    void flowsJson()
    {
        const CliRun r = runCli({QStringLiteral("flows"), example("standalone-dmz.portplan"), QStringLiteral("--format"),
                           QStringLiteral("json")});
        QCOMPARE(r.exitCode, 0);
        const QJsonArray flows = jsonArray(r.out);
        QVERIFY(flows.size() > 50);
        for (const auto &v : flows) {
            const QJsonObject f = v.toObject();
            for (const char *key : {"from", "to", "fromZone", "toZone", "protocol", "port", "ref", "crossing", "phase",
                                    "description"})
                QVERIFY2(f.contains(QLatin1String(key)), key);
            QVERIFY(f[QStringLiteral("crossing")].isBool());
            QVERIFY(f[QStringLiteral("port")].toString() != QLatin1String("DYNAMIC"));
            QCOMPARE(f[QStringLiteral("crossing")].toBool(), f[QStringLiteral("fromZone")] != f[QStringLiteral("toZone")]);
        }
        const CliRun crossing = runCli({QStringLiteral("flows"), example("standalone-dmz.portplan"), QStringLiteral("--crossing"),
                                  QStringLiteral("--format"), QStringLiteral("json")});
        const QJsonArray only = jsonArray(crossing.out);
        QVERIFY(only.size() > 0 && only.size() < flows.size());
        for (const auto &v : only)
            QVERIFY(v.toObject()[QStringLiteral("crossing")].toBool());
    }

    void flowsNotesSayWhyInternetClientsMissConnections_data()
    {
        QTest::addColumn<QString>("format");
        QTest::addColumn<bool>("onStdout");
        QTest::newRow("table: beside the flows") << "table" << true;
        QTest::newRow("json: stdout stays data") << "json" << false;
        QTest::newRow("csv: stdout stays data") << "csv" << false;
    }

    void flowsNotesSayWhyInternetClientsMissConnections()
    {
        // Rule 8: the DMZ example's console reaches no internet-based client
        // (no remote control over the internet); the note names the page.
        QFETCH(QString, format);
        QFETCH(bool, onStdout);
        const CliRun r = runCli({QStringLiteral("flows"), example("standalone-dmz.portplan"), QStringLiteral("--format"), format});
        QCOMPARE(r.exitCode, 0);
        const QByteArray note = "note: clients-inet: No remote control of internet-based clients.";
        QCOMPARE(r.out.contains(note), onStdout);
        QCOMPARE(r.err.contains(note), !onStdout);
        QVERIFY((onStdout ? r.out : r.err).contains("plan-internet-based-client-management.md"));
        if (format != QLatin1String("json"))
            for (const QByteArray &line : r.out.split('\n'))
                QVERIFY2(!(line.contains("clients-inet") && line.contains("2701")) || line.startsWith("note:"),
                         line.constData());
    }

    void catalogOption_data()
    {
        QTest::addColumn<QStringList>("args");
        QTest::addColumn<int>("exitCode");
        QTest::addColumn<QString>("expectOut");
        const QString dmz = example("standalone-dmz.portplan");
        QTest::newRow("catalog --catalog 2022 lists the CMG") << QStringList{"catalog", "--catalog", "configmgr-current-2022"}
                                                             << 0 << "bkmk_cmgcp-cmg";
        QTest::newRow("catalog by default is the seed's") << QStringList{"catalog"} << 0 << "BKMK_PortsAppCatalogService-SQL";
        QTest::newRow("flows --catalog 2022") << QStringList{"flows", dmz, "--catalog", "configmgr-current-2022"} << 0
                                              << "Secure LDAP (LDAPS, for signing and binding)";
        QTest::newRow("validate --catalog 2022 warns about Intune")
            << QStringList{"validate", dmz, "--catalog", "configmgr-current-2022"} << 1 << "configmgr-current-2022 does not have";
        QTest::newRow("unknown catalog") << QStringList{"flows", dmz, "--catalog", "configmgr-1902"} << 64 << "";
    }

    void catalogOption()
    {
        QFETCH(QStringList, args);
        QFETCH(int, exitCode);
        QFETCH(QString, expectOut);
        const CliRun r = runCli(args);
        QCOMPARE(r.exitCode, exitCode);
        if (exitCode == 64)
            QVERIFY2(r.err.contains("configmgr-current-2022"), r.err.constData()); // names the known ones
        else
            QVERIFY2(r.out.contains(expectOut.toUtf8()), qPrintable(expectOut));
        if (args.contains(QStringLiteral("configmgr-current-2022")) && args.constFirst() == QLatin1String("flows"))
            QVERIFY(!r.out.contains("3269")); // no global catalog over SSL in 2022
    }

    void diffCatalog_data()
    {
        QTest::addColumn<QString>("format");
        QTest::addColumn<QString>("expect");
        QTest::newRow("table") << "table" << "dmz>dc/UDP/389";
        QTest::newRow("json") << "json" << "\"removed\"";
        QTest::newRow("csv") << "csv" << "add";
        QTest::newRow("nft") << "nft" << "udp dport 389";
    }

    void diffCatalog()
    {
        // The DMZ example moved to current-branch guidance: LDAP over UDP to
        // the domain controller appears, UDP 135 and 3269 go.
        QFETCH(QString, format);
        QFETCH(QString, expect);
        const CliRun r = runCli({QStringLiteral("diff-catalog"), example("standalone-dmz.portplan"), QStringLiteral("--from"),
                           QStringLiteral("configmgr-2017"), QStringLiteral("--to"),
                           QStringLiteral("configmgr-current-2022"), QStringLiteral("--format"), format});
        QCOMPARE(r.exitCode, 1); // something changes
        QVERIFY2(r.out.contains(expect.toUtf8()), r.out.left(2000).constData());
        if (format == QLatin1String("json")) {
            const QJsonObject o = QJsonDocument::fromJson(r.out).object();
            QVERIFY(!o[QStringLiteral("added")].toArray().isEmpty());
            QVERIFY(!o[QStringLiteral("removed")].toArray().isEmpty());
        }
        // The same catalog on both sides changes nothing.
        const CliRun same = runCli({QStringLiteral("diff-catalog"), example("standalone-dmz.portplan"), QStringLiteral("--to"),
                              QStringLiteral("configmgr-2017")});
        QCOMPARE(same.exitCode, 0);
    }

    void flowsPathJson_data()
    {
        QTest::addColumn<QString>("from");
        QTest::addColumn<QString>("to");
        QTest::addColumn<QString>("port");
        QTest::addColumn<QString>("path"); // firewall:in>out, space-separated
        // Branch PCs to the datacenter MP: the branch device, then the core,
        // each with its own names for the zones.
        QTest::newRow("Kaohsiung") << "khh-pcs" << "mp01" << "10123" << "fw-khh:trust>untrust fw-dc:sdwan>inside";
        // Taipei is pinned to the SD-WAN; the MPLS would win the tie.
        QTest::newRow("Taipei, pinned") << "tpe-pcs" << "mp01" << "10123" << "fw-tpe:lan>wan1 fw-dc:sdwan>inside";
        QTest::newRow("Taipei, way back") << "cm01" << "tpe-dp" << "445" << "fw-dc:inside>sdwan fw-tpe:wan1>lan";
        QTest::newRow("Taipei to the DMZ, tie") << "tpe-dp" << "ibcm01" << "443" << "fw-tpe:lan>mpls fw-dc:mpls>dmz";
        QTest::newRow("internet client") << "laptops-inet" << "ibcm01" << "10123" << "fw-inet:untrust>dmz";
        QTest::newRow("same zone") << "tpe-pcs" << "tpe-dp" << "80" << "";
    }

    void flowsPathJson()
    {
        QFETCH(QString, from);
        QFETCH(QString, to);
        QFETCH(QString, port);
        QFETCH(QString, path);
        const CliRun r = runCli({QStringLiteral("flows"), example("branch-firewalls.portplan"), QStringLiteral("--format"),
                           QStringLiteral("json")});
        QCOMPARE(r.exitCode, 0);
        bool found = false;
        for (const auto &v : jsonArray(r.out)) {
            const QJsonObject f = v.toObject();
            QVERIFY(f[QStringLiteral("path")].isArray());
            if (f[QStringLiteral("from")] != from || f[QStringLiteral("to")] != to || f[QStringLiteral("port")] != port)
                continue;
            QStringList hops;
            for (const auto &h : f[QStringLiteral("path")].toArray()) {
                const QJsonObject hop = h.toObject();
                QCOMPARE(hop.keys(), (QStringList{QStringLiteral("firewall"), QStringLiteral("in"), QStringLiteral("out")}));
                hops << QStringLiteral("%1:%2>%3").arg(hop[QStringLiteral("firewall")].toString(),
                                                       hop[QStringLiteral("in")].toString(),
                                                       hop[QStringLiteral("out")].toString());
            }
            QCOMPARE(hops.join(QLatin1Char(' ')), path);
            QCOMPARE(f[QStringLiteral("crossing")].toBool(), !path.isEmpty());
            found = true;
        }
        QVERIFY(found);
    }

    void flowsWithoutFirewallsHaveEmptyPaths()
    {
        const CliRun r = runCli({QStringLiteral("flows"), example("standalone-dmz.portplan"), QStringLiteral("--format"),
                           QStringLiteral("json")});
        const QJsonArray flows = jsonArray(r.out);
        QVERIFY(!flows.isEmpty());
        for (const auto &v : flows)
            QCOMPARE(v.toObject()[QStringLiteral("path")].toArray(), QJsonArray());
    }

    void flowsPathInCsv()
    {
        const CliRun r = runCli({QStringLiteral("flows"), example("branch-firewalls.portplan"), QStringLiteral("--crossing"),
                           QStringLiteral("--format"), QStringLiteral("csv")});
        QCOMPARE(r.exitCode, 0);
        QVERIFY(r.out.startsWith("from,to,fromZone,toZone,protocol,port,ref,crossing,phase,path,description"));
        QVERIFY2(r.out.contains("khh-pcs,mp01,br-khh,dc,TCP,10123,BKMK_PortsClient-MP,yes,runtime,"
                                "fw-khh:trust>untrust -> fw-dc:sdwan>inside,"),
                 r.out.left(2000).constData());
    }

    void validateNamesNoPath()
    {
        // The branch firewall unlinked from the WAN: Kaohsiung has no way out.
        QFile in(example("branch-firewalls.portplan"));
        QVERIFY(in.open(QIODevice::ReadOnly));
        QByteArray design = in.readAll();
        design.replace(R"({"id": "ge-0/0/1", "zone": "wan", "name": "untrust"})", R"({"id": "ge-0/0/1", "zone": "br-khh"})");
        QTemporaryDir dir;
        QFile out(dir.filePath(QStringLiteral("cut.portplan")));
        QVERIFY(out.open(QIODevice::WriteOnly));
        out.write(design);
        out.close();
        const CliRun r = runCli({QStringLiteral("validate"), out.fileName(), QStringLiteral("--format"), QStringLiteral("json")});
        QCOMPARE(r.exitCode, 1);
        bool noPath = false, oneZone = false;
        for (const auto &v : jsonArray(r.out)) {
            const QJsonObject f = v.toObject();
            if (f[QStringLiteral("code")] == QLatin1String("no-path")
                && f[QStringLiteral("zones")].toArray().contains(QStringLiteral("br-khh"))) {
                noPath = true;
                QCOMPARE(f[QStringLiteral("severity")].toString(), QStringLiteral("error"));
            }
            if (f[QStringLiteral("code")] == QLatin1String("firewall-one-zone"))
                oneZone = f[QStringLiteral("firewalls")].toArray() == QJsonArray{QStringLiteral("fw-khh")};
        }
        QVERIFY2(noPath && oneZone, r.out.constData());
        const CliRun text = runCli({QStringLiteral("validate"), out.fileName()});
        QVERIFY2(text.out.contains("error: No firewall joins zone br-khh to zone dc"), text.out.constData());
    }

    void flowsCsv()
    {
        const CliRun r = runCli({QStringLiteral("flows"), example("standalone-dmz.portplan"), QStringLiteral("--format"),
                           QStringLiteral("csv")});
        QCOMPARE(r.exitCode, 0);
        const QList<QByteArray> lines = r.out.split('\n');
        QVERIFY(lines.first().startsWith("from,to,fromZone,toZone,protocol,port,ref,crossing,phase,description"));
        QVERIFY(r.out.contains("\r\n"));
        QVERIFY(r.out.contains("clients-lan,mp01,lan,dc,TCP,10123,BKMK_PortsClient-MP,yes,runtime,"));
    }

    void validateExitCodes_data()
    {
        QTest::addColumn<QByteArray>("content");
        QTest::addColumn<int>("exitCode");
        QTest::addColumn<QByteArray>("message");
        QTest::newRow("clean") << QByteArray(R"({"format": "portplanner-design", "version": 1,
            "sites": [{"code": "PS1", "type": "primary", "parent": null}],
            "zones": [{"id": "dc", "kind": "internal"}],
            "hosts": [{"id": "ss", "zone": "dc", "site": "PS1", "roles": ["site_server", "site_database"]}]})")
                               << 0 << QByteArray("0 error(s), 0 warning(s)");
        QTest::newRow("findings") << QByteArray(R"({"format": "portplanner-design", "version": 1,
            "sites": [{"code": "PS1", "type": "primary", "parent": null}], "zones": [], "hosts": []})")
                                  << 1 << QByteArray("has no host with the site server role");
        QTest::newRow("malformed") << QByteArray("{\n\"format\": }") << 2 << QByteArray("line 2, column");
        QTest::newRow("newer") << QByteArray(R"({"format": "portplanner-design", "version": 9})") << 2
                               << QByteArray("newer PortPlanner");
    }

    void validateExitCodes()
    {
        QFETCH(QByteArray, content);
        QFETCH(int, exitCode);
        QFETCH(QByteArray, message);
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("d.portplan"));
        QFile f(path);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write(content);
        f.close();
        const CliRun r = runCli({QStringLiteral("validate"), path});
        QCOMPARE(r.exitCode, exitCode);
        QVERIFY2((r.out + r.err).contains(message), (r.out + r.err).constData());
    }

    void usageErrors_data()
    {
        QTest::addColumn<QStringList>("args");
        QTest::addColumn<int>("exitCode");
        QTest::newRow("no command") << QStringList{} << 64;
        QTest::newRow("unknown command") << QStringList{"frobnicate"} << 64;
        QTest::newRow("missing design") << QStringList{"flows"} << 64;
        QTest::newRow("bad format") << QStringList{"catalog", "--format", "yaml"} << 64;
        QTest::newRow("unknown option") << QStringList{"flows", "--nope", "x"} << 64;
        QTest::newRow("missing file") << QStringList{"flows", "/nonexistent.portplan"} << 2;
        QTest::newRow("help") << QStringList{"--help"} << 0;
        QTest::newRow("command help") << QStringList{"flows", "--help"} << 0;
    }

    void usageErrors()
    {
        QFETCH(QStringList, args);
        QFETCH(int, exitCode);
        const CliRun r = runCli(args);
        QCOMPARE(r.exitCode, exitCode);
        if (exitCode == 0)
            QVERIFY(r.out.contains("portplanner-cli"));
        else
            QVERIFY(!r.err.isEmpty());
    }

    void exportDrawio_data()
    {
        QTest::addColumn<QStringList>("extra");
        QTest::addColumn<QString>("edgePrefix");
        QTest::newRow("--format drawio") << QStringList{QStringLiteral("--format"), QStringLiteral("drawio")} << QStringLiteral("trunk:");
        QTest::newRow("by the .drawio extension") << QStringList{} << QStringLiteral("trunk:");
        QTest::newRow("--detail hosts") << QStringList{QStringLiteral("--detail"), QStringLiteral("hosts")} << QStringLiteral("line:");
    }

    void exportDrawio()
    {
        // A diagrams.net file: every zone a container, every host in its
        // zone, the lines as edges between them.
        QFETCH(QStringList, extra);
        QFETCH(QString, edgePrefix);
        QTemporaryDir dir;
        const QString out = dir.filePath(QStringLiteral("d.drawio"));
        const CliRun r = runCli(QStringList{QStringLiteral("export"), example("standalone-dmz.portplan"), QStringLiteral("-o"), out} + extra);
        QCOMPARE(r.exitCode, 0);
        QFile file(out);
        QVERIFY(file.open(QIODevice::ReadOnly));
        QXmlStreamReader xml(&file);
        QHash<QString, QString> parents;
        int edges = 0;
        QString object;
        while (!xml.atEnd()) {
            xml.readNext();
            if (xml.isStartElement() && xml.name() == QLatin1String("object"))
                object = xml.attributes().value(QStringLiteral("id")).toString();
            if (xml.isStartElement() && xml.name() == QLatin1String("mxCell") && !object.isEmpty()) {
                parents.insert(object, xml.attributes().value(QStringLiteral("parent")).toString());
                edges += object.startsWith(edgePrefix) && xml.attributes().value(QStringLiteral("edge")) == QLatin1String("1");
            }
        }
        QVERIFY2(!xml.hasError(), qPrintable(xml.errorString()));
        QCOMPARE(parents.value(QStringLiteral("zone:dmz")), QStringLiteral("1"));
        QCOMPARE(parents.value(QStringLiteral("host:fsp01")), QStringLiteral("zone:dmz"));
        QCOMPARE(parents.value(QStringLiteral("host:cm01")), QStringLiteral("zone:dc"));
        QVERIFY(edges > 3);
        QVERIFY(edgePrefix != QLatin1String("trunk:") || parents.contains(QStringLiteral("trunk:dc:dmz")));

        QCOMPARE(runCli({QStringLiteral("export"), example("standalone-dmz.portplan"), QStringLiteral("--detail"),
                      QStringLiteral("sideways"), QStringLiteral("-o"), out})
                     .exitCode,
                 64);
    }
};

QTEST_GUILESS_MAIN(TestCli)
#include "tst_cli.moc"
