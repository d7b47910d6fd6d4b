// The canvas model on its own: it mirrors a DesignDocument item for item and
// draws the engine's host pairs. (File > Export Diagram draws with
// render/DiagramSvg: tests/designer/tst_diagram_file.)
#include "tests/support/RouteCheck.h"
#include "tests/support/TestDesign.h"
#include "tests/support/TestPaths.h"

#include "model/catalog/Catalog.h"
#include "model/document/DesignDocument.h"
#include "model/file/DesignFile.h"
#include "model/engine/RulesEngine.h"
#include "views/canvas/CanvasStyle.h"
#include "views/canvas/ConnectionLayer.h"
#include "render/diagram/DiagramShapes.h"
#include "render/diagram/DiagramText.h"
#include "render/diagram/EdgeSummary.h"
#include "views/canvas/DesignScene.h"
#include "views/canvas/DesignView.h"
#include "views/canvas/HostItem.h"
#include "views/canvas/ZoneItem.h"

#include <QImage>
#include <QPainter>
#include <QSignalSpy>
#include <QTest>

using namespace pp;

namespace {

Design example(const QString &name)
{
    LoadResult r = DesignFile::load(test::examplePath(name), Catalog::builtin());
    if (!r.ok())
        qFatal("cannot load %s: %s", qPrintable(name), qPrintable(r.errorText()));
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

/// Every host and zone of the document has an item where the document says.
void checkMirror(views::DesignScene &scene, const DesignDocument &doc)
{
    int hosts = 0;
    int zones = 0;
    for (QGraphicsItem *item : scene.items()) {
        hosts += item->type() == views::HostItem::Type;
        zones += item->type() == views::ZoneItem::Type;
    }
    QCOMPARE(hosts, int(doc.design().hosts.size()));
    QCOMPARE(zones, int(doc.design().zones.size()));
    for (const Host &h : doc.design().hosts) {
        QVERIFY2(scene.hostItem(h.id), qPrintable(h.id));
        QCOMPARE(scene.hostItem(h.id)->pos(), h.pos);
    }
    for (const Zone &z : doc.design().zones) {
        QVERIFY2(scene.zoneItem(z.id), qPrintable(z.id));
        QCOMPARE(scene.zoneItem(z.id)->sceneRectangle(), z.rect);
    }
}

} // namespace

class TestScene : public QObject
{
    Q_OBJECT

private slots:
    void mirrorsTheDocument()
    {
        DesignDocument doc;
        doc.reset(example(QStringLiteral("cas-branches.portplan")));
        views::DesignScene scene(&doc, Catalog::builtin());
        checkMirror(scene, doc);

        // Additions, changes and removals arrive by signal.
        Host added = doc.design().hosts.front();
        added.id = QStringLiteral("added");
        added.pos += QPointF(15, 25);
        doc.insertHost(0, added);
        Host moved = *doc.host(doc.design().hosts.back().id);
        moved.pos = QPointF(moved.pos.x() + 33.5, moved.pos.y() - 7.25); // off the grid: mirrored as is
        doc.replaceHost(moved);
        Zone zone = doc.design().zones.front();
        zone.rect.setWidth(zone.rect.width() + 40);
        doc.replaceZone(zone);
        checkMirror(scene, doc);

        QStringList gone;
        for (const Host &h : doc.design().hosts)
            if (h.zone == doc.design().zones.back().id)
                gone << h.id;
        QVERIFY(gone.size() > 1);
        doc.removeHosts(gone);
        doc.removeZone(doc.design().zones.back().id);
        // Removed cards leave the scene at once; they are deleted on the next pass.
        checkMirror(scene, doc);
        QCoreApplication::processEvents();
        checkMirror(scene, doc);

        doc.reset(example(QStringLiteral("standalone-dmz.portplan")));
        checkMirror(scene, doc);
    }

    void drawsTheEnginesPairs()
    {
        DesignDocument doc;
        doc.reset(example(QStringLiteral("standalone-dmz.portplan")));
        views::DesignScene scene(&doc, Catalog::builtin());
        const AnalysisPtr a = analysisOf(doc.design());
        scene.setAnalysis(a);
        views::ConnectionLayer *layer = scene.connections();
        QCOMPARE(layer->pairCount(), int(a->pairs.size()));
        int crossing = 0;
        for (int p = 0; p < layer->pairCount(); ++p) {
            crossing += layer->crossing(p);
            // A pair is crossing exactly when one of its flows is.
            bool any = false;
            for (int f : layer->flows(p))
                any = any || a->analysis.flows[size_t(f)].crossing();
            QCOMPARE(layer->crossing(p), any);
            QVERIFY(layer->direction(p) != 0);
        }
        QVERIFY(crossing > 0 && crossing < layer->pairCount());

        // A click between two connected cards finds their pair; the tooltip lists its ports.
        const QString key = QStringLiteral("clients-lan|fsp01");
        const int pair = layer->pairOf(key);
        QVERIFY(pair >= 0);
        // (Halfway along its route: lines run around the cards, not straight.)
        QCOMPARE(layer->pairAt(diagram::midpoint(layer->route(pair)), 2), pair);
        const QString text = scene.describePair(key);
        QVERIFY2(text.contains(QStringLiteral("clients-lan → fsp01")), qPrintable(text));
        QVERIFY2(text.contains(QStringLiteral("TCP 80")), qPrintable(text));
        QVERIFY(text.startsWith(QStringLiteral("Crossing connection")));

        // Hidden internal connections cannot be hit either. (One whose middle
        // no other line crosses.)
        int internal = -1;
        QPointF middle;
        for (int p = 0; p < layer->pairCount() && internal < 0; ++p) {
            middle = diagram::midpoint(layer->route(p));
            if (!layer->crossing(p) && layer->pairAt(middle, 2) == p)
                internal = p;
        }
        QVERIFY(internal >= 0);
        scene.setShowInternalConnections(false);
        QVERIFY(layer->pairAt(middle, 2) != internal);

        // Highlighting a pair marks its two cards and nothing else.
        scene.highlightPairs({key});
        for (const Host &h : doc.design().hosts)
            QCOMPARE(scene.hostItem(h.id)->isHighlighted(), h.id == QLatin1String("clients-lan") || h.id == QLatin1String("fsp01"));
    }

    void analysisOfAnOlderDesignIsSafe()
    {
        // The worker's result may describe hosts the document no longer has.
        DesignDocument doc;
        doc.reset(example(QStringLiteral("standalone-dmz.portplan")));
        views::DesignScene scene(&doc, Catalog::builtin());
        const AnalysisPtr a = analysisOf(doc.design());
        doc.removeHosts({QStringLiteral("fsp01"), QStringLiteral("cm01")});
        scene.setAnalysis(a);
        const int pair = scene.connections()->pairOf(QStringLiteral("clients-lan|fsp01"));
        QVERIFY(pair >= 0);
        QImage image(400, 300, QImage::Format_ARGB32_Premultiplied);
        QPainter painter(&image);
        scene.render(&painter); // draws without the missing hosts, and does not crash
        QCOMPARE(scene.connections()->pairAt(QPointF(-1000, -1000), 5), -1);
    }

    void hostsBackBeforeTheEngineTakeUpTheirLines()
    {
        DesignDocument doc;
        doc.reset(example(QStringLiteral("standalone-dmz.portplan")));
        views::DesignScene scene(&doc, Catalog::builtin());
        scene.setAnalysis(analysisOf(doc.design()));
        views::ConnectionLayer *layer = scene.connections();
        const QString key = QStringLiteral("clients-lan|fsp01");
        QVERIFY(!layer->route(layer->pairOf(key)).empty());
        const int index = doc.hostIndex(QStringLiteral("fsp01"));
        const Host fsp01 = *doc.host(QStringLiteral("fsp01"));
        doc.removeHosts({fsp01.id});
        QTRY_VERIFY(layer->route(layer->pairOf(key)).empty());
        // Undone before the engine caught up: the lines drawn still have the
        // host and take it up again.
        doc.insertHosts({{index, fsp01}});
        QTRY_VERIFY(!layer->route(layer->pairOf(key)).empty());

        // Once the analysis drawn no longer has it, a host coming back has
        // no lines to take up: no rebuild (a whole zone's worth is costly);
        // the next analysis brings its lines.
        doc.removeHosts({fsp01.id});
        scene.setAnalysis(analysisOf(doc.design()));
        QCOMPARE(layer->pairOf(key), -1);
        QSignalSpy rebuilt(&scene, &views::DesignScene::legendChanged);
        doc.insertHosts({{index, fsp01}});
        QTest::qWait(10);
        QCOMPARE(rebuilt.count(), 0);
        QVERIFY(scene.hostItem(fsp01.id));
        scene.setAnalysis(analysisOf(doc.design()));
        QVERIFY(!layer->route(layer->pairOf(key)).empty());
    }

    void sceneRectGrowsWhileEditing()
    {
        DesignDocument doc;
        doc.reset(example(QStringLiteral("standalone-dmz.portplan")));
        views::DesignScene scene(&doc, Catalog::builtin());
        const QRectF fitted = scene.sceneRect();
        // The zone furthest right goes: nothing in the view may shift.
        const Zone *right = &doc.design().zones.front();
        for (const Zone &z : doc.design().zones)
            if (z.rect.right() > right->rect.right())
                right = &z;
        const QString gone = right->id;
        QStringList hosts;
        for (const Host &h : doc.design().hosts)
            if (h.zone == gone)
                hosts << h.id;
        doc.removeHosts(hosts);
        doc.removeZone(gone);
        QCOMPARE(scene.sceneRect(), fitted);
        // A zone further out grows it.
        Zone far;
        far.id = QStringLiteral("far");
        far.name = QStringLiteral("Far");
        far.rect = QRectF(fitted.right() + 1000, 0, 300, 200);
        doc.insertZone(int(doc.design().zones.size()), far);
        QVERIFY(scene.sceneRect().right() > fitted.right() + 1000);
        // Fitting again (Fit to View, a new design) takes in only what is there.
        doc.removeZone(QStringLiteral("far"));
        scene.fitSceneRect();
        QVERIFY(scene.sceneRect().right() < fitted.right());
    }

    void trunksOpenAndCloseWithZoom()
    {
        DesignDocument doc;
        doc.reset(example(QStringLiteral("every-connection.portplan")));
        views::DesignScene scene(&doc, Catalog::builtin());
        scene.setAnalysis(analysisOf(doc.design()));
        views::DesignView view(&scene);
        view.resize(1000, 700);
        view.show();
        QVERIFY(QTest::qWaitForWindowExposed(&view));
        views::ConnectionLayer *layer = scene.connections();
        QVERIFY(layer->trunkCount() > 0);

        // Automatic: trunks at fit-to-view, host lines zoomed in, and back.
        view.fitAll();
        QCOMPARE(layer->hostLevel(view.zoom()), 0.0);
        const qreal fit = view.zoom();
        view.setZoom(fit * 1.5); // between the two: both show, fading
        QVERIFY(layer->hostLevel(view.zoom()) > 0 && layer->hostLevel(view.zoom()) < 1);
        view.setZoom(std::max(fit * 3, 0.8));
        QCOMPARE(layer->hostLevel(view.zoom()), 1.0);
        view.fitAll();
        QCOMPARE(layer->hostLevel(view.zoom()), 0.0);

        // By hand (View › Connection Detail), whatever the zoom.
        scene.setDetail(diagram::Detail::Hosts);
        QCOMPARE(layer->hostLevel(view.zoom()), 1.0);
        scene.setDetail(diagram::Detail::Zones);
        view.setZoom(2);
        QCOMPARE(layer->hostLevel(view.zoom()), 0.0);

        // What the view shows is what is drawn: at fit-to-view the trunks'
        // colour is on screen; with trunks off and host lines hidden, not.
        scene.setDetail(diagram::Detail::Automatic);
        view.fitAll();
        auto crossingPixels = [&view] {
            const QImage image = view.viewport()->grab().toImage();
            const QColor trunk = diagram::lineStyle(diagram::LineKind::Crossing).color;
            int n = 0;
            for (int y = 0; y < image.height(); y += 2)
                for (int x = 0; x < image.width(); x += 2)
                    n += image.pixelColor(x, y) == trunk;
            return n;
        };
        QVERIFY(crossingPixels() > 200);
    }

    void trunkLabelsCarryThePorts()
    {
        DesignDocument doc;
        doc.reset(example(QStringLiteral("standalone-dmz.portplan")));
        views::DesignScene scene(&doc, Catalog::builtin());
        const AnalysisPtr a = analysisOf(doc.design());
        scene.setAnalysis(a);
        views::ConnectionLayer *layer = scene.connections();
        int openings = 0;
        for (int t = 0; t < layer->trunkCount(); ++t) {
            const diagram::DiagramEdge &trunk = layer->trunk(t);
            QStringList expected;
            for (const Opening &o : a->analysis.openings)
                if (std::min(o.fromZone, o.toZone) == trunk.a && std::max(o.fromZone, o.toZone) == trunk.b) {
                    ++openings;
                    const QString port = diagram::EdgeSummary::portToken(o.protocol, o.portText);
                    if (!expected.contains(port))
                        expected << port;
                }
            QCOMPARE(QSet<QString>(trunk.ports.begin(), trunk.ports.end()), QSet<QString>(expected.begin(), expected.end()));
            const QString label = diagram::trunkLabel(trunk);
            QVERIFY2(label.startsWith(QString::number(trunk.openings.size()) + QStringLiteral(" · ") + trunk.ports.first()),
                     qPrintable(label));
            QVERIFY(scene.describeTrunk(t).contains(label));
        }
        QCOMPARE(openings, int(a->analysis.openings.size()));

        // A host line's ports, as hovering shows them: its flows' ports.
        const int pair = layer->pairOf(QStringLiteral("clients-lan|fsp01"));
        const diagram::DiagramEdge e = layer->edge(pair);
        QVERIFY(e.ports.contains(QStringLiteral("80")));
        QVERIFY(diagram::portsLabel(e).contains(QStringLiteral("80")));
    }

    void trunkRoutesFollowZonesNotCards()
    {
        // Trunks go around zones: a card moving keeps their routes (they are
        // not routed again), a zone moving gives them new ones from its new
        // sides, as routing the moved design from scratch does.
        DesignDocument doc;
        doc.reset(example(QStringLiteral("standalone-dmz.portplan")));
        views::DesignScene scene(&doc, Catalog::builtin());
        scene.setAnalysis(analysisOf(doc.design()));
        views::ConnectionLayer *layer = scene.connections();
        QVERIFY(layer->trunkCount() > 1);
        auto routes = [](const views::ConnectionLayer *l) {
            std::vector<std::vector<QPointF>> out;
            for (int t = 0; t < l->trunkCount(); ++t)
                out.push_back(l->trunk(t).route);
            return out;
        };
        const auto before = routes(layer);
        Host host = doc.design().hosts.front();
        host.pos += QPointF(0, 10);
        doc.replaceHost(host);
        QCOMPARE(routes(layer), before);

        const int moved = layer->trunk(0).a;
        Zone zone = doc.design().zones[size_t(moved)];
        zone.rect.translate(0, 200);
        for (const Host &h : doc.design().hosts)
            if (h.zone == zone.id) {
                Host shifted = h;
                shifted.pos += QPointF(0, 200);
                doc.replaceHost(shifted);
            }
        doc.replaceZone(zone);
        const auto after = routes(layer);
        QVERIFY(after != before);
        DesignDocument fresh;
        fresh.reset(doc.design());
        views::DesignScene freshScene(&fresh, Catalog::builtin());
        freshScene.setAnalysis(analysisOf(fresh.design()));
        QCOMPARE(routes(freshScene.connections()), after);
    }

    void noLineCrossesAForeignCard_data()
    {
        QTest::addColumn<QString>("file");
        for (const QString &e : test::bundledExamples())
            QTest::newRow(qPrintable(e)) << e;
    }

    void noLineCrossesAForeignCard()
    {
        QFETCH(QString, file);
        DesignDocument doc;
        doc.reset(example(file));
        views::DesignScene scene(&doc, Catalog::builtin());
        scene.setAnalysis(analysisOf(doc.design()));
        views::ConnectionLayer *layer = scene.connections();
        // Every card and zone as the scene has them.
        std::vector<QRectF> cards, zones;
        QHash<QString, int> cardIndex;
        for (const Host &h : doc.design().hosts) {
            cardIndex.insert(h.id, int(cards.size()));
            cards.push_back(scene.hostItem(h.id)->cardRect());
        }
        for (const Zone &z : doc.design().zones)
            zones.push_back(scene.zoneItem(z.id)->sceneRectangle());
        QVERIFY(layer->pairCount() > 0);
        for (int p = 0; p < layer->pairCount(); ++p) {
            const QStringList ends = layer->key(p).split(QLatin1Char('|'));
            const std::vector<QPointF> route = layer->route(p);
            QVERIFY(route.size() >= 2);
            const std::vector<int> crossed = test::boxesCrossed(route, cards, {cardIndex.value(ends[0]), cardIndex.value(ends[1])});
            QVERIFY2(crossed.empty(), qPrintable(layer->key(p) + QStringLiteral(" crosses ")
                                                 + (crossed.empty() ? QString() : doc.design().hosts[size_t(crossed.front())].id)));
        }
        for (int t = 0; t < layer->trunkCount(); ++t) {
            const diagram::DiagramEdge &trunk = layer->trunk(t);
            QVERIFY(trunk.route.size() >= 2);
            QVERIFY2(test::boxesCrossed(trunk.route, zones, {trunk.a, trunk.b}).empty(),
                     qPrintable(layer->trunkZones(t).join(QLatin1Char('-'))));
            QVERIFY(test::boxesCrossed(trunk.route, cards, {}).empty());
        }
        // Moving a card moves its lines' ends along, and they still keep off the rest.
        const Host &moved = doc.design().hosts.front();
        scene.hostItem(moved.id)->setPos(moved.pos + QPointF(0, 10));
        cards[size_t(cardIndex.value(moved.id))] = scene.hostItem(moved.id)->cardRect();
        for (int p = 0; p < layer->pairCount(); ++p) {
            const QStringList ends = layer->key(p).split(QLatin1Char('|'));
            QVERIFY(test::boxesCrossed(layer->route(p), cards, {cardIndex.value(ends[0]), cardIndex.value(ends[1])}).empty());
        }
    }
};

QTEST_MAIN(TestScene)
#include "tst_scene.moc"
