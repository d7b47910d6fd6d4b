// Properties with nothing selected: the design's port catalog, chosen with
// the keyboard, undone with the undo stack; the analysis, the flows table
// and the palette follow the design's catalog.
#include "tests/support/TestPaths.h"
#include "tests/designer/DesignerFixture.h"

#include "model/catalog/Catalog.h"
#include "views/panels/PalettePanel.h"
#include "views/panels/RoleTree.h"
#include "views/properties/PropertiesPanel.h"

#include <QComboBox>
#include <QTreeWidget>
#include <QUndoStack>

using namespace pp;

namespace {

QComboBox *catalogCombo(app::MainWindow &w)
{
    for (QComboBox *c : w.properties()->findChildren<QComboBox *>())
        if (c->accessibleName() == QLatin1String("Port catalog"))
            return c;
    return nullptr;
}

bool paletteHas(app::MainWindow &w, const QString &roleId)
{
    QTreeWidget *tree = w.palette()->tree();
    for (int g = 0; g < tree->topLevelItemCount(); ++g)
        for (int i = 0; i < tree->topLevelItem(g)->childCount(); ++i)
            if (tree->topLevelItem(g)->child(i)->data(0, views::RoleTree::RoleIdRole).toString() == roleId)
                return true;
    return false;
}

QString analysedCatalog(app::MainWindow &w)
{
    w.analysis()->waitForIdle();
    QCoreApplication::processEvents();
    const AnalysisPtr a = w.analysis()->current();
    return a && a->catalog ? a->catalog->id() : QString();
}

} // namespace

class TestCatalogChoice : public QObject
{
    Q_OBJECT

private slots:
    void chooseCatalogWithTheKeyboardAndUndo()
    {
        auto w = test::openWindow(QStringLiteral("standalone-dmz.portplan"));
        w->properties()->showDesign();
        QComboBox *combo = catalogCombo(*w);
        QVERIFY2(combo, "no combo box named \"Port catalog\" on the design's properties");
        QCOMPARE(combo->currentData().toString(), QStringLiteral("configmgr-2017"));
        QCOMPARE(analysedCatalog(*w), QStringLiteral("configmgr-2017"));
        QVERIFY(!paletteHas(*w, QStringLiteral("cloud_management_gateway")));

        combo->setFocus();
        QTest::keyClick(combo, Qt::Key_Down);
        QCOMPARE(w->document()->design().catalog, QStringLiteral("configmgr-current-2022"));
        QCOMPARE(analysedCatalog(*w), QStringLiteral("configmgr-current-2022"));
        QVERIFY(paletteHas(*w, QStringLiteral("cloud_management_gateway")));
        QVERIFY(!paletteHas(*w, QStringLiteral("app_catalog_website_point")));
        // The design's Intune host has a role the 2022 catalog lacks.
        bool warned = false;
        for (const Finding &f : w->analysis()->current()->analysis.findings)
            warned = warned || f.code == QLatin1String("role-not-in-catalog");
        QVERIFY(warned);
        QVERIFY(test::saved(*w).contains("\"catalog\": \"configmgr-current-2022\""));

        w->undoStack()->undo();
        QCOMPARE(w->document()->design().catalog, QStringLiteral("configmgr-2017"));
        QCOMPARE(analysedCatalog(*w), QStringLiteral("configmgr-2017"));
        QCOMPARE(combo->currentData().toString(), QStringLiteral("configmgr-2017"));
        QVERIFY(!paletteHas(*w, QStringLiteral("cloud_management_gateway")));
    }
};

QTEST_MAIN(TestCatalogChoice)
#include "tst_catalog_choice.moc"
