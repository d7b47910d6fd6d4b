#include "tests/support/RouteCheck.h"

#include "tests/support/TestPaths.h"

#include <QDir>

#include <algorithm>

namespace pp::test {

bool segmentCrosses(const QPointF &a, const QPointF &b, const QRectF &rect, qreal inset)
{
    const QRectF r = rect.adjusted(inset, inset, -inset, -inset);
    if (r.isEmpty())
        return false;
    // Liang-Barsky: clip the segment to the rectangle; anything left inside crosses.
    qreal t0 = 0, t1 = 1;
    const qreal dx = b.x() - a.x(), dy = b.y() - a.y();
    const qreal p[4] = {-dx, dx, -dy, dy};
    const qreal q[4] = {a.x() - r.left(), r.right() - a.x(), a.y() - r.top(), r.bottom() - a.y()};
    for (int i = 0; i < 4; ++i) {
        if (p[i] == 0) {
            if (q[i] <= 0)
                return false;
            continue;
        }
        const qreal t = q[i] / p[i];
        if (p[i] < 0)
            t0 = std::max(t0, t);
        else
            t1 = std::min(t1, t);
        if (t0 >= t1)
            return false;
    }
    return true;
}

std::vector<int> boxesCrossed(const std::vector<QPointF> &route, const std::vector<QRectF> &boxes,
                              const std::vector<int> &own)
{
    std::vector<int> out;
    for (size_t k = 0; k < boxes.size(); ++k) {
        if (boxes[k].isNull() || std::find(own.begin(), own.end(), int(k)) != own.end())
            continue;
        for (size_t i = 1; i < route.size(); ++i)
            if (segmentCrosses(route[i - 1], route[i], boxes[k])) {
                out.push_back(int(k));
                break;
            }
    }
    return out;
}

QStringList bundledExamples()
{
    return QDir(sourceDir() + QStringLiteral("/resources/examples")).entryList({QStringLiteral("*.portplan")}, QDir::Files, QDir::Name);
}

} // namespace pp::test
