#include "render/diagram/LabelPlacer.h"

#include <QLineF>

#include <algorithm>
#include <cmath>

namespace pp::diagram {

namespace {

/// About a card's width: a label's candidate spans a few cells.
constexpr qreal cellSize = 128;
/// A box over more cells than this (a zone-sized one) is tested on its own.
constexpr int maxCells = 256;

quint64 cellKey(int x, int y)
{
    return (quint64(quint32(x)) << 32) | quint32(y);
}

int cellIndex(qreal v)
{
    return int(std::floor(std::clamp<qreal>(v / cellSize, -1e9, 1e9)));
}

} // namespace

LabelPlacer::LabelPlacer(std::vector<QRectF> avoid)
{
    m_taken.reserve(avoid.size());
    for (const QRectF &r : avoid)
        take(r);
}

LabelPlacer::Cells LabelPlacer::cellsOf(const QRectF &r) const
{
    const QRectF n = r.normalized();
    return {cellIndex(n.left()), cellIndex(n.top()), cellIndex(n.right()), cellIndex(n.bottom())};
}

void LabelPlacer::take(const QRectF &r)
{
    const int index = int(m_taken.size());
    m_taken.push_back(r);
    const Cells c = cellsOf(r);
    if (qint64(c.right - c.left + 1) * (c.bottom - c.top + 1) > maxCells) {
        m_wide.push_back(index);
        return;
    }
    for (int x = c.left; x <= c.right; ++x)
        for (int y = c.top; y <= c.bottom; ++y)
            m_grid[cellKey(x, y)].push_back(index);
}

bool LabelPlacer::isFree(const QRectF &r) const
{
    // The same test as against every box (QRectF::intersects), on the boxes
    // that share a cell with the candidate: any box it meets shares one.
    for (int i : m_wide)
        if (m_taken[size_t(i)].intersects(r))
            return false;
    const Cells c = cellsOf(r);
    if (qint64(c.right - c.left + 1) * (c.bottom - c.top + 1) > maxCells)
        return std::none_of(m_taken.begin(), m_taken.end(), [&r](const QRectF &t) { return t.intersects(r); });
    for (int x = c.left; x <= c.right; ++x)
        for (int y = c.top; y <= c.bottom; ++y) {
            const auto it = m_grid.constFind(cellKey(x, y));
            if (it == m_grid.cend())
                continue;
            for (int i : *it)
                if (m_taken[size_t(i)].intersects(r))
                    return false;
        }
    return true;
}

QRectF LabelPlacer::place(const std::vector<QPointF> &route, const QSizeF &size)
{
    if (route.size() < 2)
        return {};
    std::vector<size_t> segments(route.size() - 1);
    for (size_t i = 0; i < segments.size(); ++i)
        segments[i] = i;
    auto length = [&](size_t i) { return QLineF(route[i], route[i + 1]).length(); };
    std::stable_sort(segments.begin(), segments.end(), [&](size_t a, size_t b) { return length(a) > length(b); });
    auto at = [&](size_t i, qreal t) {
        QRectF r(QPointF(), size);
        r.moveCenter(route[i] + (route[i + 1] - route[i]) * t);
        return r;
    };
    for (qreal t : {0.5, 0.3, 0.7, 0.15, 0.85})
        for (size_t i : segments)
            if (length(i) > 4 && isFree(at(i, t))) {
                take(at(i, t));
                return m_taken.back();
            }
    take(at(segments.front(), 0.5));
    return m_taken.back();
}

} // namespace pp::diagram
