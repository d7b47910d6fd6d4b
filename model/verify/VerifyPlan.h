#pragma once

#include <QString>
#include <QStringList>

#include "model/design/PortRange.h"

#include <vector>

namespace pp {

struct Analysis;
struct Design;
struct Host;

/// The script language a source host runs its checks in.
enum class VerifyShell : quint8 {
    PowerShell, ///< Windows: Test-NetConnection
    Posix,      ///< macOS, Linux: /bin/sh with nc or bash's /dev/tcp
};

/// One check a source host runs: can it reach `address` on `port`?
struct VerifyCheck
{
    int to = -1;              ///< responding host (index into Design::hosts)
    QString target;           ///< its id
    QString address;          ///< what the check connects to: first address, else its DNS name
    Protocol protocol = Protocol::Tcp;
    quint16 port = 0;         ///< the port tried; the first of a range; 0 for ICMP
    PortRange range;          ///< what the flow needs
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
