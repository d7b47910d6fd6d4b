#include "model/review/ReviewItem.h"

#include <QCoreApplication>

namespace pp {

QString reviewStatusName(ReviewStatus s)
{
    switch (s) {
    case ReviewStatus::Pending: return QStringLiteral("pending");
    case ReviewStatus::Approved: return QStringLiteral("approved");
    case ReviewStatus::Rejected: return QStringLiteral("rejected");
    case ReviewStatus::Questioned: return QStringLiteral("questioned");
    case ReviewStatus::Stale: return QStringLiteral("needs re-review");
    }
    return {};
}

QString trafficName(Traffic t)
{
    switch (t) {
    case Traffic::Local: return QStringLiteral("local");
    case Traffic::Fallback: return QStringLiteral("fallback");
    case Traffic::Mixed: return QStringLiteral("local and fallback");
    }
    return {};
}

QString reviewStatusText(ReviewStatus s)
{
    switch (s) {
    case ReviewStatus::Pending: return QCoreApplication::translate("pp::ReviewSheet", "pending");
    case ReviewStatus::Approved: return QCoreApplication::translate("pp::ReviewSheet", "approved");
    case ReviewStatus::Rejected: return QCoreApplication::translate("pp::ReviewSheet", "rejected");
    case ReviewStatus::Questioned: return QCoreApplication::translate("pp::ReviewSheet", "questioned");
    case ReviewStatus::Stale: return QCoreApplication::translate("pp::ReviewSheet", "needs re-review");
    }
    return {};
}

QString trafficText(Traffic t)
{
    switch (t) {
    case Traffic::Local: return QCoreApplication::translate("pp::ReviewSheet", "local");
    case Traffic::Fallback: return QCoreApplication::translate("pp::ReviewSheet", "fallback");
    case Traffic::Mixed: return QCoreApplication::translate("pp::ReviewSheet", "local and fallback");
    }
    return {};
}

} // namespace pp
