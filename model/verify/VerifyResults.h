#pragma once

#include <QByteArray>
#include <QString>

#include "model/design/PortRange.h"

#include <vector>

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

/// The lines of a results file, or why it is not one.
struct VerifyResults
{
    std::vector<CheckLine> lines;
    QString error;            ///< empty when read; names the line and column otherwise
    bool ok() const { return error.isEmpty(); }

    /// Reads the CSV the scripts print (columns by header name, any order;
    /// PowerShell's UTF-8 BOM and CRLF are fine) or JSON: an array of
    /// objects with the same keys, {"results": [...]}, or one object per line.
    static VerifyResults parse(const QByteArray &bytes);
};

} // namespace pp
