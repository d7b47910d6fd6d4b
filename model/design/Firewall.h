#pragma once

// Rule 10 of DESIGN.md: the firewall devices of a design, the zones their
// interfaces sit in, and the routes that pin the zones a flow passes.

#include <QPointF>
#include <QString>
#include <QStringList>
#include <QStringView>

#include "model/design/Extras.h"
#include "model/design/FirewallInterface.h"
#include "model/design/Route.h"

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

} // namespace pp
