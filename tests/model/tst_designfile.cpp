// The .portplan format: round trips, stable output, atomic saves, and a clear
// refusal for every kind of bad input.
#include "model/catalog/Catalog.h"
#include "model/file/DesignFile.h"
#include "tests/support/TestDesign.h"
#include "tests/support/TestPaths.h"

#include <QDir>
#include <QFile>
#include <QProcess>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace pp;

namespace {

QByteArray readAll(const QString &path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

LoadResult parse(const QByteArray &json)
{
    return DesignFile::parse(json, Catalog::builtin());
}

/// A minimal valid design with one site, zone and host; tests break one thing.
QByteArray minimal(const QByteArray &hostExtra = {}, const QByteArray &topExtra = {})
{
    return R"({"format": "portplanner-design", "version": 1, "name": "t", "catalog": "configmgr-2017",
  "sites": [{"code": "PS1", "type": "primary", "parent": null}],
  "zones": [{"id": "lan", "name": "LAN", "kind": "internal", "subnets": ["10.0.0.0/16"], "rect": [0, 0, 100, 100]}],
  "hosts": [{"id": "h1", "name": "H1", "zone": "lan", "site": "PS1", "roles": ["site_server"],
             "addresses": ["10.0.0.1"], "pos": [1, 2], "options": {})" + hostExtra + R"(}],
  "links": [], "reviews": [])" + topExtra + "}";
}

} // namespace

class TestDesignFile : public QObject
{
    Q_OBJECT

private slots:
    void examplesAreCanonical_data()
    {
        QTest::addColumn<QString>("file");
        const QDir dir(test::sourceDir() + QStringLiteral("/resources/examples"));
        const QStringList files = dir.entryList({QStringLiteral("*.portplan")}, QDir::Files);
        QVERIFY(!files.isEmpty());
        for (const QString &f : files)
            QTest::newRow(qPrintable(f)) << dir.filePath(f);
    }

    void examplesAreCanonical()
    {
        // Each bundled example loads, and saving it gives back the same bytes:
        // the writer's order is stable and nothing is lost.
        QFETCH(QString, file);
        const QByteArray bytes = readAll(file);
        const LoadResult r = parse(bytes);
        QVERIFY2(r.ok(), qPrintable(r.errorText()));
        const QByteArray written = DesignFile::serialize(*r.design);
        if (written != bytes) {
            const QString out = QDir::temp().filePath(QFileInfo(file).fileName() + QStringLiteral(".canonical"));
            QFile f(out);
            if (f.open(QIODevice::WriteOnly))
                f.write(written);
            QFAIL(qPrintable(QStringLiteral("%1 is not in canonical form; see %2").arg(file, out)));
        }
        const LoadResult again = parse(written);
        QVERIFY(again.ok());
        QVERIFY(*again.design == *r.design);
    }

    void unknownFieldsSurvive()
    {
        const QByteArray json = minimal(R"(, "rack": "B7", "options": {"pxe": false, "futureOption": [1, 2]})",
                                        R"(, "futureTopLevel": {"a": 1})");
        const LoadResult r = parse(json);
        QVERIFY2(r.ok(), qPrintable(r.errorText()));
        const QByteArray out = DesignFile::serialize(*r.design);
        QVERIFY(out.contains("\"rack\": \"B7\""));
        QVERIFY(out.contains("\"futureOption\": [1, 2]"));
        QVERIFY(out.contains("\"futureTopLevel\""));
        QVERIFY(out.contains("\"pxe\": false")); // explicit defaults stay explicit
        QVERIFY(*parse(out).design == *r.design);
    }

    void builtDesignRoundTrips()
    {
        test::TestDesign t = test::TestDesign::primaryWithServer();
        t.design.name = QStringLiteral("Round trip ✓ 測試");
        t.design.settings.ports.set(Setting::RpcDynamicRange, PortRange{50000, 50100});
        t.design.changeRequest.ticket = QStringLiteral("CHG0001");
        t.design.changeRequest.groupNames.insert(QStringLiteral("LAN_Clients"), QStringLiteral("Corp_PCs"));
        t.design.changeRequest.groupNames.insert(QStringLiteral("DC_SiteServers"), QStringLiteral("TPE CM \"servers\""));
        t.lastSite().ports.set(Setting::ClientHttpPort, PortRange::single(8080));
        t.lastSite().wakeOnLan = true;
        t.host(QStringLiteral("sup"), QStringLiteral("dc"), QStringLiteral("PS1"),
               {QStringLiteral("software_update_point")}, [](Host &h) {
                   h.options.ports.set(Setting::WsusHttpPort, PortRange::single(80));
                   h.options.ports.set(Setting::WsusHttpsPort, PortRange::single(443));
                   h.options.clientConnections = ClientConnections::Both;
                   h.count = 3;
                   h.pos = QPointF(10.5, -3);
               });
        Link l;
        l.id = QStringLiteral("l1");
        l.from = QStringLiteral("sup");
        l.to = QStringLiteral("ss");
        l.ports = {{Protocol::Tcp, PortRange{1000, 1010}}, {Protocol::Icmp, {}}};
        l.comment = QStringLiteral("test");
        t.link(l);
        const QByteArray bytes = DesignFile::serialize(t.design);
        const LoadResult r = parse(bytes);
        QVERIFY2(r.ok(), qPrintable(r.errorText()));
        QVERIFY(*r.design == t.design);
        QCOMPARE(DesignFile::serialize(*r.design), bytes);
    }

    void badInput_data()
    {
        QTest::addColumn<QByteArray>("json");
        QTest::addColumn<int>("kind");
        QTest::addColumn<QString>("message");
        QTest::addColumn<int>("line");
        QTest::addColumn<int>("column");
        const int syntax = int(LoadError::Kind::Syntax);
        const int invalid = int(LoadError::Kind::Invalid);
        QTest::newRow("malformed") << QByteArray("{\n  \"format\": \"portplanner-design\",\n  \"version\": 1,\n  oops\n}")
                                   << syntax << "malformed JSON" << 4 << 3;
        QTest::newRow("truncated") << minimal().left(120) << syntax << "malformed JSON" << 2 << 0;
        QTest::newRow("empty") << QByteArray() << syntax << "malformed JSON" << 1 << 0;
        QTest::newRow("not a design") << QByteArray("{\"name\": \"x\"}") << int(LoadError::Kind::NotADesign)
                                      << "not a PortPlanner design" << 0 << 0;
        QTest::newRow("array") << QByteArray("[1, 2]") << int(LoadError::Kind::NotADesign)
                               << "not a PortPlanner design" << 0 << 0;
        QTest::newRow("newer version")
            << QByteArray(R"({"format": "portplanner-design", "version": 2})") << int(LoadError::Kind::NewerVersion)
            << "newer PortPlanner" << 0 << 0;
        QTest::newRow("group name not text")
            << minimal().replace("\"sites\": [", R"("changeRequest": {"groupNames": {"LAN_Clients": 7}}, "sites": [)")
            << invalid << "changeRequest.groupNames.LAN_Clients: expected a string" << 0 << 0;
        QTest::newRow("group name empty")
            << minimal().replace("\"sites\": [", R"("changeRequest": {"groupNames": {"LAN_Clients": " "}}, "sites": [)")
            << invalid << "must not be empty" << 0 << 0;
        QTest::newRow("unknown role") << minimal().replace("[\"site_server\"]", "[\"site_server\", \"web_farm\"]")
                                      << invalid << "unknown role \"web_farm\"" << 0 << 0;
        QTest::newRow("unknown zone") << minimal().replace("\"zone\": \"lan\"", "\"zone\": \"dmz\"") << invalid
                                      << "unknown zone \"dmz\"" << 0 << 0;
        QTest::newRow("unknown site") << minimal().replace("\"site\": \"PS1\"", "\"site\": \"XX1\"") << invalid
                                      << "unknown site \"XX1\"" << 0 << 0;
        QTest::newRow("duplicate host")
            << minimal().replace("\"hosts\": [", R"("hosts": [{"id": "h1", "zone": "lan", "site": null, "roles": []},)")
            << invalid << "duplicate host id \"h1\"" << 0 << 0;
        QTest::newRow("duplicate zone")
            << minimal().replace("\"zones\": [", R"("zones": [{"id": "lan", "kind": "internal"},)") << invalid
            << "duplicate zone id \"lan\"" << 0 << 0;
        QTest::newRow("duplicate site")
            << minimal().replace("\"sites\": [", R"("sites": [{"code": "ps1", "type": "cas", "parent": null},)")
            << invalid << "duplicate site id" << 0 << 0;
        QTest::newRow("own ancestor")
            << minimal().replace(R"({"code": "PS1", "type": "primary", "parent": null})",
                                 R"({"code": "PS1", "type": "primary", "parent": "CS1"}, {"code": "CS1", "type": "cas", "parent": "PS1"})")
            << invalid << "its own ancestor" << 0 << 0;
        QTest::newRow("self parent") << minimal().replace("\"parent\": null", "\"parent\": \"PS1\"") << invalid
                                     << "its own ancestor" << 0 << 0;
        QTest::newRow("unknown parent") << minimal().replace("\"parent\": null", "\"parent\": \"ZZZ\"") << invalid
                                        << "unknown parent site" << 0 << 0;
        QTest::newRow("bad cidr") << minimal().replace("10.0.0.0/16", "10.0.0.0/33") << invalid
                                  << "not a subnet in CIDR form" << 0 << 0;
        QTest::newRow("cidr without prefix") << minimal().replace("10.0.0.0/16", "10.0.0.0") << invalid
                                             << "not a subnet in CIDR form" << 0 << 0;
        QTest::newRow("bad address") << minimal().replace("10.0.0.1", "10.0.0.300") << invalid
                                     << "not an IPv4 or IPv6 address" << 0 << 0;
        QTest::newRow("port zero") << minimal(R"(, "options": {"sqlPort": 0})") << invalid << "not a valid port" << 0 << 0;
        QTest::newRow("port too big") << minimal(R"(, "options": {"sqlPort": 70000})") << invalid
                                      << "not a valid port" << 0 << 0;
        QTest::newRow("port text") << minimal(R"(, "options": {"wsusHttpPort": "http"})") << invalid
                                   << "not a valid port" << 0 << 0;
        QTest::newRow("range where port") << minimal(R"(, "options": {"sqlPort": "1433-1434"})") << invalid
                                          << "single port" << 0 << 0;
        QTest::newRow("bad range") << minimal(R"(, "options": {"rpcDynamicRange": "5000-1024"})") << invalid
                                   << "not a valid port" << 0 << 0;
        QTest::newRow("wrong type") << minimal().replace("\"name\": \"H1\"", "\"name\": 42") << invalid
                                    << "expected a string" << 0 << 0;
        QTest::newRow("roles not array") << minimal().replace("[\"site_server\"]", "\"site_server\"") << invalid
                                         << "expected an array of strings" << 0 << 0;
        QTest::newRow("bad zone kind") << minimal().replace("\"internal\"", "\"dmz\"") << invalid
                                       << "unknown zone kind" << 0 << 0;
        QTest::newRow("bad site type") << minimal().replace("\"primary\"", "\"tertiary\"") << invalid
                                       << "unknown site type" << 0 << 0;
        QTest::newRow("bad site code") << minimal().replace("\"PS1\", \"type\"", "\"PS1X\", \"type\"") << invalid
                                       << "three letters or digits" << 0 << 0;
        QTest::newRow("missing id") << minimal().replace("\"id\": \"h1\", ", "") << invalid << "is required" << 0 << 0;
        QTest::newRow("bad count") << minimal(R"(, "count": 0)") << invalid << "whole number" << 0 << 0;
        QTest::newRow("bad rect") << minimal().replace("[0, 0, 100, 100]", "[0, 0, 100]") << invalid
                                  << "array of 4 numbers" << 0 << 0;
        QTest::newRow("proxy unknown")
            << minimal().replace("\"parent\": null", "\"parent\": null, \"internetProxy\": \"nope\"") << invalid
            << "not a host of this design" << 0 << 0;
        QTest::newRow("proxy without role")
            << minimal().replace("\"parent\": null", "\"parent\": null, \"internetProxy\": \"h1\"") << invalid
            << "does not carry the proxy_server role" << 0 << 0;
        QTest::newRow("link to unknown host")
            << minimal().replace("\"links\": []", R"("links": [{"kind": "add", "from": "h1", "to": "ghost", "ref": "BKMK_ClientShares"}])")
            << invalid << "unknown host \"ghost\"" << 0 << 0;
        QTest::newRow("link unknown ref")
            << minimal().replace("\"links\": []", R"("links": [{"kind": "add", "from": "h1", "to": "h1", "ref": "BKMK_Nope"}])")
            << invalid << "not a port section" << 0 << 0;
        QTest::newRow("other catalog") << minimal().replace("configmgr-2017", "configmgr-2030") << invalid
                                       << "port catalog \"configmgr-2030\"" << 0 << 0;
        QByteArray deep(200, '[');
        deep += QByteArray(200, ']');
        QTest::newRow("deeply nested") << deep << invalid << "nested deeper" << 0 << 0;
    }

    void badInput()
    {
        QFETCH(QByteArray, json);
        QFETCH(int, kind);
        QFETCH(QString, message);
        QFETCH(int, line);
        QFETCH(int, column);
        const LoadResult r = parse(json);
        QVERIFY(!r.ok());
        QVERIFY(!r.errors.isEmpty());
        bool found = false;
        for (const LoadError &e : r.errors)
            found = found || (int(e.kind) == kind && e.toString().contains(message));
        QVERIFY2(found, qPrintable(QStringLiteral("expected \"%1\", got: %2").arg(message, r.errorText())));
        if (line > 0)
            QCOMPARE(r.errors.first().line, line);
        if (column > 0)
            QCOMPARE(r.errors.first().column, column);
    }

    void errorsNameTheirPlace()
    {
        const LoadResult r = parse(minimal().replace("[\"site_server\"]", "[\"site_server\", \"web_farm\"]"));
        QVERIFY(!r.ok());
        QCOMPARE(r.errors.first().path, QStringLiteral("hosts[0].roles[1]"));
        QVERIFY(r.errorText().startsWith(QStringLiteral("hosts[0].roles[1]: host h1 has unknown role")));
    }

    void allErrorsAreCollected()
    {
        QByteArray json = minimal(R"(, "options": {"sqlPort": 0})");
        json.replace("10.0.0.1", "nope").replace("[\"site_server\"]", "[\"bogus\"]");
        const LoadResult r = parse(json);
        QVERIFY(!r.ok());
        QVERIFY2(r.errors.size() >= 2, qPrintable(r.errorText()));
    }

    void missingFile()
    {
        const LoadResult r = DesignFile::load(QStringLiteral("/nonexistent/x.portplan"), Catalog::builtin());
        QVERIFY(!r.ok());
        QCOMPARE(r.errors.first().kind, LoadError::Kind::Io);
        QVERIFY(r.errorText().contains(QStringLiteral("cannot open")));
    }

    void saveIsAtomic()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("d.portplan"));
        test::TestDesign t = test::TestDesign::primaryWithServer();
        QString error;
        QVERIFY2(DesignFile::save(t.design, path, &error), qPrintable(error));
        const QByteArray first = readAll(path);
        QCOMPARE(first, DesignFile::serialize(t.design));
        // No temporary file is left beside it.
        QCOMPARE(QDir(dir.path()).entryList(QDir::Files | QDir::Hidden).size(), 1);

        // Saving where the folder does not exist fails with a message.
        QVERIFY(!DesignFile::save(t.design, dir.filePath(QStringLiteral("missing/d.portplan")), &error));
        QVERIFY(error.contains(QStringLiteral("cannot write")));
        QCOMPARE(readAll(path), first);
    }

    void fullDiskKeepsTheOldFile()
    {
        // A save that runs out of space must leave the previous file as it was.
        // A 64 KiB tmpfs in a private mount namespace stands in for a full disk.
        const QString unshare = QStandardPaths::findExecutable(QStringLiteral("unshare"));
        const QString helper = qEnvironmentVariable("PORTPLANNER_SAVE_HELPER");
        if (unshare.isEmpty() || helper.isEmpty())
            QSKIP("needs unshare (util-linux) and the save helper");
        QTemporaryDir dir;
        const QString mount = dir.filePath(QStringLiteral("full"));
        QDir().mkpath(mount);
        const QString script = QStringLiteral(
            "mount -t tmpfs -o size=64k tmpfs '%1' || exit 90\n"
            "printf 'old contents' > '%1/d.portplan'\n"
            "'%2' big '%1/d.portplan'; status=$?\n"
            "cat '%1/d.portplan'\n"
            "ls -A '%1' >&2\n"
            "exit $status\n").arg(mount, helper);
        QProcess p;
        p.start(unshare, {QStringLiteral("-rm"), QStringLiteral("sh"), QStringLiteral("-c"), script});
        QVERIFY(p.waitForFinished(30000));
        if (p.exitCode() == 90)
            QSKIP(qPrintable(QStringLiteral("cannot mount a tmpfs here: ") + QString::fromUtf8(p.readAllStandardError())));
        QCOMPARE(p.exitCode(), 1); // the helper reports failure
        QCOMPARE(p.readAllStandardOutput(), QByteArray("old contents"));
        const QString listing = QString::fromUtf8(p.readAllStandardError());
        QVERIFY2(listing.contains(QStringLiteral("no space")) || listing.contains(QStringLiteral("cannot")),
                 qPrintable(listing));
        QVERIFY2(listing.trimmed().endsWith(QStringLiteral("d.portplan")), qPrintable(listing)); // no stray temp file
    }
};

QTEST_GUILESS_MAIN(TestDesignFile)
#include "tst_designfile.moc"
