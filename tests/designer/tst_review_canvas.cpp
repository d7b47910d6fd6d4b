// The review where the user looks: decisions show as badges on the canvas's
// lines, two crossings between the same hosts are told apart by the caption
// on the highlighted lines (and look different), and exports and Save As
// name their files after the design and say where they went.
#include "tests/support/TestPaths.h"

#include "app/commands/Edits.h"
#include "app/designer/ExportDialog.h"
#include "model/review/ReviewSheet.h"
#include "render/diagram/DiagramShapes.h"
#include "render/diagram/DiagramStyle.h"
#include "tests/designer/DesignerFixture.h"
#include "views/canvas/ConnectionLayer.h"
#include "views/review/ReviewPanel.h"

#include <QApplication>
#include <QDialogButtonBox>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QImage>
#include <QLineEdit>
#include <QPainter>
#include <QPushButton>
#include <QStatusBar>
#include <QTemporaryDir>
#include <QTimer>
#include <QUndoStack>

using namespace pp;
using pp::test::pixelsNear;
using pp::test::whenModal;

namespace {

/// The host pairs ("a|b") of the review's current crossing.
QSet<QString> currentPairs(app::MainWindow &w)
{
    QSet<QString> pairs;
    const AnalysisPtr a = w.analysis()->current();
    const ReviewSheet *sheet = w.review()->sheet();
    const int index = w.review()->currentIndex();
    if (!a || !sheet || index < 0)
        return pairs;
    for (int fi : a->analysis.openings[size_t(sheet->items()[size_t(index)].opening)].flows) {
        const Flow &f = a->analysis.flows[size_t(fi)];
        const QString &x = a->design.hosts[size_t(f.from)].id;
        const QString &y = a->design.hosts[size_t(f.to)].id;
        pairs.insert(x < y ? x + QLatin1Char('|') + y : y + QLatin1Char('|') + x);
    }
    return pairs;
}

/// The canvas around the middle of a pair's line, as drawn.
QImage around(app::MainWindow &w, const QString &pair)
{
    const views::ConnectionLayer *lines = w.scene()->connections();
    const QPointF mid = diagram::midpoint(lines->edge(lines->pairOf(pair)).route);
    QImage image(240, 160, QImage::Format_RGB32);
    image.fill(Qt::white);
    QPainter p(&image);
    w.scene()->render(&p, QRectF(0, 0, 240, 160), QRectF(mid - QPointF(120, 80), QSizeF(240, 160)));
    return image;
}

void settle(app::MainWindow &w)
{
    w.analysis()->waitForIdle();
    QCoreApplication::processEvents();
}

/// File > New from Example: an untitled design (no file of its own yet).
std::unique_ptr<app::MainWindow> newFromExample(const QString &name)
{
    auto w = test::openWindow(QString());
    emit w->actions()->exampleChosen(QStringLiteral(":/examples/") + name);
    settle(*w);
    return w;
}

} // namespace

class TestReviewCanvas : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QApplication::setApplicationName(QStringLiteral("PortPlannerReviewCanvasTests"));
    }

    void decisionsShowOnTheCanvas()
    {
        auto w = test::openWindow(QStringLiteral("standalone-dmz.portplan"));
        w->review()->setReviewer(QStringLiteral("Ann"));
        w->actions()->startReview->trigger();
        settle(*w);
        const QSet<QString> pairs = currentPairs(*w);
        QVERIFY(!pairs.isEmpty());
        views::ConnectionLayer *lines = w->scene()->connections();
        const auto mark = [lines](const QString &pair) { return lines->edge(lines->pairOf(pair)).review; };
        const QColor rejected = diagram::reviewColor(diagram::ReviewMark::Rejected);
        for (const QString &pair : pairs) {
            QCOMPARE(mark(pair), diagram::ReviewMark::NotReviewed);
            QCOMPARE(pixelsNear(around(*w, pair), rejected), 0);
        }
        w->review()->reject();
        settle(*w);
        for (const QString &pair : pairs) {
            QCOMPARE(mark(pair), diagram::ReviewMark::Rejected);
            QVERIFY2(pixelsNear(around(*w, pair), rejected) > 20, qPrintable(pair));
        }
        w->undoStack()->undo();
        settle(*w);
        for (const QString &pair : pairs)
            QCOMPARE(mark(pair), diagram::ReviewMark::NotReviewed);
    }

    void theReviewSheetComesWithTheAnalysis()
    {
        // Made on the worker with the analysis (a tenth of a second at XL,
        // no longer on the UI thread), as long as the decisions are those
        // it was made with.
        auto w = test::openWindow(QStringLiteral("standalone-dmz.portplan"));
        settle(*w);
        QVERIFY(w->analysis()->current()->reviewSheet);
        QCOMPARE(w->review()->sheet(), w->analysis()->current()->reviewSheet.get());
        w->review()->setReviewer(QStringLiteral("Ann"));
        w->actions()->startReview->trigger();
        settle(*w);
        const int index = w->review()->currentIndex();
        QVERIFY(index >= 0);
        const QString key = w->review()->sheet()->items()[size_t(index)].key;
        const QSet<QString> pairs = currentPairs(*w);
        QVERIFY(!pairs.isEmpty());
        w->review()->reject();
        settle(*w);
        // A decision changes no flow: the same analysis, a sheet of its own
        // against the document's decisions, which has the rejection.
        const ReviewSheet *sheet = w->review()->sheet();
        QVERIFY(sheet != w->analysis()->current()->reviewSheet.get());
        QCOMPARE(sheet->items()[size_t(sheet->indexOf(key))].status, ReviewStatus::Rejected);
        const ReviewSheet &made = *w->analysis()->current()->reviewSheet;
        QCOMPARE(made.items()[size_t(made.indexOf(key))].status, ReviewStatus::Pending);
        // The next analysis carries the decision: its sheet serves again.
        w->edits()->setName(QStringLiteral("renamed"));
        w->analysis()->recompute();
        settle(*w);
        QCOMPARE(w->review()->sheet(), w->analysis()->current()->reviewSheet.get());
        sheet = w->review()->sheet();
        QCOMPARE(sheet->items()[size_t(sheet->indexOf(key))].status, ReviewStatus::Rejected);
        // The canvas reads its marks from that sheet too.
        views::ConnectionLayer *lines = w->scene()->connections();
        for (const QString &pair : pairs)
            QCOMPARE(lines->edge(lines->pairOf(pair)).review, diagram::ReviewMark::Rejected);
    }

    void crossingsBetweenTheSameHostsLookDifferent()
    {
        auto w = test::openWindow(QStringLiteral("standalone-dmz.portplan"));
        w->actions()->startReview->trigger();
        settle(*w);
        QHash<QString, QPair<QString, QImage>> seen; // pair -> (caption, picture) of the first crossing on it
        const int total = w->review()->itemCount();
        QVERIFY(total > 1);
        int compared = 0;
        for (int i = 0; i < total; ++i) {
            w->review()->next();
            QCoreApplication::processEvents();
            const QString caption = w->scene()->connections()->caption();
            QCOMPARE(caption, w->review()->currentCaption());
            QVERIFY(!caption.isEmpty());
            for (const QString &pair : currentPairs(*w)) {
                const QImage now = around(*w, pair);
                const auto before = seen.constFind(pair);
                if (before == seen.constEnd()) {
                    seen.insert(pair, {caption, now});
                    continue;
                }
                if (before->first == caption)
                    continue; // the same ports through another device
                QVERIFY2(before->second != now, qPrintable(pair + QStringLiteral(": ") + caption));
                ++compared;
            }
        }
        QVERIFY2(compared > 0, "the example has two crossings between the same hosts");
    }

    void exportSaysWhereTheFileWent()
    {
        auto w = newFromExample(QStringLiteral("standalone-dmz.portplan"));
        QTemporaryDir dir;
        const QString target = dir.filePath(QStringLiteral("request.csv"));
        QString suggested;
        whenModal<app::ExportDialog>([&](app::ExportDialog *dialog) {
            dialog->setFormat(QStringLiteral("csv"));
            // The dialog stays open after an export (its status links the file): close it then.
            QObject::connect(dialog, &app::ExportDialog::exportFinished, dialog, [dialog] { dialog->close(); });
            whenModal<QFileDialog>([&](QFileDialog *files) {
                suggested = files->selectedFiles().value(0);
                files->selectFile(target);
                static_cast<QDialog *>(files)->accept(); // QFileDialog::accept, through the public slot
            });
            dialog->findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Save)->click();
        });
        w->actions()->exportRequest->trigger();
        QVERIFY(QFileInfo::exists(target));
        // Named after the design, not "change-request" in the examples' resource folder.
        const QString stem = QFileInfo(app::FileController::suggestedSavePath({}, w->document()->design().name)).completeBaseName();
        QVERIFY2(QFileInfo(suggested).fileName().startsWith(stem), qPrintable(suggested));
        QVERIFY(!suggested.startsWith(QLatin1Char(':')));
        QVERIFY2(w->statusBar()->currentMessage().contains(QDir::toNativeSeparators(target)),
                 qPrintable(w->statusBar()->currentMessage()));
    }

    void saveAsOffersTheDesignsName()
    {
        auto w = newFromExample(QStringLiteral("standalone-dmz.portplan"));
        QString offered;
        whenModal<QFileDialog>([&](QFileDialog *files) {
            offered = files->selectedFiles().value(0);
            files->reject();
        });
        w->actions()->saveAs->trigger();
        const QString name = w->document()->design().name;
        QVERIFY(!name.isEmpty());
        QCOMPARE(QFileInfo(offered).completeBaseName(),
                 QFileInfo(app::FileController::suggestedSavePath({}, name)).completeBaseName());
    }
};

QTEST_MAIN(TestReviewCanvas)
#include "tst_review_canvas.moc"
