#pragma once

#include <QString>

#include "model/verify/VerifyPlan.h"

namespace pp {

struct Design;

/// The checks of one source host as a script it runs unchanged: Windows
/// PowerShell (Test-NetConnection, in every Windows since 8.1 / 2012 R2)
/// or POSIX sh (nc when present, else bash's /dev/tcp). Both are read-only:
/// they open TCP connections and print one CSV line per check,
///   host,target,address,protocol,port,result,time
/// with result open, closed, timeout (sh with bash only), untested (UDP,
/// ICMP: a connect proves nothing) or error (no tool to connect with).
/// Every name from the design is quoted as a literal of the script's
/// language; comments carry names on one line.
class VerifyScript
{
public:
    static QString write(const Design &design, const VerifyHostPlan &plan);
    static QString powerShell(const Design &design, const VerifyHostPlan &plan);
    static QString posixShell(const Design &design, const VerifyHostPlan &plan);
    /// "verify-cm01.ps1" / "verify-mac01.sh", from the host id made safe.
    static QString fileName(const Design &design, const VerifyHostPlan &plan);
    /// The first line of every results file.
    static QString header();
};

} // namespace pp
