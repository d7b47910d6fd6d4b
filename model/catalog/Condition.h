#pragma once

#include <QString>

namespace pp {

/// Conditions a connection or a single port row depends on (rule 5 and the
/// seed's own qualifications). The catalog names them; the engine evaluates.
enum class Condition : quint8 {
    FromSiteWakeUpProxy,
    FromSiteWakeOnLan,
    FromSiteTopLevel,
    FromDomainIntranet,
    ToPxe,
    ToMulticast,
    ToInternetFacing,
    ToAzureLoadBalancer,
    HierarchyHasCertificateRegistrationPoint,
    RemoteSql,
    // configmgr-current-2022
    FromInternet,              ///< the initiator is an internet-based client
    FromSiteWinPePeerCache,
    FromSiteExpressUpdates,
    ToCmgScaleSet,
    ToCmgClassic,
    ToCmgOneVm,
    ToCmgSeveralVms,
    HierarchyHasCloudManagementGateway,
};

QString conditionName(Condition c);

} // namespace pp
