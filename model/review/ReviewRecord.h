#pragma once

#include <QByteArray>

namespace pp {

class Catalog;
class ReviewSheet;
struct Analysis;
struct Design;

/// The review record as a self-contained HTML page: who decided what and
/// when, what is still outstanding or rejected, and the recommendations.
/// Every value from the design is escaped.
QByteArray reviewRecordHtml(const Design &design, const Catalog &catalog, const Analysis &analysis,
                            const ReviewSheet &sheet);

} // namespace pp
