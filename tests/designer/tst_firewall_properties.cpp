// Rule 10 in the Properties panel, driven through the real widgets: a
// selected firewall's name, platform, management address and interfaces are
// edited there, each edit one undo step; bad input is refused with a message
// naming the field; the device's openings show in the Openings table; the
// design's page lists, adds, edits and removes pinned routes; and deleting a
// selection of hosts, zones and firewalls is one undo step.
#include "tests/support/TestPaths.h"

#include "app/commands/Edits.h"
#include "app/designer/WindowActions.h"
#include "tests/designer/DesignerFixture.h"
#include "views/canvas/FirewallItem.h"
#include "views/canvas/FirewallMirror.h"
#include "views/panels/FlowsPanel.h"
#include "views/properties/FirewallEditor.h"
#include "views/properties/PropertiesPanel.h"
#include "views/properties/RouteEditor.h"

#include <QAbstractButton>
#include <QApplication>
#include <QComboBox>
#include <QLineEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QTableView>
#include <QTreeWidget>
#include <QUndoStack>

using namespace pp;

namespace {

const QString example = QStringLiteral("branch-firewalls.portplan");
const QString device = QStringLiteral("fw-tch");

template<typename W>
W *named(QWidget *parent, const QString &accessibleName)
{
    for (W *w : parent->findChildren<W *>())
        if (w->accessibleName() == accessibleName)
            return w;
    return nullptr;
}

void typeInto(QLineEdit *edit, const QString &text)
{
    edit->setFocus();
    edit->selectAll();
    QTest::keyClicks(edit, text);
    QTest::keyClick(edit, Qt::Key_Return);
    QCoreApplication::processEvents();
}

/// One step down a closed combo box, as the arrow key does.
void stepDown(QComboBox *box)
{
    box->setFocus();
    QTest::keyClick(box, Qt::Key_Down);
    QCoreApplication::processEvents();
}

void selectFirewall(app::MainWindow &w, const QString &id)
{
    w.scene()->clearSelection();
    w.scene()->firewalls()->item(id)->setSelected(true);
    QCoreApplication::processEvents();
}

views::FirewallEditor *editorOf(app::MainWindow &w)
{
    return w.properties()->firewallEditor();
}

const Firewall &fw(app::MainWindow &w)
{
    return *w.document()->firewall(device);
}

enum Field { Name, Platform, Management, InterfaceId, InterfaceZone, InterfaceName };

} // namespace

class TestFirewallProperties : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QApplication::setApplicationName(QStringLiteral("PortPlannerFirewallPropertiesTests"));
    }

    void aSelectedFirewallShowsItsFields()
    {
        auto w = test::openWindow(example);
        selectFirewall(*w, device);
        views::FirewallEditor *editor = editorOf(*w);
        QVERIFY(editor->isVisible());
        QCOMPARE(editor->firewallId(), device);
        QCOMPARE(named<QLineEdit>(editor, QStringLiteral("Name"))->text(), fw(*w).name);
        QCOMPARE(named<QComboBox>(editor, QStringLiteral("Platform"))->currentText(), QStringLiteral("Linux nftables"));
        QCOMPARE(named<QLineEdit>(editor, QStringLiteral("Management address"))->text(), QStringLiteral("10.23.255.1"));
        auto *interfaces = named<QTreeWidget>(editor, QStringLiteral("Interfaces"));
        QCOMPARE(interfaces->topLevelItemCount(), 2);
        QCOMPARE(interfaces->topLevelItem(1)->text(0), QStringLiteral("eth1"));
        QCOMPARE(interfaces->topLevelItem(1)->text(2), QStringLiteral("wan"));
    }

    void editUndoRedo_data()
    {
        QTest::addColumn<int>("field");
        QTest::addColumn<QString>("text");
        QTest::newRow("name") << int(Name) << QStringLiteral("Taichung edge");
        QTest::newRow("platform") << int(Platform) << QString();
        QTest::newRow("management") << int(Management) << QStringLiteral("fw-tch.corp.example");
        QTest::newRow("interface id") << int(InterfaceId) << QStringLiteral("enp2s0");
        QTest::newRow("interface zone") << int(InterfaceZone) << QString();
        QTest::newRow("zone name on device") << int(InterfaceName) << QStringLiteral("outside");
    }

    void editUndoRedo()
    {
        QFETCH(int, field);
        QFETCH(QString, text);
        auto w = test::openWindow(example);
        selectFirewall(*w, device);
        views::FirewallEditor *editor = editorOf(*w);
        editor->selectInterface(QStringLiteral("eth1"));
        const QByteArray before = test::saved(*w);
        const Firewall original = fw(*w);
        const int steps = w->undoStack()->count();

        switch (Field(field)) {
        case Name: typeInto(named<QLineEdit>(editor, QStringLiteral("Name")), text); break;
        case Platform: stepDown(named<QComboBox>(editor, QStringLiteral("Platform"))); break;
        case Management: typeInto(named<QLineEdit>(editor, QStringLiteral("Management address")), text); break;
        case InterfaceId: typeInto(named<QLineEdit>(editor, QStringLiteral("Interface")), text); break;
        case InterfaceZone: stepDown(named<QComboBox>(editor, QStringLiteral("Zone"))); break;
        case InterfaceName: typeInto(named<QLineEdit>(editor, QStringLiteral("Zone name on device")), text); break;
        }
        QCOMPARE(w->undoStack()->count(), steps + 1);
        const Firewall edited = fw(*w);
        switch (Field(field)) {
        case Name: QCOMPARE(edited.name, text); break;
        case Platform: QCOMPARE(edited.platform, FirewallPlatform::Iptables); break;
        case Management: QCOMPARE(edited.management, text); break;
        case InterfaceId: QCOMPARE(edited.interfaces[1].id, text); break;
        case InterfaceZone: QVERIFY(edited.interfaces[1].zone != original.interfaces[1].zone); break;
        case InterfaceName: QCOMPARE(edited.interfaces[1].name, text); break;
        }
        const QByteArray after = test::saved(*w);
        w->undoStack()->undo();
        QCOMPARE(test::saved(*w), before);
        QCOMPARE(named<QLineEdit>(editor, QStringLiteral("Name"))->text(), original.name); // the fields follow
        w->undoStack()->redo();
        QCOMPARE(test::saved(*w), after);
        // Still the same interface in the fields after an id change.
        if (field == InterfaceId)
            QCOMPARE(editor->currentInterface(), text);
    }

    void badInputIsRefusedNamingTheField_data()
    {
        QTest::addColumn<QString>("field");
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("message");
        QTest::newRow("management") << "Management address" << "not an address!" << "Management address:";
        QTest::newRow("interface twice") << "Interface" << "eth0" << "Interface:";
        QTest::newRow("interface empty") << "Interface" << "" << "Interface:";
    }

    void badInputIsRefusedNamingTheField()
    {
        QFETCH(QString, field);
        QFETCH(QString, text);
        QFETCH(QString, message);
        auto w = test::openWindow(example);
        selectFirewall(*w, device);
        views::FirewallEditor *editor = editorOf(*w);
        editor->selectInterface(QStringLiteral("eth1"));
        QSignalSpy refused(w->properties(), &views::PropertiesPanel::invalidInput);
        const QByteArray before = test::saved(*w);
        const int steps = w->undoStack()->count();
        QLineEdit *edit = named<QLineEdit>(editor, field);
        edit->setFocus();
        edit->selectAll();
        QTest::keyClick(edit, Qt::Key_Delete);
        typeInto(edit, text);
        QCOMPARE(refused.count(), 1);
        QVERIFY2(refused.first().at(0).toString().startsWith(message), qPrintable(refused.first().at(0).toString()));
        QCOMPARE(w->undoStack()->count(), steps);
        QCOMPARE(test::saved(*w), before);
    }

    void interfacesAreAddedAndRemoved()
    {
        auto w = test::openWindow(example);
        selectFirewall(*w, device);
        views::FirewallEditor *editor = editorOf(*w);
        const QByteArray before = test::saved(*w);
        const int steps = w->undoStack()->count();
        named<QPushButton>(editor, QStringLiteral("Add interface"))->click();
        QCoreApplication::processEvents();
        QCOMPARE(w->undoStack()->count(), steps + 1);
        QCOMPARE(int(fw(*w).interfaces.size()), 3);
        // The new one (in the first zone not joined yet) is in the fields.
        QCOMPARE(fw(*w).interfaces[2].zone, QStringLiteral("internet"));
        QCOMPARE(editor->currentInterface(), fw(*w).interfaces[2].id);
        QCOMPARE(named<QComboBox>(editor, QStringLiteral("Zone"))->currentData().toString(), QStringLiteral("internet"));
        named<QPushButton>(editor, QStringLiteral("Remove interface"))->click();
        QCoreApplication::processEvents();
        QCOMPARE(w->undoStack()->count(), steps + 2);
        QCOMPARE(test::saved(*w), before);
        w->undoStack()->undo();
        QCOMPARE(int(fw(*w).interfaces.size()), 3);
        w->undoStack()->undo();
        QCOMPARE(test::saved(*w), before);
    }

    void theDevicesOpeningsShowInTheTable()
    {
        auto w = test::openWindow(example);
        selectFirewall(*w, device);
        views::FirewallEditor *editor = editorOf(*w);
        const int count = editor->openingCount();
        QVERIFY(count > 0);
        auto *show = named<QPushButton>(editor, QStringLiteral("Show this device's openings"));
        QVERIFY(show->isEnabled());
        show->click();
        QCoreApplication::processEvents();
        views::FlowsPanel *flows = w->flowsPanel();
        QCOMPARE(flows->deviceFilter()->currentData().toString(), device);
        QVERIFY(flows->openingsView()->isVisible());
        QCOMPARE(flows->openingsView()->model()->rowCount(), count);
    }

    void routesAreListedAddedEditedAndRemoved()
    {
        auto w = test::openWindow(example);
        w->scene()->clearSelection();
        QCoreApplication::processEvents();
        views::RouteEditor *routes = w->properties()->routeEditor();
        QVERIFY(routes->isVisible());
        auto *list = named<QTreeWidget>(routes, QStringLiteral("Pinned routes"));
        QCOMPARE(list->topLevelItemCount(), 1);
        const QByteArray start = test::saved(*w);
        const int steps = w->undoStack()->count();

        // Passes: the MPLS instead of the SD-WAN.
        routes->selectRoute(0);
        QLineEdit *passes = named<QLineEdit>(routes, QStringLiteral("Passes"));
        QCOMPARE(passes->text(), QStringLiteral("SD-WAN (internet VPN)"));
        typeInto(passes, QStringLiteral("mpls"));
        QCOMPARE(w->document()->design().routes.front().via, QStringList{QStringLiteral("mpls")});
        QCOMPARE(w->undoStack()->count(), steps + 1);
        const QByteArray edited = test::saved(*w);
        w->undoStack()->undo();
        QCOMPARE(test::saved(*w), start);
        QCOMPARE(passes->text(), QStringLiteral("SD-WAN (internet VPN)"));
        w->undoStack()->redo();
        QCOMPARE(test::saved(*w), edited);

        // A step no firewall takes is refused, naming the field.
        QSignalSpy refused(w->properties(), &views::PropertiesPanel::invalidInput);
        typeInto(passes, QStringLiteral("dmz"));
        QCOMPARE(refused.count(), 1);
        QVERIFY2(refused.first().at(0).toString().startsWith(QStringLiteral("Passes:")),
                 qPrintable(refused.first().at(0).toString()));
        typeInto(passes, QStringLiteral("Nowhere"));
        QCOMPARE(refused.count(), 2);
        QVERIFY(refused.last().at(0).toString().contains(QStringLiteral("Nowhere")));
        QCOMPARE(test::saved(*w), edited);

        // To: another zone, by keyboard.
        QComboBox *to = named<QComboBox>(routes, QStringLiteral("To zone"));
        QCOMPARE(to->currentData().toString(), QStringLiteral("dc"));

        // Add, then remove.
        named<QPushButton>(routes, QStringLiteral("Add route"))->click();
        QCoreApplication::processEvents();
        QCOMPARE(list->topLevelItemCount(), 2);
        QCOMPARE(routes->currentRoute(), 1);
        QCOMPARE(w->undoStack()->count(), steps + 2);
        const Route added = w->document()->design().routes.back();
        QVERIFY(added.via.isEmpty());
        named<QPushButton>(routes, QStringLiteral("Remove route"))->click();
        QCoreApplication::processEvents();
        QCOMPARE(list->topLevelItemCount(), 1);
        QCOMPARE(test::saved(*w), edited);
        w->undoStack()->undo();
        QCOMPARE(list->topLevelItemCount(), 2);
        QVERIFY(w->document()->design().routes.back() == added);
    }

    void routePassesShowZoneNames_data()
    {
        QTest::addColumn<QString>("typed");
        QTest::addColumn<QString>("zone");
        QTest::addColumn<QString>("shown");
        QTest::newRow("a name") << "MPLS (carrier)" << "mpls" << "MPLS (carrier)";
        QTest::newRow("a name in other case") << "mpls (CARRIER)" << "mpls" << "MPLS (carrier)";
        QTest::newRow("an id") << "mpls" << "mpls" << "MPLS (carrier)";
        QTest::newRow("the name in force") << "SD-WAN (internet VPN)" << "wan" << "SD-WAN (internet VPN)";
    }

    void routePassesShowZoneNames()
    {
        QFETCH(QString, typed);
        QFETCH(QString, zone);
        QFETCH(QString, shown);
        auto w = test::openWindow(example);
        w->scene()->clearSelection();
        QCoreApplication::processEvents();
        views::RouteEditor *routes = w->properties()->routeEditor();
        routes->selectRoute(0);
        QLineEdit *passes = named<QLineEdit>(routes, QStringLiteral("Passes"));
        typeInto(passes, typed);
        QCOMPARE(w->document()->design().routes.front().via, QStringList{zone});
        QCOMPARE(passes->text(), shown);
        // The list names the zones passed too, not only their ids.
        auto *list = named<QTreeWidget>(routes, QStringLiteral("Pinned routes"));
        QVERIFY2(list->topLevelItem(0)->text(1).contains(shown), qPrintable(list->topLevelItem(0)->text(1)));
    }

    void aZoneNameThatReadsAsAnotherZoneShowsItsId()
    {
        auto w = test::openWindow(example);
        // The MPLS renamed "wan": the WAN's id. Its name in the field would
        // be read back as the WAN, so the field keeps its id.
        Zone renamed = *w->document()->zone(QStringLiteral("mpls"));
        renamed.name = QStringLiteral("wan");
        w->edits()->editZone(*w->document()->zone(QStringLiteral("mpls")), renamed);
        QString mplsId; // the id may follow the new name
        for (const Zone &z : w->document()->design().zones)
            if (z.name == renamed.name)
                mplsId = z.id;
        QVERIFY(!mplsId.isEmpty() && mplsId != QStringLiteral("wan"));
        Route viaMpls = w->document()->design().routes.front();
        viaMpls.via = QStringList{mplsId};
        w->edits()->editRoute(w->document()->design().routes.front(), viaMpls);
        QCOMPARE(w->document()->design().routes.front().via, QStringList{mplsId});
        w->scene()->clearSelection();
        QCoreApplication::processEvents();
        views::RouteEditor *routes = w->properties()->routeEditor();
        routes->selectRoute(0);
        QLineEdit *passes = named<QLineEdit>(routes, QStringLiteral("Passes"));
        QCOMPARE(passes->text(), mplsId);
        // And what the field shows reads back as the same zone.
        typeInto(passes, passes->text());
        QCOMPARE(w->document()->design().routes.front().via, QStringList{mplsId});
    }

    void routeZonesChangeByKeyboard()
    {
        auto w = test::openWindow(example);
        w->scene()->clearSelection();
        QCoreApplication::processEvents();
        views::RouteEditor *routes = w->properties()->routeEditor();
        routes->selectRoute(0);
        // From br-tpe to dc via wan: from br-tch instead (fw-tch joins it to
        // the WAN), one arrow key up in the zone list.
        QComboBox *from = named<QComboBox>(routes, QStringLiteral("From zone"));
        QCOMPARE(from->currentData().toString(), QStringLiteral("br-tpe"));
        QCOMPARE(from->itemData(from->currentIndex() - 1).toString(), QStringLiteral("br-tch"));
        const int steps = w->undoStack()->count();
        from->setFocus();
        QTest::keyClick(from, Qt::Key_Up);
        QCoreApplication::processEvents();
        QCOMPARE(w->undoStack()->count(), steps + 1);
        const Route r = w->document()->design().routes.front();
        QCOMPARE(r.from, QStringLiteral("br-tch"));
        QCOMPARE(r.to, QStringLiteral("dc"));
        QCOMPARE(r.via, QStringList{QStringLiteral("wan")});
        // One more up is the Kaohsiung branch: fw-khh joins it to the WAN too.
        QTest::keyClick(from, Qt::Key_Up);
        QCOMPARE(w->document()->design().routes.front().from, QStringLiteral("br-khh"));
        // To: one up from dc is the internet, which no firewall joins to the
        // WAN: refused, naming the field, and the field shows what is in force.
        QComboBox *to = named<QComboBox>(routes, QStringLiteral("To zone"));
        QSignalSpy refused(w->properties(), &views::PropertiesPanel::invalidInput);
        to->setFocus();
        QTest::keyClick(to, Qt::Key_Up);
        QCOMPARE(refused.count(), 1);
        QVERIFY2(refused.first().at(0).toString().startsWith(QStringLiteral("To zone:")),
                 qPrintable(refused.first().at(0).toString()));
        QCOMPARE(w->document()->design().routes.front().to, QStringLiteral("dc"));
        QCOMPARE(to->currentData().toString(), QStringLiteral("dc"));
        QCOMPARE(w->undoStack()->count(), steps + 2);
        w->undoStack()->undo();
        QCOMPARE(w->document()->design().routes.front().from, QStringLiteral("br-tch"));
        w->undoStack()->undo();
        QCOMPARE(w->document()->design().routes.front().from, QStringLiteral("br-tpe"));
    }

    void deletingAMixedSelectionIsOneStep()
    {
        auto w = test::openWindow(example);
        const Design &d = w->document()->design();
        QVERIFY(!d.hosts.empty());
        // A host outside the zone, a zone, and a device.
        const QString zone = QStringLiteral("br-khh");
        QString host;
        for (const Host &h : d.hosts)
            if (h.zone == QLatin1String("dc"))
                host = h.id;
        QVERIFY(!host.isEmpty());
        const QByteArray before = test::saved(*w);
        const int steps = w->undoStack()->count();
        w->scene()->clearSelection();
        w->scene()->hostItem(host)->setSelected(true);
        w->scene()->zoneItem(zone)->setSelected(true);
        w->scene()->firewalls()->item(QStringLiteral("fw-tpe"))->setSelected(true);
        QCoreApplication::processEvents();
        w->actions()->deleteSelection->trigger();
        QCoreApplication::processEvents();
        QCOMPARE(w->undoStack()->count(), steps + 1);
        QVERIFY(!w->document()->host(host));
        QVERIFY(!w->document()->zone(zone));
        QVERIFY(!w->document()->firewall(QStringLiteral("fw-tpe")));
        // The route br-tpe -> dc went with the only device that joined br-tpe.
        QVERIFY(w->document()->design().routes.empty());
        const QByteArray after = test::saved(*w);
        w->undoStack()->undo();
        QCOMPARE(test::saved(*w), before);
        QVERIFY(w->scene()->firewalls()->item(QStringLiteral("fw-tpe")));
        w->undoStack()->redo();
        QCOMPARE(test::saved(*w), after);
    }

    void everyNewWidgetIsNamedAndReachable()
    {
        auto w = test::openWindow(example);
        selectFirewall(*w, device);
        QList<QWidget *> widgets = editorOf(*w)->findChildren<QWidget *>();
        widgets += w->properties()->routeEditor()->findChildren<QWidget *>();
        int checked = 0;
        for (QWidget *widget : widgets) {
            const bool control = qobject_cast<QLineEdit *>(widget) || qobject_cast<QComboBox *>(widget)
                                 || qobject_cast<QAbstractButton *>(widget) || qobject_cast<QTreeWidget *>(widget);
            if (!control)
                continue;
            QVERIFY2(!widget->accessibleName().isEmpty(), widget->metaObject()->className());
            QVERIFY2(widget->focusPolicy() & Qt::TabFocus, qPrintable(widget->accessibleName()));
            ++checked;
        }
        QVERIFY(checked >= 14);
    }
};

QTEST_MAIN(TestFirewallProperties)
#include "tst_firewall_properties.moc"
