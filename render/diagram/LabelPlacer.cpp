#include "render/diagram/LabelPlacer.h"

#include <QLineF>

#include <algorithm>

namespace pp::diagram {

bool LabelPlacer::isFree(const QRectF &r) const
{
    return std::none_of(m_taken.begin(), m_taken.end(), [&r](const QRectF &t) { return t.intersects(r); });
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
                m_taken.push_back(at(i, t));
                return m_taken.back();
            }
    m_taken.push_back(at(segments.front(), 0.5));
    return m_taken.back();
}

} // namespace pp::diagram
