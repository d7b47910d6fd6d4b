// The canvas model on its own: it mirrors a DesignDocument item for item and
// draws the engine's host pairs. (File > Export Diagram draws with
// render/DiagramSvg: tests/designer/tst_diagram_file.)
#include "tests/support/TestDesign.h"
#include "tests/support/TestPaths.h"

#include "model/catalog/Catalog.h"
#include "model/document/DesignDocument.h"
#include "model/file/DesignFile.h"
#include "model/engine/RulesEngine.h"
#include "views/canvas/CanvasStyle.h"
#include "views/canvas/ConnectionLayer.h"
#include "views/canvas/DesignScene.h"
#include "views/canvas/HostItem.h"
#include "views/canvas/ZoneItem.h"

#include <QImage>
#include <QPainter>
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
        const QPointF mid = (scene.hostItem(QStringLiteral("clients-lan"))->center()
                             + scene.hostItem(QStringLiteral("fsp01"))->center()) / 2;
        QCOMPARE(layer->pairAt(mid, 6), pair);
        const QString text = scene.describePair(key);
        QVERIFY2(text.contains(QStringLiteral("clients-lan → fsp01")), qPrintable(text));
        QVERIFY2(text.contains(QStringLiteral("TCP 80")), qPrintable(text));
        QVERIFY(text.startsWith(QStringLiteral("Crossing connection")));

        // Hidden internal connections cannot be hit either. (One whose middle
        // no other line crosses.)
        int internal = -1;
        QPointF middle;
        for (int p = 0; p < layer->pairCount() && internal < 0; ++p) {
            const QStringList ends = layer->key(p).split(QLatin1Char('|'));
            middle = (scene.hostItem(ends[0])->center() + scene.hostItem(ends[1])->center()) / 2;
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
};

QTEST_MAIN(TestScene)
#include "tst_scene.moc"
