#include "views/canvas/ReviewMarks.h"

#include "model/review/ReviewSheet.h"

namespace pp::views {

QHash<QString, ConnectionLayer::Mark> reviewMarks(const ReviewSheet *sheet, const AnalysisPtr &analysis)
{
    using Mark = ConnectionLayer::Mark;
    auto rank = [](Mark m) { return m == Mark::Approved ? 0 : m == Mark::NoMark ? 1 : m == Mark::Questioned ? 2 : 3; };
    QHash<QString, Mark> marks;
    if (!sheet || !analysis)
        return marks;
    const Design &d = analysis->design;
    for (const ReviewItem &item : sheet->items()) {
        if (item.opening < 0 || size_t(item.opening) >= analysis->analysis.openings.size())
            continue;
        const Mark mark = item.status == ReviewStatus::Approved ? Mark::Approved
                        : item.status == ReviewStatus::Rejected ? Mark::Rejected
                        : item.status == ReviewStatus::Pending  ? Mark::NoMark
                                                                : Mark::Questioned;
        for (int fi : analysis->analysis.openings[size_t(item.opening)].flows) {
            const Flow &f = analysis->analysis.flows[size_t(fi)];
            const QString &a = d.hosts[size_t(f.from)].id;
            const QString &b = d.hosts[size_t(f.to)].id;
            const QString key = a < b ? a + QLatin1Char('|') + b : b + QLatin1Char('|') + a;
            const auto it = marks.constFind(key);
            if (it == marks.constEnd() || rank(mark) > rank(*it))
                marks.insert(key, mark);
        }
    }
    return marks;
}


} // namespace pp::views
