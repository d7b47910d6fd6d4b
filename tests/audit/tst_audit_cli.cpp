// portplanner-cli audit, verify-script and verify-import (DESIGN.md's
// contract): exit codes 0/1/2, the change request of only what is missing,
// scripts written per host, results read back into the design file.
#include "model/catalog/Catalog.h"
#include "model/file/DesignFile.h"
#include "tests/support/TestDesign.h"

#include "tests/support/CliRun.h"

#include <QDir>
#include <QFile>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

using namespace pp;

namespace {

using pp::test::CliRun;
using pp::test::runCli;

QString writeFile(const QTemporaryDir &dir, const QString &name, const QByteArray &bytes)
{
    const QString path = dir.filePath(name);
    QFile f(path);
    if (!f.open(QIODevice::WriteOnly) || f.write(bytes) != bytes.size())
        qFatal("cannot write %s", qPrintable(path));
    return path;
}

/// A Windows site server (10.0.0.5) and a DP (172.16.0.20) across a boundary,
/// plus a manual link on 8530-8531 from the server to the DP.
QString designFile(const QTemporaryDir &dir)
{
    test::TestDesign t;
    t.site(QStringLiteral("PS1"))
        .zone(QStringLiteral("lan"), ZoneKind::Internal, {QStringLiteral("10.0.0.0/16")})
        .zone(QStringLiteral("dmz"), ZoneKind::Perimeter, {QStringLiteral("172.16.0.0/24")})
        .host(QStringLiteral("ss"), QStringLiteral("lan"), QStringLiteral("PS1"),
              {QStringLiteral("site_server"), QStringLiteral("site_database")},
              [](Host &h) { h.addresses = {QStringLiteral("10.0.0.5")}; })
        .host(QStringLiteral("dp"), QStringLiteral("dmz"), QStringLiteral("PS1"), {QStringLiteral("distribution_point")},
              [](Host &h) { h.addresses = {QStringLiteral("172.16.0.20")}; });
    const QString path = dir.filePath(QStringLiteral("design.portplan"));
    QString error;
    if (!DesignFile::save(t.design, path, &error))
        qFatal("%s", qPrintable(error));
    return path;
}

} // namespace

class TestAuditCli : public QObject
{
    Q_OBJECT

private slots:
    void auditExitCodes()
    {
        QTemporaryDir dir;
        const QString design = designFile(dir);
        const QString all = writeFile(dir, QStringLiteral("all.csv"), "source,destination,protocol,port,action\n"
                                                                      "10.0.0.0/16,172.16.0.0/24,any,any,allow\n"
                                                                      "172.16.0.0/24,10.0.0.0/16,any,any,allow\n");
        CliRun r = runCli({QStringLiteral("audit"), design, QStringLiteral("--policy"), all});
        QVERIFY2(r.exitCode == 0, qPrintable(r.outText() + r.errText()));
        QVERIFY2(r.outText().contains(QStringLiteral("0 missing")), qPrintable(r.outText()));

        const QString tcp = writeFile(dir, QStringLiteral("tcp.csv"), "source,destination,protocol,port,action\n"
                                                                      "10.0.0.5,172.16.0.20,tcp,445,allow\n");
        r = runCli({QStringLiteral("audit"), design, QStringLiteral("--policy"), tcp, QStringLiteral("--format"),
                 QStringLiteral("json"), QStringLiteral("--request"), dir.filePath(QStringLiteral("missing.csv"))});
        QVERIFY2(r.exitCode == 1, qPrintable(r.outText() + r.errText()));
        QVERIFY2(r.outText().contains(QStringLiteral("\"status\": \"missing\"")), qPrintable(r.outText()));
        QFile request(dir.filePath(QStringLiteral("missing.csv")));
        QVERIFY(request.open(QIODevice::ReadOnly));
        const QString lines = QString::fromUtf8(request.readAll());
        // The request holds what is missing; SMB 445, which the policy allows, is not in it.
        QVERIFY2(!lines.isEmpty(), "no request written");
        QVERIFY2(!lines.contains(QStringLiteral(",445,")), qPrintable(lines));

        const QString broken = writeFile(dir, QStringLiteral("broken.xml"), "<config><rulebase>");
        r = runCli({QStringLiteral("audit"), design, QStringLiteral("--policy"), broken});
        QCOMPARE(r.exitCode, 2);
        QVERIFY2(r.errText().contains(QStringLiteral("broken.xml: line 1")), qPrintable(r.errText()));

        r = runCli({QStringLiteral("audit"), design});
        QCOMPARE(r.exitCode, 64);
    }

    void verifyScriptAndImport()
    {
        QTemporaryDir dir;
        const QString design = designFile(dir);
        CliRun r = runCli({QStringLiteral("verify-script"), design, QStringLiteral("--all"), QStringLiteral("-o"),
                     dir.filePath(QStringLiteral("scripts"))});
        QVERIFY2(r.exitCode == 0, qPrintable(r.outText() + r.errText()));
        QVERIFY(QFileInfo::exists(dir.filePath(QStringLiteral("scripts/verify-ss.ps1"))));
        r = runCli({QStringLiteral("verify-script"), design, QStringLiteral("--host"), QStringLiteral("ss"), QStringLiteral("-o"),
                 dir.filePath(QStringLiteral("ss.sh"))});
        QVERIFY2(r.exitCode == 0, qPrintable(r.errText()));
        QProcess sh;
        sh.start(QStringLiteral("sh"), {QStringLiteral("-n"), dir.filePath(QStringLiteral("ss.sh"))});
        QVERIFY(sh.waitForFinished(10000));
        QCOMPARE(sh.exitCode(), 0);

        const QString results = writeFile(dir, QStringLiteral("ss.csv"),
                                          "host,target,address,protocol,port,result,time\n"
                                          "ss,dp,172.16.0.20,TCP,445,open,2026-11-30T01:00:00Z\n"
                                          "ss,dp,172.16.0.20,TCP,135,timeout,2026-11-30T01:00:05Z\n"
                                          "ss,nobody,1.2.3.4,TCP,1,open,2026-11-30T01:00:06Z\n");
        r = runCli({QStringLiteral("verify-import"), design, results});
        QVERIFY2(r.exitCode == 1, qPrintable(r.outText() + r.errText())); // 135 failed
        QVERIFY2(r.outText().contains(QStringLiteral("failed")), qPrintable(r.outText()));
        QVERIFY2(r.errText().contains(QStringLiteral("line 4")), qPrintable(r.errText())); // the line that matches nothing
        const LoadResult back = DesignFile::load(design, Catalog::builtin());
        QVERIFY(back.ok());
        QVERIFY(!back.design->verifications.empty());
        QCOMPARE(back.design->verifications.front().source, QStringLiteral("ss.csv"));

        r = runCli({QStringLiteral("verify-import"), design, writeFile(dir, QStringLiteral("bad.csv"), "host,target\n")});
        QCOMPARE(r.exitCode, 2);
    }
};

QTEST_GUILESS_MAIN(TestAuditCli)
#include "tst_audit_cli.moc"
