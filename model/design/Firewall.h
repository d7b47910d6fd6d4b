#pragma once

// Rule 10 of DESIGN.md: the firewall devices of a design, the zones their
// interfaces sit in, and the routes that pin the zones a flow passes.

#include <QPointF>
#include <QString>
#include <QStringList>

#include "model/design/Extras.h"

#include <optional>
#include <vector>

namespace pp {

/// The platforms DESIGN.md names, in its order; file ids via platformName().
enum class FirewallPlatform : quint8 {
    Generic,
    PaloAlto,
    Fortigate,
    CiscoAsa,
    JuniperSrx,
    Nftables,
    Iptables,
    Windows,
    AzureNsg,
    AwsSg,
    Capirca,
};
constexpr int FirewallPlatformCount = int(FirewallPlatform::Capirca) + 1;

/// "paloalto", "cisco-asa", ...: the file's and the CLI's id of a platform.
QString platformName(FirewallPlatform p);
std::optional<FirewallPlatform> platformFromName(QStringView name);
/// Every platform id, comma-separated: for messages.
QString platformNames();

/// One interface of a firewall. It sits in one zone; `name` is that zone's
/// name on the device (a PAN-OS or SRX security zone, an ASA nameif), and
/// the device's rules use it.
struct FirewallInterface
{
    QString id;               ///< the device's own name for the port, e.g. "ethernet1/1"
    QString zone;             ///< zone id
    QString name;             ///< the zone as the device knows it; empty = the zone id
    Extras extras;

    /// What the device's rules call this side: `name`, else the zone id.
    QString ruleName() const { return name.isEmpty() ? zone : name; }
    friend bool operator==(const FirewallInterface &a, const FirewallInterface &b);
};

/// A firewall device between zones (rule 10), drawn on the canvas at `pos`.
struct Firewall
{
    QString id;
    QString name;
    FirewallPlatform platform = FirewallPlatform::Generic;
    QString management;       ///< management address (IP or DNS name); empty = none
    std::vector<FirewallInterface> interfaces;
    QPointF pos;              ///< scene position of the centre of the device symbol
    Extras extras;

    /// The first interface in `zone`, or -1.
    int interfaceIn(const QString &zone) const;
    /// The distinct zones its interfaces sit in, in interface order.
    QStringList zones() const;
    friend bool operator==(const Firewall &a, const Firewall &b);
};

/// Rule 10: pins the zones passed between `from` and `to`, both ways unless
/// another route names the way back. Each step uses the firewall with an
/// interface in both zones (the smallest id where several do).
struct Route
{
    QString from;             ///< zone id
    QString to;               ///< zone id
    QStringList via;          ///< zone ids passed, in order; empty = one firewall joins from and to
    Extras extras;

    /// from, via..., to.
    QStringList zones() const;
    friend bool operator==(const Route &a, const Route &b);
};

} // namespace pp
