// File > Export Change Request and Compare With, through the dialog the
// designer shows: every format renders from the engine's openings, a
// baseline turns the request into only what changed, and the export runs
// in the background: Cancel leaves no file, a finished one is there and
// opens, and the dialog says where it went.
#include "tests/support/TestPaths.h"

#include "app/commands/Edits.h"
#include "app/designer/DocumentFiles.h"
#include "app/designer/ExportDialog.h"
#include "app/designer/GroupNamesDialog.h"
#include "model/export/ChangeRequestBuilder.h"
#include "tests/designer/DesignerFixture.h"

#include <QDir>
#include <QImage>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QProcess>
#include <QProgressBar>
#include <QPushButton>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTableWidget>
#include <QTextBrowser>
#include <QTimer>
#include <QUndoStack>

using namespace pp;

class TestExportDialog : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QApplication::setApplicationName(QStringLiteral("PortPlannerTests"));
    }

    void groupNamesAreOneUndoStep()
    {
        // File > Group Names: the request's groups, each renamed by typing
        // in the table; OK is one undo step, and every export then uses the
        // names (GroupNaming keeps them in the design's change request).
        auto w = test::openWindow(QStringLiteral("standalone-dmz.portplan"));
        const AnalysisPtr analysis = w->analysis()->current();
        QVERIFY(analysis);
        const ChangeRequest before = ChangeRequestBuilder::build(analysis->design, Catalog::builtin(), analysis->analysis);
        QVERIFY(!before.objectGroups.empty());
        const QString generated = before.objectGroups.front().name;
        const QByteArray file = test::saved(*w);

        bool shown = false;
        QString typed;
        QTimer::singleShot(0, w.get(), [&] {
            auto *dialog = qobject_cast<app::GroupNamesDialog *>(QApplication::activeModalWidget());
            if (!dialog)
                return;
            shown = true;
            QTableWidget *table = dialog->table();
            const QList<QTableWidgetItem *> found = table->findItems(generated, Qt::MatchExactly);
            if (!found.isEmpty() && dialog->groupCount() == int(before.objectGroups.size() + before.serviceGroups.size())) {
                // F2 opens the name's editor, as a user would; Return commits it.
                table->setCurrentCell(found.front()->row(), 0);
                QTest::keyClick(table, Qt::Key_F2);
                if (auto *editor = table->viewport()->findChild<QLineEdit *>()) {
                    QTest::keyClicks(editor, QStringLiteral("TPE_Servers"));
                    QTest::keyClick(editor, Qt::Key_Return);
                    QCoreApplication::processEvents(); // the delegate commits on a queued call
                }
                typed = dialog->names().value(generated);
            }
            dialog->accept(); // never left open: the test would wait on it
        });
        const int steps = w->undoStack()->count();
        w->actions()->groupNames->trigger();
        QVERIFY(shown);
        QCOMPARE(typed, QStringLiteral("TPE_Servers"));
        QCOMPARE(w->undoStack()->count(), steps + 1);
        QCOMPARE(w->document()->design().changeRequest.groupNames.value(generated), QStringLiteral("TPE_Servers"));
        w->analysis()->waitForIdle();
        const ChangeRequest renamed = ChangeRequestBuilder::build(w->document()->design(), Catalog::builtin(),
                                                                  w->analysis()->current()->analysis);
        QCOMPARE(renamed.objectGroups.front().name, QStringLiteral("TPE_Servers"));

        w->undoStack()->undo();
        QCOMPARE(test::saved(*w), file);
    }

    void everyFormatRendersAndSaves_data()
    {
        QTest::addColumn<QString>("format");
        QTest::addColumn<QByteArray>("starts");
        QTest::newRow("csv") << "csv" << QByteArray("line,");
        QTest::newRow("xlsx") << "xlsx" << QByteArray("PK");
        QTest::newRow("html") << "html" << QByteArray("<");
        QTest::newRow("pdf") << "pdf" << QByteArray("%PDF");
        QTest::newRow("ps1") << "ps1" << QByteArray("#");
        QTest::newRow("nft") << "nft" << QByteArray("#");
        QTest::newRow("svg") << "svg" << QByteArray("<");
        QTest::newRow("png") << "png" << QByteArray("\x89PNG");
    }

    void everyFormatRendersAndSaves()
    {
        QFETCH(QString, format);
        QFETCH(QByteArray, starts);
        auto w = test::openWindow(QStringLiteral("standalone-dmz.portplan"));
        app::ExportDialog dialog(Catalog::builtin(), w->analysis()->current(), w->files()->path(), w.get());
        dialog.setFormat(format);
        QCOMPARE(dialog.format(), format);
        QVERIFY(!dialog.request().lines.empty());
        // One line per opening of the engine: nothing recomputed, nothing lost.
        QCOMPARE(dialog.request().lines.size(), w->analysis()->current()->analysis.openings.size());
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("request.") + format);
        QString error;
        QVERIFY2(dialog.saveTo(path, &error), qPrintable(error));
        QFile f(path);
        QVERIFY(f.open(QIODevice::ReadOnly));
        const QByteArray bytes = f.readAll();
        QVERIFY2(bytes.startsWith(starts), bytes.left(40).constData());
        if (format == QLatin1String("csv"))
            QCOMPARE(bytes.count("\nCR-"), qsizetype(dialog.request().lines.size())); // one row per line
        // The preview shows something for every format: text, the report,
        // or pictures (the diagram, the PDF's first pages).
        dialog.waitForPreview();
        const auto *text = dialog.findChild<QPlainTextEdit *>();
        const auto *html = dialog.findChild<QTextBrowser *>();
        const QList<QLabel *> labels = dialog.findChildren<QLabel *>();
        const bool picture = std::any_of(labels.begin(), labels.end(), [](QLabel *l) { return !l->pixmap().isNull(); });
        QVERIFY(!text->toPlainText().isEmpty() || !html->toPlainText().isEmpty() || picture);
        if (format == QLatin1String("svg") || format == QLatin1String("png") || format == QLatin1String("pdf"))
            QVERIFY(picture);
        // The report preview cannot draw inline SVG: its diagram is a picture.
        if (format == QLatin1String("html")) {
            QVERIFY(!html->toHtml().contains(QLatin1String("<svg")));
            const QVariant diagram = html->document()->resource(QTextDocument::ImageResource,
                                                                QUrl(QStringLiteral("preview-diagram.png")));
            QVERIFY(diagram.canConvert<QImage>() && !diagram.value<QImage>().isNull());
        }
    }

    void exportRunsInTheBackground()
    {
        auto w = test::openWindow(QStringLiteral("cas-branches.portplan"));
        app::ExportDialog dialog(Catalog::builtin(), w->analysis()->current(), w->files()->path(), w.get());
        dialog.setFormat(QStringLiteral("pdf"));
        dialog.show();
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("request.pdf"));
        QSignalSpy finished(&dialog, &app::ExportDialog::exportFinished);
        auto *cancel = dialog.findChild<QPushButton *>(QStringLiteral("cancelExport"));
        auto *progress = dialog.findChild<QProgressBar *>(QStringLiteral("exportProgress"));
        auto *status = dialog.findChild<QLabel *>(QStringLiteral("exportStatus"));
        QVERIFY(cancel && progress && status);
        QVERIFY(!cancel->isVisible());

        // Cancelled: no file, not even the half-written one beside it.
        dialog.startExport(path);
        QVERIFY(dialog.isExporting());
        QVERIFY(cancel->isVisible() && progress->isVisible());
        QTest::mouseClick(cancel, Qt::LeftButton);
        QVERIFY(finished.wait(60000));
        QCOMPARE(finished.last().at(0).toBool(), false);
        QVERIFY(!QFile::exists(path));
        QCOMPARE(QDir(dir.path()).entryList(QDir::Files | QDir::Hidden | QDir::System), QStringList());
        QVERIFY(!cancel->isVisible() && !dialog.isExporting());
        QVERIFY2(status->text().contains(QLatin1String("cancelled")), qPrintable(status->text()));

        // Failed (a folder that is not there): no file, and it says why.
        const QString nowhere = dir.filePath(QStringLiteral("missing/request.pdf"));
        dialog.startExport(nowhere);
        QVERIFY(finished.wait(60000));
        QCOMPARE(finished.last().at(0).toBool(), false);
        QVERIFY(!QFile::exists(nowhere));
        QVERIFY2(status->text().contains(QLatin1String("Not saved")), qPrintable(status->text()));

        // To the end: the file is there, opens, and the dialog says where.
        dialog.startExport(path);
        QVERIFY(finished.wait(120000));
        QVERIFY2(finished.last().at(0).toBool(), qPrintable(finished.last().at(2).toString()));
        QCOMPARE(finished.last().at(1).toString(), path);
        QVERIFY2(status->text().contains(QDir::toNativeSeparators(path)), qPrintable(status->text()));
        QFile pdf(path);
        QVERIFY(pdf.open(QIODevice::ReadOnly));
        const QByteArray bytes = pdf.readAll();
        QVERIFY(bytes.startsWith("%PDF-"));
        QVERIFY(bytes.trimmed().endsWith("%%EOF"));
        QProcess text;
        text.start(QStringLiteral("pdftotext"), {path, QStringLiteral("-")});
        if (!text.waitForFinished(60000) || text.exitCode() != 0)
            QSKIP("pdftotext (poppler-utils) is not installed: the PDF was checked by its header and trailer only");
        const QString read = QString::fromUtf8(text.readAllStandardOutput());
        QVERIFY(read.contains(QStringLiteral("%1 request line(s)").arg(dialog.request().lines.size())));
        QVERIFY(read.contains(dialog.request().lines.back().id));
    }

    void compareWithAskesOnlyForWhatChanged()
    {
        auto w = test::openWindow(QStringLiteral("standalone-dmz.portplan"));
        QTemporaryDir dir;
        const QString before = dir.filePath(QStringLiteral("before.portplan"));
        QString error;
        QVERIFY(w->files()->saveAs(before, &error));
        // Move the FSP from the DMZ into the datacenter.
        const Host *found = w->document()->host(QStringLiteral("fsp01"));
        QVERIFY(found);
        const Host fsp = *found;
        w->edits()->placeHosts({{fsp.id, w->document()->zone(QStringLiteral("dc"))->rect.topLeft() + QPointF(300, 320),
                                 QStringLiteral("dc")}},
                               QStringLiteral("move"));
        w->analysis()->waitForIdle();
        app::ExportDialog dialog(Catalog::builtin(), w->analysis()->current(), w->files()->path(), w.get());
        const size_t whole = dialog.request().lines.size();
        QVERIFY(dialog.setBaseline(before, &error));
        const ChangeRequest &delta = dialog.request();
        QVERIFY(delta.delta);
        QVERIFY(!delta.lines.empty());
        QVERIFY(delta.lines.size() < whole);
        QVERIFY(delta.count(RequestAction::Remove) > 0); // e.g. the LAN clients no longer cross into the DMZ for the FSP
        for (const RequestLine &line : delta.lines)
            QVERIFY(line.key.contains(QStringLiteral("dmz")) || line.key.contains(QStringLiteral("dc")));
        // An unreadable baseline is refused with the loader's words.
        const QString broken = dir.filePath(QStringLiteral("broken.portplan"));
        QFile b(broken);
        QVERIFY(b.open(QIODevice::WriteOnly));
        b.write("{");
        b.close();
        QVERIFY(!dialog.setBaseline(broken, &error));
        QVERIFY(error.contains(QStringLiteral("malformed JSON")));
    }
};

QTEST_MAIN(TestExportDialog)
#include "tst_export_dialog.moc"
