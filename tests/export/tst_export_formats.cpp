// Every export opened with the tool its user has, compared with the engine's
// openings: Python's csv module for CSV, xlsx2csv for XLSX, an XML reader and
// html.parser for HTML, the tree-sitter PowerShell grammar for the script,
// nft in a private network namespace for the ruleset, an XML reader for SVG.
#include "model/catalog/Catalog.h"
#include "model/file/DesignFile.h"
#include "model/engine/FlowText.h"
#include "model/export/ChangeRequestBuilder.h"
#include "render/DiagramSvg.h"
#include "model/review/RiskRules.h"
#include "tests/export/ExportSubject.h"
#include "tests/export/ExportTools.h"
#include "tests/support/TestDesign.h"
#include "tests/support/TestPaths.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSet>
#include <QTemporaryDir>
#include <QTest>
#include <QXmlStreamReader>

using namespace pp;

namespace {

using Subject = test::ExportSubject;

QStringList engineKeys(const Subject &s)
{
    const FlowText text(s.design, Catalog::builtin());
    QStringList keys;
    for (const Opening &o : s.analysis.openings)
        keys << text.openingKey(o);
    return keys;
}

int column(const QStringList &header, const char *name)
{
    return int(header.indexOf(QLatin1String(name)));
}

/// Roles whose hosts the script leaves alone (no Windows firewall to manage).
bool windowsHost(const RequestHost &h)
{
    static const QSet<QString> other{QStringLiteral("internet"),     QStringLiteral("microsoft_cloud"),
                                     QStringLiteral("intune"),       QStringLiteral("exchange_online"),
                                     QStringLiteral("mac_client"),   QStringLiteral("mobile_device"),
                                     QStringLiteral("proxy_server"), QStringLiteral("cloud_distribution_point")};
    return std::any_of(h.roles.begin(), h.roles.end(), [](const QString &r) { return !other.contains(r); });
}

QString unquote(QString literal)
{
    literal = literal.mid(1, literal.size() - 2);
    return literal.replace(QStringLiteral("''"), QStringLiteral("'"));
}

} // namespace

class TestExportFormats : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;

    void examples()
    {
        QTest::addColumn<QString>("file");
        for (const char *f : {"standalone-dmz.portplan", "cas-branches.portplan", "every-connection.portplan"})
            QTest::newRow(f) << QString::fromLatin1(f);
    }

private slots:
    void csv_data() { examples(); }
    void csv()
    {
        QFETCH(QString, file);
        const Subject s = Subject::example(file);
        const test::Rows rows = test::pythonCsvRows(
            test::writeFile(m_dir, file + QStringLiteral(".csv"),
                            test::exportBytes(QStringLiteral("csv"), s.request, s.design, s.analysis)));
        if (!rows.skip.isEmpty())
            QSKIP(qPrintable(rows.skip));
        QVERIFY2(rows.error.isEmpty(), qPrintable(rows.error));
        QCOMPARE(rows.rows.size(), s.analysis.openings.size() + 1);
        const QStringList header = rows.rows.front();
        const int key = column(header, "opening"), protocol = column(header, "protocol"), port = column(header, "port"),
                  from = column(header, "source hosts"), refs = column(header, "refs");
        QVERIFY(key >= 0 && protocol >= 0 && port >= 0 && from >= 0 && refs >= 0);
        const QStringList keys = engineKeys(s);
        for (size_t i = 0; i < s.analysis.openings.size(); ++i) {
            const QStringList &row = rows.rows[i + 1];
            const Opening &o = s.analysis.openings[i];
            QCOMPARE(row.size(), header.size());
            QCOMPARE(row[key], keys[int(i)]);
            QCOMPARE(row[protocol], protocolName(o.protocol));
            QCOMPARE(row[port], o.portText);
            QCOMPARE(row[refs], o.refs.join(QStringLiteral(", ")));
            for (int h : o.fromHosts)
                QVERIFY(row[from].contains(s.design.hosts[size_t(h)].name));
        }
    }

    void xlsx_data() { examples(); }
    void xlsx()
    {
        QFETCH(QString, file);
        const Subject s = Subject::example(file);
        QString error;
        const QByteArray bytes = test::exportBytes(QStringLiteral("xlsx"), s.request, s.design, s.analysis, &error);
        QVERIFY2(!bytes.isEmpty(), qPrintable(error));
        const QString path = test::writeFile(m_dir, file + QStringLiteral(".xlsx"), bytes);

        const test::Rows openings = test::xlsxSheet(path, QStringLiteral("openings"));
        if (!openings.skip.isEmpty())
            QSKIP(qPrintable(openings.skip));
        QVERIFY2(openings.error.isEmpty(), qPrintable(openings.error));
        QCOMPARE(openings.rows.size(), s.analysis.openings.size() + 1);
        const int key = column(openings.rows.front(), "opening");
        const QStringList keys = engineKeys(s);
        for (size_t i = 0; i < s.analysis.openings.size(); ++i)
            QCOMPARE(openings.rows[i + 1][key], keys[int(i)]);

        size_t flows = 0;
        for (const Opening &o : s.analysis.openings)
            flows += o.flows.size();
        QCOMPARE(test::xlsxSheet(path, QStringLiteral("flows")).rows.size(), flows + 1);
        QCOMPARE(test::xlsxSheet(path, QStringLiteral("hosts")).rows.size(), s.design.hosts.size() + 1);
        QCOMPARE(test::xlsxSheet(path, QStringLiteral("zones")).rows.size(), s.design.zones.size() + 1);
        QCOMPARE(test::xlsxSheet(path, QStringLiteral("rules")).rows.size(), s.request.rules.size() + 1);

        const test::Report look = test::xlsxCheck(path);
        if (!look.skip.isEmpty())
            QSKIP(qPrintable(look.skip));
        QVERIFY2(look.error.isEmpty(), qPrintable(look.error));
        // The package itself: CRCs, well-formed parts, every part named is there.
        QCOMPARE(look.json[QStringLiteral("problems")].toArray(), QJsonArray());
        QStringList sheets;
        for (const QJsonValue &v : look.json[QStringLiteral("sheets")].toArray())
            sheets << v.toString();
        QCOMPARE(sheets, (QStringList{"openings", "rules", "groups", "flows", "hosts", "zones", "request"}));
        for (const QString &sheet : sheets) {
            const QJsonObject d = look.json[QStringLiteral("detail")].toObject()[sheet].toObject();
            QVERIFY2(d[QStringLiteral("frozen")].toBool(), qPrintable(sheet));
            QVERIFY2(d[QStringLiteral("autofilter")].toBool(), qPrintable(sheet));
            QVERIFY2(d[QStringLiteral("widths")].toBool(), qPrintable(sheet));
            QVERIFY2(d[QStringLiteral("styledHeader")].toBool(), qPrintable(sheet));
            QCOMPARE(d[QStringLiteral("formulas")].toInt(), 0);
        }
    }

    void html_data() { examples(); }
    void html()
    {
        QFETCH(QString, file);
        const Subject s = Subject::example(file);
        const QByteArray bytes = test::exportBytes(QStringLiteral("html"), s.request, s.design, s.analysis);

        // Well-formed XHTML: an XML reader reads it to the end.
        QXmlStreamReader xml(bytes);
        int svgs = 0, rows = 0;
        while (!xml.atEnd()) {
            xml.readNext();
            if (xml.isStartElement() && xml.name() == QLatin1String("svg"))
                ++svgs;
            if (xml.isStartElement() && xml.name() == QLatin1String("tr"))
                ++rows;
        }
        QVERIFY2(!xml.hasError(), qPrintable(xml.errorString() + QStringLiteral(" at line %1").arg(xml.lineNumber())));
        QCOMPARE(svgs, 1);
        QVERIFY(rows > int(s.analysis.openings.size()));

        const test::Report look = test::htmlCheck(test::writeFile(m_dir, file + QStringLiteral(".html"), bytes));
        if (!look.skip.isEmpty())
            QSKIP(qPrintable(look.skip));
        QVERIFY2(look.error.isEmpty(), qPrintable(look.error));
        QCOMPARE(look.json[QStringLiteral("active")].toArray().size(), 0);
        QStringList keys;
        for (const QJsonValue &v : look.json[QStringLiteral("keys")].toArray())
            keys << v.toString();
        QCOMPARE(keys, engineKeys(s));
        const QString text = look.json[QStringLiteral("text")].toString();
        for (const Finding &f : s.analysis.findings)
            QVERIFY2(text.contains(f.message), qPrintable(f.message));
    }

    void powerShell_data() { examples(); }
    void powerShell()
    {
        QFETCH(QString, file);
        const Subject s = Subject::example(file);
        const test::Report look = test::powerShellCheck(
            test::writeFile(m_dir, file + QStringLiteral(".ps1"),
                            test::exportBytes(QStringLiteral("ps1"), s.request, s.design, s.analysis)));
        if (!look.skip.isEmpty())
            QSKIP(qPrintable(look.skip));
        QVERIFY2(look.error.isEmpty(), qPrintable(look.error));
        QVERIFY2(!look.json[QStringLiteral("hasError")].toBool(),
                 qPrintable(QJsonDocument(look.json[QStringLiteral("errors")].toArray()).toJson()));
        for (const QJsonValue &c : look.json[QStringLiteral("commands")].toArray())
            QVERIFY2(test::allowedPowerShellCommands().contains(c.toString()), qPrintable(c.toString()));
        QCOMPARE(look.json[QStringLiteral("subexpressions")].toInt(), 0);
        QCOMPARE(look.json[QStringLiteral("expandableStrings")].toInt(), 0);

        // One Set-Rule per Windows host that answers an opening, on its port,
        // scoped to the addresses of the hosts that connect to it.
        QStringList expected;
        for (const RequestLine &line : s.request.lines)
            for (int toIndex : s.request.group(line.destination).hosts) {
                const RequestHost &to = s.request.host(toIndex);
                if (!windowsHost(to))
                    continue;
                QStringList remote;
                for (const RequestFlow &f : line.flows)
                    if (s.request.host(f.to).id == to.id)
                        for (const QString &a : s.request.host(f.from).addresses)
                            if (!remote.contains(a))
                                remote << a;
                if (remote.isEmpty())
                    continue;
                QVERIFY2(line.protocol != Protocol::Icmp, "the examples have no ICMP crossing");
                const bool any = std::any_of(remote.begin(), remote.end(), [](const QString &a) { return a.endsWith(QLatin1String("/0")); });
                expected << QStringLiteral("%1 %2 %3").arg(line.port, protocolName(line.protocol),
                                                           any ? QStringLiteral("Any") : remote.join(QLatin1Char(',')));
            }
        QStringList seen;
        for (const QJsonValue &v : look.json[QStringLiteral("calls")].toArray()) {
            const QJsonObject args = v.toObject()[QStringLiteral("args")].toObject();
            QStringList remote;
            const QString array = args[QStringLiteral("RemoteAddress")].toString();
            for (const QString &part : array.mid(2, array.size() - 3).split(QStringLiteral(", ")))
                remote << unquote(part);
            seen << QStringLiteral("%1 %2 %3").arg(unquote(args[QStringLiteral("LocalPort")].toString()),
                                                   unquote(args[QStringLiteral("Protocol")].toString()),
                                                   remote.join(QLatin1Char(',')));
        }
        QVERIFY(!expected.isEmpty());
        // The script is per host, the request per line: compare as sets.
        expected.sort();
        seen.sort();
        QCOMPARE(seen, expected);
    }

    void nftables_data() { examples(); }
    void nftables()
    {
        QFETCH(QString, file);
        const Subject s = Subject::example(file);
        const QString path = test::writeFile(m_dir, file + QStringLiteral(".nft"),
                                             test::exportBytes(QStringLiteral("nft"), s.request, s.design, s.analysis));
        const test::Report loaded = test::nftLoad(path);
        if (!loaded.skip.isEmpty())
            QSKIP(qPrintable(loaded.skip));
        QVERIFY2(loaded.error.isEmpty(), qPrintable(loaded.error));

        // What the kernel holds: one accept rule per line and address family
        // with addresses on both sides, tagged with the opening key.
        QStringList comments;
        QSet<QString> sets;
        for (const QJsonValue &v : loaded.json[QStringLiteral("nftables")].toArray()) {
            const QJsonObject o = v.toObject();
            if (o.contains(QStringLiteral("set")))
                sets.insert(o[QStringLiteral("set")].toObject()[QStringLiteral("name")].toString());
            const QJsonObject rule = o[QStringLiteral("rule")].toObject();
            if (rule.contains(QStringLiteral("comment")))
                comments << rule[QStringLiteral("comment")].toString();
        }
        QStringList expected;
        for (const RequestLine &line : s.request.lines) {
            const QStringList from = s.request.group(line.source).addresses, to = s.request.group(line.destination).addresses;
            auto family = [](const QStringList &a, bool six) {
                return std::any_of(a.begin(), a.end(), [six](const QString &x) { return x.contains(QLatin1Char(':')) == six; });
            };
            for (bool six : {false, true})
                if (family(from, six) && family(to, six))
                    expected << line.key;
            const QString group = s.request.group(line.source).name;
            QVERIFY(sets.contains(group + QStringLiteral("_v4")) || sets.contains(group + QStringLiteral("_v6"))
                    || from.isEmpty());
        }
        QCOMPARE(comments, expected);
        for (const Zone &z : s.design.zones)
            if (!z.subnets.isEmpty())
                QVERIFY2(std::any_of(sets.begin(), sets.end(), [](const QString &n) { return n.startsWith(QLatin1String("zone_")); }),
                         "no zone sets");
    }
};

QTEST_GUILESS_MAIN(TestExportFormats)
#include "tst_export_formats.moc"
