// The language switch: English / 繁體中文 at run time, remembered, with the
// seed's Chinese role names; panels rebuilt in the new language keep working.
#include "tests/support/TestPaths.h"

#include "model/catalog/Catalog.h"
#include "tests/designer/DesignerFixture.h"
#include "views/panels/PalettePanel.h"
#include "views/properties/HostEditor.h"
#include "views/properties/PropertiesPanel.h"

#include <QAction>
#include <QApplication>
#include <QDockWidget>
#include <QLabel>
#include <QLineEdit>
#include <QMenuBar>
#include <QScopeGuard>
#include <QSettings>
#include <QTreeWidget>
#include <QUndoStack>

using namespace pp;

namespace {

QStringList menuTitles(const QMainWindow &w)
{
    QStringList out;
    for (QAction *a : w.menuBar()->actions())
        out << a->text();
    return out;
}

QString dockTitle(const QMainWindow &w, const char *name)
{
    return w.findChild<QDockWidget *>(QString::fromLatin1(name))->windowTitle();
}

QString firstRoleText(app::MainWindow &w)
{
    return w.palette()->tree()->topLevelItem(0)->child(0)->text(0);
}

} // namespace

class TestLanguage : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QApplication::setApplicationName(QStringLiteral("PortPlannerLanguageTests"));
        QSettings().setValue(QStringLiteral("language"), QStringLiteral("en"));
    }

    void switchesAtRunTimeAndIsRemembered()
    {
        const auto restore = qScopeGuard([] { QSettings().setValue(QStringLiteral("language"), QStringLiteral("en")); });
        auto w = test::openWindow(QStringLiteral("standalone-dmz.portplan"));
        const Role *first = Catalog::builtin().role(w->palette()->tree()->topLevelItem(0)->child(0)->data(0, Qt::UserRole + 1).toString());
        QVERIFY(first);
        QCOMPARE(menuTitles(*w).mid(0, 5), (QStringList{QStringLiteral("&File"), QStringLiteral("&Edit"), QStringLiteral("&View"),
                                                       QStringLiteral("&Review"), QStringLiteral("&Help")}));
        QCOMPARE(firstRoleText(*w), first->name);

        w->actions()->language(QStringLiteral("zh_TW"))->trigger();
        QCoreApplication::processEvents(); // Qt posts LanguageChange to each window
        QCOMPARE(menuTitles(*w).mid(0, 5), (QStringList{QStringLiteral("檔案(&F)"), QStringLiteral("編輯(&E)"),
                                                       QStringLiteral("檢視(&V)"), QStringLiteral("審查(&R)"),
                                                       QStringLiteral("說明(&H)")}));
        QCOMPARE(dockTitle(*w, "palette"), QStringLiteral("角色"));
        QCOMPARE(dockTitle(*w, "properties"), QStringLiteral("屬性"));
        QCOMPARE(dockTitle(*w, "sites"), QStringLiteral("站台階層"));
        QCOMPARE(dockTitle(*w, "flows"), QStringLiteral("流量與開放規則"));
        QCOMPARE(w->actions()->save->text(), QStringLiteral("儲存(&S)"));
        // Role names are the seed's own terms, from the catalog.
        QCOMPARE(w->palette()->tree()->topLevelItem(0)->text(0), QStringLiteral("站台系統"));
        QCOMPARE(firstRoleText(*w), first->nameZh);
        QVERIFY(first->nameZh != first->name);
        QCOMPARE(QSettings().value(QStringLiteral("language")).toString(), QStringLiteral("zh_TW"));

        // The property editors were rebuilt in Chinese and still edit the design.
        w->scene()->selectHosts({QStringLiteral("sql01")});
        QLineEdit *name = nullptr;
        for (QLineEdit *f : w->properties()->hostEditor()->findChildren<QLineEdit *>())
            if (f->accessibleName() == QStringLiteral("名稱"))
                name = f;
        QVERIFY2(name, "the host editor's name field, labelled in Chinese");
        QCOMPARE(name->text(), w->document()->host(QStringLiteral("sql01"))->name);
        name->setFocus();
        name->selectAll();
        QTest::keyClicks(name, QStringLiteral("SQL-B"));
        QTest::keyClick(name, Qt::Key_Return);
        QCOMPARE(w->document()->host(QStringLiteral("sql01"))->name, QStringLiteral("SQL-B"));
        QCOMPARE(w->undoStack()->count(), 1);

        // A new window starts in the remembered language.
        auto second = test::openWindow(QString());
        QCoreApplication::processEvents();
        QCOMPARE(menuTitles(*second).first(), QStringLiteral("檔案(&F)"));
        second.reset();

        w->actions()->language(QStringLiteral("en"))->trigger();
        QCoreApplication::processEvents();
        QCOMPARE(menuTitles(*w).first(), QStringLiteral("&File"));
        QCOMPARE(dockTitle(*w, "properties"), QStringLiteral("Properties"));
        QCOMPARE(firstRoleText(*w), first->name);
        QCOMPARE(QSettings().value(QStringLiteral("language")).toString(), QStringLiteral("en"));
    }
};

QTEST_MAIN(TestLanguage)
#include "tst_language.moc"
