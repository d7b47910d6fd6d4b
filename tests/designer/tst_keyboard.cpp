// The designer by keyboard alone: Tab visits only what is on screen (never a
// panel behind another tab), a table is one stop with arrows inside it, the
// shortcuts the user guide promises do what it says, and no menu offers the
// same accelerator twice, in either language.
#include "tests/support/TestPaths.h"

#include "app/commands/Edits.h"
#include "app/designer/Language.h"
#include "tests/designer/DesignerFixture.h"
#include "views/panels/FlowsPanel.h"
#include "views/panels/PalettePanel.h"
#include "views/review/ReviewPanel.h"

#include <QAccessible>
#include <QAction>
#include <QApplication>
#include <QDockWidget>
#include <QMenu>
#include <QMenuBar>
#include <QSettings>
#include <QSignalSpy>
#include <QTableView>
#include <QTimer>
#include <QUndoStack>

using namespace pp;

namespace {

/// Where a widget is: its dock's title, or "canvas"/"window".
QString placeOf(const QWidget *w)
{
    for (const QWidget *p = w; p; p = p->parentWidget())
        if (const auto *dock = qobject_cast<const QDockWidget *>(p))
            return dock->objectName();
    return QStringLiteral("window");
}

QString describe(const QWidget *w)
{
    return QStringLiteral("%1 \"%2\" (%3) in %4")
        .arg(QString::fromLatin1(w->metaObject()->className()), w->objectName(), w->accessibleName(), placeOf(w));
}

/// On screen: shown, inside the window, and not in a dock that Qt moved
/// off screen behind another tab.
bool onScreen(const QWidget *w)
{
    if (!w->isVisible())
        return false;
    const QWidget *window = w->window();
    const QRect inWindow(w->mapTo(window, QPoint(0, 0)), w->size());
    return inWindow.intersects(window->rect());
}

void pressTab(Qt::KeyboardModifiers modifiers = Qt::NoModifier)
{
    QWidget *focus = QApplication::focusWidget();
    QVERIFY(focus);
    QTest::keyClick(focus, Qt::Key_Tab, modifiers);
}

/// The widgets Tab visits, from `start` until it comes back (or `limit`).
QList<QWidget *> tabChain(QWidget *start, int limit)
{
    start->setFocus(Qt::TabFocusReason);
    QList<QWidget *> chain;
    for (int i = 0; i < limit; ++i) {
        pressTab();
        QWidget *now = QApplication::focusWidget();
        if (!now || now == start)
            break;
        chain << now;
    }
    return chain;
}

QChar mnemonic(const QString &text)
{
    // "&Save", "儲存(&S)"; "&&" is a literal ampersand.
    for (int i = 0; i + 1 < text.size(); ++i) {
        if (text[i] != QLatin1Char('&'))
            continue;
        if (text[i + 1] == QLatin1Char('&')) {
            ++i;
            continue;
        }
        return text[i + 1].toUpper();
    }
    return {};
}

/// "File > Export Diagram… and Edit > Select All share D" for every clash.
QStringList clashes(const QMenu *menu, const QString &path)
{
    QStringList out;
    QHash<QChar, QString> seen;
    for (QAction *a : menu->actions()) {
        if (a->isSeparator() || !a->isVisible())
            continue;
        const QChar key = mnemonic(a->text());
        if (!key.isNull()) {
            if (seen.contains(key))
                out << QStringLiteral("%1: \"%2\" and \"%3\" share %4").arg(path, seen.value(key), a->text(), key);
            seen.insert(key, a->text());
        }
        if (a->menu())
            out += clashes(a->menu(), path + QStringLiteral(" > ") + a->text());
    }
    return out;
}

} // namespace

class TestKeyboard : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QApplication::setApplicationName(QStringLiteral("PortPlannerKeyboardTests"));
        QSettings().clear();
    }

    void tabVisitsOnlyWhatIsOnScreen()
    {
        auto w = test::openWindow(QStringLiteral("standalone-dmz.portplan"));
        w->activateWindow();
        QVERIFY(QTest::qWaitForWindowActive(w.get()));
        const QList<QWidget *> chain = tabChain(w->view(), 400);
        QVERIFY2(chain.size() < 400, "Tab never came back to the canvas");
        QStringList hidden;
        for (QWidget *stop : chain)
            if (!onScreen(stop))
                hidden << describe(stop);
        QVERIFY2(hidden.isEmpty(), qPrintable(QStringLiteral("Tab reached what is not on screen:\n")
                                              + hidden.join(QLatin1Char('\n'))));
        // It does reach every panel that is on screen.
        QSet<QString> places;
        for (QWidget *stop : chain)
            places.insert(placeOf(stop));
        for (const char *dock : {"palette", "properties", "flows"})
            QVERIFY2(places.contains(QLatin1String(dock)), dock);
        // Backwards, the same stops.
        w->view()->setFocus(Qt::TabFocusReason);
        QList<QWidget *> back;
        for (int i = 0; i < chain.size() + 1; ++i) {
            pressTab(Qt::ShiftModifier);
            if (QApplication::focusWidget() == w->view())
                break;
            back.prepend(QApplication::focusWidget());
        }
        QCOMPARE(back, chain);
    }

    void raisingATabBringsItsControlsIntoTheChain()
    {
        auto w = test::openWindow(QStringLiteral("standalone-dmz.portplan"));
        w->activateWindow();
        QVERIFY(QTest::qWaitForWindowActive(w.get()));
        auto reaches = [&w](const char *dock) {
            for (QWidget *stop : tabChain(w->view(), 400))
                if (placeOf(stop) == QLatin1String(dock))
                    return true;
            return false;
        };
        QVERIFY(!reaches("review"));
        QVERIFY(!reaches("groups"));
        w->actions()->startReview->trigger();
        QCoreApplication::processEvents();
        QVERIFY(reaches("review"));
        QVERIFY(!reaches("properties"));
    }

    void programmaticFocusIsAnnounced()
    {
        // Focus the program moves (Find Role, Start Walkthrough) lands on a
        // control a screen reader can name, and the crossing the review
        // shows is in what it reads for the focused control. (The offscreen
        // platform has no accessibility bridge to catch the events on; the
        // accessible texts are what the bridge would send.)
        auto w = test::openWindow(QStringLiteral("standalone-dmz.portplan"));
        w->activateWindow();
        QVERIFY(QTest::qWaitForWindowActive(w.get()));
        auto spoken = [] {
            QAccessibleInterface *focus = QAccessible::queryAccessibleInterface(QApplication::focusWidget());
            return focus ? focus->text(QAccessible::Name) + QLatin1Char('|') + focus->text(QAccessible::Description)
                         : QString();
        };
        w->actions()->findRole->trigger();
        QCOMPARE(placeOf(QApplication::focusWidget()), QStringLiteral("palette"));
        QVERIFY2(spoken().startsWith(QStringLiteral("Search roles|")), qPrintable(spoken()));

        w->review()->setReviewer(QStringLiteral("Ann"));
        w->actions()->startReview->trigger();
        QCoreApplication::processEvents();
        QCOMPARE(placeOf(QApplication::focusWidget()), QStringLiteral("review"));
        const int total = w->review()->itemCount();
        QVERIFY(total > 2);
        const QString first = spoken();
        QVERIFY2(first.contains(QStringLiteral("Crossing %1 of %2").arg(w->review()->currentIndex() + 1).arg(total)),
                 qPrintable(first));
        QTest::keyClick(QApplication::focusWidget(), Qt::Key_Right, Qt::AltModifier);
        const QString second = spoken();
        QVERIFY2(second.contains(QStringLiteral("Crossing %1 of %2").arg(w->review()->currentIndex() + 1).arg(total)),
                 qPrintable(second));
        QVERIFY(second != first);
    }

    void aTableIsOneTabStop()
    {
        auto w = test::openWindow(QStringLiteral("standalone-dmz.portplan"));
        w->activateWindow();
        QVERIFY(QTest::qWaitForWindowActive(w.get()));
        QTableView *table = w->flowsPanel()->openingsView();
        QVERIFY2(table->model()->rowCount() > 10, qPrintable(QString::number(table->model()->rowCount())));
        table->setFocus(Qt::TabFocusReason);
        table->setCurrentIndex(table->model()->index(0, 0));
        QTest::keyClick(table, Qt::Key_Down);
        QTest::keyClick(table, Qt::Key_Right);
        QCOMPARE(table->currentIndex().row(), 1);
        QCOMPARE(table->currentIndex().column(), 1);
        pressTab();
        QVERIFY2(QApplication::focusWidget() != table, "Tab stayed inside the table");
        pressTab(Qt::ShiftModifier);
        QCOMPARE(QApplication::focusWidget(), table);
        // Every table and tree of the window behaves the same.
        for (QAbstractItemView *view : w->findChildren<QAbstractItemView *>())
            QVERIFY2(!view->tabKeyNavigation(), qPrintable(describe(view)));
    }

    void promisedShortcutsWork_data()
    {
        QTest::addColumn<QKeySequence>("keys");
        QTest::addColumn<QString>("action");
        // docs/user-guide.md names each of these.
        QTest::newRow("Ctrl+Z undo") << QKeySequence(Qt::CTRL | Qt::Key_Z) << "undo";
        QTest::newRow("Ctrl+Y redo") << QKeySequence(Qt::CTRL | Qt::Key_Y) << "redo";
        QTest::newRow("Ctrl+Shift+Z redo") << QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_Z) << "redo";
        QTest::newRow("Ctrl+= zoom in") << QKeySequence(Qt::CTRL | Qt::Key_Equal) << "zoomIn";
        QTest::newRow("Ctrl++ zoom in") << QKeySequence(Qt::CTRL | Qt::Key_Plus) << "zoomIn";
        QTest::newRow("Ctrl+- zoom out") << QKeySequence(Qt::CTRL | Qt::Key_Minus) << "zoomOut";
        QTest::newRow("Ctrl+0 fit") << QKeySequence(Qt::CTRL | Qt::Key_0) << "fit";
        QTest::newRow("Ctrl+I internal connections") << QKeySequence(Qt::CTRL | Qt::Key_I) << "showInternal";
        QTest::newRow("Ctrl+E export") << QKeySequence(Qt::CTRL | Qt::Key_E) << "exportRequest";
        QTest::newRow("Ctrl+Shift+D compare") << QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_D) << "compareWith";
        QTest::newRow("F8 walkthrough") << QKeySequence(Qt::Key_F8) << "startReview";
        QTest::newRow("Ctrl+F find role") << QKeySequence(Qt::CTRL | Qt::Key_F) << "findRole";
    }

    void promisedShortcutsWork()
    {
        QFETCH(QKeySequence, keys);
        QFETCH(QString, action);
        auto w = test::openWindow(QStringLiteral("standalone-dmz.portplan"));
        w->activateWindow();
        QVERIFY(QTest::qWaitForWindowActive(w.get()));
        QAction *a = w->actions()->findChild<QAction *>(action);
        QVERIFY2(a, qPrintable(action));
        QVERIFY2(a->shortcuts().contains(keys), qPrintable(keys.toString()));
        // Triggered through the window's shortcut map, from the canvas and
        // from a table: what a user's key press does.
        a->setEnabled(true);
        // A dialog the action opens (export, compare) is closed as it comes.
        QTimer closer;
        connect(&closer, &QTimer::timeout, [] {
            if (QWidget *modal = QApplication::activeModalWidget())
                modal->close();
        });
        closer.start(50);
        for (QWidget *from : {static_cast<QWidget *>(w->view()), static_cast<QWidget *>(w->flowsPanel()->openingsView())}) {
            QSignalSpy spy(a, &QAction::triggered);
            from->setFocus();
            w->activateWindow(); // a dialog the last press opened had it
            QVERIFY(QTest::qWaitForWindowActive(w.get()));
            QTest::keySequence(from, keys);
            QCOMPARE(spy.count(), 1);
        }
        // The shortcut belongs to that action alone.
        for (QAction *other : w->findChildren<QAction *>())
            if (other != a && other->isEnabled())
                QVERIFY2(!other->shortcuts().contains(keys),
                         qPrintable(QStringLiteral("%1 also has %2").arg(other->objectName(), keys.toString())));
    }

    void undoAndRedoByKeyboard()
    {
        auto w = test::openWindow(QStringLiteral("standalone-dmz.portplan"));
        w->activateWindow();
        QVERIFY(QTest::qWaitForWindowActive(w.get()));
        const QByteArray before = test::saved(*w);
        w->edits()->setName(QStringLiteral("Renamed"));
        const QByteArray after = test::saved(*w);
        w->view()->setFocus();
        QTest::keySequence(w->view(), QKeySequence(Qt::CTRL | Qt::Key_Z));
        QCOMPARE(test::saved(*w), before);
        QTest::keySequence(w->view(), QKeySequence(Qt::CTRL | Qt::Key_Y));
        QCOMPARE(test::saved(*w), after);
        const qreal zoom = w->view()->zoom();
        QTest::keySequence(w->view(), QKeySequence(Qt::CTRL | Qt::Key_Equal));
        QVERIFY(w->view()->zoom() > zoom);
    }

    void noMenuOffersAnAcceleratorTwice_data()
    {
        QTest::addColumn<QString>("language");
        QTest::newRow("English") << QStringLiteral("en");
        QTest::newRow("Traditional Chinese") << QStringLiteral("zh_TW");
    }

    void noMenuOffersAnAcceleratorTwice()
    {
        QFETCH(QString, language);
        auto w = test::openWindow(QStringLiteral("standalone-dmz.portplan"));
        w->actions()->language(language)->trigger();
        QCoreApplication::processEvents();
        QStringList all;
        QHash<QChar, QString> bar;
        for (QAction *top : w->menuBar()->actions()) {
            const QChar key = mnemonic(top->text());
            QVERIFY2(!key.isNull(), qPrintable(top->text()));
            QVERIFY2(!bar.contains(key), qPrintable(top->text()));
            bar.insert(key, top->text());
            all += clashes(top->menu(), top->text());
        }
        QVERIFY2(all.isEmpty(), qPrintable(all.join(QLatin1Char('\n'))));
        w->actions()->language(QStringLiteral("en"))->trigger();
    }
};

QTEST_MAIN(TestKeyboard)
#include "tst_keyboard.moc"
