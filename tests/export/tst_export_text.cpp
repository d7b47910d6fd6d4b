// The escaping every export relies on, one target language at a time.
#include "model/export/ExportText.h"

#include <QTest>

using namespace pp;

class TestExportText : public QObject
{
    Q_OBJECT

private slots:
    void xml_data()
    {
        QTest::addColumn<QString>("in");
        QTest::addColumn<QString>("out");
        QTest::newRow("markup") << "<script>alert('x')</script>" << "&lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt;";
        QTest::newRow("attribute") << "a\" onload=\"x" << "a&quot; onload=&quot;x";
        QTest::newRow("entity") << "&amp;" << "&amp;amp;";
        QTest::newRow("controls dropped") << QStringLiteral("a\u0001b\u0008c\td") << "abc\td";
        QTest::newRow("non-characters dropped") << QStringLiteral("a\uFFFEb\uFFFF") << "ab";
        QTest::newRow("lone surrogate dropped") << QString(QChar(0xD800)) + QStringLiteral("x") << "x";
        QTest::newRow("pair kept") << QStringLiteral("\U0001F525") << QStringLiteral("\U0001F525");
    }
    void xml()
    {
        QFETCH(QString, in);
        QFETCH(QString, out);
        QCOMPARE(exporttext::xml(in), out);
    }

    void singleLine_data()
    {
        QTest::addColumn<QString>("in");
        QTest::addColumn<QString>("out");
        QTest::newRow("line breaks") << "a\r\nb\nc" << "a  b c";
        QTest::newRow("unicode separators") << QStringLiteral("a\u2028b\u2029c\u0085d") << "a b c d";
        QTest::newRow("escape") << QStringLiteral("\u001b[31mred") << "[31mred";
    }
    void singleLine()
    {
        QFETCH(QString, in);
        QFETCH(QString, out);
        QCOMPARE(exporttext::singleLine(in), out);
        QCOMPARE(exporttext::singleLine(QStringLiteral("abcdefghij"), 8), QStringLiteral("abcde..."));
    }

    void psQuote_data()
    {
        QTest::addColumn<QString>("in");
        QTest::addColumn<QString>("out");
        QTest::newRow("plain") << "CM01" << "'CM01'";
        QTest::newRow("quote") << "it's" << "'it''s'";
        QTest::newRow("typographic quotes") << QStringLiteral("\u2018x\u2019\u201A\u201B") << QStringLiteral("'\u2018\u2018x\u2019\u2019\u201A\u201A\u201B\u201B'");
        QTest::newRow("subexpression stays text") << "$(calc) `n" << "'$(calc) `n'";
        QTest::newRow("line break") << "a\nRemove-Item x" << "'a Remove-Item x'";
    }
    void psQuote()
    {
        QFETCH(QString, in);
        QFETCH(QString, out);
        QCOMPARE(exporttext::psQuote(in), out);
    }

    void identifier_data()
    {
        QTest::addColumn<QString>("in");
        QTest::addColumn<QString>("out");
        QTest::newRow("plain") << "dmz" << "dmz";
        QTest::newRow("punctuation") << "dc';$(calc)" << "dc_calc";
        QTest::newRow("leading digit") << "10net" << "x10net";
        QTest::newRow("nothing left") << "$$$" << "x";
        QTest::newRow("unicode") << QStringLiteral("台北-dmz") << "dmz";
    }
    void identifier()
    {
        QFETCH(QString, in);
        QFETCH(QString, out);
        QCOMPARE(exporttext::identifier(in), out);
        QVERIFY(exporttext::identifier(QString(100, QLatin1Char('a')), 12).size() == 12);
    }
};

QTEST_GUILESS_MAIN(TestExportText)
#include "tst_export_text.moc"
