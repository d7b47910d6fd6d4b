#include "model/export/RequestAction.h"

namespace pp {

QString requestActionName(RequestAction action)
{
    switch (action) {
    case RequestAction::Add: return QStringLiteral("add");
    case RequestAction::Modify: return QStringLiteral("modify");
    case RequestAction::Remove: return QStringLiteral("remove");
    }
    return {};
}

} // namespace pp
