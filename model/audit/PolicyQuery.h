#pragma once

#include <QString>
#include <QStringList>

#include "model/audit/AddressSet.h"
#include "model/audit/PortSet.h"
#include "model/design/PortRange.h"

#include <vector>

namespace pp {

/// One connection the audit asks about: from the addresses of one host to
/// those of another, one protocol, a set of destination ports, entering
/// and leaving the device by interfaces or zones known under these names.
struct PolicyQuery
{
    std::vector<IpRange> source;
    QString sourceName;       ///< host name, matched against FQDN objects
    std::vector<IpRange> destination;
    QString destinationName;
    Protocol protocol = Protocol::Tcp;
    PortSet ports;            ///< empty for ICMP
    QStringList fromNames;    ///< the ingress interface's or zone's names; empty = unknown
    QStringList toNames;
};

} // namespace pp
