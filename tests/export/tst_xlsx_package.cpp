// The XLSX package PortPlanner writes itself (model/export/xlsx): cell text
// as Excel reads it, joined deflate streams, and a workbook that Python's
// zipfile, an XML parser and xlsx2csv all read back (xlsx_check.py).
#include "model/export/xlsx/Deflater.h"
#include "model/export/xlsx/WorkbookParts.h"
#include "model/export/xlsx/WorksheetXml.h"
#include "model/export/xlsx/ZipArchive.h"
#include "tests/export/ExportTools.h"

#include <QBuffer>
#include <QFile>
#include <QJsonArray>
#include <QJsonObject>
#include <QRandomGenerator>
#include <QTemporaryDir>
#include <QTest>

#include <zlib.h>

using namespace pp::xlsx;
namespace test = pp::test;

namespace {

/// Raw inflate, as a ZIP reader does it.
QByteArray inflateRaw(const QByteArray &data, qsizetype size)
{
    QByteArray out(size, Qt::Uninitialized);
    z_stream z{};
    if (inflateInit2(&z, -15) != Z_OK)
        return {};
    z.next_in = reinterpret_cast<Bytef *>(const_cast<char *>(data.data()));
    z.avail_in = uInt(data.size());
    z.next_out = reinterpret_cast<Bytef *>(out.data());
    z.avail_out = uInt(out.size());
    const int status = inflate(&z, Z_FINISH);
    inflateEnd(&z);
    return status == Z_STREAM_END && z.avail_out == 0 ? out : QByteArray("inflate failed");
}

QByteArray noise(qsizetype size, quint32 seed)
{
    QRandomGenerator random(seed);
    QByteArray bytes;
    while (bytes.size() < size) // half repeated text, half random: both kinds of blocks
        bytes += random.bounded(2) ? QByteArray("<row r=\"7\"><c r=\"A7\"><v>443</v></c></row>")
                                   : QByteArray::number(random.generate64(), 36);
    return bytes.left(size);
}

} // namespace

class TestXlsxPackage : public QObject
{
    Q_OBJECT

private slots:
    void columnNames_data()
    {
        QTest::addColumn<int>("column");
        QTest::addColumn<QString>("name");
        QTest::newRow("first") << 0 << "A";
        QTest::newRow("Z") << 25 << "Z";
        QTest::newRow("AA") << 26 << "AA";
        QTest::newRow("AH") << 33 << "AH";
        QTest::newRow("ZZ") << 701 << "ZZ";
        QTest::newRow("AAA") << 702 << "AAA";
        QTest::newRow("Excel's last") << 16383 << "XFD";
    }
    void columnNames()
    {
        QFETCH(int, column);
        QFETCH(QString, name);
        QCOMPARE(QString::fromStdString(WorksheetXml::columnName(column)), name);
    }

    void cellText_data()
    {
        QTest::addColumn<QString>("in");
        QTest::addColumn<QByteArray>("out");
        QTest::newRow("markup") << "<b>&amp;</b>" << QByteArray("&lt;b&gt;&amp;amp;&lt;/b&gt;");
        QTest::newRow("formula stays text") << "=1+1" << QByteArray("=1+1");
        QTest::newRow("line breaks kept") << "a\tb\r\nc" << QByteArray("a\tb\r\nc");
        QTest::newRow("control as Excel's escape") << QStringLiteral("a\u0001b\u001b") << QByteArray("a_x0001_b_x001B_");
        QTest::newRow("literal escape kept literal") << "_x0041_" << QByteArray("_x005F_x0041_");
        QTest::newRow("not an escape") << "_x004_ _xZZZZ_ snake_case" << QByteArray("_x004_ _xZZZZ_ snake_case");
        QTest::newRow("CJK") << QStringLiteral("\u9023\u63a5\u57e0") << QByteArray("\xe9\x80\xa3\xe6\x8e\xa5\xe5\x9f\xa0");
        QTest::newRow("pair") << QStringLiteral("\U0001F525") << QByteArray("\xf0\x9f\x94\xa5");
        QTest::newRow("lone surrogate") << QString(QChar(0xD800)) + QStringLiteral("x") << QByteArray("\xef\xbf\xbdx");
        QTest::newRow("non-character") << QStringLiteral("\uFFFE") << QByteArray("\xef\xbf\xbd");
    }
    void cellText()
    {
        QFETCH(QString, in);
        QFETCH(QByteArray, out);
        std::string xml;
        WorksheetXml::appendText(xml, in);
        QCOMPARE(QByteArray::fromStdString(xml), out);
    }

    void sheetNames()
    {
        QCOMPARE(WorkbookParts::sheetName(QStringLiteral("a[b]:c*d?e/f\\g")), QStringLiteral("a_b__c_d_e_f_g"));
        QCOMPARE(WorkbookParts::sheetName(QString(40, QLatin1Char('x'))).size(), 31);
        QCOMPARE(WorkbookParts::sheetName(QStringLiteral("'quoted'")), QStringLiteral("quoted"));
        QCOMPARE(WorkbookParts::sheetName(QStringLiteral("''")), QStringLiteral("Sheet"));
    }

    void joinedStreamsAreOneStream()
    {
        const QByteArray head = noise(100'000, 1), body = noise(300'000, 2);
        Deflater first;
        first.add(head);
        Deflater second;
        second.add(body.left(1000));
        second.add(body.mid(1000));
        const DeflatedPart part = DeflatedPart::join(first.finish(false), second.finish(true));
        QCOMPARE(part.size, head.size() + body.size());
        const QByteArray whole = head + body;
        QCOMPARE(part.crc, quint32(crc32(0, reinterpret_cast<const Bytef *>(whole.data()), uInt(whole.size()))));
        QCOMPARE(inflateRaw(part.data, part.size), whole);
        QVERIFY(part.data.size() < whole.size()); // it did compress
    }

    void emptyPart()
    {
        const DeflatedPart part = Deflater::deflate({});
        QCOMPARE(part.size, 0);
        QCOMPARE(part.crc, 0u);
        QCOMPARE(inflateRaw(part.data, 0), QByteArray());
    }

    void workbookReadsBack()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("book.xlsx"));
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        ZipArchive zip(file);
        WorkbookParts parts;
        const QString longCell(40'000, QLatin1Char('h'));
        {
            WorksheetXml sheet({QStringLiteral("id"), QStringLiteral("name"), QStringLiteral("note")}, true);
            QVERIFY(sheet.add({QStringLiteral("443"), QStringLiteral(" spaced "), QStringLiteral("=1+1")}, CellStyle::Wrapped));
            QVERIFY(sheet.add({QStringLiteral("0443"), longCell, QString()}, CellStyle::Plain));
            QVERIFY(sheet.add({QString(), QStringLiteral("\u9023\u63a5\u57e0 & <x>"), QStringLiteral("a,b\nc")}, CellStyle::Plain));
            QCOMPARE(sheet.rows(), 4);
            parts.addSheet(QStringLiteral("first"), sheet.rows(), sheet.columns());
            QVERIFY2(zip.add(WorkbookParts::sheetPath(0), sheet.finish()), qPrintable(zip.error()));
        }
        {
            WorksheetXml sheet({QStringLiteral("only")}, false);
            parts.addSheet(QStringLiteral("\u9023's"), sheet.rows(), sheet.columns());
            QVERIFY(zip.add(WorkbookParts::sheetPath(1), sheet.finish()));
        }
        parts.title = QStringLiteral("T & <t>");
        for (const auto &[name, xml] : parts.parts())
            QVERIFY(zip.add(name, Deflater::deflate(xml)));
        QVERIFY(zip.finish());
        file.close();

        const test::Report look = test::xlsxCheck(path);
        if (!look.skip.isEmpty())
            QSKIP(qPrintable(look.skip));
        QVERIFY2(look.error.isEmpty(), qPrintable(look.error));
        QCOMPARE(look.json[QStringLiteral("problems")].toArray(), QJsonArray());
        QCOMPARE(look.json[QStringLiteral("sheets")].toArray(),
                 (QJsonArray{QStringLiteral("first"), QStringLiteral("\u9023's")}));
        const QJsonObject first = look.json[QStringLiteral("detail")].toObject()[QStringLiteral("first")].toObject();
        QVERIFY(first[QStringLiteral("frozen")].toBool());
        QVERIFY(first[QStringLiteral("styledHeader")].toBool());
        // The 40,000 characters, cut to what a cell holds and saying so.
        QCOMPARE(first[QStringLiteral("longestCell")].toInt(), WorksheetXml::maxCellText);
        QVERIFY(first[QStringLiteral("longestCellEnd")].toString().endsWith(QStringLiteral("the CSV export has all of it)")));

        const test::Rows rows = test::xlsxSheet(path, QStringLiteral("first"));
        if (!rows.skip.isEmpty())
            QSKIP(qPrintable(rows.skip));
        QVERIFY2(rows.error.isEmpty(), qPrintable(rows.error));
        QCOMPARE(rows.rows.size(), 4u);
        QCOMPARE(rows.rows[1], (QStringList{"443", " spaced ", "=1+1"}));
        QCOMPARE(rows.rows[2][0], QStringLiteral("0443")); // a leading zero keeps it text
        QCOMPARE(rows.rows[3], (QStringList{"", QStringLiteral("\u9023\u63a5\u57e0 & <x>"), "a,b\nc"}));
    }

    void refusedBytesSayWhy()
    {
        QBuffer readOnly;
        QVERIFY(readOnly.open(QIODevice::ReadOnly));
        ZipArchive zip(readOnly);
        QVERIFY(!zip.add(QStringLiteral("x.xml"), Deflater::deflate("<x/>")));
        QVERIFY2(zip.error().startsWith(QStringLiteral("cannot write")), qPrintable(zip.error()));
    }
};

QTEST_GUILESS_MAIN(TestXlsxPackage)
#include "tst_xlsx_package.moc"
