#pragma once

#include <QString>
#include <QStringList>

namespace pp {

/// Rule 8: what an SSL-bridging proxy in front of an internet-facing system
/// of this role must let through besides the port.
struct BridgingRule
{
    int role = -1;
    QStringList verbs;
    QStringList headers;
    QString source;   ///< SourcePage id
};

} // namespace pp
