#pragma once

#include <QString>
#include <QStringList>

#include <vector>

namespace pp {

/// A named set of hosts (firewall "object group"): the hosts on one side of
/// one or more lines, in one zone. Built once per distinct set of hosts; its
/// texts are made once, so writers only copy them.
struct ObjectGroup
{
    QString name;             ///< e.g. "LAN_Clients" (GroupNaming)
    QString zoneId;
    QString zoneName;
    std::vector<int> hosts;   ///< indices into ChangeRequest::hosts, in design order
    QStringList hostNames;
    QStringList addresses;    ///< every host's addresses, unique, in order
    QString hostsText;        ///< hostNames joined with ", "
    QString addressesText;    ///< addresses joined with ", "
    QStringList warnings;     ///< its hosts' warnings
    QString warningsText;     ///< warnings joined with line breaks
};

} // namespace pp
