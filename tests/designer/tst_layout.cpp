// The window's layout at 1400x900: the Openings table (the main output) gets
// a usable height, every splitter between the canvas and the docks moves
// when dragged, the layout is remembered between runs, and View > Reset
// Layout puts it back.
#include "tests/support/TestPaths.h"

#include "tests/designer/DesignerFixture.h"
#include "views/panels/FlowsPanel.h"
#include "views/review/ReviewPanel.h"

#include <QApplication>
#include <QDockWidget>
#include <QHeaderView>
#include <QScrollBar>
#include <QSettings>
#include <QTabWidget>
#include <QTableView>
#include <QTextBrowser>

using namespace pp;

namespace {

QDockWidget *dock(const QMainWindow &w, const char *name)
{
    return w.findChild<QDockWidget *>(QString::fromLatin1(name));
}

/// Drags the splitter that runs along `edge` of a dock by `delta` pixels
/// (mouse press, moves, release on the main window, as a user does).
void dragEdge(QMainWindow *w, QDockWidget *d, Qt::Edge edge, int delta)
{
    const QRect r = d->geometry();
    // The separator sits just outside the dock's edge.
    QPoint from;
    QPoint by;
    switch (edge) {
    case Qt::TopEdge: from = QPoint(r.center().x(), r.top() - 2); by = QPoint(0, delta); break;
    case Qt::BottomEdge: from = QPoint(r.center().x(), r.bottom() + 3); by = QPoint(0, delta); break;
    case Qt::LeftEdge: from = QPoint(r.left() - 2, r.center().y()); by = QPoint(delta, 0); break;
    case Qt::RightEdge: from = QPoint(r.right() + 3, r.center().y()); by = QPoint(delta, 0); break;
    }
    QTest::mousePress(w, Qt::LeftButton, {}, from);
    for (int i = 1; i <= 5; ++i) {
        const QPoint p = from + by * i / 5;
        QMouseEvent move(QEvent::MouseMove, p, w->mapToGlobal(p), Qt::NoButton, Qt::LeftButton, {});
        QCoreApplication::sendEvent(w, &move);
        QCoreApplication::processEvents(); // the layout moves separators on a zero timer
    }
    QTest::mouseRelease(w, Qt::LeftButton, {}, from + by);
    QCoreApplication::processEvents();
}

int visibleRows(QTableView *table)
{
    return table->viewport()->height() / table->verticalHeader()->defaultSectionSize();
}

} // namespace

class TestLayout : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QApplication::setApplicationName(QStringLiteral("PortPlannerLayoutTests"));
    }

    void init()
    {
        QSettings().remove(QStringLiteral("window"));
    }

    void openingsTableIsUsableAtFirst()
    {
        auto w = test::openWindow(QStringLiteral("standalone-dmz.portplan"));
        QTableView *openings = w->flowsPanel()->openingsView();
        QVERIFY2(visibleRows(openings) >= 10, qPrintable(QString::number(visibleRows(openings))));
        // The canvas keeps room too.
        QVERIFY(w->view()->height() > 350);

    }

    void everySplitterMoves_data()
    {
        QTest::addColumn<QString>("dockName");
        QTest::addColumn<int>("edge");
        QTest::addColumn<int>("delta");
        // Up and down: nothing pins the bottom dock (the side docks' minimum
        // heights held it at 2.5 rows).
        QTest::newRow("tables taller") << "flows" << int(Qt::TopEdge) << -200;
        QTest::newRow("tables lower") << "flows" << int(Qt::TopEdge) << 120;
        QTest::newRow("palette wider") << "palette" << int(Qt::RightEdge) << 80;
        QTest::newRow("palette narrower") << "palette" << int(Qt::RightEdge) << -60;
        QTest::newRow("properties wider") << "properties" << int(Qt::LeftEdge) << -90;
        QTest::newRow("properties narrower") << "properties" << int(Qt::LeftEdge) << 60;
    }

    void everySplitterMoves()
    {
        QFETCH(QString, dockName);
        QFETCH(int, edge);
        QFETCH(int, delta);
        auto w = test::openWindow(QStringLiteral("standalone-dmz.portplan"));
        QDockWidget *d = dock(*w, dockName.toLatin1().constData());
        const QSize before = d->size();
        dragEdge(w.get(), d, Qt::Edge(edge), delta);
        const QSize after = d->size();
        const bool vertical = edge == Qt::TopEdge || edge == Qt::BottomEdge;
        const int grew = vertical ? after.height() - before.height() : after.width() - before.width();
        const int wanted = edge == Qt::TopEdge || edge == Qt::LeftEdge ? -delta : delta;
        QVERIFY2(qAbs(grew - wanted) <= 6, qPrintable(QStringLiteral("%1 moved by %2, not %3").arg(dockName).arg(grew).arg(wanted)));
    }

    void theLayoutIsRememberedAndCanBeReset()
    {
        int first = 0;
        int moved = 0;
        {
            auto w = test::openWindow(QStringLiteral("standalone-dmz.portplan"));
            QDockWidget *flows = dock(*w, "flows");
            first = flows->height();
            dragEdge(w.get(), flows, Qt::TopEdge, -150);
            moved = flows->height();
            QVERIFY(moved > first + 100);
            // The review tab forward, as the user left it.
            w->actions()->startReview->trigger();
            QVERIFY(w->close());
        }
        auto w = test::openWindow(QStringLiteral("standalone-dmz.portplan"));
        QDockWidget *flows = dock(*w, "flows");
        QVERIFY2(qAbs(flows->height() - moved) <= 6, qPrintable(QStringLiteral("%1, not %2").arg(flows->height()).arg(moved)));
        QVERIFY(!dock(*w, "review")->visibleRegion().isEmpty());

        QAction *reset = w->actions()->findChild<QAction *>(QStringLiteral("resetLayout"));
        QVERIFY(reset);
        dock(*w, "flows")->setFloating(true);
        dock(*w, "palette")->hide();
        reset->trigger();
        QCoreApplication::processEvents();
        QVERIFY(!flows->isFloating());
        QVERIFY(dock(*w, "palette")->isVisible());
        QVERIFY2(qAbs(flows->height() - first) <= 6, qPrintable(QStringLiteral("%1, not %2").arg(flows->height()).arg(first)));
        QVERIFY(!dock(*w, "properties")->visibleRegion().isEmpty());
        QVERIFY(dock(*w, "review")->visibleRegion().isEmpty());
    }

    void reviewDetailsFitWithoutScrolling()
    {
        auto w = test::openWindow(QStringLiteral("standalone-dmz.portplan"));
        w->review()->setReviewer(QStringLiteral("Ann"));
        w->actions()->startReview->trigger();
        QCoreApplication::processEvents();
        auto *tabs = w->review()->findChild<QTabWidget *>();
        QVERIFY(tabs);
        QStringList scrolled;
        // The crossing, then its seed sections: each tab reads whole.
        for (int tab = 0; tab < tabs->count(); ++tab) {
            tabs->setCurrentIndex(tab);
            auto *details = qobject_cast<QTextBrowser *>(tabs->currentWidget());
            QVERIFY(details);
            while (w->review()->currentIndex() > 0)
                w->review()->previous();
            for (int i = 0; i < w->review()->itemCount(); ++i) {
                QCoreApplication::processEvents();
                if (details->verticalScrollBar()->maximum() > 0)
                    scrolled << QStringLiteral("%1 in %2 (%3 px more)")
                                    .arg(w->review()->currentKey(), tabs->tabText(tab))
                                    .arg(details->verticalScrollBar()->maximum());
                w->review()->next();
            }
        }
        QVERIFY2(scrolled.isEmpty(), qPrintable(QStringLiteral("%1 of %2 crossings scroll: %3")
                                                    .arg(scrolled.size())
                                                    .arg(w->review()->itemCount())
                                                    .arg(scrolled.join(QStringLiteral(", ")))));
    }
};

QTEST_MAIN(TestLayout)
#include "tst_layout.moc"
