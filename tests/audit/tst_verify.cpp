// verify-script and verify-import (issue 15): the scripts parse in their
// languages, keep hostile names inert, and, run against listeners this test
// opens on 127.0.0.1, report open and closed ports as they are; the results
// come back into the design as verified, failed or untested, survive the
// file format and go stale when the opening changes.
#include "model/catalog/Catalog.h"
#include "model/engine/FlowText.h"
#include "model/file/DesignFile.h"
#include "model/review/ReviewRecord.h"
#include "model/review/ReviewSheet.h"
#include "model/verify/VerificationImport.h"
#include "model/verify/VerificationStatus.h"
#include "model/verify/VerifyPlan.h"
#include "model/verify/VerifyResults.h"
#include "model/verify/VerifyScript.h"
#include "tests/export/ExportTools.h"
#include "tests/export/HostileDesign.h"
#include "tests/support/TestDesign.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QProcess>
#include <QProcessEnvironment>
#include <QStandardPaths>
#include <QTcpServer>
#include <QTemporaryDir>
#include <QTest>

using namespace pp;

namespace {

Link linkPorts(const QString &id, const QString &from, const QString &to, const std::vector<LinkPort> &ports)
{
    Link l;
    l.id = id;
    l.kind = LinkKind::Add;
    l.from = from;
    l.to = to;
    l.ports = ports;
    return l;
}

/// A Mac client in "lan" that a manual link sends to `ports` on 127.0.0.1 in "dmz".
Design loopbackDesign(const std::vector<LinkPort> &ports)
{
    test::TestDesign t;
    t.site(QStringLiteral("PS1"))
        .zone(QStringLiteral("lan"), ZoneKind::Internal, {QStringLiteral("127.0.0.0/24")})
        .zone(QStringLiteral("dmz"), ZoneKind::Perimeter, {QStringLiteral("127.0.1.0/24")})
        .host(QStringLiteral("mac1"), QStringLiteral("lan"), QStringLiteral("PS1"), {QStringLiteral("mac_client")},
              [](Host &h) { h.addresses = {QStringLiteral("127.0.0.2")}; })
        .host(QStringLiteral("srv"), QStringLiteral("dmz"), QString(), {QStringLiteral("proxy_server")},
              [](Host &h) { h.addresses = {QStringLiteral("127.0.0.1")}; })
        .link(linkPorts(QStringLiteral("l1"), QStringLiteral("mac1"), QStringLiteral("srv"), ports));
    return t.design;
}

QString writeFile(const QTemporaryDir &dir, const QString &name, const QByteArray &bytes)
{
    const QString path = dir.filePath(name);
    QFile f(path);
    if (!f.open(QIODevice::WriteOnly) || f.write(bytes) != bytes.size())
        qFatal("cannot write %s", qPrintable(path));
    return path;
}

int openingOf(const Design &design, const Analysis &analysis, Protocol protocol, quint16 port)
{
    for (size_t i = 0; i < analysis.openings.size(); ++i)
        if (analysis.openings[i].protocol == protocol && analysis.openings[i].range.contains(port))
            return int(i);
    Q_UNUSED(design);
    return -1;
}

} // namespace

class TestVerify : public QObject
{
    Q_OBJECT

private slots:
    void shellScriptReportsOpenAndClosedPorts();
    void hostileNamesStayInert();
    void resultsFileErrorsNameTheLine_data();
    void resultsFileErrorsNameTheLine();
    void jsonResultsRead();
    void windowsHostsGetPowerShell();
    void rangeRefusalIsUntested();
};

void TestVerify::shellScriptReportsOpenAndClosedPorts()
{
    if (QStandardPaths::findExecutable(QStringLiteral("sh")).isEmpty())
        QSKIP("no sh on PATH");
    QTcpServer open;
    QVERIFY(open.listen(QHostAddress(QStringLiteral("127.0.0.1"))));
    QTcpServer closing;
    QVERIFY(closing.listen(QHostAddress(QStringLiteral("127.0.0.1"))));
    const quint16 closedPort = closing.serverPort();
    closing.close(); // nothing listens there any more: the connect is refused
    const quint16 openPort = open.serverPort();

    Design design = loopbackDesign({{Protocol::Tcp, PortRange::single(openPort)},
                                    {Protocol::Tcp, PortRange::single(closedPort)},
                                    {Protocol::Udp, PortRange::single(openPort)}});
    const Analysis analysis = test::analyze(design);
    const auto plans = VerifyPlan::build(design, analysis, design.hostIndex(QStringLiteral("mac1")));
    QCOMPARE(plans.size(), size_t(1));
    QCOMPARE(plans.front().shell, VerifyShell::Posix);
    QCOMPARE(plans.front().checks.size(), size_t(3));

    QTemporaryDir dir;
    const QString script = writeFile(dir, QStringLiteral("verify.sh"), VerifyScript::write(design, plans.front()).toUtf8());
    const test::ToolRun syntax = test::runTool(QStringLiteral("sh"), {QStringLiteral("-n"), script});
    QVERIFY2(syntax.exitCode == 0, syntax.err.constData());

    QProcess run;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("PP_TIMEOUT"), QStringLiteral("3"));
    run.setProcessEnvironment(env);
    run.start(QStringLiteral("sh"), {script});
    QVERIFY(run.waitForFinished(30000));
    QCOMPARE(run.exitCode(), 0);
    const QByteArray out = run.readAllStandardOutput();
    const VerifyResults results = VerifyResults::parse(out);
    QVERIFY2(results.ok(), qPrintable(results.error + QLatin1Char('\n') + QString::fromUtf8(out)));
    QCOMPARE(results.lines.size(), size_t(3));
    QHash<QString, QString> byCheck;
    for (const CheckLine &l : results.lines) {
        QCOMPARE(l.host, QStringLiteral("mac1"));
        QCOMPARE(l.target, QStringLiteral("srv"));
        QCOMPARE(l.address, QStringLiteral("127.0.0.1"));
        QVERIFY(!l.time.isEmpty());
        byCheck.insert(protocolName(l.protocol) + QLatin1Char('/') + QString::number(l.port), checkResultName(l.result));
    }
    QCOMPARE(byCheck.value(QStringLiteral("TCP/%1").arg(openPort)), QStringLiteral("open"));
    QCOMPARE(byCheck.value(QStringLiteral("TCP/%1").arg(closedPort)), QStringLiteral("closed"));
    QCOMPARE(byCheck.value(QStringLiteral("UDP/%1").arg(openPort)), QStringLiteral("untested"));

    // Back into the design: one record per opening, by what its checks said.
    const Catalog &catalog = *Catalog::forDesign(design.catalog);
    const auto outcome = VerificationImport::apply(design, catalog, analysis, results, QStringLiteral("mac1.csv"));
    QCOMPARE(outcome.matched, 3);
    QVERIFY(outcome.notes.isEmpty());
    design.verifications = outcome.records;
    VerificationStatus status(design, catalog, analysis);
    QCOMPARE(status.state(openingOf(design, analysis, Protocol::Tcp, openPort)), VerificationState::Verified);
    QCOMPARE(status.state(openingOf(design, analysis, Protocol::Tcp, closedPort)), VerificationState::Failed);
    QCOMPARE(status.state(openingOf(design, analysis, Protocol::Udp, openPort)), VerificationState::Untested);
    const VerificationRecord *failed = status.record(openingOf(design, analysis, Protocol::Tcp, closedPort));
    QVERIFY(failed);
    QCOMPARE(failed->source, QStringLiteral("mac1.csv"));
    QCOMPARE(failed->failures, QStringList{QStringLiteral("mac1 -> srv TCP/%1: closed").arg(closedPort)});

    // The review record lists them.
    const QByteArray record = reviewRecordHtml(design, catalog, analysis, ReviewSheet(design, catalog, analysis));
    QVERIFY(record.contains("Verification after the change"));
    QVERIFY(record.contains(QStringLiteral("mac1 -&gt; srv TCP/%1: closed").arg(closedPort).toUtf8()));

    // The file format keeps the records exactly.
    const LoadResult back = DesignFile::parse(DesignFile::serialize(design), catalog);
    QVERIFY(back.errors.isEmpty());
    QVERIFY(back.design->verifications == design.verifications);
    QCOMPARE(DesignFile::serialize(*back.design), DesignFile::serialize(design));

    // The opening changes (the server moves): its record is stale.
    design.host(QStringLiteral("srv"))->addresses = {QStringLiteral("127.0.1.9")};
    const Analysis moved = test::analyze(design);
    VerificationStatus after(design, catalog, moved);
    QCOMPARE(after.state(openingOf(design, moved, Protocol::Tcp, openPort)), VerificationState::Stale);
    QCOMPARE(after.count(VerificationState::Stale), 3);
}

void TestVerify::hostileNamesStayInert()
{
    Design design = test::hostileDesign();
    const Analysis analysis = test::analyze(design);
    const auto plans = VerifyPlan::build(design, analysis);
    QVERIFY(!plans.empty());
    QTemporaryDir dir;
    int checked = 0;
    for (VerifyHostPlan plan : plans) {
        if (plan.checks.empty())
            continue;
        for (VerifyShell shell : {VerifyShell::PowerShell, VerifyShell::Posix}) {
            plan.shell = shell;
            const QString text = VerifyScript::write(design, plan);
            const QString path = writeFile(dir, QStringLiteral("s%1.%2").arg(checked++).arg(
                                                    shell == VerifyShell::Posix ? QStringLiteral("sh") : QStringLiteral("ps1")),
                                           text.toUtf8());
            if (shell == VerifyShell::Posix) {
                const test::ToolRun syntax = test::runTool(QStringLiteral("sh"), {QStringLiteral("-n"), path});
                QVERIFY2(syntax.exitCode == 0, syntax.err.constData());
                // Every design value sits in single quotes: no line runs a $( ) or backtick of a name.
                for (const QString &line : text.split(QLatin1Char('\n')))
                    if (line.startsWith(QLatin1String("check ")) || line.startsWith(QLatin1String("SOURCE=")))
                        QVERIFY2(!line.contains(QLatin1String("\"$(")), qPrintable(line));
                continue;
            }
            const test::Report look = test::powerShellCheck(path);
            if (!look.skip.isEmpty())
                QSKIP(qPrintable(look.skip));
            QVERIFY2(look.error.isEmpty(), qPrintable(look.error));
            QVERIFY2(look.json.value(QStringLiteral("errors")).toArray().isEmpty(),
                     qPrintable(QJsonDocument(look.json).toJson()));
            // No expandable string and no subexpression: a name cannot run.
            QCOMPARE(look.json.value(QStringLiteral("expandableStrings")).toInt(), 0);
            QCOMPARE(look.json.value(QStringLiteral("subexpressions")).toInt(), 0);
            const QStringList allowed = {QStringLiteral("Test-NetConnection"), QStringLiteral("Get-Date"),
                                         QStringLiteral("ForEach-Object"),    QStringLiteral("Format-Cell"),
                                         QStringLiteral("New-Object"),        QStringLiteral("Out-File")};
            for (const QJsonValue &c : look.json.value(QStringLiteral("commands")).toArray())
                QVERIFY2(allowed.contains(c.toString()), qPrintable(c.toString()));
        }
    }
    QVERIFY(checked > 0);
}

void TestVerify::resultsFileErrorsNameTheLine_data()
{
    QTest::addColumn<QByteArray>("bytes");
    QTest::addColumn<QString>("error");
    const QByteArray head = "host,target,address,protocol,port,result,time\n";
    QTest::newRow("no port column") << QByteArray("host,target,protocol,result\na,b,TCP,open\n")
                                    << QStringLiteral("line 1: no \"port\" column");
    QTest::newRow("bad result") << head + "cm01,dp01,10.0.0.1,TCP,443,maybe,\n"
                                << QStringLiteral("line 2: result \"maybe\"");
    QTest::newRow("port out of range") << head + "cm01,dp01,10.0.0.1,TCP,443,open,\ncm01,dp01,x,TCP,70000,open,\n"
                                       << QStringLiteral("line 3: port \"70000\"");
    QTest::newRow("protocol") << head + "cm01,dp01,x,SCTP,1,open,\n" << QStringLiteral("line 2: protocol \"SCTP\"");
    QTest::newRow("open quote") << head + "\"cm01,dp01,x,TCP,1,open,\n" << QStringLiteral("line 2");
    QTest::newRow("empty") << QByteArray() << QStringLiteral("line 1: no header line");
    QTest::newRow("json not array") << QByteArray("{\"x\": 1}") << QStringLiteral("line 1: expected an array");
    QTest::newRow("json bad item") << QByteArray("[{\"host\":\"a\",\"target\":\"b\",\"protocol\":\"TCP\",\"port\":1,"
                                                 "\"result\":\"open\"}, 3]")
                                   << QStringLiteral("line 2: result 2 is not an object");
}

void TestVerify::resultsFileErrorsNameTheLine()
{
    QFETCH(QByteArray, bytes);
    QFETCH(QString, error);
    const VerifyResults r = VerifyResults::parse(bytes);
    QVERIFY(!r.ok());
    QVERIFY2(r.error.startsWith(error), qPrintable(r.error));
}

void TestVerify::jsonResultsRead()
{
    const VerifyResults r = VerifyResults::parse(
        "{\"host\":\"a\",\"target\":\"b\",\"address\":\"10.0.0.1\",\"protocol\":\"tcp\",\"port\":443,\"result\":\"open\","
        "\"time\":\"2026-11-30T01:00:00Z\"}\n"
        "{\"host\":\"a\",\"target\":\"b\",\"protocol\":\"UDP\",\"port\":\"69\",\"result\":\"untested\"}\n");
    QVERIFY2(r.ok(), qPrintable(r.error));
    QCOMPARE(r.lines.size(), size_t(2));
    QCOMPARE(r.lines[0].port, quint16(443));
    QCOMPARE(r.lines[0].result, CheckResult::Open);
    QCOMPARE(r.lines[1].protocol, Protocol::Udp);
    QCOMPARE(r.lines[1].line, 2);
}

void TestVerify::windowsHostsGetPowerShell()
{
    test::TestDesign t = test::TestDesign::primaryWithServer();
    t.zone(QStringLiteral("dmz"), ZoneKind::Perimeter)
        .host(QStringLiteral("dp1"), QStringLiteral("dmz"), QStringLiteral("PS1"), {QStringLiteral("distribution_point")},
              [](Host &h) { h.addresses = {QStringLiteral("172.16.0.5")}; })
        .host(QStringLiteral("net"), QStringLiteral("dmz"), QString(), {QStringLiteral("internet")});
    const Analysis analysis = test::analyze(t.design);
    const auto plans = VerifyPlan::build(t.design, analysis);
    QVERIFY(!plans.empty());
    for (const VerifyHostPlan &p : plans) {
        QCOMPARE(p.shell, VerifyShell::PowerShell);
        QVERIFY2(t.design.hosts[size_t(p.host)].id != QLatin1String("net"), "the internet runs no script");
    }
    const QString ps = VerifyScript::write(t.design, plans.front());
    QVERIFY(ps.contains(QLatin1String("Test-NetConnection -ComputerName $c[1] -Port ([int]$c[3])")));
    QVERIFY(ps.contains(QLatin1String("'172.16.0.5'")) || ps.contains(QLatin1String("'10.")));
    QCOMPARE(VerifyScript::fileName(t.design, plans.front()).right(4), QStringLiteral(".ps1"));
}

void TestVerify::rangeRefusalIsUntested()
{
    // Dynamic RPC and the like: the script tries the range's first port, where
    // nothing need listen. A refusal there neither fails nor proves the opening.
    Design design = loopbackDesign({{Protocol::Tcp, {40000, 40010}}, {Protocol::Tcp, PortRange::single(40100)}});
    const Analysis analysis = test::analyze(design);
    const VerifyResults results = VerifyResults::parse("host,target,address,protocol,port,result,time\n"
                                                       "mac1,srv,127.0.0.1,TCP,40000,closed,t1\n"
                                                       "mac1,srv,127.0.0.1,TCP,40100,closed,t2\n");
    QVERIFY(results.ok());
    const Catalog &catalog = *Catalog::forDesign(design.catalog);
    design.verifications = VerificationImport::apply(design, catalog, analysis, results, QStringLiteral("r.csv")).records;
    const VerificationStatus status(design, catalog, analysis);
    QCOMPARE(status.state(openingOf(design, analysis, Protocol::Tcp, 40000)), VerificationState::Untested);
    QCOMPARE(status.record(openingOf(design, analysis, Protocol::Tcp, 40000))->untested, 1);
    QCOMPARE(status.state(openingOf(design, analysis, Protocol::Tcp, 40100)), VerificationState::Failed);
}

QTEST_GUILESS_MAIN(TestVerify)
#include "tst_verify.moc"
