#include "model/design/PortRange.h"

#include <QTest>

using namespace pp;

class TestPortRange : public QObject
{
    Q_OBJECT

private slots:
    void parse_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<bool>("valid");
        QTest::addColumn<int>("first");
        QTest::addColumn<int>("last");
        QTest::newRow("single") << "443" << true << 443 << 443;
        QTest::newRow("range") << "63000-64000" << true << 63000 << 64000;
        QTest::newRow("seed colon form") << "49152:65535" << true << 49152 << 65535;
        QTest::newRow("spaces") << " 80 " << true << 80 << 80;
        QTest::newRow("max") << "65535" << true << 65535 << 65535;
        QTest::newRow("zero") << "0" << false << 0 << 0;
        QTest::newRow("too big") << "65536" << false << 0 << 0;
        QTest::newRow("reversed") << "5000-1024" << false << 0 << 0;
        QTest::newRow("negative") << "-5" << false << 0 << 0;
        QTest::newRow("letters") << "http" << false << 0 << 0;
        QTest::newRow("empty") << "" << false << 0 << 0;
        QTest::newRow("trailing junk") << "80a" << false << 0 << 0;
        QTest::newRow("fullwidth digits") << "８０" << false << 0 << 0;
        QTest::newRow("open range") << "80-" << false << 0 << 0;
    }

    void parse()
    {
        QFETCH(QString, text);
        QFETCH(bool, valid);
        QFETCH(int, first);
        QFETCH(int, last);
        const auto r = PortRange::parse(text);
        QCOMPARE(r.has_value(), valid);
        if (valid) {
            QCOMPARE(int(r->first), first);
            QCOMPARE(int(r->last), last);
        }
    }

    void text()
    {
        QCOMPARE(PortRange::single(80).toString(), QStringLiteral("80"));
        QCOMPARE((PortRange{1024, 5000}).toString(), QStringLiteral("1024-5000"));
        QCOMPARE(PortRange{}.toString(), QString());
        QCOMPARE((PortRange{1024, 5000}).width(), 3977);
    }
};

QTEST_GUILESS_MAIN(TestPortRange)
#include "tst_portrange.moc"
