#pragma once

#include <QPointF>
#include <QRectF>
#include <QString>
#include <QStringList>

#include <vector>

namespace pp::test {

/// Whether a line segment passes through the inside of a rectangle (its
/// border shrunk by `inset`: touching it is not crossing).
bool segmentCrosses(const QPointF &a, const QPointF &b, const QRectF &rect, qreal inset = 0.5);

/// The boxes of `boxes` a polyline passes through, skipping `own` (its
/// ends' boxes), by index.
std::vector<int> boxesCrossed(const std::vector<QPointF> &route, const std::vector<QRectF> &boxes,
                              const std::vector<int> &own);

/// The example designs shipped in resources/examples, by file name.
QStringList bundledExamples();

} // namespace pp::test
