#pragma once

#include <QString>

#include "model/design/PortRange.h"

namespace pp {

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

} // namespace pp
