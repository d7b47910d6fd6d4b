#pragma once

#include <QString>

namespace pp {

/// One address a rule names: a host's address or a zone subnet standing in.
struct AddressObject
{
    QString name;             ///< fitted to the platform
    QString cidr;             ///< "10.0.0.10/32", "2001:db8::/64"
    bool v6 = false;
    QString description;      ///< the host (or zone) it stands for, fitted (at most 255)
};

} // namespace pp
