#pragma once

#include <QByteArray>
#include <QString>

namespace pp {

class Catalog;
class ReviewSheet;
struct Analysis;
struct Design;

/// The review record as a self-contained HTML page: who decided what and
/// when, what is still outstanding or rejected, and the recommendations.
/// Every value from the design is escaped. `moreSections`: sections that
/// libraries built on this one write, already HTML, placed at the end (the
/// policy audit's wide rules: model/audit's wideRulesRecordHtml).
QByteArray reviewRecordHtml(const Design &design, const Catalog &catalog, const Analysis &analysis,
                            const ReviewSheet &sheet, const QString &moreSections = {});

} // namespace pp
