#pragma once

#include <QString>
#include <QStringList>

namespace pp {

enum class AuditStatus : quint8 {
    Allowed,  ///< the policy already allows every host pair and port
    Partial,  ///< some of it: `missing` says what is not
    Missing,  ///< none of it
};
QString auditStatusName(AuditStatus s); ///< "allowed", "partial", "missing"

/// One opening held against the policy.
struct AuditItem
{
    int opening = -1;         ///< index into Analysis::openings
    QString key;              ///< FlowText::openingKey
    AuditStatus status = AuditStatus::Missing;
    QStringList rules;        ///< the rules that allow (some of) it
    QStringList missing;      ///< "CM01 -> DP01: TCP/8531" per host pair still blocked
    QStringList deniedBy;     ///< the rules or chain policies that block it
};

} // namespace pp
