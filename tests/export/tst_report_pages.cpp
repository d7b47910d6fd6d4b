// The paginated report (PDF) and the HTML report as a firewall team reads
// them, checked with pdftotext: a summary first, the diagram on a page of
// its own, no word cut at a line end, no page holding a single request
// line, long host lists shortened with the report saying so; and every
// writer stops cleanly when cancelled or when its device refuses bytes.
#include "model/catalog/Catalog.h"
#include "model/export/ChangeRequestBuilder.h"
#include "model/export/ExportProgress.h"
#include "model/export/RequestTable.h"
#include "model/file/DesignFile.h"
#include "model/review/RiskRules.h"
#include "render/ExportFormats.h"
#include "tests/export/ExportSubject.h"
#include "tests/export/ExportTools.h"
#include "tests/support/TestDesign.h"
#include "tests/support/TestPaths.h"

#include <QBuffer>
#include <QFile>
#include <QImage>
#include <QRegularExpression>
#include <QSet>
#include <QTemporaryDir>
#include <QTest>

using namespace pp;

namespace {

using Subject = test::ExportSubject;

/// Words of at most 24 characters a report shows: none may be cut.
QSet<QString> shownWords(const ChangeRequest &request)
{
    QSet<QString> words;
    auto add = [&words](const QStringList &cells) {
        for (const QString &cell : cells)
            for (const QString &w : cell.split(QRegularExpression(QStringLiteral("\\s+")), Qt::SkipEmptyParts))
                if (w.size() >= 4 && w.size() <= 24)
                    words.insert(w);
    };
    for (const RequestLine &line : request.lines)
        add(requesttable::lineRow(request, line));
    for (const FirewallRule &rule : request.rules)
        add(requesttable::ruleRow(request, rule));
    return words;
}

/// A device that takes no byte.
class RefusingDevice : public QIODevice
{
public:
    RefusingDevice() { open(QIODevice::WriteOnly); }

protected:
    qint64 readData(char *, qint64) override { return -1; }
    qint64 writeData(const char *, qint64) override
    {
        setErrorString(QStringLiteral("disk full"));
        return -1;
    }
};

} // namespace

class TestReportPages : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;

    QString pdf(const Subject &s, const QString &name)
    {
        QString error;
        const QByteArray bytes = test::exportBytes(QStringLiteral("pdf"), s.request, s.design, s.analysis, &error);
        if (bytes.isEmpty())
            qFatal("no PDF: %s", qPrintable(error));
        return test::writeFile(m_dir, name, bytes);
    }

private slots:
    void pdfReadsLikeADocumentToSign()
    {
        const Subject s = Subject::example(QStringLiteral("standalone-dmz.portplan"));
        const QString path = pdf(s, QStringLiteral("request.pdf"));
        QStringList pages;
        const test::Report r = test::pdfPages(path, &pages);
        if (!r.skip.isEmpty())
            QSKIP(qPrintable(r.skip));
        QVERIFY2(r.error.isEmpty(), qPrintable(r.error));

        // A summary first: the request's fields, counts and the zone pairs.
        QVERIFY(pages.size() >= 4);
        QVERIFY(pages[0].contains(QStringLiteral("Firewall change request")));
        QVERIFY(pages[0].contains(QStringLiteral("Summary per zone pair")));
        QVERIFY(pages[0].contains(QStringLiteral("%1 request line(s)").arg(s.request.lines.size())));
        QVERIFY(pages[0].contains(QStringLiteral("This report names at most")));
        // "Page N of M" on every page.
        for (int i = 0; i < pages.size(); ++i)
            QVERIFY2(pages[i].contains(QStringLiteral("Page %1 of %2").arg(i + 1).arg(pages.size())), qPrintable(QString::number(i + 1)));

        // The diagram has its page: nothing of the tables on it, the rules next.
        int diagram = -1;
        for (int i = 0; i < pages.size(); ++i)
            if (pages[i].contains(QRegularExpression(QStringLiteral("^\\s*Diagram\\s*$"), QRegularExpression::MultilineOption)))
                diagram = i;
        QVERIFY(diagram > 0 && diagram + 1 < pages.size());
        QVERIFY(!pages[diagram].contains(QStringLiteral("CR-0")));
        QVERIFY(pages[diagram + 1].contains(QStringLiteral("Firewall rules")));
        // ... and it is drawn there: a good part of the page is not white.
        const QString picture = m_dir.filePath(QStringLiteral("diagram"));
        const test::ToolRun drawn = test::runTool(QStringLiteral("pdftoppm"),
                                                  {QStringLiteral("-f"), QString::number(diagram + 1), QStringLiteral("-l"),
                                                   QString::number(diagram + 1), QStringLiteral("-r"), QStringLiteral("20"),
                                                   QStringLiteral("-png"), QStringLiteral("-singlefile"), path, picture});
        QCOMPARE(drawn.exitCode, 0);
        const QImage image(picture + QStringLiteral(".png"));
        QVERIFY(!image.isNull());
        int inked = 0;
        for (int y = 0; y < image.height(); ++y)
            for (int x = 0; x < image.width(); ++x)
                inked += qGray(image.pixel(x, y)) < 245;
        QVERIFY2(inked > image.width() * image.height() / 5, qPrintable(QString::number(inked)));

        // Every page of request lines holds two rows or more.
        static const QRegularExpression row(QStringLiteral("^\\s{0,4}CR-\\d{3}\\b"), QRegularExpression::MultilineOption);
        QSet<QString> ids;
        for (const QString &page : pages) {
            if (!page.contains(QStringLiteral("Line / rule")))
                continue;
            int rows = 0;
            for (auto it = row.globalMatch(page); it.hasNext(); ++rows)
                ids.insert(it.next().captured().trimmed());
            QVERIFY2(rows >= 2, qPrintable(page.left(400)));
        }
        QCOMPARE(ids.size(), qsizetype(s.request.lines.size()));

        // No word cut at a line end ("runti me", "CR-00 1").
        QStringList words;
        QVERIFY(test::pdfWords(path, &words).error.isEmpty());
        const QSet<QString> whole = shownWords(s.request);
        QVERIFY(whole.contains(QStringLiteral("runtime")));
        for (int i = 0; i + 1 < words.size(); ++i)
            QVERIFY2(whole.contains(words[i]) || !whole.contains(words[i] + words[i + 1]),
                     qPrintable(QStringLiteral("cut: %1|%2").arg(words[i], words[i + 1])));
    }

    void htmlAndPdfShortenLongHostLists()
    {
        // 25 client groups in one zone, each with an address: one list of 25.
        test::TestDesign t = test::TestDesign::primaryWithServer();
        t.hostRef(QStringLiteral("ss")).addresses = {QStringLiteral("10.0.0.10")};
        t.zone(QStringLiteral("dmz"), ZoneKind::Perimeter, {QStringLiteral("172.16.0.0/24")})
            .zone(QStringLiteral("lan"), ZoneKind::Internal, {QStringLiteral("10.20.0.0/16")});
        t.host(QStringLiteral("mp"), QStringLiteral("dmz"), QStringLiteral("PS1"), {QStringLiteral("management_point")},
               [](Host &h) { h.addresses = {QStringLiteral("172.16.0.20")}; });
        for (int i = 1; i <= 25; ++i)
            t.host(QStringLiteral("pc%1").arg(i, 2, 10, QLatin1Char('0')), QStringLiteral("lan"), QStringLiteral("PS1"),
                   {QStringLiteral("client")}, [i](Host &h) { h.addresses = {QStringLiteral("10.20.0.%1").arg(i)}; });
        Subject s{t.design, test::analyze(t.design), {}};
        s.request = ChangeRequestBuilder::build(s.design, Catalog::builtin(), s.analysis);

        const QString html = QString::fromUtf8(test::exportBytes(QStringLiteral("html"), s.request, s.design, s.analysis));
        QVERIFY(html.contains(QStringLiteral("pc10 and 15 more")));
        QVERIFY(html.contains(QStringLiteral("10.20.0.10 and 15 more")));
        QVERIFY(!html.contains(QStringLiteral("pc11,")));
        QVERIFY(html.contains(QStringLiteral("Shortened here: 1 host list(s) and 1 address list(s).")));
        // The CSV keeps every one.
        const QString csv = QString::fromUtf8(test::exportBytes(QStringLiteral("csv"), s.request, s.design, s.analysis));
        for (int i = 1; i <= 25; ++i)
            QVERIFY(csv.contains(QStringLiteral("pc%1").arg(i, 2, 10, QLatin1Char('0'))));

        QString text;
        const test::Report r = test::pdfText(pdf(s, QStringLiteral("long.pdf")), &text);
        if (!r.skip.isEmpty())
            QSKIP(qPrintable(r.skip));
        QVERIFY(text.simplified().contains(QStringLiteral("Shortened here: 1 host list(s) and 1 address list(s).")));
        QVERIFY(text.contains(QStringLiteral("and 15 more")));
        // The diagram draws every host; the lines and groups name the first ten.
        QStringList pages;
        test::pdfPages(m_dir.filePath(QStringLiteral("long.pdf")), &pages);
        for (const QString &page : pages)
            if (page.contains(QStringLiteral("Line / rule")) || page.contains(QStringLiteral("addresses or ports")))
                QVERIFY2(!page.contains(QStringLiteral("pc11")), qPrintable(page.left(300)));
    }

    void writersStopCleanly_data()
    {
        QTest::addColumn<QString>("format");
        for (const QString &f : exportformats::names())
            QTest::newRow(qPrintable(f)) << f;
    }

    void writersStopCleanly()
    {
        QFETCH(QString, format);
        const Subject s = Subject::example(QStringLiteral("cas-branches.portplan"));
        const ExportInput input{s.request, s.design, Catalog::builtin(), s.analysis};
        const auto writer = exportformats::writer(format);
        QVERIFY(writer);

        ExportProgress cancelled;
        cancelled.cancel();
        QByteArray bytes;
        QBuffer buffer(&bytes);
        buffer.open(QIODevice::WriteOnly);
        QString error;
        QVERIFY(!writer->write(input, buffer, cancelled, &error));
        QVERIFY2(error.contains(QLatin1String("cancelled")), qPrintable(error));

        RefusingDevice full;
        ExportProgress progress;
        error.clear();
        QVERIFY(!writer->write(input, full, progress, &error));
        QVERIFY2(error.contains(QLatin1String("disk full")), qPrintable(error));

        // Progress reaches 100 % on a run to the end.
        int last = -1;
        ExportProgress counted([&last](int percent) { last = percent; });
        QBuffer out;
        out.open(QIODevice::WriteOnly);
        QVERIFY(writer->write(input, out, counted, &error));
        QCOMPARE(last, 100);
    }
};

QTEST_MAIN(TestReportPages)
#include "tst_report_pages.moc"
