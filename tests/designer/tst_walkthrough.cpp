// The security review walkthrough through real widgets: step, decide (mouse
// and keyboard), undo, save and reopen to resume, staleness after a move.
#include "tests/support/TestPaths.h"

#include "app/commands/Edits.h"
#include "app/designer/DocumentFiles.h"
#include "model/review/ReviewSheet.h"
#include "tests/designer/DesignerFixture.h"
#include "views/review/ReviewPanel.h"

#include <QAction>
#include <QLabel>
#include <QPushButton>
#include <QTemporaryDir>
#include <QUndoStack>

using namespace pp;

namespace {

QString positionText(views::ReviewPanel *panel)
{
    for (QLabel *l : panel->findChildren<QLabel *>())
        if (l->objectName() == QLatin1String("reviewPosition"))
            return l->text();
    return {};
}

QPushButton *button(views::ReviewPanel *panel, const QString &accessibleName)
{
    for (QPushButton *b : panel->findChildren<QPushButton *>())
        if (b->accessibleName() == accessibleName)
            return b;
    return nullptr;
}

} // namespace

class TestWalkthrough : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QApplication::setApplicationName(QStringLiteral("PortPlannerTests"));
    }

    void stepDecideUndoResume()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("review.portplan"));
        int total = 0;
        QString thirdKey;
        {
            auto w = test::openWindow(QStringLiteral("standalone-dmz.portplan"));
            w->actions()->startReview->trigger();
            views::ReviewPanel *panel = w->review();
            total = panel->itemCount();
            QVERIFY(total > 10);
            QCOMPARE(positionText(panel), QStringLiteral("Crossing 1 of %1").arg(total));
            // Highest risk first.
            QCOMPARE(panel->sheet()->items().front().risk.level, RiskLevel::High);
            // The canvas shows the crossing's hosts.
            QVERIFY(!w->scene()->selectedHosts().isEmpty());

            // No decision without a reviewer name.
            panel->setReviewer(QString());
            button(panel, QStringLiteral("Approve"))->click();
            QCOMPARE(w->document()->design().reviews.size(), size_t(0));

            panel->setReviewer(QStringLiteral("Mei-Ling"));
            button(panel, QStringLiteral("Approve"))->click();
            QCOMPARE(w->document()->design().reviews.size(), size_t(1));
            QCOMPARE(w->document()->design().reviews[0].reviewer, QStringLiteral("Mei-Ling"));
            QCOMPARE(positionText(panel), QStringLiteral("Crossing 2 of %1").arg(total));

            // Keyboard: question, then reject.
            panel->setFocus();
            QTest::keyClick(panel, Qt::Key_Q, Qt::AltModifier | Qt::ShiftModifier);
            QCOMPARE(w->document()->design().reviews.size(), size_t(2));
            QCOMPARE(w->document()->design().reviews[1].verdict, Verdict::Question);
            thirdKey = panel->currentKey();
            QTest::keyClick(panel, Qt::Key_R, Qt::AltModifier | Qt::ShiftModifier);
            QCOMPARE(w->document()->design().reviews[2].verdict, Verdict::Reject);
            QCOMPARE(w->document()->design().reviews[2].key, thirdKey);

            // Undo covers decisions.
            w->undoStack()->undo();
            QCOMPARE(w->document()->design().reviews.size(), size_t(2));
            QCOMPARE(panel->sheet()->count(ReviewStatus::Rejected), 0);
            w->undoStack()->redo();
            QCOMPARE(panel->sheet()->count(ReviewStatus::Rejected), 1);

            // Navigation.
            QTest::keyClick(panel, Qt::Key_Left, Qt::AltModifier);
            QTest::keyClick(panel, Qt::Key_Right, Qt::AltModifier);
            QString error;
            QVERIFY2(w->files()->saveAs(path, &error), qPrintable(error));
        }
        // Reopened, the walkthrough resumes after the last decision.
        auto w = test::openWindow(QString());
        QVERIFY(w->openFile(path, true));
        w->analysis()->waitForIdle();
        w->actions()->startReview->trigger();
        views::ReviewPanel *panel = w->review();
        QCOMPARE(panel->sheet()->count(ReviewStatus::Approved), 1);
        QCOMPARE(panel->sheet()->count(ReviewStatus::Questioned), 1);
        QCOMPARE(panel->sheet()->count(ReviewStatus::Rejected), 1);
        QCOMPARE(positionText(panel), QStringLiteral("Crossing 4 of %1").arg(total));
    }

    void movingAHostMakesItsCrossingsStale()
    {
        auto w = test::openWindow(QStringLiteral("standalone-dmz.portplan"));
        w->actions()->startReview->trigger();
        views::ReviewPanel *panel = w->review();
        panel->setReviewer(QStringLiteral("Ravi"));
        panel->approveLocalQuestionFallback();
        QCOMPARE(w->undoStack()->count(), 1); // the batch is one step
        QCOMPARE(panel->sheet()->needingDecision(), 0);
        // Move the FSP from the DMZ into the datacenter.
        const Host fsp = *w->document()->host(QStringLiteral("fsp01"));
        w->edits()->placeHosts({{fsp.id, w->document()->zone(QStringLiteral("dc"))->rect.topLeft() + QPointF(300, 320),
                                 QStringLiteral("dc")}},
                               QStringLiteral("move"));
        w->analysis()->waitForIdle();
        QVERIFY(panel->sheet()->count(ReviewStatus::Stale) > 0);
        // Resume lands on a crossing that needs re-review.
        panel->nextUndecided();
        const ReviewItem &item = panel->sheet()->items()[size_t(panel->currentIndex())];
        QVERIFY(item.status == ReviewStatus::Stale || item.status == ReviewStatus::Pending);
    }
};

QTEST_MAIN(TestWalkthrough)
#include "tst_walkthrough.moc"
