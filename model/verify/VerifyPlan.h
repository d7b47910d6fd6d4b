#pragma once

#include <QString>
#include <QStringList>

#include "model/design/PortRange.h"
#include "model/verify/VerifyCheck.h"
#include "model/verify/VerifyHostPlan.h"

#include <vector>

namespace pp {

struct Analysis;
struct Design;
struct Host;

/// What `verify-script` proves: from each source host of a crossing flow,
/// one connect per (target, protocol, port). A range is tried at its first
/// port: a connect to every port of 49152-65535 proves nothing more and
/// takes hours. UDP and ICMP checks are listed but cannot be proven by a
/// connect; they come back "untested".
class VerifyPlan
{
public:
    /// Plans for every host that can run a script, or only `host` (>= 0).
    static std::vector<VerifyHostPlan> build(const Design &design, const Analysis &analysis, int host = -1);

    /// Windows unless the host is a Mac client; ConfigMgr site systems,
    /// consoles and clients are Windows machines.
    static VerifyShell shellFor(const Host &host);
    /// False for hosts nobody can run a script on: the internet, cloud
    /// services, mobile devices.
    static bool canRunOn(const Host &host);
};

} // namespace pp
