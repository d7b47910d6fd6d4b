#include "views/canvas/ZonePlacer.h"

#include <QByteArray>
#include <QMutex>

#include <graphviz/cgraph.h>
#include <graphviz/gvc.h>

#include <algorithm>

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

void set(void *obj, const char *name, const QByteArray &value)
{
    agsafeset(obj, const_cast<char *>(name), const_cast<char *>(value.constData()), const_cast<char *>(""));
}

constexpr qreal points = 72.0; // graphviz sizes nodes in inches, positions in points (our scene units)

} // namespace

std::vector<QPointF> ZonePlacer::place(const std::vector<Box> &boxes, const std::map<std::pair<int, int>, int> &links,
                                       qreal gapX, qreal gapY)
{
    QMutexLocker locker(&graphvizLock);
    GVC_t *gvc = graphvizContext();
    Agraph_t *g = agopen(const_cast<char *>("zones"), Agdirected, nullptr);
    set(g, "rankdir", "TB");
    set(g, "newrank", "true");
    set(g, "nodesep", QByteArray::number(gapX / points));
    set(g, "ranksep", QByteArray::number(gapY / points));
    set(g, "splines", "false");

    int rows = 0;
    for (const Box &b : boxes)
        rows = std::max(rows, b.row + 1);
    std::vector<Agraph_t *> rowGraphs(size_t(rows), nullptr);
    for (int r = 0; r < rows; ++r) {
        rowGraphs[size_t(r)] = agsubg(g, QByteArray("row").append(QByteArray::number(r)).data(), 1);
        set(rowGraphs[size_t(r)], "rank", "same");
    }
    std::vector<Agnode_t *> nodes(boxes.size());
    for (size_t i = 0; i < boxes.size(); ++i) {
        nodes[i] = agnode(rowGraphs[size_t(boxes[i].row)], QByteArray("z").append(QByteArray::number(qulonglong(i))).data(), 1);
        set(nodes[i], "shape", "box");
        set(nodes[i], "fixedsize", "true");
        set(nodes[i], "label", "");
        set(nodes[i], "width", QByteArray::number(boxes[i].size.width() / points));
        set(nodes[i], "height", QByteArray::number(boxes[i].size.height() / points));
    }
    // Rows keep their order even where no link joins them.
    for (int r = 0; r + 1 < rows; ++r) {
        auto first = [&](int row) {
            for (size_t i = 0; i < boxes.size(); ++i)
                if (boxes[i].row == row)
                    return nodes[i];
            return static_cast<Agnode_t *>(nullptr);
        };
        if (Agnode_t *a = first(r); a)
            if (Agnode_t *b = first(r + 1); b) {
                Agedge_t *e = agedge(g, a, b, nullptr, 1);
                set(e, "style", "invis");
                set(e, "weight", "0");
            }
    }
    for (const auto &[pair, weight] : links) {
        Agnode_t *a = nodes[size_t(pair.first)], *b = nodes[size_t(pair.second)];
        const int ra = boxes[size_t(pair.first)].row, rb = boxes[size_t(pair.second)].row;
        Agedge_t *e = ra <= rb ? agedge(g, a, b, nullptr, 1) : agedge(g, b, a, nullptr, 1);
        set(e, "weight", QByteArray::number(1 + weight));
        if (ra == rb)
            set(e, "constraint", "false");
    }

    std::vector<QPointF> out;
    if (gvLayout(gvc, g, "dot") == 0) {
        const boxf bb = GD_bb(g);
        for (size_t i = 0; i < boxes.size(); ++i) {
            const pointf c = ND_coord(nodes[i]);
            out.emplace_back(c.x - bb.LL.x - boxes[i].size.width() / 2, bb.UR.y - c.y - boxes[i].size.height() / 2);
        }
        gvFreeLayout(gvc, g);
    }
    agclose(g);
    return out;
}

} // namespace pp::views
