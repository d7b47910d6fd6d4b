// Each platform's rules on names and comments (shared/research/
// firewall-formats.md): what had to change is said in a warning, never
// silently; cut names stay unique; quoting keeps hostile text inside its
// field.
#include "model/export/PlatformNames.h"

#include <QTest>

using namespace pp;

Q_DECLARE_METATYPE(pp::FirewallPlatform)
Q_DECLARE_METATYPE(pp::NameKind)

class TestPlatformNames : public QObject
{
    Q_OBJECT

private slots:
    void names_data()
    {
        QTest::addColumn<FirewallPlatform>("platform");
        QTest::addColumn<NameKind>("kind");
        QTest::addColumn<QString>("name");
        QTest::addColumn<QString>("expected");
        QTest::addColumn<bool>("warned");
        const QString long70 = QStringLiteral("DC_SiteServers_") + QString(55, QLatin1Char('a'));
        const QString long90 = QStringLiteral("DC_") + QString(87, QLatin1Char('b'));
        QTest::newRow("pan keeps a good name") << FirewallPlatform::PaloAlto << NameKind::Object
                                               << "LAN_Clients" << "LAN_Clients" << false;
        QTest::newRow("pan 63") << FirewallPlatform::PaloAlto << NameKind::Object << long70 << long70.left(63) << true;
        QTest::newRow("pan reserved any") << FirewallPlatform::PaloAlto << NameKind::Object << "any" << "any_PP" << true;
        QTest::newRow("pan address-like") << FirewallPlatform::PaloAlto << NameKind::Object << "10.0.0.1"
                                          << "N_10.0.0.1" << true;
        QTest::newRow("forti object 79") << FirewallPlatform::Fortigate << NameKind::Object << long90
                                         << long90.left(79) << true;
        QTest::newRow("forti policy 35") << FirewallPlatform::Fortigate << NameKind::Rule << long70
                                         << long70.left(35) << true;
        QTest::newRow("forti policy short") << FirewallPlatform::Fortigate << NameKind::Rule << "PP_FW-01"
                                            << "PP_FW-01" << false;
        QTest::newRow("asa 64") << FirewallPlatform::CiscoAsa << NameKind::Object << long70 << long70.left(64) << true;
        QTest::newRow("asa reserved host") << FirewallPlatform::CiscoAsa << NameKind::Object << "host"
                                           << "host_PP" << true;
        QTest::newRow("srx junos- prefix") << FirewallPlatform::JuniperSrx << NameKind::Object << "junos-http"
                                           << "PP_junos-http" << true;
        QTest::newRow("azure 80") << FirewallPlatform::AzureNsg << NameKind::Rule << long90 << long90.left(80) << true;
        QTest::newRow("azure ends alnum") << FirewallPlatform::AzureNsg << NameKind::Rule << "rule-." << "rule"
                                          << true;
        QTest::newRow("iptables chain 28") << FirewallPlatform::Iptables << NameKind::Rule << long70
                                           << long70.left(28) << true;
        QTest::newRow("aws sg- prefix") << FirewallPlatform::AwsSg << NameKind::Object << "sg-servers"
                                        << "PP_sg-servers" << true;
        QTest::newRow("hostile") << FirewallPlatform::PaloAlto << NameKind::Object
                                 << "a\"b'; rm -rf $(x)\n台北" << "a_b_rm_-rf_x_" << true;
        QTest::newRow("chinese only") << FirewallPlatform::Fortigate << NameKind::Object << "台北" << "N_" << true;
    }

    void names()
    {
        QFETCH(FirewallPlatform, platform);
        QFETCH(NameKind, kind);
        QFETCH(QString, name);
        QFETCH(QString, expected);
        QFETCH(bool, warned);
        PlatformNames names(platform);
        const QString made = names.name(name, kind);
        QCOMPARE(made, expected);
        QCOMPARE(!names.warnings().isEmpty(), warned);
        if (warned)
            QVERIFY2(names.warnings().front().contains(made), qPrintable(names.warnings().front()));
        // Asked again: the same name, no second warning.
        QCOMPARE(names.name(name, kind), made);
        QCOMPARE(names.warnings().size(), warned ? 1 : 0);
    }

    void cutNamesStayUnique()
    {
        PlatformNames names(FirewallPlatform::Fortigate);
        const QString stem = QString(40, QLatin1Char('x'));
        const QString a = names.name(stem + QStringLiteral("_one"), NameKind::Rule);
        const QString b = names.name(stem + QStringLiteral("_two"), NameKind::Rule);
        QCOMPARE(a.size(), 35);
        QCOMPARE(b.size(), 35);
        QVERIFY(a != b);
        QVERIFY(b.endsWith(QStringLiteral("_2")));
        QCOMPARE(names.warnings().size(), 2);
    }

    void comments_data()
    {
        QTest::addColumn<FirewallPlatform>("platform");
        QTest::addColumn<QString>("text");
        QTest::addColumn<int>("maxSize");
        QTest::addColumn<bool>("warned");
        QTest::newRow("asa short") << FirewallPlatform::CiscoAsa << "CR-001 site server to DP" << 100 << false;
        QTest::newRow("asa 100") << FirewallPlatform::CiscoAsa << QString(150, QLatin1Char('r')) << 100 << true;
        QTest::newRow("azure 140") << FirewallPlatform::AzureNsg << QString(200, QLatin1Char('r')) << 140 << true;
        QTest::newRow("pan 1023") << FirewallPlatform::PaloAlto << QString(1100, QLatin1Char('r')) << 1023 << true;
        QTest::newRow("pan quote") << FirewallPlatform::PaloAlto << "say \"hi\"" << 1023 << true;
        QTest::newRow("forti quote kept") << FirewallPlatform::Fortigate << "say \"hi\"" << 1023 << false;
        QTest::newRow("aws charset") << FirewallPlatform::AwsSg << "a<b>%c" << 255 << true;
        QTest::newRow("capirca ascii") << FirewallPlatform::Capirca << "台北 office" << 1023 << true;
    }

    void comments()
    {
        QFETCH(FirewallPlatform, platform);
        QFETCH(QString, text);
        QFETCH(int, maxSize);
        QFETCH(bool, warned);
        PlatformNames names(platform);
        const QString made = names.comment(text);
        QVERIFY(made.size() <= maxSize);
        QCOMPARE(!names.warnings().isEmpty(), warned);
        QVERIFY(!made.contains(QLatin1Char('\n')));
    }

    void iptablesCommentCountsBytes()
    {
        // 255 bytes (iptables truncates silently beyond, tested here): three
        // bytes a character in Chinese.
        PlatformNames names(FirewallPlatform::Iptables);
        const QString made = names.comment(QString(100, QChar(0x53f0)));
        QVERIFY(made.toUtf8().size() <= 255);
        QVERIFY(made.endsWith(QStringLiteral("...")));
        QCOMPARE(names.warnings().size(), 1);
        QVERIFY(names.warnings().front().contains(QStringLiteral("255 bytes")));
    }

    void asaRemarksSplit()
    {
        PlatformNames names(FirewallPlatform::CiscoAsa);
        const QString words = QStringLiteral("word ").repeated(50).trimmed(); // 249 characters
        const QStringList lines = names.commentLines(words);
        QCOMPARE(lines.size(), 3);
        for (const QString &line : lines)
            QVERIFY(line.size() <= 100);
        QCOMPARE(lines.join(QLatin1Char(' ')), words);
        QVERIFY(names.warnings().isEmpty());
        const QStringList cut = names.commentLines(QStringLiteral("x").repeated(500), 2);
        QCOMPARE(cut.size(), 2);
        QCOMPARE(names.warnings().size(), 1);
    }

    void quoting()
    {
        const QString hostile = QStringLiteral("a\"b\\c\nd\u2028e");
        const QString forti = PlatformNames::fortiQuote(hostile);
        QCOMPARE(forti, QStringLiteral("\"a\\\"b\\\\c d e\""));
        const QString set = PlatformNames::setQuote(hostile);
        QCOMPARE(set, QStringLiteral("\"a'b/c d e\""));
        QCOMPARE(PlatformNames::armLiteral(QStringLiteral("[concat('a')]")), QStringLiteral("[[concat('a')]"));
        QCOMPARE(PlatformNames::armLiteral(QStringLiteral("plain [x]")), QStringLiteral("plain [x]"));
    }
};

QTEST_GUILESS_MAIN(TestPlatformNames)
#include "tst_platform_names.moc"
