#include "model/design/HostOptions.h"

#include "model/design/EnumNames.h"

namespace pp {

namespace {

const char16_t *const clientConnectionNames[] = {u"intranet", u"internet", u"both"};

} // namespace

QString clientConnectionsName(ClientConnections c)
{
    return QString::fromUtf16(clientConnectionNames[size_t(c)]);
}
std::optional<ClientConnections> clientConnectionsFromName(QStringView n)
{
    return enumFromName<ClientConnections>(clientConnectionNames, n);
}

bool HostOptions::isNamedSqlInstance() const
{
    return !sqlInstance.isEmpty()
        && sqlInstance.compare(QLatin1String("MSSQLSERVER"), Qt::CaseInsensitive) != 0;
}

QStringList HostOptions::namedHosts(const QString &option) const
{
    if (option == QLatin1String("pullSources"))
        return pullSources;
    if (option == QLatin1String("warehouseDatabase") && !warehouseDatabase.isEmpty())
        return {warehouseDatabase};
    return {};
}

bool operator==(const HostOptions &a, const HostOptions &b)
{
    return a.ports == b.ports && a.pxe == b.pxe && a.multicast == b.multicast
        && a.siteServerInitiates == b.siteServerInitiates && a.workgroup == b.workgroup
        && a.azureLoadBalancer == b.azureLoadBalancer && a.sqlInstance == b.sqlInstance
        && a.clientConnections == b.clientConnections && a.cmgInstances == b.cmgInstances
        && a.cmgDeployment == b.cmgDeployment && a.pullSources == b.pullSources
        && a.warehouseDatabase == b.warehouseDatabase && a.extras == b.extras;
}

} // namespace pp
