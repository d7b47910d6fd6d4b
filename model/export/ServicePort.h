#pragma once

#include <QString>

#include "model/design/PortRange.h"

namespace pp {

/// One protocol/port of a service group ("TCP/8530-8531", "ICMP/echo-request").
struct ServicePort
{
    Protocol protocol = Protocol::Tcp;
    PortRange range;          ///< empty for ICMP
    QString text;             ///< "8530-8531"; "echo-request" for ICMP

    bool isIcmp() const { return protocol == Protocol::Icmp; }
    QString lowerProtocol() const; ///< "tcp", "udp", "icmp"
};

} // namespace pp
