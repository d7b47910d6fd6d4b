#pragma once

#include <QString>
#include <QStringList>

namespace pp {

/// An existing rule that lets more reach ConfigMgr hosts than the design
/// needs: any port, or any source. For the security review.
struct AuditFinding
{
    QString rule;
    QString where;
    QStringList hosts;        ///< host ids it reaches
    QStringList reasons;      ///< "any port", "any source"
    QString message;
};

} // namespace pp
