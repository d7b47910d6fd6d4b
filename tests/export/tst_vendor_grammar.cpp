// The grammar checks the vendor-export tests rely on must themselves catch
// what they claim to: each gets lines it must accept and lines it must
// refuse (a wiping command, an unbalanced block, a name used before it is
// defined, a quote that breaks out, a limit passed).
#include "tests/export/VendorGrammar.h"
#include "tests/export/VendorGrammarSamples.h"

#include <QTemporaryDir>
#include <QTest>

#include <functional>

using namespace pp::test;

using Check = std::function<QStringList(const QString &)>;
Q_DECLARE_METATYPE(Check)

namespace {

using namespace pp::test::samples;

QString replaced(const char *text, const char *from, const char *to)
{
    return QString::fromUtf8(text).replace(QString::fromUtf8(from), QString::fromUtf8(to));
}

} // namespace

class TestVendorGrammar : public QObject
{
    Q_OBJECT

private slots:
    void grammar_data()
    {
        QTest::addColumn<Check>("check");
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("problem"); // empty: accepted
        const Check f = &VendorGrammar::fortiOs;
        const Check p = &VendorGrammar::panOsSet;
        const Check a = &VendorGrammar::ciscoAsa;
        const Check s = &VendorGrammar::junosSet;
        QTest::newRow("forti ok") << f << QString::fromUtf8(forti) << QString();
        QTest::newRow("forti edit id") << f << replaced(forti, "edit 0", "edit 7") << "edited as 0";
        QTest::newRow("forti no end") << f << QString::fromUtf8(forti).chopped(4) << "config without end";
        QTest::newRow("forti quote breaks out") << f << replaced(forti, "\\\"site\\\"", "\"site\"") << "bad value";
        QTest::newRow("forti undefined") << f << replaced(forti, "set dstaddr \"H_CM01\"", "set dstaddr \"H_DP\"")
                                         << "H_DP used before";
        QTest::newRow("forti no schedule") << f << replaced(forti, "        set schedule \"always\"\n", "")
                                           << "without schedule";
        QTest::newRow("forti long policy name") << f << replaced(forti, "PP_0001", "PP_0001_a_policy_name_of_40_chars_xx")
                                                << "longer than 35";
        QTest::newRow("forti purge") << f << QString::fromUtf8(forti) + QStringLiteral("purge\n") << "not a line";
        QTest::newRow("pan ok") << p << QString::fromUtf8(pan) << QString();
        QTest::newRow("pan quote") << p << replaced(pan, "CM01 site server", "CM01 \" site") << "not a line";
        QTest::newRow("pan undefined") << p << replaced(pan, "destination [ H_CM01 ]", "destination [ H_DP ]")
                                       << "H_DP used before";
        QTest::newRow("pan delete") << p << QString::fromUtf8(pan) + QStringLiteral("delete rulebase security\n")
                                    << "not a line";
        QTest::newRow("pan bad port") << p << replaced(pan, "8530-8531", "70000") << "bad ports";
        QTest::newRow("asa ok") << a << QString::fromUtf8(asa) << QString();
        QTest::newRow("asa clear") << a << QStringLiteral("clear configure access-list inside_access_in\n")
                                         + QString::fromUtf8(asa)
                                   << "not a line";
        QTest::newRow("asa access-group") << a << QString::fromUtf8(asa) + QStringLiteral("access-group x in interface inside\n")
                                          << "not a line";
        QTest::newRow("asa long remark") << a << replaced(asa, "PP_0001 SUP to DP", QByteArray(120, 'r').constData())
                                         << "longer than 100";
        QTest::newRow("asa newline in remark") << a << replaced(asa, "SUP to DP", "SUP\nto DP") << "not a line";
        QTest::newRow("srx ok") << s << QString::fromUtf8(srx) << QString();
        QTest::newRow("srx replace") << s << QStringLiteral("replace: security policies\n") + QString::fromUtf8(srx)
                                     << "not a line";
        QTest::newRow("srx not a prefix") << s << replaced(srx, "10.0.0.10/32", "10.0.0.10") << "is a prefix";
        QTest::newRow("srx no permit")
            << s << replaced(srx, "set security policies from-zone trust to-zone untrust policy PP_0001 then permit\n", "")
            << "has no then permit";
        QTest::newRow("srx zone all") << s << replaced(srx, "to-zone untrust", "to-zone all") << "global policies";
    }

    void grammar()
    {
        QFETCH(Check, check);
        QFETCH(QString, text);
        QFETCH(QString, problem);
        const QStringList problems = check(text);
        if (problem.isEmpty()) {
            QVERIFY2(problems.isEmpty(), qPrintable(problems.join(QLatin1Char('\n'))));
        } else {
            QVERIFY2(problems.join(QLatin1Char('\n')).contains(problem),
                     qPrintable(QStringLiteral("expected \"%1\", got: %2").arg(problem, problems.join(QLatin1Char('\n')))));
        }
    }

    void capircaLayout()
    {
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        QVERIFY(!VendorGrammar::capircaLayout(dir.path()).isEmpty());
        QDir(dir.path()).mkpath(QStringLiteral("policies/pol"));
        QDir(dir.path()).mkpath(QStringLiteral("def"));
        auto write = [&](const QString &path, const QByteArray &bytes) {
            QFile f(dir.filePath(path));
            QVERIFY(f.open(QIODevice::WriteOnly));
            f.write(bytes);
        };
        write(QStringLiteral("def/NETWORK.net"), "DC_SiteServers = 10.0.0.10/32\n");
        write(QStringLiteral("def/SERVICES.svc"), "SVC_HTTPS = 443/tcp\n");
        write(QStringLiteral("policies/pol/fw.pol"),
              "header {\n  target:: srx from-zone a to-zone b\n}\nterm t {\n  source-address:: DC_SiteServers\n"
              "  destination-address:: DC_SiteServers\n  destination-port:: SVC_HTTPS\n  action:: accept\n}\n");
        QVERIFY2(VendorGrammar::capircaLayout(dir.path()).isEmpty(),
                 qPrintable(VendorGrammar::capircaLayout(dir.path()).join(QLatin1Char('\n'))));
        write(QStringLiteral("def/SERVICES.svc"), "SVC_HTTP = 80/tcp\n");
        QVERIFY(VendorGrammar::capircaLayout(dir.path()).join(QLatin1Char(' ')).contains(QStringLiteral("SVC_HTTPS")));
    }
};

QTEST_GUILESS_MAIN(TestVendorGrammar)
#include "tst_vendor_grammar.moc"
