// Every visible string has a Traditional Chinese translation: the strings
// are extracted from the sources again (lupdate, into a scratch copy of the
// committed .ts) and any left unfinished or empty fails the test by name.
#include "tests/support/TestPaths.h"

#include <QFile>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>
#include <QXmlStreamReader>

class TestTranslations : public QObject
{
    Q_OBJECT

private slots:
    void everyStringIsTranslated()
    {
        const QString lupdate = qEnvironmentVariable("PORTPLANNER_LUPDATE");
        const QString sources = qEnvironmentVariable("PORTPLANNER_TRANSLATED_SOURCES");
        if (lupdate.isEmpty() || !QFile::exists(lupdate))
            QSKIP("lupdate not found (Debian package qt6-l10n-tools)");
        QTemporaryDir dir;
        const QString ts = dir.filePath(QStringLiteral("portplanner_zh_TW.ts"));
        QVERIFY(QFile::copy(pp::test::sourceDir() + QStringLiteral("/resources/translations/portplanner_zh_TW.ts"), ts));
        QFile::setPermissions(ts, QFile::ReadOwner | QFile::WriteOwner);
        QProcess p;
        p.start(lupdate, {QStringLiteral("@") + sources, QStringLiteral("-ts"), ts, QStringLiteral("-locations"),
                          QStringLiteral("none"), QStringLiteral("-no-obsolete"), QStringLiteral("-silent")});
        QVERIFY(p.waitForFinished(120000));
        QVERIFY2(p.exitCode() == 0, p.readAllStandardError().constData());

        QFile file(ts);
        QVERIFY(file.open(QIODevice::ReadOnly));
        QXmlStreamReader xml(&file);
        QString context;
        QString source;
        QStringList missing;
        int messages = 0;
        while (!xml.atEnd()) {
            xml.readNext();
            if (!xml.isStartElement())
                continue;
            if (xml.name() == QLatin1String("name"))
                context = xml.readElementText();
            else if (xml.name() == QLatin1String("source"))
                source = xml.readElementText();
            else if (xml.name() == QLatin1String("translation")) {
                ++messages;
                const bool unfinished = xml.attributes().value(QLatin1String("type")) == QLatin1String("unfinished");
                QString text;
                // Plural forms sit in <numerusform> children.
                while (!(xml.isEndElement() && xml.name() == QLatin1String("translation"))) {
                    xml.readNext();
                    if (xml.isCharacters())
                        text += xml.text();
                }
                if (unfinished || text.trimmed().isEmpty())
                    missing << QStringLiteral("%1: \"%2\"").arg(context, source);
            }
        }
        QVERIFY2(!xml.hasError(), qPrintable(xml.errorString()));
        QVERIFY(messages > 400);
        QVERIFY2(missing.isEmpty(), qPrintable(QStringLiteral("%1 string(s) without a translation "
                                                             "(run the update_translations target and translate them):\n%2")
                                                   .arg(missing.size())
                                                   .arg(missing.join(QLatin1Char('\n')))));
    }
};

QTEST_GUILESS_MAIN(TestTranslations)
#include "tst_translations.moc"
