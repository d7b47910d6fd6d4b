// Issue 16 in the designer: the current-branch options in Properties. Each
// field is driven with the keyboard on the real panel; the engine's result
// changes as the catalog's row says (DESIGN.md "Catalog versions") and one
// undo brings it back. The fields show only on the hosts and sites they
// apply to, with the row they change in their tooltips.
#include "tests/support/TestPaths.h"
#include "tests/designer/DesignerFixture.h"

#include "app/commands/Edits.h"
#include "model/catalog/Catalog.h"
#include "model/engine/FlowText.h"
#include "views/properties/HostEditor.h"
#include "views/properties/PropertiesPanel.h"
#include "views/properties/SiteEditor.h"

#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QDir>
#include <QLineEdit>
#include <QListWidget>
#include <QSettings>
#include <QStandardPaths>
#include <QSpinBox>
#include <QUndoStack>

using namespace pp;

namespace {

const QString Current = QStringLiteral("configmgr-current-2022");

/// "TCP/443" for each flow from -> to under `ref` in the window's current
/// analysis, sorted, unique.
QStringList ports(app::MainWindow &w, const QString &from, const QString &to, const QString &ref)
{
    w.analysis()->waitForIdle();
    QCoreApplication::processEvents();
    const AnalysisPtr a = w.analysis()->current();
    if (!a)
        return {QStringLiteral("no analysis")};
    const FlowText text(a->design, a->catalogOr(Catalog::builtin()));
    QStringList out;
    for (const Flow &f : a->analysis.flows)
        if (text.fromId(f) == from && text.toId(f) == to && text.ref(f) == ref && !f.has(FlowReplyPath))
            out << protocolName(f.protocol) + QLatin1Char('/') + text.port(f);
    out.sort();
    out.removeDuplicates();
    return out;
}

/// The field of the properties panel with this accessible name, if shown.
template<typename T> T *field(app::MainWindow &w, const QString &name)
{
    for (T *candidate : w.properties()->findChildren<T *>())
        if (candidate->accessibleName() == name && candidate->isVisibleTo(w.properties()))
            return candidate;
    return nullptr;
}

/// Whether Tab, pressed from the first field of the panel, reaches `target`.
bool reachedByTab(app::MainWindow &w, QWidget *target)
{
    w.activateWindow();
    if (!QTest::qWaitForWindowActive(&w))
        return false;
    QLineEdit *first = nullptr;
    for (QLineEdit *edit : w.properties()->findChildren<QLineEdit *>())
        if (!first && edit->isVisibleTo(w.properties()) && !edit->parentWidget()->inherits("QAbstractSpinBox"))
            first = edit;
    if (!first)
        return false;
    first->setFocus(Qt::TabFocusReason);
    for (int i = 0; i < 60; ++i) {
        QWidget *focus = QApplication::focusWidget();
        if (focus && (focus == target || target->isAncestorOf(focus)))
            return true;
        QTest::keyClick(focus ? focus : first, Qt::Key_Tab);
    }
    return false;
}

/// The example on the current-branch catalog, with a CMG, its connection
/// point, a data warehouse service point and a WSUS database beside it.
struct CurrentBranch
{
    CurrentBranch()
        : window(test::openWindow(QStringLiteral("standalone-dmz.portplan")))
    {
        commands::Edits *edits = window->edits();
        edits->setCatalog(Current);
        cmg = edits->addHostWithRole(QStringLiteral("cloud_management_gateway"), QStringLiteral("cloud"),
                                     QPointF(60, 60));
        cmgcp = edits->addHostWithRole(QStringLiteral("cmg_connection_point"), QStringLiteral("dmz"), QPointF(60, 200));
        dw = edits->addHostWithRole(QStringLiteral("data_warehouse_service_point"), QStringLiteral("dmz"),
                                    QPointF(200, 200));
        wsusDb = edits->addHostWithRole(QStringLiteral("wsus_database"), QStringLiteral("dc"), QPointF(200, 60));
        steps = window->undoStack()->count();
        window->resize(1400, 900);
    }

    void show(const QString &host)
    {
        window->properties()->showHost(host);
        QCoreApplication::processEvents();
    }

    /// One step more than the setup, undone.
    void undoOne()
    {
        QCOMPARE(window->undoStack()->count(), steps + 1);
        window->undoStack()->undo();
    }

    std::unique_ptr<app::MainWindow> window;
    QString cmg, cmgcp, dw, wsusDb;
    int steps = 0;
};

void screenshot(app::MainWindow &w, const QString &name)
{
    // Set PORTPLANNER_SCREENSHOTS to a folder to look at the panel.
    const QString dir = qEnvironmentVariable("PORTPLANNER_SCREENSHOTS");
    if (!dir.isEmpty())
        w.grab().save(QDir(dir).filePath(name + QStringLiteral(".png")));
}

} // namespace

class TestCurrentBranchOptions : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase()
    {
        // The fields are found by their English names: whatever language
        // another run left behind, this one starts in English.
        QStandardPaths::setTestModeEnabled(true);
        QApplication::setApplicationName(QStringLiteral("PortPlannerCurrentBranchTests"));
        QSettings().setValue(QStringLiteral("language"), QStringLiteral("en"));
    }

    void pullSourcesWithTheKeyboard()
    {
        CurrentBranch t;
        app::MainWindow &w = *t.window;
        const QString ref = QStringLiteral("BKMK_PortsPullDP-DPSource");
        t.show(QStringLiteral("ibcm01"));
        auto *list = field<QListWidget>(w, QStringLiteral("Pull sources"));
        QVERIFY2(list, "no \"Pull sources\" list on a distribution point");
        QVERIFY(list->toolTip().contains(ref));
        QVERIFY(reachedByTab(w, list));
        int row = -1;
        for (int i = 0; i < list->count(); ++i)
            if (list->item(i)->data(Qt::UserRole).toString() == QLatin1String("mp01"))
                row = i;
        QVERIFY2(row >= 0, "the other distribution point is offered");
        QCOMPARE(ports(w, QStringLiteral("ibcm01"), QStringLiteral("mp01"), ref), QStringList());

        list->setFocus();
        list->setCurrentRow(row);
        QTest::keyClick(list, Qt::Key_Space);
        QCOMPARE(w.document()->host(QStringLiteral("ibcm01"))->options.pullSources,
                 QStringList {QStringLiteral("mp01")});
        QCOMPARE(ports(w, QStringLiteral("ibcm01"), QStringLiteral("mp01"), ref),
                 (QStringList {QStringLiteral("TCP/443"), QStringLiteral("TCP/80")}));
        QVERIFY(w.undoStack()->undoText().contains(QLatin1String("pull sources")));
        QCOMPARE(list->currentRow(), row); // the keyboard stays where it was
        screenshot(w, QStringLiteral("pull-sources"));

        t.undoOne();
        QVERIFY(w.document()->host(QStringLiteral("ibcm01"))->options.pullSources.isEmpty());
        QCOMPARE(ports(w, QStringLiteral("ibcm01"), QStringLiteral("mp01"), ref), QStringList());
        list = field<QListWidget>(w, QStringLiteral("Pull sources"));
        QCOMPARE(list->item(row)->checkState(), Qt::Unchecked);
    }

    void cmgInstancesAndDeployment()
    {
        CurrentBranch t;
        app::MainWindow &w = *t.window;
        const QString scaleSet = QStringLiteral("bkmk_cmgcp-cmg2");
        const QString classic = QStringLiteral("bkmk_cmgcp-cmg");
        t.show(t.cmg);
        auto *instances = field<QSpinBox>(w, QStringLiteral("CMG VM instances"));
        auto *deployment = field<QComboBox>(w, QStringLiteral("CMG deployment"));
        QVERIFY(instances && deployment);
        QVERIFY(instances->toolTip().contains(scaleSet));
        QVERIFY(deployment->toolTip().contains(classic));
        QVERIFY(reachedByTab(w, instances) && reachedByTab(w, deployment));
        QCOMPARE(ports(w, t.cmgcp, t.cmg, scaleSet), QStringList {QStringLiteral("TCP/443")});

        // bkmk_cmgcp-cmg2: two VM instances take 10124-10139.
        instances->setFocus();
        QTest::keyClick(instances, Qt::Key_Up);
        QCOMPARE(w.document()->host(t.cmg)->options.cmgInstances, std::optional<int>(2));
        QCOMPARE(ports(w, t.cmgcp, t.cmg, scaleSet), QStringList {QStringLiteral("TCP/10124-10139")});
        screenshot(w, QStringLiteral("cmg"));
        t.undoOne();
        QCOMPARE(ports(w, t.cmgcp, t.cmg, scaleSet), QStringList {QStringLiteral("TCP/443")});
        QCOMPARE(field<QSpinBox>(w, QStringLiteral("CMG VM instances"))->value(), 1);

        // bkmk_cmgcp-cmg: a classic cloud service takes TCP-TLS first.
        deployment = field<QComboBox>(w, QStringLiteral("CMG deployment"));
        deployment->setFocus();
        QTest::keyClick(deployment, Qt::Key_Down);
        QCOMPARE(w.document()->host(t.cmg)->options.cmgDeployment, QStringLiteral("classic"));
        QCOMPARE(ports(w, t.cmgcp, t.cmg, scaleSet), QStringList());
        QCOMPARE(ports(w, t.cmgcp, t.cmg, classic),
                 (QStringList {QStringLiteral("TCP/10140-10155"), QStringLiteral("TCP/443")}));
        t.undoOne();
        QCOMPARE(ports(w, t.cmgcp, t.cmg, classic), QStringList());
        QCOMPARE(ports(w, t.cmgcp, t.cmg, scaleSet), QStringList {QStringLiteral("TCP/443")});
    }

    void warehouseDatabase()
    {
        CurrentBranch t;
        app::MainWindow &w = *t.window;
        const QString ref = QStringLiteral("BKMK_PortsDWSPSQL");
        t.show(t.dw);
        auto *combo = field<QComboBox>(w, QStringLiteral("Warehouse database"));
        QVERIFY(combo);
        QVERIFY(combo->toolTip().contains(ref));
        QVERIFY(reachedByTab(w, combo));
        QCOMPARE(ports(w, t.dw, QStringLiteral("sql01"), ref), QStringList {QStringLiteral("TCP/1433")});
        QCOMPARE(ports(w, t.dw, t.wsusDb, ref), QStringList());

        combo->setFocus();
        const int target = combo->findData(t.wsusDb);
        QVERIFY2(target > 0, "the WSUS database host is offered");
        int presses = 0;
        for (; combo->currentIndex() < target; ++presses)
            QTest::keyClick(combo, Qt::Key_Down);
        // Each choice on the way (sql01 first) is a step of its own.
        QCOMPARE(w.undoStack()->count(), t.steps + presses);
        QCOMPARE(w.document()->host(t.dw)->options.warehouseDatabase, t.wsusDb);
        QCOMPARE(ports(w, t.dw, t.wsusDb, ref), QStringList {QStringLiteral("TCP/1433")});
        QCOMPARE(ports(w, t.dw, QStringLiteral("sql01"), ref), QStringList());
        screenshot(w, QStringLiteral("warehouse"));
        for (int i = 0; i < presses; ++i)
            w.undoStack()->undo();
        QVERIFY(w.document()->host(t.dw)->options.warehouseDatabase.isEmpty());
        QCOMPARE(ports(w, t.dw, QStringLiteral("sql01"), ref), QStringList {QStringLiteral("TCP/1433")});
        QCOMPARE(ports(w, t.dw, t.wsusDb, ref), QStringList());
    }

    void siteOptions_data()
    {
        QTest::addColumn<QString>("name");
        QTest::addColumn<QString>("from");
        QTest::addColumn<QString>("to");
        QTest::addColumn<QString>("ref");
        QTest::addColumn<QString>("port");
        QTest::newRow("express updates") << "Express updates"
                                         << "clients-lan"
                                         << "mp01"
                                         << "BKMK_PortsClient-DP"
                                         << "TCP/8005";
        QTest::newRow("peer cache download") << "Windows PE peer cache"
                                             << "clients-lan"
                                             << "clients-lan"
                                             << "BKMK_PortsClient-ClientWakeUp"
                                             << "TCP/8003";
        QTest::newRow("peer cache broadcast") << "Windows PE peer cache"
                                              << "clients-lan"
                                              << "clients-lan"
                                              << "BKMK_PortsClient-ClientWakeUp"
                                              << "UDP/8004";
    }

    void siteOptions()
    {
        QFETCH(QString, name);
        QFETCH(QString, from);
        QFETCH(QString, to);
        QFETCH(QString, ref);
        QFETCH(QString, port);
        CurrentBranch t;
        app::MainWindow &w = *t.window;
        w.properties()->showSite(QStringLiteral("PS1"));
        QCoreApplication::processEvents();
        auto *box = field<QCheckBox>(w, name);
        QVERIFY(box);
        QVERIFY(box->toolTip().contains(ref));
        QVERIFY(reachedByTab(w, box));
        QVERIFY(!ports(w, from, to, ref).contains(port));

        box->setFocus();
        QTest::keyClick(box, Qt::Key_Space);
        QVERIFY(ports(w, from, to, ref).contains(port));
        screenshot(w, QStringLiteral("site"));
        t.undoOne();
        QVERIFY(!ports(w, from, to, ref).contains(port));
        QVERIFY(!field<QCheckBox>(w, name)->isChecked());
    }

    void shownOnlyWhereTheyApply()
    {
        CurrentBranch t;
        app::MainWindow &w = *t.window;
        const QString names[] = {QStringLiteral("CMG VM instances"), QStringLiteral("CMG deployment"),
                                 QStringLiteral("Pull sources"), QStringLiteral("Warehouse database")};
        auto shown = [&](const QString &host) {
            t.show(host);
            QStringList out;
            for (const QString &n : names)
                if (field<QWidget>(w, n))
                    out << n;
            return out;
        };
        QCOMPARE(shown(t.cmg), (QStringList {names[0], names[1]}));
        QCOMPARE(shown(QStringLiteral("mp01")), QStringList {names[2]});
        QCOMPARE(shown(t.dw), QStringList {names[3]});
        QCOMPARE(shown(QStringLiteral("cm01")), QStringList());

        // The 2017 catalog reads none of them: a DP and the site show none.
        w.edits()->setCatalog(QStringLiteral("configmgr-2017"));
        QCOMPARE(shown(QStringLiteral("mp01")), QStringList());
        w.properties()->showSite(QStringLiteral("PS1"));
        QVERIFY(!field<QCheckBox>(w, QStringLiteral("Express updates")));
        QVERIFY(!field<QCheckBox>(w, QStringLiteral("Windows PE peer cache")));
    }
};

QTEST_MAIN(TestCurrentBranchOptions)
#include "tst_current_branch_options.moc"
