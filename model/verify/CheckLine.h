#pragma once

#include <QString>

#include "model/design/PortRange.h"

namespace pp {

/// What one check said: open (connected), closed or timeout (it could not),
/// untested (UDP, ICMP) or error (the host had no tool to connect with).
enum class CheckResult : quint8 { Open, Closed, Timeout, Untested, Error };
QString checkResultName(CheckResult r);

/// One line of a results file.
struct CheckLine
{
    int line = 0;             ///< in the file (CSV record line, JSON array index + 1)
    QString host;             ///< source host id
    QString target;           ///< target host id
    QString address;
    Protocol protocol = Protocol::Tcp;
    quint16 port = 0;
    CheckResult result = CheckResult::Untested;
    QString time;
};

} // namespace pp
