#include "model/audit/AuditItem.h"

namespace pp {

QString auditStatusName(AuditStatus s)
{
    switch (s) {
    case AuditStatus::Allowed: return QStringLiteral("allowed");
    case AuditStatus::Partial: return QStringLiteral("partial");
    case AuditStatus::Missing: return QStringLiteral("missing");
    }
    return {};
}

} // namespace pp
