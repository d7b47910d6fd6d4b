#pragma once

#include <QStringList>

#include "model/verify/VerifyCheck.h"

#include <vector>

namespace pp {

/// The script language a source host runs its checks in.
enum class VerifyShell : quint8 {
    PowerShell, ///< Windows: Test-NetConnection
    Posix,      ///< macOS, Linux: /bin/sh with nc or bash's /dev/tcp
};

/// Every check one source host runs, in a stable order (target, protocol, port).
struct VerifyHostPlan
{
    int host = -1;
    VerifyShell shell = VerifyShell::PowerShell;
    std::vector<VerifyCheck> checks;
    /// Targets left out because they have neither address nor name to connect to.
    QStringList unreachable;
};

} // namespace pp
