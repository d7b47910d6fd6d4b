#include "model/review/Recommendation.h"

#include "model/design/DisplayText.h"

namespace pp {

QString Recommendation::localText() const
{
    return chineseTerms() && !textZh.isEmpty() ? textZh : text;
}

} // namespace pp
