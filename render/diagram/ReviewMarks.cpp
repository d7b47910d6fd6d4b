#include "render/diagram/ReviewMarks.h"

#include "model/review/ReviewSheet.h"

namespace pp::diagram {

namespace {

ReviewMark markOf(ReviewStatus status)
{
    switch (status) {
    case ReviewStatus::Pending: return ReviewMark::NotReviewed;
    case ReviewStatus::Approved: return ReviewMark::Approved;
    case ReviewStatus::Rejected: return ReviewMark::Rejected;
    case ReviewStatus::Questioned: return ReviewMark::Questioned;
    case ReviewStatus::Stale: return ReviewMark::Stale;
    }
    return ReviewMark::NotReviewed;
}

} // namespace

std::vector<ReviewMark> reviewMarks(const Design &design, const Catalog &catalog, const Analysis &analysis,
                                    const std::vector<ReviewDecision> &decisions)
{
    std::vector<ReviewMark> marks(analysis.openings.size(), ReviewMark::NotReviewed);
    if (decisions.empty())
        return marks;
    return reviewMarks(ReviewSheet(design, catalog, analysis, decisions, QString()), analysis.openings.size());
}

std::vector<ReviewMark> reviewMarks(const ReviewSheet &sheet, size_t openingCount)
{
    std::vector<ReviewMark> marks(openingCount, ReviewMark::NotReviewed);
    for (const ReviewItem &item : sheet.items())
        if (item.opening >= 0 && size_t(item.opening) < marks.size())
            marks[size_t(item.opening)] = markOf(item.status);
    return marks;
}

} // namespace pp::diagram
