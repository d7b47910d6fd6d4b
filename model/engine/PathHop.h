#pragma once

#include <vector>

namespace pp {

/// Rule 10: one firewall a flow passes, entering at one interface and
/// leaving at another. Indices into Design::firewalls and that firewall's
/// interfaces (Firewall::interfaces).
struct PathHop
{
    int firewall = -1;
    int ingress = -1;
    int egress = -1;

    friend bool operator==(const PathHop &a, const PathHop &b)
    {
        return a.firewall == b.firewall && a.ingress == b.ingress && a.egress == b.egress;
    }
};

/// The firewalls a flow passes, in the order it passes them.
using Path = std::vector<PathHop>;

} // namespace pp
