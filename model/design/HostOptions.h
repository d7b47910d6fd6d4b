#pragma once

#include <QString>
#include <QStringList>
#include <QStringView>

#include "model/design/Extras.h"
#include "model/design/Settings.h"

#include <optional>

namespace pp {

enum class ClientConnections : quint8 { Intranet, Internet, Both };
QString clientConnectionsName(ClientConnections c);
std::optional<ClientConnections> clientConnectionsFromName(QStringView name);

struct HostOptions
{
    PortSettings ports;       ///< proxyPort, wsus*, sql*, rpcDynamicRange, http(s)Port, ...
    std::optional<bool> pxe;
    std::optional<bool> multicast;
    std::optional<bool> siteServerInitiates;  ///< note 5
    std::optional<bool> workgroup;            ///< client not joined to the domain
    std::optional<bool> azureLoadBalancer;    ///< site database behind an Azure LB
    QString sqlInstance;                      ///< empty = default instance
    std::optional<ClientConnections> clientConnections;
    // configmgr-current-2022
    std::optional<int> cmgInstances;          ///< a CMG's VM instances (default 1)
    QString cmgDeployment;                    ///< a CMG's deployment: "scaleSet" (default) or "classic"
    QStringList pullSources;                  ///< a pull DP's source DPs (host ids)
    QString warehouseDatabase;                ///< a data warehouse point's SQL Server (host id)
    Extras extras;

    bool pxeEnabled() const { return pxe.value_or(false); }
    bool multicastEnabled() const { return multicast.value_or(false); }
    bool siteServerInitiatesEnabled() const { return siteServerInitiates.value_or(false); }
    ClientConnections connections() const { return clientConnections.value_or(ClientConnections::Intranet); }
    int cmgInstanceCount() const { return cmgInstances.value_or(1); }
    bool cmgClassic() const { return cmgDeployment == QLatin1String("classic"); }
    /// The hosts a host option names (Connection::hostOption), by key.
    QStringList namedHosts(const QString &option) const;
    bool isNamedSqlInstance() const;
    friend bool operator==(const HostOptions &a, const HostOptions &b);
};

} // namespace pp
