#include "views/canvas/AutoLayout.h"

#include "views/canvas/CanvasStyle.h"

#include <QMutex>
#include <QSet>

#include <graphviz/cgraph.h>
#include <graphviz/gvc.h>

namespace pp::views {

namespace {

/// graphviz keeps global state; layouts run one at a time.
QMutex graphvizLock;

/// One graphviz context for the life of the process, never freed. Graphviz
/// 2.42's pango text plugin remembers the last font name by pointer into the
/// context's font dictionary; freeing the context and laying out again made
/// it read that freed name (AddressSanitizer caught it). A lasting context
/// also spares loading the plugins on every layout.
GVC_t *graphvizContext()
{
    static GVC_t *context = gvContext();
    return context;
}

char *cstr(QByteArray &storage, const QString &s)
{
    storage = s.toUtf8();
    return storage.data();
}

void set(void *obj, const char *name, const char *value)
{
    agsafeset(obj, const_cast<char *>(name), const_cast<char *>(value), const_cast<char *>(""));
}

} // namespace

LayoutResult autoLayout(const Design &design, const Analysis &analysis)
{
    QMutexLocker locker(&graphvizLock);
    LayoutResult result;
    GVC_t *gvc = graphvizContext();
    QByteArray name("portplanner");
    Agraph_t *g = agopen(name.data(), Agdirected, nullptr);
    set(g, "rankdir", "LR");
    set(g, "compound", "true");
    set(g, "nodesep", "0.35");
    set(g, "ranksep", "1.2");
    set(g, "newrank", "true");

    const qreal points = 72.0; // graphviz sizes nodes in inches, positions in points
    const QByteArray width = QByteArray::number(style::hostWidth / points);
    const QByteArray height = QByteArray::number(style::hostHeight / points);
    std::vector<Agraph_t *> clusters(design.zones.size(), nullptr);
    std::vector<Agnode_t *> nodes(design.hosts.size(), nullptr);
    QByteArray buffer;
    for (size_t z = 0; z < design.zones.size(); ++z) {
        clusters[z] = agsubg(g, cstr(buffer, QStringLiteral("cluster_%1").arg(z)), 1);
        set(clusters[z], "margin", "36");
        // An empty label as tall as the zone's title bar: graphviz keeps that
        // room free at the top of the cluster, so no card sits under the title.
        set(clusters[z], "label", " ");
        set(clusters[z], "labelloc", "t");
        set(clusters[z], "fontsize", "30");
    }
    for (size_t h = 0; h < design.hosts.size(); ++h) {
        const int zone = design.zoneIndex(design.hosts[h].zone);
        Agraph_t *parent = zone >= 0 ? clusters[size_t(zone)] : g;
        nodes[h] = agnode(parent, cstr(buffer, QStringLiteral("h%1").arg(h)), 1);
        set(nodes[h], "shape", "box");
        set(nodes[h], "fixedsize", "true");
        set(nodes[h], "width", width.constData());
        set(nodes[h], "height", height.constData());
    }
    QSet<quint64> seen;
    for (const Flow &f : analysis.flows) {
        if (f.from == f.to || size_t(f.from) >= nodes.size() || size_t(f.to) >= nodes.size())
            continue;
        const quint64 key = (quint64(std::min(f.from, f.to)) << 32) | quint32(std::max(f.from, f.to));
        if (seen.contains(key))
            continue;
        seen.insert(key);
        Agedge_t *e = agedge(g, nodes[size_t(f.from)], nodes[size_t(f.to)], nullptr, 1);
        if (!f.crossing())
            set(e, "weight", "2");
    }

    if (gvLayout(gvc, g, "dot") != 0) {
        result.error = QStringLiteral("graphviz could not lay out the design");
    } else {
        const boxf bb = GD_bb(g);
        auto toScene = [&bb](pointf p) { return QPointF(p.x - bb.LL.x, bb.UR.y - p.y); };
        for (size_t h = 0; h < design.hosts.size(); ++h) {
            const QPointF center = toScene(ND_coord(nodes[h]));
            result.hosts.insert(design.hosts[h].id, center - QPointF(style::hostWidth / 2, style::hostHeight / 2));
        }
        qreal parking = bb.UR.y - bb.LL.y + 60; // empty zones go below the rest, one under the other
        for (size_t z = 0; z < design.zones.size(); ++z) {
            const boxf cb = GD_bb(clusters[z]);
            // dot lets clusters touch; drawn a little inside their box, zones
            // keep a gap between them and their hosts a margin inside.
            QRectF r = QRectF(toScene(cb.LL), toScene(cb.UR)).normalized().adjusted(14, 14, -14, -14);
            if (r.width() < 1) {
                r = QRectF(QPointF(0, parking), design.zones[z].rect.size());
                parking += r.height() + 40;
            }
            result.zones.insert(design.zones[z].id, r);
        }
        gvFreeLayout(gvc, g);
    }
    agclose(g);
    return result;
}

} // namespace pp::views
