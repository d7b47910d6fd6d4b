#include "render/diagram/VerificationMarks.h"

#include "model/design/Design.h"
#include "model/engine/Analysis.h"
#include "model/verify/VerificationStatus.h"

namespace pp::diagram {

std::vector<CheckMark> verificationMarks(const Design &design, const Catalog &catalog, const Analysis &analysis,
                                         const std::vector<VerificationRecord> &records)
{
    std::vector<CheckMark> marks;
    if (records.empty())
        return marks;
    const VerificationStatus status(design, catalog, analysis, records);
    marks.reserve(analysis.openings.size());
    for (size_t o = 0; o < analysis.openings.size(); ++o) {
        const VerificationState s = status.state(int(o));
        marks.push_back(s == VerificationState::Verified ? CheckMark::Verified
                        : s == VerificationState::Failed ? CheckMark::Failed
                                                         : CheckMark::Untested);
    }
    return marks;
}

} // namespace pp::diagram
