#pragma once

#include <QDateTime>
#include <QString>
#include <QStringList>

#include "model/design/Verification.h"
#include "model/verify/VerifyResults.h"

#include <vector>

namespace pp {

struct Analysis;
class Catalog;
struct Design;

/// What reading a results file into a design makes of it.
struct VerificationImportOutcome
{
    /// The design's verification records after the import: those of the
    /// openings the results touch replaced, the rest kept, in key order.
    std::vector<VerificationRecord> records;
    int openings = 0;         ///< openings the results touched
    int matched = 0;          ///< result lines that matched a flow
    QStringList notes;        ///< result lines that matched nothing, by line
};

/// `verify-import`: each result line is matched to the crossing flows it
/// checks (source and target host ids, protocol, a port the flow's range
/// holds); every opening that serves one of those flows gets a record:
/// failed when any of its checks could not connect, verified when every
/// TCP flow it serves connected and it serves nothing else, untested
/// otherwise (UDP, ICMP, flows no line checked, a port range whose one
/// tried port refused: nothing need listen there). On a path through several
/// firewalls, one connect proves each device's opening.
class VerificationImport
{
public:
    static VerificationImportOutcome apply(const Design &design, const Catalog &catalog, const Analysis &analysis,
                                           const VerifyResults &results, const QString &source);
};

} // namespace pp
