// Names from a design file are data, never code: a design whose names carry
// quotes, ';', $(...), backticks, <script>, line breaks and leading '='
// exports to files that the real tools read as plain values.
#include "model/catalog/Catalog.h"
#include "model/file/DesignFile.h"
#include "model/engine/FlowText.h"
#include "model/export/ChangeRequestBuilder.h"
#include "render/DiagramSvg.h"
#include "model/export/ExportText.h"
#include "tests/export/ExportSubject.h"
#include "tests/export/ExportTools.h"
#include "tests/export/HostileDesign.h"
#include "tests/support/TestDesign.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>
#include <QXmlStreamReader>

using namespace pp;

namespace {

QString unquote(QString literal)
{
    literal = literal.mid(1, literal.size() - 2);
    for (const QString &q : {QStringLiteral("'"), QStringLiteral("\u2018"), QStringLiteral("\u2019")})
        literal.replace(q + q, q);
    return literal;
}

} // namespace

class TestExportHostile : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    Design m_design;
    Analysis m_analysis;
    ChangeRequest m_request;

private slots:
    void initTestCase()
    {
        m_design = test::hostileDesign();
        m_analysis = test::analyze(m_design);
        m_request = ChangeRequestBuilder::build(m_design, Catalog::builtin(), m_analysis);
        QVERIFY2(m_request.lines.size() >= 4, "the hostile design needs crossings in both directions");
    }

    void csvCellsNeverStartAFormula()
    {
        const test::Rows rows = test::pythonCsvRows(test::writeFile(
            m_dir, QStringLiteral("r.csv"), test::exportBytes(QStringLiteral("csv"), m_request, m_design, m_analysis)));
        if (!rows.skip.isEmpty())
            QSKIP(qPrintable(rows.skip));
        QVERIFY2(rows.error.isEmpty(), qPrintable(rows.error));
        QCOMPARE(rows.rows.size(), m_request.lines.size() + 1);
        static const QRegularExpression number(QStringLiteral("^[-+]?[0-9]+(\\.[0-9]+)?$"));
        bool sawHyperlink = false;
        for (const QStringList &row : rows.rows) {
            QCOMPARE(row.size(), rows.rows.front().size());
            for (const QString &cell : row) {
                if (!cell.isEmpty() && QStringLiteral("=+-@\t\r").contains(cell.front()))
                    QVERIFY2(number.match(cell).hasMatch(), qPrintable(QStringLiteral("formula-like cell: ") + cell));
                sawHyperlink |= cell.contains(QLatin1String("'=HYPERLINK("));
            }
        }
        QVERIFY(sawHyperlink);
        QVERIFY(rows.rows[1].contains(QStringLiteral("'=1+1")));
    }

    void xlsxHoldsTextNotFormulas()
    {
        QString error;
        const QByteArray bytes = test::exportBytes(QStringLiteral("xlsx"), m_request, m_design, m_analysis, &error);
        QVERIFY2(!bytes.isEmpty(), qPrintable(error));
        const QString path = test::writeFile(m_dir, QStringLiteral("r.xlsx"), bytes);
        const test::Report look = test::xlsxCheck(path);
        if (!look.skip.isEmpty())
            QSKIP(qPrintable(look.skip));
        QVERIFY2(look.error.isEmpty(), qPrintable(look.error));
        // The package itself: CRCs, well-formed parts, every part named is there.
        QCOMPARE(look.json[QStringLiteral("problems")].toArray(), QJsonArray());
        const QJsonObject detail = look.json[QStringLiteral("detail")].toObject();
        for (const QString &sheet : detail.keys())
            QCOMPARE(detail[sheet].toObject()[QStringLiteral("formulas")].toInt(), 0);

        const test::Rows hosts = test::xlsxSheet(path, QStringLiteral("hosts"));
        if (!hosts.skip.isEmpty())
            QSKIP(qPrintable(hosts.skip));
        QStringList names;
        for (const QStringList &row : hosts.rows)
            names << row.value(1);
        for (const Host &h : m_design.hosts)
            QVERIFY2(names.contains(h.name), qPrintable(h.name)); // the text itself, as a value
        const test::Rows openings = test::xlsxSheet(path, QStringLiteral("openings"));
        QCOMPARE(openings.rows.size(), m_request.lines.size() + 1);
        QCOMPARE(openings.rows[1].value(int(openings.rows[0].indexOf(QStringLiteral("ticket")))), QStringLiteral("=1+1"));
    }

    void htmlShowsTheTextAndRunsNothing()
    {
        const QByteArray bytes = test::exportBytes(QStringLiteral("html"), m_request, m_design, m_analysis);
        QXmlStreamReader xml(bytes);
        while (!xml.atEnd()) {
            xml.readNext();
            if (xml.isStartElement())
                QVERIFY2(xml.name() != QLatin1String("script"), qPrintable(xml.name().toString()));
        }
        QVERIFY2(!xml.hasError(), qPrintable(xml.errorString()));

        const test::Report look = test::htmlCheck(test::writeFile(m_dir, QStringLiteral("r.html"), bytes));
        if (!look.skip.isEmpty())
            QSKIP(qPrintable(look.skip));
        QVERIFY2(look.error.isEmpty(), qPrintable(look.error));
        QCOMPARE(QJsonDocument(look.json[QStringLiteral("active")].toArray()).toJson(QJsonDocument::Compact), QByteArray("[]"));
        const QString text = look.json[QStringLiteral("text")].toString();
        QVERIFY(text.contains(test::hostileScript()));
        QVERIFY(text.contains(QStringLiteral("<b>2026-11-25</b>")));
        QStringList keys;
        for (const QJsonValue &v : look.json[QStringLiteral("keys")].toArray())
            keys << v.toString();
        QStringList expected;
        for (const RequestLine &l : m_request.lines)
            expected << l.key;
        QCOMPARE(keys, expected);
    }

    void powerShellKeepsNamesInsideQuotes()
    {
        const test::Report look = test::powerShellCheck(test::writeFile(
            m_dir, QStringLiteral("r.ps1"), test::exportBytes(QStringLiteral("ps1"), m_request, m_design, m_analysis)));
        if (!look.skip.isEmpty())
            QSKIP(qPrintable(look.skip));
        QVERIFY2(look.error.isEmpty(), qPrintable(look.error));
        QVERIFY2(!look.json[QStringLiteral("hasError")].toBool(),
                 QJsonDocument(look.json[QStringLiteral("errors")].toArray()).toJson().constData());
        for (const QJsonValue &c : look.json[QStringLiteral("commands")].toArray())
            QVERIFY2(test::allowedPowerShellCommands().contains(c.toString()), qPrintable(c.toString()));
        QCOMPARE(look.json[QStringLiteral("subexpressions")].toInt(), 0);
        QCOMPARE(look.json[QStringLiteral("expandableStrings")].toInt(), 0);

        // The hostile zone names arrive whole inside the literals.
        QStringList displays;
        for (const QJsonValue &v : look.json[QStringLiteral("calls")].toArray())
            displays << unquote(v.toObject()[QStringLiteral("args")].toObject()[QStringLiteral("DisplayName")].toString());
        QVERIFY(!displays.isEmpty());
        bool sawZone = false;
        for (const RequestLine &l : m_request.lines)
            sawZone |= displays.contains(QStringLiteral("PortPlanner %1 %2 from %3")
                                             .arg(l.id, l.portLabel(), exporttext::singleLine(l.source.zoneName)));
        QVERIFY(sawZone);
    }

    void nftablesIdentifiersAreClean()
    {
        const QString path = test::writeFile(m_dir, QStringLiteral("r.nft"),
                                             test::exportBytes(QStringLiteral("nft"), m_request, m_design, m_analysis));
        const test::Report loaded = test::nftLoad(path);
        if (!loaded.skip.isEmpty())
            QSKIP(qPrintable(loaded.skip));
        QVERIFY2(loaded.error.isEmpty(), qPrintable(loaded.error));
        int rules = 0;
        for (const QJsonValue &v : loaded.json[QStringLiteral("nftables")].toArray()) {
            const QJsonObject o = v.toObject();
            if (o.contains(QStringLiteral("set")))
                QVERIFY(QRegularExpression(QStringLiteral("^[A-Za-z][A-Za-z0-9_]*$"))
                            .match(o[QStringLiteral("set")].toObject()[QStringLiteral("name")].toString())
                            .hasMatch());
            if (o[QStringLiteral("rule")].toObject().contains(QStringLiteral("comment")))
                ++rules;
        }
        QCOMPARE(rules, int(m_request.lines.size()));
        // Nothing after a '#' breaks out of its comment line.
        QFile f(path);
        QVERIFY(f.open(QIODevice::ReadOnly));
        for (const QByteArray &line : f.readAll().split('\n'))
            QVERIFY2(!line.trimmed().startsWith("New-NetFirewallRule") && !line.trimmed().startsWith("Remove-Item"),
                     line.constData());
    }

    void svgIsPlainDrawing()
    {
        QXmlStreamReader xml(designDiagramSvg(m_design, Catalog::builtin(), m_analysis));
        QStringList text;
        while (!xml.atEnd()) {
            xml.readNext();
            if (xml.isStartElement()) {
                QVERIFY(xml.name() != QLatin1String("script") && xml.name() != QLatin1String("foreignObject"));
                for (const QXmlStreamAttribute &a : xml.attributes())
                    QVERIFY2(!a.name().startsWith(QLatin1String("on")), qPrintable(a.name().toString()));
            }
            if (xml.isCharacters())
                text << xml.text().toString();
        }
        QVERIFY2(!xml.hasError(), qPrintable(xml.errorString()));
        QVERIFY(text.join(QString()).contains(test::hostileScript()));
    }
};

QTEST_GUILESS_MAIN(TestExportHostile)
#include "tst_export_hostile.moc"
