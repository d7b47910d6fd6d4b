// Rule 10 in the undo layer, without a GUI: every firewall, interface and
// route edit is one undo step that restores the design exactly, and no edit
// leaves a design the file format would refuse.
#include "app/commands/Edits.h"
#include "model/catalog/Catalog.h"
#include "model/document/DesignDocument.h"
#include "model/file/DesignFile.h"
#include "tests/support/TestDesign.h"

#include <QSignalSpy>
#include <QTest>
#include <QUndoStack>

using namespace pp;

namespace {

enum Edit {
    AddFirewall,
    MoveFirewall,
    EditFirewall,
    RemoveFirewall,
    AddInterface,
    RemoveInterface,
    SetRoutes,
    RemoveZone,
    AddRoute,
    EditRoute,
    RemoveRoute,
    RemoveMixed,
    RemoveMixedWithItsZone,
};

/// Branch, WAN and datacenter with a firewall on each side of the WAN and
/// a route pinned through it.
Design start()
{
    test::TestDesign t = test::TestDesign::primaryWithServer();
    t.zone(QStringLiteral("wan"), ZoneKind::Transit).zone(QStringLiteral("br"), ZoneKind::Branch);
    t.zone(QStringLiteral("dmz"), ZoneKind::Perimeter);
    t.host(QStringLiteral("cl"), QStringLiteral("br"), QStringLiteral("PS1"), {QStringLiteral("client")});
    t.firewall(QStringLiteral("fw-dc"), {QStringLiteral("dc"), QStringLiteral("wan")},
               {QStringLiteral("trust"), QStringLiteral("untrust")}, FirewallPlatform::PaloAlto);
    t.firewall(QStringLiteral("fw-br"), {QStringLiteral("br"), QStringLiteral("wan")},
               {QStringLiteral("lan"), QStringLiteral("wan1")}, FirewallPlatform::Fortigate);
    t.route(QStringLiteral("br"), QStringLiteral("dc"), {QStringLiteral("wan")});
    return t.design;
}

QString loadProblems(const Design &d)
{
    const LoadResult r = DesignFile::parse(DesignFile::serialize(d), Catalog::builtin());
    return r.ok() ? QString() : r.errorText();
}

} // namespace

class TestFirewallEdits : public QObject
{
    Q_OBJECT

private slots:
    void undoRedo_data()
    {
        QTest::addColumn<int>("edit");
        QTest::addColumn<QString>("text");
        QTest::newRow("add firewall") << int(AddFirewall) << "Add firewall fw";
        QTest::newRow("move firewall") << int(MoveFirewall) << "Move firewall fw-dc";
        QTest::newRow("edit firewall") << int(EditFirewall) << "Edit firewall fw-dc";
        QTest::newRow("remove firewall") << int(RemoveFirewall) << "Delete firewall fw-br";
        QTest::newRow("add interface") << int(AddInterface) << "Link firewall fw-dc to zone dmz";
        QTest::newRow("remove interface") << int(RemoveInterface) << "Unlink firewall fw-br from zone wan";
        QTest::newRow("set routes") << int(SetRoutes) << "Pin route";
        QTest::newRow("remove zone") << int(RemoveZone) << "Delete 2 item(s)";
        QTest::newRow("add route") << int(AddRoute) << QStringLiteral("Pin route dc → wan → br");
        QTest::newRow("edit route") << int(EditRoute) << QStringLiteral("Edit route br → dc");
        QTest::newRow("remove route") << int(RemoveRoute) << QStringLiteral("Unpin route br → wan → dc");
        QTest::newRow("remove host, zone and firewall") << int(RemoveMixed) << "Delete 3 item(s)";
        QTest::newRow("remove a zone and a firewall in it") << int(RemoveMixedWithItsZone) << "Delete 2 item(s)";
    }

    void undoRedo()
    {
        QFETCH(int, edit);
        QFETCH(QString, text);
        DesignDocument doc;
        doc.reset(start());
        QUndoStack stack;
        commands::Edits edits(&stack, &doc, Catalog::builtin());
        Design before = doc.design();
        QVERIFY2(loadProblems(before).isEmpty(), qPrintable(loadProblems(before)));

        switch (Edit(edit)) {
        case AddFirewall:
            QCOMPARE(edits.addFirewall(FirewallPlatform::CiscoAsa, QPointF(10, 20)), QStringLiteral("fw"));
            break;
        case MoveFirewall:
            edits.moveFirewall(QStringLiteral("fw-dc"), QPointF(300, 40));
            break;
        case EditFirewall: {
            Firewall after = *doc.firewall(QStringLiteral("fw-dc"));
            after.name = QStringLiteral("DC core pair");
            after.platform = FirewallPlatform::JuniperSrx;
            after.management = QStringLiteral("10.0.0.1");
            after.interfaces[0].name = QStringLiteral("trust-dc");
            edits.editFirewall(*doc.firewall(QStringLiteral("fw-dc")), after);
            break;
        }
        case RemoveFirewall:
            edits.removeFirewalls({QStringLiteral("fw-br")});
            break;
        case AddInterface:
            QCOMPARE(edits.addInterface(QStringLiteral("fw-dc"), QStringLiteral("dmz")), QStringLiteral("ethernet1/1"));
            break;
        case RemoveInterface:
            edits.removeInterface(QStringLiteral("fw-br"), QStringLiteral("wan-if"));
            break;
        case SetRoutes:
            edits.setRoutes({{QStringLiteral("br"), QStringLiteral("dc"), {QStringLiteral("wan")}, {}},
                             {QStringLiteral("dc"), QStringLiteral("br"), {QStringLiteral("wan")}, {}}},
                            QStringLiteral("Pin route"));
            break;
        case RemoveZone:
            edits.remove({}, {QStringLiteral("br")});
            break;
        case AddRoute:
            edits.addRoute({QStringLiteral("dc"), QStringLiteral("br"), {QStringLiteral("wan")}, {}});
            QCOMPARE(int(doc.design().routes.size()), 2);
            break;
        case EditRoute: {
            // fw-dc joins br too: the route may now go straight through it.
            edits.addInterface(QStringLiteral("fw-dc"), QStringLiteral("br"));
            stack.clear();
            before = doc.design();
            Route after = doc.design().routes.front();
            after.via.clear();
            edits.editRoute(doc.design().routes.front(), after);
            QCOMPARE(doc.design().routes.front().via, QStringList());
            break;
        }
        case RemoveRoute:
            edits.removeRoute(QStringLiteral("br"), QStringLiteral("dc"));
            QVERIFY(doc.design().routes.empty());
            break;
        case RemoveMixed:
            // A host, a zone and a device selected together: one step.
            edits.remove({QStringLiteral("cl")}, {QStringLiteral("dmz")}, {QStringLiteral("fw-br")});
            QVERIFY(!doc.host(QStringLiteral("cl")) && !doc.zone(QStringLiteral("dmz")));
            QVERIFY(!doc.firewall(QStringLiteral("fw-br")));
            QVERIFY(doc.design().routes.empty()); // br -> wan had only fw-br
            break;
        case RemoveMixedWithItsZone:
            // The WAN and a device with an interface in it: the device goes
            // whole (not first trimmed), the other one loses its WAN side.
            edits.remove({}, {QStringLiteral("wan")}, {QStringLiteral("fw-br")});
            QVERIFY(!doc.firewall(QStringLiteral("fw-br")));
            QCOMPARE(doc.firewall(QStringLiteral("fw-dc"))->zones(), QStringList{QStringLiteral("dc")});
            break;
        }
        const Design after = doc.design();
        QCOMPARE(stack.count(), 1);
        QCOMPARE(stack.undoText(), text);
        QVERIFY(after != before);
        QVERIFY2(loadProblems(after).isEmpty(), qPrintable(loadProblems(after)));
        stack.undo();
        QVERIFY(doc.design() == before);
        stack.redo();
        QVERIFY(doc.design() == after);
    }

    void removingWhatARouteNeedsTakesTheRouteAlong_data()
    {
        QTest::addColumn<int>("edit");
        QTest::newRow("firewall") << int(RemoveFirewall);
        QTest::newRow("interface") << int(RemoveInterface);
        QTest::newRow("zone") << int(RemoveZone);
    }

    void removingWhatARouteNeedsTakesTheRouteAlong()
    {
        QFETCH(int, edit);
        DesignDocument doc;
        doc.reset(start());
        QUndoStack stack;
        commands::Edits edits(&stack, &doc, Catalog::builtin());
        QSignalSpy routes(&doc, &DesignDocument::routesChanged);
        if (edit == RemoveFirewall)
            edits.removeFirewalls({QStringLiteral("fw-br")});
        else if (edit == RemoveInterface)
            edits.removeInterface(QStringLiteral("fw-br"), QStringLiteral("wan-if"));
        else
            edits.remove({}, {QStringLiteral("wan")});
        QVERIFY(doc.design().routes.empty());
        QCOMPARE(routes.count(), 1);
        if (edit == RemoveZone) {
            // The WAN took the interfaces of both firewalls along.
            QCOMPARE(int(doc.firewall(QStringLiteral("fw-dc"))->interfaces.size()), 1);
            QCOMPARE(int(doc.firewall(QStringLiteral("fw-br"))->interfaces.size()), 1);
        }
        stack.undo();
        QCOMPARE(int(doc.design().routes.size()), 1);
        QVERIFY(doc.design() == start());
    }

    void editsThatKeepRoutesKeepThem()
    {
        DesignDocument doc;
        doc.reset(start());
        QUndoStack stack;
        commands::Edits edits(&stack, &doc, Catalog::builtin());
        edits.removeInterface(QStringLiteral("fw-br"), QStringLiteral("br-if"));
        QVERIFY(doc.design().routes.empty()); // br -> wan has no firewall any more
        stack.undo();
        edits.addInterface(QStringLiteral("fw-dc"), QStringLiteral("br"));
        edits.removeInterface(QStringLiteral("fw-br"), QStringLiteral("br-if"));
        QCOMPARE(int(doc.design().routes.size()), 1); // fw-dc joins br and wan now
    }

    void documentSignals()
    {
        DesignDocument doc;
        doc.reset(start());
        QUndoStack stack;
        commands::Edits edits(&stack, &doc, Catalog::builtin());
        QSignalSpy added(&doc, &DesignDocument::firewallAdded);
        QSignalSpy removed(&doc, &DesignDocument::firewallRemoved);
        QSignalSpy changed(&doc, &DesignDocument::firewallChanged);
        QSignalSpy any(&doc, &DesignDocument::changed);

        const QString id = edits.addFirewall(FirewallPlatform::Nftables, QPointF(5, 5));
        QCOMPARE(added.count(), 1);
        QCOMPARE(added.takeFirst().at(0).toString(), id);
        QVERIFY(any.takeLast().at(0).value<DesignChange>().structural);

        edits.moveFirewall(id, QPointF(50, 5));
        QCOMPARE(changed.count(), 1);
        // Moving the symbol changes no path: no recompute.
        QVERIFY(!any.takeLast().at(0).value<DesignChange>().structural);

        QCOMPARE(edits.addInterface(id, QStringLiteral("dc")), QStringLiteral("eth0"));
        QCOMPARE(edits.addInterface(id, QStringLiteral("dmz")), QStringLiteral("eth1"));
        QCOMPARE(doc.firewall(id)->interfaces[1].name, QStringLiteral("dmz"));
        QVERIFY(any.takeLast().at(0).value<DesignChange>().structural);

        edits.removeFirewalls({id});
        QCOMPARE(removed.count(), 1);
        stack.undo();
        QCOMPARE(added.count(), 1);
        QCOMPARE(doc.firewall(id)->interfaces.size(), size_t(2));
    }

    void interfaceIdsFollowThePlatform_data()
    {
        QTest::addColumn<int>("platform");
        QTest::addColumn<QString>("first");
        QTest::addColumn<QString>("second");
        QTest::newRow("paloalto") << int(FirewallPlatform::PaloAlto) << "ethernet1/1" << "ethernet1/2";
        QTest::newRow("fortigate") << int(FirewallPlatform::Fortigate) << "port1" << "port2";
        QTest::newRow("cisco-asa") << int(FirewallPlatform::CiscoAsa) << "GigabitEthernet0/0" << "GigabitEthernet0/1";
        QTest::newRow("juniper-srx") << int(FirewallPlatform::JuniperSrx) << "ge-0/0/0" << "ge-0/0/1";
        QTest::newRow("generic") << int(FirewallPlatform::Generic) << "if1" << "if2";
    }

    void interfaceIdsFollowThePlatform()
    {
        QFETCH(int, platform);
        QFETCH(QString, first);
        QFETCH(QString, second);
        DesignDocument doc;
        doc.reset(start());
        QUndoStack stack;
        commands::Edits edits(&stack, &doc, Catalog::builtin());
        const QString id = edits.addFirewall(FirewallPlatform(platform), QPointF());
        QCOMPARE(edits.addInterface(id, QStringLiteral("dc")), first);
        QCOMPARE(edits.addInterface(id, QStringLiteral("dmz")), second);
        QVERIFY(edits.addInterface(id, QStringLiteral("nowhere")).isEmpty());
        QVERIFY(edits.addInterface(QStringLiteral("fw-none"), QStringLiteral("dc")).isEmpty());
        QCOMPARE(stack.count(), 3);
    }
};

QTEST_GUILESS_MAIN(TestFirewallEdits)
#include "tst_firewall_edits.moc"
