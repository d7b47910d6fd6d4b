// Importing an existing site from a ConfigMgr site-system inventory: role
// names mapped or reported, hosts placed by subnet, sites created, malformed
// CSV refused with line numbers, and the same through portplanner-cli import.
#include "model/catalog/Catalog.h"
#include "model/file/DesignFile.h"
#include "model/import/CsvReader.h"
#include "model/import/InventoryImport.h"
#include "tests/support/TestDesign.h"
#include "tests/support/CliRun.h"
#include "tests/support/TestPaths.h"

#include <QFile>
#include <QProcess>
#include <QRandomGenerator>
#include <QRegularExpression>
#include <QStringEncoder>
#include <QTemporaryDir>
#include <QTest>

using namespace pp;

namespace {

const char *const inventory = "ServerName,SiteCode,RoleName,IPAddress\r\n"
                              "CM01.contoso.com,PS1,SMS Site Server,10.10.0.10\r\n"
                              "CM01.contoso.com,PS1,SMS Provider,10.10.0.10\r\n"
                              "CM01.contoso.com,PS1,SMS Site System,10.10.0.10\r\n"
                              "CM01.contoso.com,PS1,SMS Component Server,10.10.0.10\r\n"
                              "SQL02.contoso.com,PS1,SMS SQL Server,10.10.0.50\r\n"
                              "DP07.contoso.com,PS1,SMS Distribution Point,172.16.10.60\r\n"
                              "DP07.contoso.com,PS1,SMS Multicast Service Point,172.16.10.60\r\n"
                              "MP09.contoso.com,PS1,SMS Management Point,192.168.1.5\r\n"
                              "CMG01.contoso.com,PS1,SMS Cloud Proxy Connector,\r\n"
                              "X01.contoso.com,PS2,SMS Foo Point,10.20.3.4\r\n";

const Host *hostNamed(const Design &d, const QString &name)
{
    for (const Host &h : d.hosts)
        if (h.name == name)
            return &h;
    return nullptr;
}

Design baseDesign()
{
    LoadResult loaded = DesignFile::load(test::examplePath(QStringLiteral("standalone-dmz.portplan")), Catalog::builtin());
    if (!loaded.ok())
        qFatal("%s", qPrintable(loaded.errorText()));
    return *loaded.design;
}

QString messages(const InventoryImportResult &r)
{
    QStringList all;
    for (const ImportMessage &m : r.messages)
        all << m.toString();
    return all.join(QLatin1Char('\n'));
}

using pp::test::CliRun;
using pp::test::runCli;

} // namespace

class TestInventoryImport : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;

    QString file(const QString &name, const QByteArray &bytes)
    {
        const QString path = m_dir.filePath(name);
        QFile f(path);
        f.open(QIODevice::WriteOnly);
        f.write(bytes);
        return path;
    }

private slots:
    void rolesAreMappedOrReported()
    {
        const InventoryImportResult r = InventoryImport::run(inventory, Catalog::builtin());
        QVERIFY2(r.ok(), qPrintable(messages(r)));
        const Design &d = *r.design;
        const Host *cm = hostNamed(d, QStringLiteral("CM01.contoso.com"));
        QVERIFY(cm);
        QCOMPARE(cm->roles, (QStringList{"site_server", "sms_provider"}));
        QCOMPARE(cm->id, QStringLiteral("cm01"));
        QCOMPARE(cm->site, QStringLiteral("PS1"));
        QCOMPARE(cm->addresses, QStringList{QStringLiteral("10.10.0.10")});
        QCOMPARE(hostNamed(d, QStringLiteral("SQL02.contoso.com"))->roles, QStringList{QStringLiteral("site_database")});
        const Host *dp = hostNamed(d, QStringLiteral("DP07.contoso.com"));
        QCOMPARE(dp->roles, QStringList{QStringLiteral("distribution_point")});
        QVERIFY(dp->options.multicastEnabled());

        // Nothing is dropped silently: both unmapped names are reported with their lines.
        QCOMPARE(r.unmappedRoles, (QStringList{"SMS Cloud Proxy Connector", "SMS Foo Point"}));
        const QString said = messages(r);
        QVERIFY2(said.contains(QLatin1String("line 10: warning: role \"SMS Cloud Proxy Connector\"")), qPrintable(said));
        QVERIFY2(said.contains(QLatin1String("has no entry in the port catalog")), qPrintable(said));
        QVERIFY2(said.contains(QLatin1String("line 11: warning: role \"SMS Foo Point\"")), qPrintable(said));
        QVERIFY2(said.contains(QLatin1String("\"SMS Site System\", which every site system has")), qPrintable(said));
        // The servers with no catalog role are hosts still, so nobody loses them.
        QVERIFY(hostNamed(d, QStringLiteral("CMG01.contoso.com")));
        QVERIFY(r.needsAttention());

        QCOMPARE(r.sitesAdded, (QStringList{"PS1", "PS2"}));
        QCOMPARE(d.site(QStringLiteral("PS2"))->type, SiteType::Primary);
        QVERIFY(checkDesign(d, Catalog::builtin()).isEmpty());
        QVERIFY(!test::analyze(d).flows.empty());
    }

    void headerNamesIgnoreCaseAndBlanks()
    {
        const QByteArray csv = "\"server name\";SITECODE;role_name\nA01;ps1;SMS Management Point\n";
        const InventoryImportResult r = InventoryImport::run(csv, Catalog::builtin());
        QVERIFY2(r.ok(), qPrintable(messages(r)));
        QCOMPARE(r.design->hosts.size(), size_t(1));
        QCOMPARE(r.design->hosts[0].site, QStringLiteral("PS1"));
        QCOMPARE(r.design->hosts[0].roles, QStringList{QStringLiteral("management_point")});
        // Hyphens and tabs inside a name, blanks around it: the same columns.
        const QByteArray spaced = "\" Server\tName \",Site-Code,Role__Name,IP - Address\nA02,ps2,SMS Distribution Point,"
                                  "10.1.2.3\n";
        const InventoryImportResult again = InventoryImport::run(spaced, Catalog::builtin());
        QVERIFY2(again.ok(), qPrintable(messages(again)));
        QCOMPARE(again.design->hosts[0].site, QStringLiteral("PS2"));
        QCOMPARE(again.design->hosts[0].roles, QStringList{QStringLiteral("distribution_point")});
        QCOMPARE(again.design->hosts[0].addresses, QStringList{QStringLiteral("10.1.2.3")});
        // Other letters stay: "Server Names" is not ServerName.
        QVERIFY(!InventoryImport::run("ServerNames,SiteCode,RoleName\nA,PS1,SMS Provider\n", Catalog::builtin()).ok());
    }

    void hostsArePlacedBySubnet()
    {
        const Design base = baseDesign();
        const InventoryImportResult r = InventoryImport::run(inventory, Catalog::builtin(), &base);
        QVERIFY2(r.ok(), qPrintable(messages(r)));
        const Design &d = *r.design;
        QCOMPARE(hostNamed(d, QStringLiteral("SQL02.contoso.com"))->zone, QStringLiteral("dc"));
        QCOMPARE(hostNamed(d, QStringLiteral("DP07.contoso.com"))->zone, QStringLiteral("dmz"));
        QCOMPARE(hostNamed(d, QStringLiteral("X01.contoso.com"))->zone, QStringLiteral("lan"));
        // 192.168.1.5 is only in the internet zone's 0.0.0.0/0, which places nothing.
        QCOMPARE(hostNamed(d, QStringLiteral("MP09.contoso.com"))->zone, QStringLiteral("unassigned"));
        QCOMPARE(hostNamed(d, QStringLiteral("CMG01.contoso.com"))->zone, QStringLiteral("unassigned"));
        QCOMPARE(r.unassignedHosts, (QStringList{"mp09", "cmg01"}));
        QCOMPARE(d.zone(QStringLiteral("unassigned"))->name, QStringLiteral("Unassigned"));

        // CM01 was in the base design: it keeps its place and gains nothing twice.
        QCOMPARE(r.hostsMerged, 1);
        const Host *cm = hostNamed(d, QStringLiteral("CM01.contoso.com"));
        const Host *was = hostNamed(base, QStringLiteral("CM01.contoso.com"));
        QCOMPARE(cm->id, was->id);
        QCOMPARE(cm->pos, was->pos);
        QCOMPARE(cm->roles, was->roles);
        QCOMPARE(d.hosts.size(), base.hosts.size() + 5);
        QCOMPARE(r.sitesAdded, QStringList{QStringLiteral("PS2")});

        // Every new card sits inside its zone, clear of the others.
        for (const Host &h : d.hosts) {
            if (hostNamed(base, h.name))
                continue;
            const QRectF card(h.pos, QSizeF(200, 72));
            QVERIFY2(d.zone(h.zone)->rect.contains(card), qPrintable(h.id));
            for (const Host &o : d.hosts)
                if (&o != &h && o.zone == h.zone)
                    QVERIFY2(!card.intersects(QRectF(o.pos, QSizeF(200, 72))), qPrintable(h.id + QLatin1Char('/') + o.id));
        }
        QVERIFY(checkDesign(d, Catalog::builtin()).isEmpty());
    }

    void narrowestSubnetWins()
    {
        test::TestDesign t;
        t.site(QStringLiteral("PS1"))
            .zone(QStringLiteral("wide"), ZoneKind::Internal, {QStringLiteral("10.0.0.0/8")})
            .zone(QStringLiteral("narrow"), ZoneKind::Branch, {QStringLiteral("10.1.0.0/16")});
        const InventoryImportResult r =
            InventoryImport::run("ServerName,SiteCode,RoleName,IP Address\nB1,PS1,SMS Distribution Point,10.1.2.3\n"
                                 "B2,PS1,SMS Distribution Point,10.2.2.3\n",
                                 Catalog::builtin(), &t.design);
        QVERIFY2(r.ok(), qPrintable(messages(r)));
        QCOMPARE(hostNamed(*r.design, QStringLiteral("B1"))->zone, QStringLiteral("narrow"));
        QCOMPARE(hostNamed(*r.design, QStringLiteral("B2"))->zone, QStringLiteral("wide"));
        QVERIFY(!r.needsAttention());
    }

    void malformedInventoriesNameTheLine_data()
    {
        QTest::addColumn<QByteArray>("csv");
        QTest::addColumn<QString>("expected");
        QTest::newRow("unclosed quote") << QByteArray("ServerName,SiteCode,RoleName\nA,PS1,\"SMS Provider\nB,PS1,x\n")
                                        << "line 2: error: malformed CSV: a quoted field is never closed";
        QTest::newRow("stray quote") << QByteArray("ServerName,SiteCode,RoleName\nA,PS1,SMS Provider\nB\"x,PS1,y\n")
                                     << "line 3: error: malformed CSV: a quote inside a field that is not quoted";
        QTest::newRow("text after quote") << QByteArray("ServerName,SiteCode,RoleName\n\"A\"x,PS1,SMS Provider\n")
                                          << "line 2: error: malformed CSV: text after the closing quote";
        QTest::newRow("field count") << QByteArray("ServerName,SiteCode,RoleName\nA,PS1,SMS Provider\nB,PS1\n")
                                     << "line 3: error: 2 field(s), but the header has 3";
        QTest::newRow("missing column") << QByteArray("Server,SiteCode,RoleName\nA,PS1,SMS Provider\n")
                                        << "line 1: error: the header lacks ServerName";
        QTest::newRow("site code") << QByteArray("ServerName,SiteCode,RoleName\nA,PS12,SMS Provider\n")
                                   << "line 2: error: SiteCode \"PS12\" is not a three-character site code";
        QTest::newRow("address") << QByteArray("ServerName,SiteCode,RoleName,IPAddress\nA,PS1,SMS Provider,10.0.0.300\n")
                                 << "line 2: error: \"10.0.0.300\" is not an IPv4 or IPv6 address";
        QTest::newRow("empty server") << QByteArray("ServerName,SiteCode,RoleName\n,PS1,SMS Provider\n")
                                      << "line 2: error: ServerName is empty";
        QTest::newRow("empty file") << QByteArray() << "line 1: error: the file is empty";
        // A quoted field with a line break: the record after it is on line 4.
        QTest::newRow("after a multi-line field")
            << QByteArray("ServerName,SiteCode,RoleName\n\"A\nB\",PS1,SMS Provider\nC,PS1\n")
            << "line 4: error: 2 field(s), but the header has 3";
    }

    void malformedInventoriesNameTheLine()
    {
        QFETCH(QByteArray, csv);
        QFETCH(QString, expected);
        const InventoryImportResult r = InventoryImport::run(csv, Catalog::builtin());
        QVERIFY(!r.ok());
        QVERIFY2(messages(r).contains(expected), qPrintable(messages(r)));
    }

    void exportCsvFromWindowsPowerShell()
    {
        // Windows PowerShell 5.1: a #TYPE line, UTF-16 with a BOM, and with
        // -UseCulture a ';' in many locales.
        const QString text = QStringLiteral("#TYPE System.Management.ManagementObject#root\\sms\\site_PS1\\SMS_SystemResourceList\r\n"
                                            "\"ServerName\";\"SiteCode\";\"RoleName\"\r\n"
                                            "\"\\\\DP\u00c9.contoso.com\\\";\"PS1\";\"SMS Distribution Point\"\r\n");
        QStringEncoder utf16(QStringEncoder::Utf16LE, QStringEncoder::Flag::WriteBom);
        const InventoryImportResult r = InventoryImport::run(utf16(text), Catalog::builtin());
        QVERIFY2(r.ok(), qPrintable(messages(r)));
        QCOMPARE(r.design->hosts.size(), size_t(1));
        QCOMPARE(r.design->hosts[0].name, QStringLiteral("DP\u00c9.contoso.com"));
    }

    void csvReaderKeepsQuotedText()
    {
        const CsvTable t = readCsv("a,\"b,\"\"c\"\"\r\nd\",e\r\n\r\nf,g,h");
        QVERIFY(t.ok());
        QCOMPARE(t.records.size(), size_t(2));
        QCOMPARE(t.records[0].fields, (QStringList{"a", "b,\"c\"\r\nd", "e"}));
        QCOMPARE(t.records[1].line, 4);
        QCOMPARE(t.records[1].fields, (QStringList{"f", "g", "h"}));
    }

    void csvReaderReadsBackWhatItIsGiven()
    {
        // Random tables, written as Export-Csv and spreadsheets write them
        // (fields with a separator, quote or line break quoted, quotes
        // doubled; CRLF or LF), must read back field for field, each record
        // on the line it starts on.
        QRandomGenerator random(2026);
        const QString alphabet = QStringLiteral("ab1 \u00e9\u4e2d,;\"\t\r\n");
        for (int round = 0; round < 300; ++round) {
            std::vector<QStringList> rows(size_t(1 + random.bounded(6)));
            QString text;
            std::vector<int> lines;
            for (QStringList &row : rows) {
                lines.push_back(1 + int(text.count(QLatin1Char('\n'))));
                for (int f = 0, n = 2 + int(random.bounded(4)); f < n; ++f) {
                    QString field;
                    for (int c = int(random.bounded(9)); c > 0; --c)
                        field += alphabet[int(random.bounded(alphabet.size()))];
                    row << field;
                    const bool quote = field.contains(QRegularExpression(QStringLiteral("[,;\"\t\r\n]")))
                        || random.bounded(4) == 0;
                    text += (f ? QStringLiteral(",") : QString())
                        + (quote ? QLatin1Char('"') + QString(field).replace(QLatin1Char('"'), QLatin1String("\"\""))
                                       + QLatin1Char('"')
                                 : field);
                }
                text += random.bounded(2) ? QStringLiteral("\r\n") : QStringLiteral("\n");
            }
            const CsvTable t = readCsv(text.toUtf8());
            QVERIFY2(t.ok(), qPrintable(t.error + QLatin1String(" in ") + text));
            QCOMPARE(t.records.size(), rows.size());
            for (size_t r = 0; r < rows.size(); ++r) {
                QCOMPARE(t.records[r].fields, rows[r]);
                QCOMPARE(t.records[r].line, lines[r]);
            }
        }
    }

    void theCommandLine()
    {
        if (test::cliPath().isEmpty())
            QSKIP("PORTPLANNER_CLI is not set (run through ctest)");
        const QString in = file(QStringLiteral("inventory.csv"), inventory);
        const QString out = m_dir.filePath(QStringLiteral("imported.portplan"));
        const QString base = test::examplePath(QStringLiteral("standalone-dmz.portplan"));

        CliRun r = runCli({QStringLiteral("import"), in, QStringLiteral("--into"), base, QStringLiteral("-o"), out});
        QCOMPARE(r.exitCode, 1); // written, with role names to look at
        QVERIFY2(r.err.contains("line 11: warning: role \"SMS Foo Point\""), r.err.constData());
        QVERIFY2(r.err.contains("wrote"), r.err.constData());
        const LoadResult loaded = DesignFile::load(out, Catalog::builtin());
        QVERIFY2(loaded.ok(), qPrintable(loaded.errorText()));
        QVERIFY(hostNamed(*loaded.design, QStringLiteral("DP07.contoso.com")));

        const QString clean = file(QStringLiteral("clean.csv"), "ServerName,SiteCode,RoleName,IPAddress\n"
                                                                "DP08.contoso.com,PS1,SMS Distribution Point,10.20.0.8\n");
        QCOMPARE(runCli({QStringLiteral("import"), clean, QStringLiteral("--into"), base, QStringLiteral("-o"), out}).exitCode, 0);

        const QString bad = file(QStringLiteral("bad.csv"), "ServerName,SiteCode,RoleName\nA,PS1,\"open\n");
        r = runCli({QStringLiteral("import"), bad, QStringLiteral("-o"), m_dir.filePath(QStringLiteral("never.portplan"))});
        QCOMPARE(r.exitCode, 2);
        QVERIFY2(r.err.contains("line 2: error: malformed CSV"), r.err.constData());
        QVERIFY(!QFile::exists(m_dir.filePath(QStringLiteral("never.portplan"))));

        QCOMPARE(runCli({QStringLiteral("import"), in}).exitCode, 64);
        QCOMPARE(runCli({QStringLiteral("import"), m_dir.filePath(QStringLiteral("none.csv")), QStringLiteral("-o"), out}).exitCode, 2);
    }
};

QTEST_GUILESS_MAIN(TestInventoryImport)
#include "tst_inventory_import.moc"
