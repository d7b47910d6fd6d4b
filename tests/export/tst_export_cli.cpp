// portplanner-cli export and diff as a user runs them: every format to a
// file (and the text ones to standard output), the format taken from the
// extension, exit codes, the PDF read back with pdftotext, and deltas that
// ask only for what changed.
#include "model/catalog/Catalog.h"
#include "model/file/DesignFile.h"
#include "model/engine/FlowText.h"
#include "tests/export/ExportTools.h"
#include "tests/export/HostileDesign.h"
#include "tests/support/TestDesign.h"
#include "tests/support/TestPaths.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>

using namespace pp;

namespace {

test::ToolRun cli(const QStringList &args)
{
    return test::runTool(test::cliPath(), args, 180000);
}

QString example()
{
    return test::examplePath(QStringLiteral("standalone-dmz.portplan"));
}

QByteArray readAll(const QString &path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

} // namespace

class TestExportCli : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    QString m_changed; ///< the example, changed: an address moved, a branch added, the FSP gone

private slots:
    void initTestCase()
    {
        QVERIFY2(!test::cliPath().isEmpty(), "PORTPLANNER_CLI is not set (run through ctest)");
        LoadResult loaded = DesignFile::load(example(), Catalog::builtin());
        QVERIFY(loaded.ok());
        Design d = *loaded.design;
        d.host(QStringLiteral("ibcm01"))->addresses = {QStringLiteral("172.16.10.99")};
        d.hosts.erase(std::remove_if(d.hosts.begin(), d.hosts.end(), [](const Host &h) { return h.id == QLatin1String("fsp01"); }),
                      d.hosts.end());
        Zone branch;
        branch.id = QStringLiteral("br");
        branch.name = QStringLiteral("Branch office");
        branch.kind = ZoneKind::Branch;
        branch.subnets = {QStringLiteral("10.30.0.0/24")};
        branch.rect = QRectF(40, 800, 560, 200);
        d.zones.push_back(branch);
        Host clients;
        clients.id = QStringLiteral("brpcs");
        clients.name = QStringLiteral("Branch PCs");
        clients.zone = QStringLiteral("br");
        clients.site = QStringLiteral("PS1");
        clients.roles = {QStringLiteral("client")};
        clients.pos = QPointF(70, 850);
        d.hosts.push_back(clients);
        QVERIFY(checkDesign(d, Catalog::builtin()).isEmpty());
        m_changed = m_dir.filePath(QStringLiteral("changed.portplan"));
        QString error;
        QVERIFY2(DesignFile::save(d, m_changed, &error), qPrintable(error));
    }

    void helpAndOverview()
    {
        const test::ToolRun overview = cli({QStringLiteral("--help")});
        QCOMPARE(overview.exitCode, 0);
        for (const char *word : {"export DESIGN", "diff OLD NEW", "import INVENTORY.csv", "73"})
            QVERIFY2(overview.out.contains(word), word);
        for (const char *command : {"export", "diff", "import"}) {
            const test::ToolRun help = cli({QString::fromLatin1(command), QStringLiteral("--help")});
            QCOMPARE(help.exitCode, 0);
            QVERIFY2(help.out.contains("--format") && help.out.contains("-o"), command);
        }
    }

    void everyFormatToAFile_data()
    {
        QTest::addColumn<QString>("format");
        QTest::addColumn<QByteArray>("magic");
        QTest::newRow("csv") << "csv" << QByteArray("line,action,");
        QTest::newRow("xlsx") << "xlsx" << QByteArray("PK");
        QTest::newRow("html") << "html" << QByteArray("<!DOCTYPE html>");
        QTest::newRow("ps1") << "ps1" << QByteArray("#Requires -Version 5.1");
        QTest::newRow("nft") << "nft" << QByteArray("#!/usr/sbin/nft -f");
        QTest::newRow("svg") << "svg" << QByteArray("<svg ");
        QTest::newRow("pdf") << "pdf" << QByteArray("%PDF-");
        QTest::newRow("png") << "png" << QByteArray("\x89PNG");
    }

    void everyFormatToAFile()
    {
        QFETCH(QString, format);
        QFETCH(QByteArray, magic);
        const QString out = m_dir.filePath(QStringLiteral("dmz.") + format);
        // No --format: the extension decides.
        const test::ToolRun run = cli({QStringLiteral("export"), example(), QStringLiteral("-o"), out});
        QVERIFY2(run.exitCode == 0, run.err.constData());
        QVERIFY2(readAll(out).startsWith(magic), qPrintable(format));
        QVERIFY(run.err.contains("wrote"));
    }

    void pdfReadsBackAsTheRequest()
    {
        const QString out = m_dir.filePath(QStringLiteral("request.pdf"));
        QCOMPARE(cli({QStringLiteral("export"), example(), QStringLiteral("--format"), QStringLiteral("pdf"),
                      QStringLiteral("-o"), out})
                     .exitCode,
                 0);
        QString text;
        const test::Report r = test::pdfText(out, &text);
        if (!r.skip.isEmpty())
            QSKIP(qPrintable(r.skip));
        QVERIFY2(r.error.isEmpty(), qPrintable(r.error));
        LoadResult loaded = DesignFile::load(example(), Catalog::builtin());
        const Analysis a = test::analyze(*loaded.design);
        QVERIFY(text.contains(QStringLiteral("Firewall change request")));
        QVERIFY(text.contains(QStringLiteral("%1 request line(s)").arg(a.openings.size())));
        for (size_t i = 1; i <= a.openings.size(); ++i)
            QVERIFY2(text.contains(QStringLiteral("CR-%1").arg(int(i), 3, 10, QLatin1Char('0'))), qPrintable(QString::number(i)));
        for (const Finding &f : a.findings)
            QVERIFY2(text.simplified().contains(f.code), qPrintable(f.code));
    }

    void textFormatsToStandardOutput()
    {
        const test::ToolRun run = cli({QStringLiteral("export"), example(), QStringLiteral("--format"), QStringLiteral("nft")});
        QCOMPARE(run.exitCode, 0);
        QVERIFY(run.out.startsWith("#!/usr/sbin/nft -f"));
    }

    void exitCodes()
    {
        QCOMPARE(cli({QStringLiteral("export"), example(), QStringLiteral("--format"), QStringLiteral("docx")}).exitCode, 64);
        QCOMPARE(cli({QStringLiteral("export"), example(), QStringLiteral("--format"), QStringLiteral("xlsx")}).exitCode, 64);
        QCOMPARE(cli({QStringLiteral("export")}).exitCode, 64);
        QCOMPARE(cli({QStringLiteral("export"), m_dir.filePath(QStringLiteral("missing.portplan")), QStringLiteral("-o"),
                      m_dir.filePath(QStringLiteral("x.csv"))})
                     .exitCode,
                 2);
        QCOMPARE(cli({QStringLiteral("export"), example(), QStringLiteral("-o"), QStringLiteral("/nonexistent/dir/x.csv")}).exitCode,
                 73);
        QCOMPARE(cli({QStringLiteral("diff"), example()}).exitCode, 64);
    }

    void hostileNamesThroughTheFile()
    {
        // Saved and read back as any design file from anyone would be.
        const QString path = m_dir.filePath(QStringLiteral("hostile.portplan"));
        QString error;
        QVERIFY2(DesignFile::save(test::hostileDesign(), path, &error), qPrintable(error));
        for (const char *format : {"csv", "xlsx", "html", "ps1", "nft", "svg"}) {
            const QString out = m_dir.filePath(QStringLiteral("hostile.") + QLatin1String(format));
            const test::ToolRun run = cli({QStringLiteral("export"), path, QStringLiteral("-o"), out});
            QVERIFY2(run.exitCode == 0, run.err.constData());
        }
        const test::Report nft = test::nftCheck(m_dir.filePath(QStringLiteral("hostile.nft")));
        if (nft.skip.isEmpty())
            QVERIFY2(nft.error.isEmpty(), qPrintable(nft.error));
        const QString pdf = m_dir.filePath(QStringLiteral("hostile.pdf"));
        QCOMPARE(cli({QStringLiteral("export"), path, QStringLiteral("-o"), pdf}).exitCode, 0);
        QCOMPARE(cli({QStringLiteral("export"), path, QStringLiteral("-o"), m_dir.filePath(QStringLiteral("hostile.png"))}).exitCode, 0);
        QString text;
        const test::Report r = test::pdfText(pdf, &text);
        if (!r.skip.isEmpty())
            QSKIP(qPrintable(r.skip));
        // The markup is printed as the text it is.
        QVERIFY2(text.contains(test::hostileScript()), qPrintable(text.left(2000)));
        QVERIFY(text.contains(QStringLiteral("=HYPERLINK(")));
    }

    void diffOfTheSameDesignIsEmpty()
    {
        const test::ToolRun run = cli({QStringLiteral("diff"), example(), example()});
        QCOMPARE(run.exitCode, 0);
        QVERIFY2(run.out.contains("0 added, 0 removed, 0 changed"), run.out.constData());
    }

    void diffAsJson()
    {
        const test::ToolRun run = cli({QStringLiteral("diff"), example(), m_changed, QStringLiteral("--format"), QStringLiteral("json")});
        QCOMPARE(run.exitCode, 1);
        const QJsonObject o = QJsonDocument::fromJson(run.out).object();
        for (const char *key : {"added", "removed", "changed", "unchanged"})
            QVERIFY2(o.contains(QLatin1String(key)), key);
        QVERIFY(!o[QStringLiteral("added")].toArray().isEmpty());
        QVERIFY(!o[QStringLiteral("removed")].toArray().isEmpty());
        QVERIFY(!o[QStringLiteral("changed")].toArray().isEmpty());
        for (const QJsonValue &v : o[QStringLiteral("added")].toArray())
            QVERIFY(v.toObject()[QStringLiteral("fromZone")].toString() == QLatin1String("br")
                    || v.toObject()[QStringLiteral("toZone")].toString() == QLatin1String("br"));
        for (const QJsonValue &v : o[QStringLiteral("removed")].toArray()) {
            const QJsonObject r = v.toObject();
            QVERIFY2(r[QStringLiteral("from")].toArray().contains(QStringLiteral("fsp01"))
                         || r[QStringLiteral("to")].toArray().contains(QStringLiteral("fsp01")),
                     qPrintable(r[QStringLiteral("key")].toString()));
        }
        bool moved = false;
        for (const QJsonValue &v : o[QStringLiteral("changed")].toArray())
            moved |= v.toObject()[QStringLiteral("addressesAdded")].toArray().contains(QStringLiteral("ibcm01=172.16.10.99"));
        QVERIFY(moved);
    }

    void diffAsChangeRequests()
    {
        // CSV: one row per change, with its action.
        const QString csv = m_dir.filePath(QStringLiteral("delta.csv"));
        QCOMPARE(cli({QStringLiteral("diff"), example(), m_changed, QStringLiteral("-o"), csv}).exitCode, 1);
        const test::Rows rows = test::pythonCsvRows(csv);
        if (rows.skip.isEmpty()) {
            QVERIFY2(rows.error.isEmpty(), qPrintable(rows.error));
            const QJsonObject o = QJsonDocument::fromJson(
                                      cli({QStringLiteral("diff"), example(), m_changed, QStringLiteral("--format"), QStringLiteral("json")}).out)
                                      .object();
            const int changes = int(o[QStringLiteral("added")].toArray().size() + o[QStringLiteral("removed")].toArray().size()
                                    + o[QStringLiteral("changed")].toArray().size());
            QCOMPARE(int(rows.rows.size()), changes + 1);
            QSet<QString> actions;
            for (size_t i = 1; i < rows.rows.size(); ++i)
                actions.insert(rows.rows[i][1]);
            QCOMPARE(actions, (QSet<QString>{"add", "modify", "remove"}));
        }

        // nftables: the delta loads on its own (it adds to the table).
        const QString nft = m_dir.filePath(QStringLiteral("delta.nft"));
        QCOMPARE(cli({QStringLiteral("diff"), example(), m_changed, QStringLiteral("-o"), nft}).exitCode, 1);
        const test::Report check = test::nftCheck(nft);
        if (check.skip.isEmpty())
            QVERIFY2(check.error.isEmpty(), qPrintable(check.error));
        const QByteArray rules = readAll(nft);
        QVERIFY(!rules.contains("delete table"));
        QVERIFY(rules.contains("delete the rule tagged"));

        // PowerShell: removals by rule name, no parse errors.
        const QString ps1 = m_dir.filePath(QStringLiteral("delta.ps1"));
        QCOMPARE(cli({QStringLiteral("diff"), example(), m_changed, QStringLiteral("-o"), ps1}).exitCode, 1);
        const test::Report ps = test::powerShellCheck(ps1);
        if (!ps.skip.isEmpty())
            QSKIP(qPrintable(ps.skip));
        QVERIFY2(ps.error.isEmpty(), qPrintable(ps.error));
        QVERIFY(!ps.json[QStringLiteral("hasError")].toBool());
        QStringList commands;
        for (const QJsonValue &v : ps.json[QStringLiteral("commands")].toArray())
            commands << v.toString();
        QVERIFY(commands.contains(QStringLiteral("Remove-Rule")));
        QVERIFY(commands.contains(QStringLiteral("Set-Rule")));
        QVERIFY(!commands.contains(QStringLiteral("Remove-Stale"))); // a delta leaves unchanged rules alone
    }
};

QTEST_GUILESS_MAIN(TestExportCli)
#include "tst_export_cli.moc"
