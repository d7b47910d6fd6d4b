#include "render/diagram/SegmentNudger.h"

#include <algorithm>
#include <cmath>
#include <map>

namespace pp::diagram {

namespace {

struct Segment
{
    std::vector<QPointF> *route;
    size_t index;      ///< the segment from point index to index + 1
    bool horizontal;
    qreal lo, hi;      ///< its span along the line
    qreal side;        ///< where its neighbours lead, across the line (sort key)
    qreal offset = 0;
};

Segment segmentOf(std::vector<QPointF> *route, size_t k)
{
    const QPointF &p = (*route)[k], &q = (*route)[k + 1];
    const bool horizontal = std::abs(p.y() - q.y()) < 0.01;
    Segment s{route, k, horizontal, 0, 0, 0};
    s.lo = horizontal ? std::min(p.x(), q.x()) : std::min(p.y(), q.y());
    s.hi = horizontal ? std::max(p.x(), q.x()) : std::max(p.y(), q.y());
    const QPointF &before = (*route)[k - 1], &after = (*route)[k + 2];
    s.side = horizontal ? (before.y() + after.y()) / 2 - p.y() : (before.x() + after.x()) / 2 - p.x();
    return s;
}

/// Offsets for one run of overlapping segments on one line.
void spread(std::vector<Segment *> &run, qreal spacing, qreal maxOffset)
{
    if (run.size() < 2)
        return;
    std::sort(run.begin(), run.end(), [](const Segment *a, const Segment *b) { return a->side < b->side; });
    const qreal n = qreal(run.size() - 1);
    const qreal step = std::min(spacing, 2 * maxOffset / n);
    for (size_t i = 0; i < run.size(); ++i)
        run[i]->offset = (qreal(i) - n / 2) * step;
}

} // namespace

namespace {

/// Moves one segment across its line by `offset`; false (and nothing moved)
/// when it or a neighbour would then pass through a box.
bool shift(const Segment &s, qreal offset, const std::function<bool(const QPointF &, const QPointF &)> &blocked)
{
    std::vector<QPointF> &r = *s.route;
    QPointF p = r[s.index], q = r[s.index + 1];
    (s.horizontal ? p.ry() : p.rx()) += offset;
    (s.horizontal ? q.ry() : q.rx()) += offset;
    if (blocked(p, q) || blocked(r[s.index - 1], p) || blocked(q, r[s.index + 2]))
        return false;
    r[s.index] = p;
    r[s.index + 1] = q;
    return true;
}

} // namespace

void nudgeApart(const std::vector<std::vector<QPointF> *> &routes, qreal spacing, qreal maxOffset,
                const std::function<bool(const QPointF &, const QPointF &)> &blocked)
{
    std::vector<Segment> segments;
    for (std::vector<QPointF> *r : routes)
        for (size_t k = 1; k + 2 < r->size(); ++k)
            segments.push_back(segmentOf(r, k));
    // Lines by orientation and position, to the half unit.
    std::map<std::pair<bool, qint64>, std::vector<Segment *>> lines;
    for (Segment &s : segments) {
        const QPointF &p = (*s.route)[s.index];
        lines[{s.horizontal, qint64(std::llround((s.horizontal ? p.y() : p.x()) * 2))}].push_back(&s);
    }
    for (auto &[key, onLine] : lines) {
        std::sort(onLine.begin(), onLine.end(), [](const Segment *a, const Segment *b) { return a->lo < b->lo; });
        std::vector<Segment *> run;
        qreal reach = 0;
        for (Segment *s : onLine) {
            if (!run.empty() && s->lo >= reach - 1) {
                spread(run, spacing, maxOffset);
                run.clear();
            }
            reach = run.empty() ? s->hi : std::max(reach, s->hi);
            run.push_back(s);
        }
        spread(run, spacing, maxOffset);
    }
    for (const Segment &s : segments)
        if (s.offset != 0 && !shift(s, s.offset, blocked))
            shift(s, s.offset / 2, blocked);
}

} // namespace pp::diagram
