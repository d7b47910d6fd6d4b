// Rule 10 on the canvas: the firewall devices mirror the document, a drag
// becomes one undoable move, a selected flow lights its path device by
// device, and the zone trunks run per device without crossing a box.
#include "tests/support/RouteCheck.h"
#include "tests/support/TestPaths.h"

#include "app/commands/Edits.h"
#include "model/catalog/Catalog.h"
#include "model/document/DesignDocument.h"
#include "model/engine/RulesEngine.h"
#include "model/file/DesignFile.h"
#include "render/diagram/DiagramShapes.h"
#include "views/canvas/ConnectionLayer.h"
#include "views/canvas/DesignScene.h"
#include "views/canvas/DesignView.h"
#include "views/canvas/FirewallItem.h"
#include "views/canvas/FirewallMirror.h"
#include "views/canvas/ZoneItem.h"

#include <QSignalSpy>
#include <QTest>
#include <QUndoStack>

using namespace pp;

namespace {

Design example()
{
    LoadResult r = DesignFile::load(test::examplePath(QStringLiteral("branch-firewalls.portplan")), Catalog::builtin());
    if (!r.ok())
        qFatal("cannot load branch-firewalls: %s", qPrintable(r.errorText()));
    return *r.design;
}

AnalysisPtr analysisOf(const Design &d)
{
    auto s = std::make_shared<AnalysisSnapshot>();
    s->design = d;
    s->analysis = RulesEngine(Catalog::builtin()).analyze(d);
    s->pairs = HostPairs::of(s->analysis);
    return s;
}

int itemCount(const QGraphicsScene &scene)
{
    int n = 0;
    for (QGraphicsItem *item : scene.items())
        n += item->type() == views::FirewallItem::Type;
    return n;
}

} // namespace

class TestFirewallItems : public QObject
{
    Q_OBJECT

private slots:
    void mirrorsTheDevices()
    {
        DesignDocument doc;
        doc.reset(example());
        views::DesignScene scene(&doc, Catalog::builtin());
        QVERIFY(doc.design().firewalls.size() >= 4);
        QCOMPARE(itemCount(scene), int(doc.design().firewalls.size()));
        for (const Firewall &f : doc.design().firewalls) {
            const views::FirewallItem *item = scene.firewalls()->item(f.id);
            QVERIFY2(item, qPrintable(f.id));
            QCOMPARE(item->pos(), f.pos);
            // Each link ends on the border of the zone its interface sits in.
            for (int i = 0; i < int(f.interfaces.size()); ++i) {
                const QRectF zone = doc.zone(f.interfaces[size_t(i)].zone)->rect;
                const QPointF end = item->linkEnd(i);
                QVERIFY(zone.adjusted(-0.5, -0.5, 0.5, 0.5).contains(end));
                QVERIFY(!zone.adjusted(0.5, 0.5, -0.5, -0.5).contains(end));
            }
        }

        Firewall added = doc.design().firewalls.front();
        added.id = QStringLiteral("fw-new");
        added.pos = QPointF(700, 760);
        doc.insertFirewall(0, added);
        QVERIFY(scene.firewalls()->item(QStringLiteral("fw-new")));
        added.pos = QPointF(720, 770);
        doc.replaceFirewall(added);
        QCOMPARE(scene.firewalls()->item(QStringLiteral("fw-new"))->pos(), QPointF(720, 770));
        doc.removeFirewall(QStringLiteral("fw-new"));
        QVERIFY(!scene.firewalls()->item(QStringLiteral("fw-new")));
        QCOMPARE(itemCount(scene), int(doc.design().firewalls.size()));

        doc.reset(Design());
        QCOMPARE(itemCount(scene), 0);
    }

    void dragIsOneUndoableMove()
    {
        DesignDocument doc;
        doc.reset(example());
        QUndoStack stack;
        commands::Edits edits(&stack, &doc, Catalog::builtin());
        views::DesignScene scene(&doc, Catalog::builtin());
        connect(&scene, &views::DesignScene::firewallMoved, &scene, [&edits](const QString &id, const QPointF &pos) { edits.moveFirewall(id, pos); });
        views::DesignView view(&scene);
        view.resize(1200, 900);
        view.show();
        QVERIFY(QTest::qWaitForWindowExposed(&view));
        view.setZoom(1);
        const Firewall before = doc.design().firewalls.front();
        view.centerOn(before.pos);
        QSignalSpy moved(&scene, &views::DesignScene::firewallMoved);

        // Press on the symbol, drag 120 px right, release.
        const QPoint start = view.mapFromScene(before.pos);
        QTest::mousePress(view.viewport(), Qt::LeftButton, {}, start);
        for (int step = 1; step <= 6; ++step)
            QTest::mouseMove(view.viewport(), start + QPoint(step * 20, 0));
        QTest::mouseRelease(view.viewport(), Qt::LeftButton, {}, start + QPoint(120, 0));
        QCOMPARE(moved.count(), 1);
        QCOMPARE(stack.count(), 1);
        const QPointF after = doc.firewall(before.id)->pos;
        QVERIFY2(qAbs(after.x() - before.pos.x() - 120) <= 10, qPrintable(QString::number(after.x())));
        QCOMPARE(scene.firewalls()->item(before.id)->pos(), after);

        stack.undo();
        QCOMPARE(doc.firewall(before.id)->pos, before.pos);
        QCOMPARE(scene.firewalls()->item(before.id)->pos(), before.pos);
    }

    void aSelectedFlowLightsItsPath()
    {
        DesignDocument doc;
        doc.reset(example());
        views::DesignScene scene(&doc, Catalog::builtin());
        const AnalysisPtr analysis = analysisOf(doc.design());
        scene.setAnalysis(analysis);
        views::ConnectionLayer *layer = scene.connections();

        // The pair with the longest path: a branch through the WAN to the datacenter.
        int best = -1;
        size_t longest = 0;
        for (int p = 0; p < layer->pairCount(); ++p)
            for (int f : layer->flows(p))
                if (const size_t n = analysis->analysis.pathOf(analysis->analysis.flows[size_t(f)]).size(); n > longest) {
                    longest = n;
                    best = p;
                }
        QVERIFY2(longest >= 2, "the example has a path through two devices");
        scene.highlightPairs({layer->key(best)});

        QHash<QString, QSet<int>> expected;
        for (int f : layer->flows(best))
            for (const PathHop &hop : analysis->analysis.pathOf(analysis->analysis.flows[size_t(f)]))
                expected[doc.design().firewalls[size_t(hop.firewall)].id] << hop.ingress << hop.egress;
        QCOMPARE(expected.size() >= 2, true);
        for (const Firewall &f : doc.design().firewalls) {
            const views::FirewallItem *item = scene.firewalls()->item(f.id);
            QCOMPARE(item->isLit(), expected.contains(f.id));
            QCOMPARE(item->litInterfaces(), expected.value(f.id));
        }

        // Nothing selected: every device goes out.
        scene.highlightPairs({});
        for (const Firewall &f : doc.design().firewalls)
            QVERIFY(!scene.firewalls()->item(f.id)->isLit());
    }

    void aSelectedDeviceTintsItsZones()
    {
        DesignDocument doc;
        doc.reset(example());
        views::DesignScene scene(&doc, Catalog::builtin());
        const Firewall &f = doc.design().firewalls.front();
        scene.firewalls()->item(f.id)->setSelected(true);
        QCOMPARE(scene.selectedFirewalls(), QStringList{f.id});
        scene.showFirewallZones(scene.selectedFirewalls());
        for (const Zone &z : doc.design().zones)
            QCOMPARE(scene.zoneItem(z.id)->isTinted(), f.zones().contains(z.id));
        scene.clearSelection();
        scene.showFirewallZones(scene.selectedFirewalls());
        for (const Zone &z : doc.design().zones)
            QVERIFY(!scene.zoneItem(z.id)->isTinted());
    }

    void trunksRunPerDevice()
    {
        DesignDocument doc;
        doc.reset(example());
        views::DesignScene scene(&doc, Catalog::builtin());
        scene.setAnalysis(analysisOf(doc.design()));
        scene.setDetail(diagram::Detail::Zones);
        views::ConnectionLayer *layer = scene.connections();
        const Design &d = doc.design();
        int legs = 0;
        std::vector<QRectF> zones, devices;
        for (const Zone &z : d.zones)
            zones.push_back(z.rect);
        for (const Firewall &f : d.firewalls)
            devices.push_back(diagram::deviceRect(f.pos));
        for (int t = 0; t < layer->trunkCount(); ++t) {
            const diagram::DiagramEdge &e = layer->trunk(t);
            // Every crossing passes a device in this design: no zone-to-zone trunk.
            QCOMPARE(e.bKind, diagram::EndKind::Firewall);
            ++legs;
            const Firewall &f = d.firewalls[size_t(e.b)];
            QVERIFY2(f.interfaceIn(d.zones[size_t(e.a)].id) >= 0, qPrintable(f.id + d.zones[size_t(e.a)].id));
            QVERIFY(!e.route.empty());
            QVERIFY(devices[size_t(e.b)].adjusted(-0.5, -0.5, 0.5, 0.5).contains(e.route.back()));
            QVERIFY(test::boxesCrossed(e.route, zones, {e.a}).empty());
            QVERIFY(test::boxesCrossed(e.route, devices, {e.b}).empty());
        }
        QVERIFY(legs >= 6);
    }
};

QTEST_MAIN(TestFirewallItems)
#include "tst_firewall_items.moc"
