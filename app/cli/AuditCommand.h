#pragma once

#include <QStringList>

namespace pp::cli {

/// `audit DESIGN --policy FILE [--firewall ID]`: each opening against an
/// existing policy; exit 0 when nothing is missing, 1 otherwise, 2 when the
/// design or the policy cannot be read.
int auditCommand(const QStringList &args);

} // namespace pp::cli
