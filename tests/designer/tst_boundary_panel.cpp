// The boundary-group panel through real widgets: create, rename, add zones,
// systems and fallback relations, each undoable to the saved JSON; the
// canvas tints the selected group's zones.
#include "tests/support/TestPaths.h"

#include "app/commands/Edits.h"
#include "tests/designer/DesignerFixture.h"
#include "views/panels/BoundaryGroupsPanel.h"

#include <QCheckBox>
#include <QDockWidget>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QTableWidget>
#include <QUndoStack>

using namespace pp;

namespace {

template<typename W>
W *byName(QWidget *root, const QString &accessibleName)
{
    for (W *w : root->findChildren<W *>())
        if (w->accessibleName() == accessibleName)
            return w;
    return nullptr;
}

} // namespace

class TestBoundaryPanel : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QApplication::setApplicationName(QStringLiteral("PortPlannerTests"));
    }

    void editGroupsAndUndo()
    {
        auto w = test::openWindow(QStringLiteral("cas-branches.portplan"));
        QDockWidget *dock = w->findChild<QDockWidget *>(QStringLiteral("groups"));
        QVERIFY(dock);
        dock->show();
        dock->raise();
        QCoreApplication::processEvents();
        views::BoundaryGroupsPanel *panel = w->boundaryGroups();
        auto *list = byName<QListWidget>(panel, QStringLiteral("Boundary groups"));
        QVERIFY(list);
        QCOMPARE(list->count(), 5);

        // Showing a group tints its zones on the canvas.
        panel->selectGroup(QStringLiteral("bg-tpe"));
        QCoreApplication::processEvents();
        QVERIFY(w->scene()->zoneItem(QStringLiteral("br-tpe"))->isTinted());
        QVERIFY(!w->scene()->zoneItem(QStringLiteral("east"))->isTinted());

        const QByteArray original = test::saved(*w);
        byName<QPushButton>(panel, QStringLiteral("New boundary group"))->click();
        QCOMPARE(w->document()->design().boundaryGroups.size(), size_t(6));
        QCOMPARE(panel->selectedGroup(), w->document()->design().boundaryGroups.back().id);

        auto *name = byName<QLineEdit>(panel, QStringLiteral("Group name"));
        name->setFocus();
        name->selectAll();
        QTest::keyClicks(name, QStringLiteral("Hsinchu"));
        QTest::keyClick(name, Qt::Key_Return);
        QCOMPARE(w->document()->design().boundaryGroups.back().name, QStringLiteral("Hsinchu"));

        auto *zones = byName<QListWidget>(panel, QStringLiteral("Zone boundaries"));
        for (int i = 0; i < zones->count(); ++i)
            if (zones->item(i)->data(Qt::UserRole).toString() == QLatin1String("west-lan"))
                zones->item(i)->setCheckState(Qt::Checked);
        QCOMPARE(w->document()->design().boundaryGroups.back().zones, QStringList{QStringLiteral("west-lan")});

        w->scene()->selectHosts({QStringLiteral("p02mp"), QStringLiteral("west-pcs")}); // a client is refused
        byName<QPushButton>(panel, QStringLiteral("Add the hosts selected on the canvas"))->click();
        QCOMPARE(w->document()->design().boundaryGroups.back().systems, QStringList{QStringLiteral("p02mp")});

        byName<QPushButton>(panel, QStringLiteral("Add a fallback relation"))->click();
        QCOMPARE(w->document()->design().boundaryGroups.back().fallback.size(), size_t(1));
        auto *table = byName<QTableWidget>(panel, QStringLiteral("Fallback relations"));
        auto *never = qobject_cast<QCheckBox *>(table->cellWidget(0, 6));
        never->setChecked(true);
        QVERIFY(w->document()->design().boundaryGroups.back().fallback[0].never);

        byName<QCheckBox>(panel, QStringLiteral("Fall back to the site default group"))->setChecked(false);
        QVERIFY(!w->document()->design().boundaryGroups.back().usesDefaultGroup());

        // Every step was one undo command; undoing them all restores the file.
        QCOMPARE(w->undoStack()->count(), 7);
        const QByteArray edited = test::saved(*w);
        while (w->undoStack()->canUndo())
            w->undoStack()->undo();
        QCOMPARE(test::saved(*w), original);
        while (w->undoStack()->canRedo())
            w->undoStack()->redo();
        QCOMPARE(test::saved(*w), edited);

        // The engine follows: the new group's clients use its DP.
        w->analysis()->waitForIdle();
        QVERIFY(w->analysis()->current()->analysis.errorCount() == 0);

        // Deleting a group also removes the relations pointing at it.
        panel->selectGroup(QStringLiteral("bg-east"));
        byName<QPushButton>(panel, QStringLiteral("Delete boundary group"))->click();
        for (const BoundaryGroup &g : w->document()->design().boundaryGroups)
            for (const BoundaryFallback &f : g.fallback)
                QVERIFY(f.to != QLatin1String("bg-east"));
    }

    void hiddenPanelCatchesUpWhenShown()
    {
        auto w = test::openWindow(QStringLiteral("cas-branches.portplan"));
        views::BoundaryGroupsPanel *panel = w->boundaryGroups();
        auto *list = byName<QListWidget>(panel, QStringLiteral("Boundary groups"));
        QDockWidget *dock = w->findChild<QDockWidget *>(QStringLiteral("groups"));
        dock->raise();
        QCoreApplication::processEvents();
        QCOMPARE(list->count(), 5);
        // Behind the Properties tab the panel does not rebuild on each edit...
        w->findChild<QDockWidget *>(QStringLiteral("properties"))->raise();
        QCoreApplication::processEvents();
        QVERIFY(panel->visibleRegion().isEmpty());
        std::vector<BoundaryGroup> groups = w->document()->design().boundaryGroups;
        groups.pop_back();
        w->edits()->setBoundaryGroups(groups, QStringLiteral("drop one"));
        QCOMPARE(list->count(), 5);
        // ...and shows the design as it is once raised.
        dock->raise();
        QCoreApplication::processEvents();
        QVERIFY(!panel->visibleRegion().isEmpty());
        QCOMPARE(list->count(), 4);
        w->undoStack()->undo();
        QCOMPARE(list->count(), 5); // on screen: at once
    }
};

QTEST_MAIN(TestBoundaryPanel)
#include "tst_boundary_panel.moc"
