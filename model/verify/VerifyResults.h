#pragma once

#include <QByteArray>
#include <QString>

#include "model/design/PortRange.h"
#include "model/verify/CheckLine.h"

#include <vector>

namespace pp {

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
