// portplanner-cli --lang zh_TW: every command takes it, and every message the
// engine writes (findings, flow descriptions, justifications) come out in
// Traditional Chinese. A message added to the
// engine without a translation fails here by its code.
#include "tests/support/CliRun.h"
#include "tests/support/TestPaths.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QMap>
#include <QRegularExpression>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

namespace {

using pp::test::CliRun;
using pp::test::runCli;

bool hasHan(const QString &text)
{
    static const QRegularExpression han(QStringLiteral("\\p{Han}"));
    return han.match(text).hasMatch();
}

QJsonArray jsonArray(const QByteArray &bytes)
{
    return QJsonDocument::fromJson(bytes).array();
}

QStringList examples()
{
    return QDir(pp::test::sourceDir() + QStringLiteral("/resources/examples"))
        .entryList({QStringLiteral("*.portplan")}, QDir::Files, QDir::Name);
}

} // namespace

class TestCliLanguage : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase()
    {
        QVERIFY2(!pp::test::cliPath().isEmpty(), "PORTPLANNER_CLI is not set (run through ctest)");
        QVERIFY(examples().size() >= 4);
    }

    void everyCommandTakesLang_data()
    {
        QTest::addColumn<QStringList>("args");
        const QString design = pp::test::examplePath(QStringLiteral("standalone-dmz.portplan"));
        const QString out = QDir::tempPath() + QStringLiteral("/portplanner-lang-test.html");
        QTest::newRow("catalog") << QStringList{QStringLiteral("catalog"), QStringLiteral("--format"), QStringLiteral("csv")};
        QTest::newRow("flows") << QStringList{QStringLiteral("flows"), design};
        QTest::newRow("validate") << QStringList{QStringLiteral("validate"), design};
        QTest::newRow("review") << QStringList{QStringLiteral("review"), design};
        QTest::newRow("export") << QStringList{QStringLiteral("export"), design, QStringLiteral("-o"), out};
        QTest::newRow("diff") << QStringList{QStringLiteral("diff"), design, design};
        QTest::newRow("diff-catalog") << QStringList{QStringLiteral("diff-catalog"), design};
        QTest::newRow("import") << QStringList{QStringLiteral("import"), QStringLiteral("/nonexistent/inventory.csv"),
                                               QStringLiteral("-o"), QDir::tempPath() + QStringLiteral("/portplanner-lang-test.portplan")};
    }

    void everyCommandTakesLang()
    {
        QFETCH(QStringList, args);
        for (const QString &lang : {QStringLiteral("en"), QStringLiteral("zh_TW")}) {
            const CliRun r = runCli(args + QStringList{QStringLiteral("--lang"), lang});
            QVERIFY2(r.exitCode >= 0 && r.exitCode != 64, r.err.constData()); // 64: bad command line
        }
        const CliRun bad = runCli(args + QStringList{QStringLiteral("--lang"), QStringLiteral("xx")});
        QCOMPARE(bad.exitCode, 64);
        QVERIFY(bad.err.contains("zh_TW"));
    }

    void everyFindingIsTranslated_data()
    {
        QTest::addColumn<QString>("design");
        for (const QString &name : examples())
            QTest::newRow(qPrintable(name)) << pp::test::examplePath(name);
    }

    void everyFindingIsTranslated()
    {
        QFETCH(QString, design);
        const QJsonArray en = jsonArray(runCli({QStringLiteral("validate"), design, QStringLiteral("--format"), QStringLiteral("json")}).out);
        const QJsonArray zh = jsonArray(runCli({QStringLiteral("validate"), design, QStringLiteral("--format"), QStringLiteral("json"),
                                             QStringLiteral("--lang"), QStringLiteral("zh_TW")}).out);
        QCOMPARE(zh.size(), en.size());
        for (qsizetype i = 0; i < zh.size(); ++i) {
            const QJsonObject e = en[i].toObject();
            const QJsonObject z = zh[i].toObject();
            // Codes and elements are the contract; only the words change.
            QCOMPARE(z[QStringLiteral("code")], e[QStringLiteral("code")]);
            QCOMPARE(z[QStringLiteral("hosts")], e[QStringLiteral("hosts")]);
            const QString message = z[QStringLiteral("message")].toString();
            QVERIFY2(hasHan(message) && message != e[QStringLiteral("message")].toString(),
                     qPrintable(QStringLiteral("%1: %2").arg(z[QStringLiteral("code")].toString(), message)));
        }
    }

    void everyFlowDescriptionIsTranslated_data() { everyFindingIsTranslated_data(); }

    void everyFlowDescriptionIsTranslated()
    {
        QFETCH(QString, design);
        const QStringList args{QStringLiteral("flows"), design, QStringLiteral("--format"), QStringLiteral("json")};
        const QJsonArray english = jsonArray(runCli(args).out);
        const QJsonArray flows = jsonArray(runCli(args + QStringList{QStringLiteral("--lang"), QStringLiteral("zh_TW")}).out);
        QVERIFY(!flows.isEmpty());
        QCOMPARE(flows.size(), english.size());
        for (qsizetype i = 0; i < flows.size(); ++i) {
            const QJsonObject f = flows[i].toObject();
            const QString text = f[QStringLiteral("description")].toString() + f[QStringLiteral("fallbackPath")].toString();
            // Where the seed has no Chinese term (SQL Server) the words stay, the glue does not.
            QVERIFY2(text != english[i].toObject()[QStringLiteral("description")].toString()
                         + english[i].toObject()[QStringLiteral("fallbackPath")].toString(),
                     qPrintable(QStringLiteral("%1: %2").arg(f[QStringLiteral("ref")].toString(), text)));
            // The English glue words of FlowText stay out of the Chinese text.
            for (const char *glue : {"manual link", "during installation", "boundary-group fallback", "TFTP reply path",
                                     "internet proxy", "site default group"})
                QVERIFY2(!text.contains(QLatin1String(glue)), qPrintable(text));
        }
    }

    void changeRequestJustifications()
    {
        // The request's lines carry the engine's flow texts: Chinese with --lang zh_TW.
        QTemporaryDir dir;
        const QString csv = dir.filePath(QStringLiteral("request.csv"));
        const QString design = pp::test::examplePath(QStringLiteral("standalone-dmz.portplan"));
        QCOMPARE(runCli({QStringLiteral("export"), design, QStringLiteral("-o"), csv, QStringLiteral("--lang"),
                      QStringLiteral("zh_TW")}).exitCode,
                 0);
        QFile c(csv);
        QVERIFY(c.open(QIODevice::ReadOnly));
        c.readLine(); // the header
        QVERIFY2(hasHan(QString::fromUtf8(c.readAll())), "the request lines carry Chinese justifications");
    }

    void changeRequestValues()
    {
        // The values a person reads in the request's table (action, phase,
        // direction, risk) follow --lang too; the English request keeps
        // the words scripts already match ("add", "runtime", "one way").
        QTemporaryDir dir;
        const QString design = pp::test::examplePath(QStringLiteral("standalone-dmz.portplan"));
        QMap<QString, QStringList> first;
        for (const QString &lang : {QStringLiteral("en"), QStringLiteral("zh_TW")}) {
            const QString csv = dir.filePath(lang + QStringLiteral(".csv"));
            const CliRun r = runCli({QStringLiteral("export"), design, QStringLiteral("-o"), csv, QStringLiteral("--lang"), lang});
            QVERIFY2(r.exitCode == 0, r.err.constData());
            QFile f(csv);
            QVERIFY(f.open(QIODevice::ReadOnly));
            const QStringList lines = QString::fromUtf8(f.readAll()).split(QLatin1Char('\n'));
            QVERIFY(lines.size() > 2);
            // Columns: line, action, ...; the first data line holds no quoted commas before "phase".
            first[lang] = lines.at(1).split(QLatin1Char(','));
        }
        const QStringList &en = first[QStringLiteral("en")];
        const QStringList &zh = first[QStringLiteral("zh_TW")];
        QCOMPARE(en.value(1), QStringLiteral("add"));
        QVERIFY2(hasHan(zh.value(1)), qPrintable(zh.value(1)));
        QVERIFY2(!zh.contains(QStringLiteral("add")), qPrintable(zh.join(QLatin1Char('|'))));
        for (const QString &word : {QStringLiteral("runtime"), QStringLiteral("one way (-->)"), QStringLiteral("both ways (<-->)")})
            QVERIFY2(!zh.contains(word), qPrintable(word));
    }

    void changeRequestHeaders_data()
    {
        QTest::addColumn<QString>("suffix");
        QTest::newRow("csv") << "csv";
        QTest::newRow("html") << "html";
        QTest::newRow("pdf") << "pdf";
    }

    void changeRequestHeaders()
    {
        // Column headers and section titles follow --lang as the engine's
        // messages do; the English request keeps its own.
        QFETCH(QString, suffix);
        QTemporaryDir dir;
        const QString design = pp::test::examplePath(QStringLiteral("standalone-dmz.portplan"));
        QMap<QString, QString> text;
        for (const QString &lang : {QStringLiteral("en"), QStringLiteral("zh_TW")}) {
            const QString path = dir.filePath(lang + QLatin1Char('.') + suffix);
            const CliRun r = runCli({QStringLiteral("export"), design, QStringLiteral("-o"), path, QStringLiteral("--lang"), lang});
            QVERIFY2(r.exitCode == 0, r.err.constData());
            if (suffix == QLatin1String("pdf")) {
                if (QStandardPaths::findExecutable(QStringLiteral("pdftotext")).isEmpty())
                    QSKIP("pdftotext (poppler-utils) is not installed");
                QProcess p;
                p.start(QStringLiteral("pdftotext"), {QStringLiteral("-enc"), QStringLiteral("UTF-8"), path, QStringLiteral("-")});
                QVERIFY(p.waitForFinished(60000));
                text[lang] = QString::fromUtf8(p.readAllStandardOutput());
            } else {
                QFile f(path);
                QVERIFY(f.open(QIODevice::ReadOnly));
                text[lang] = QString::fromUtf8(f.readAll());
            }
        }
        if (suffix == QLatin1String("csv")) {
            const QStringList en = text[QStringLiteral("en")].section(QLatin1Char('\n'), 0, 0).split(QLatin1Char(','));
            const QStringList zh = text[QStringLiteral("zh_TW")].section(QLatin1Char('\n'), 0, 0).split(QLatin1Char(','));
            QCOMPARE(en.value(0), QStringLiteral("line"));
            QCOMPARE(zh.size(), en.size());
            for (const QString &header : zh)
                QVERIFY2(hasHan(header), qPrintable(header));
            return;
        }
        // Every section title (HTML headings; the PDF's words) in Chinese.
        const QStringList titles{QStringLiteral("Summary per zone pair"), QStringLiteral("Firewall rules"),
                                 QStringLiteral("Object and service groups"), QStringLiteral("Findings"),
                                 QStringLiteral("Diagram")};
        for (const QString &title : titles) {
            QVERIFY2(text[QStringLiteral("en")].contains(title), qPrintable(title));
            QVERIFY2(!text[QStringLiteral("zh_TW")].contains(title), qPrintable(title));
        }
        if (suffix == QLatin1String("html")) {
            static const QRegularExpression heading(QStringLiteral("<h[23][^>]*>([^<]*)</h[23]>"));
            int headings = 0;
            for (auto m = heading.globalMatch(text[QStringLiteral("zh_TW")]); m.hasNext(); ++headings) {
                const QString title = m.next().captured(1);
                // A device section is named by the device; the words around it are Chinese.
                QVERIFY2(hasHan(title), qPrintable(title));
            }
            QVERIFY(headings >= 6);
            QVERIFY(text[QStringLiteral("zh_TW")].contains(QLatin1String("lang=\"zh-Hant-TW\"")));
        }
    }
};

QTEST_GUILESS_MAIN(TestCliLanguage)
#include "tst_cli_language.moc"
