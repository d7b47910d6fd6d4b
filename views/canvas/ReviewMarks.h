#pragma once

// The security review on the canvas: which badge each host pair's line
// carries (ConnectionLayer::setMarks).

#include <QHash>
#include <QString>

#include "model/engine/AnalysisSnapshot.h"
#include "views/canvas/ConnectionLayer.h"

namespace pp {
class ReviewSheet;
}

namespace pp::views {

/// Per host pair, the worst state of the review crossings it carries:
/// rejected, then questioned (or needing re-review), then pending (no
/// badge), then approved, which shows only when every crossing is.
QHash<QString, ConnectionLayer::Mark> reviewMarks(const ReviewSheet *sheet, const AnalysisPtr &analysis);

} // namespace pp::views
