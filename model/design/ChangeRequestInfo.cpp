#include "model/design/ChangeRequestInfo.h"

namespace pp {

bool operator==(const ChangeRequestInfo &a, const ChangeRequestInfo &b)
{
    return a.ticket == b.ticket && a.requester == b.requester && a.owner == b.owner
        && a.requestedDate == b.requestedDate && a.reviewDate == b.reviewDate && a.window == b.window
        && a.groupNames == b.groupNames && a.extras == b.extras;
}

} // namespace pp
