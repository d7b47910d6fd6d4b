// Hostile and broken design files: every one is refused with a clear
// message, none crashes, none is written to. Saving where the disk is
// read-only fails with a message and keeps the old file.
#include "model/catalog/Catalog.h"
#include "model/file/DesignFile.h"
#include "tests/support/TestDesign.h"
#include "tests/support/TestPaths.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace pp;

namespace {

QString badDir()
{
    return test::sourceDir() + QStringLiteral("/tests/data/bad");
}

QByteArray hashOf(const QString &path)
{
    QFile f(path);
    f.open(QIODevice::ReadOnly);
    return QCryptographicHash::hash(f.readAll(), QCryptographicHash::Sha256);
}

} // namespace

class TestBadFiles : public QObject
{
    Q_OBJECT

private slots:
    void corpus_data()
    {
        QTest::addColumn<QString>("file");
        QTest::addColumn<QString>("message");
        QFile manifest(badDir() + QStringLiteral("/expected.json"));
        QVERIFY(manifest.open(QIODevice::ReadOnly));
        const QJsonObject expected = QJsonDocument::fromJson(manifest.readAll()).object();
        QVERIFY(expected.size() >= 30);
        // Every file in the folder has an expectation, and the other way round.
        const QStringList files = QDir(badDir()).entryList({QStringLiteral("*.portplan")}, QDir::Files);
        QCOMPARE(files.size(), expected.size());
        for (const QString &f : files)
            QTest::newRow(qPrintable(f)) << f << expected.value(f).toString();
    }

    void corpus()
    {
        QFETCH(QString, file);
        QFETCH(QString, message);
        QVERIFY2(!message.isEmpty(), "no expectation in expected.json");
        const QString path = badDir() + QLatin1Char('/') + file;
        const QByteArray before = hashOf(path);
        const LoadResult r = DesignFile::load(path, Catalog::builtin());
        QVERIFY(!r.ok());
        QVERIFY(!r.errors.isEmpty());
        QVERIFY2(r.errorText().contains(message), qPrintable(QStringLiteral("expected \"%1\" in: %2").arg(message, r.errorText())));
        QCOMPARE(hashOf(path), before); // reading never writes
    }

    void deeplyNested()
    {
        for (int depth : {65, 1000, 100000}) {
            QByteArray deep = "{\"format\": \"portplanner-design\", \"version\": 1, \"x\": ";
            deep += QByteArray(depth, '[') + QByteArray(depth, ']') + '}';
            const LoadResult r = DesignFile::parse(deep, Catalog::builtin());
            QVERIFY(!r.ok());
            QVERIFY2(r.errorText().contains(QStringLiteral("nested deeper")), qPrintable(r.errorText()));
        }
    }

    void hugeFileIsRefusedBeforeParsing()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("huge.portplan"));
        QFile f(path);
        QVERIFY(f.open(QIODevice::WriteOnly));
        QVERIFY(f.resize(DesignFile::MaxFileSize + 1)); // sparse: no disk used
        f.close();
        const LoadResult r = DesignFile::load(path, Catalog::builtin());
        QVERIFY(!r.ok());
        QVERIFY2(r.errorText().contains(QStringLiteral("are refused")), qPrintable(r.errorText()));
    }

    void manyBadValuesAllReported()
    {
        // A large file with a wrong value in every host: every one is named,
        // and the cost stays linear.
        QByteArray json = "{\"format\": \"portplanner-design\", \"version\": 1, \"zones\": [{\"id\": \"z\", \"kind\": \"internal\"}], \"hosts\": [";
        for (int i = 0; i < 20000; ++i)
            json += (i ? "," : "") + QByteArray("{\"id\": \"h") + QByteArray::number(i)
                + "\", \"zone\": \"z\", \"roles\": [], \"count\": -1}";
        json += "]}";
        const LoadResult r = DesignFile::parse(json, Catalog::builtin());
        QVERIFY(!r.ok());
        QCOMPARE(r.errors.size(), 20000);
        QCOMPARE(r.errors.last().path, QStringLiteral("hosts[19999].count"));
    }

    void readOnlyLocationKeepsTheOldFile()
    {
        const QString unshare = QStandardPaths::findExecutable(QStringLiteral("unshare"));
        const QString helper = qEnvironmentVariable("PORTPLANNER_SAVE_HELPER");
        if (unshare.isEmpty() || helper.isEmpty())
            QSKIP("needs unshare (util-linux) and the save helper");
        QTemporaryDir dir;
        const QString mount = dir.filePath(QStringLiteral("ro"));
        QDir().mkpath(mount);
        // Root ignores file permissions; a read-only mount stops everyone.
        const QString script = QStringLiteral(
            "mount -t tmpfs -o size=1m tmpfs '%1' || exit 90\n"
            "printf 'old contents' > '%1/d.portplan'\n"
            "mount -o remount,ro '%1' || exit 90\n"
            "'%2' small '%1/d.portplan'; status=$?\n"
            "cat '%1/d.portplan'\n"
            "exit $status\n").arg(mount, helper);
        QProcess p;
        p.start(unshare, {QStringLiteral("-rm"), QStringLiteral("sh"), QStringLiteral("-c"), script});
        QVERIFY(p.waitForFinished(30000));
        if (p.exitCode() == 90)
            QSKIP(qPrintable(QStringLiteral("cannot remount read-only here: ") + QString::fromUtf8(p.readAllStandardError())));
        QCOMPARE(p.exitCode(), 1);
        QCOMPARE(p.readAllStandardOutput(), QByteArray("old contents"));
        const QString message = QString::fromUtf8(p.readAllStandardError());
        QVERIFY2(message.contains(QStringLiteral("cannot")) && message.contains(QStringLiteral("d.portplan")), qPrintable(message));
    }
};

QTEST_GUILESS_MAIN(TestBadFiles)
#include "tst_bad_files.moc"
