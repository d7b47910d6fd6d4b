#pragma once

// The names the catalog file gives scopes, conditions and role scopes: one
// table each, shared by the reader (Catalog::parse) and the name functions
// of Connection and Condition. Private to model/catalog.

#include <QString>

#include "model/catalog/Condition.h"
#include "model/catalog/Connection.h"
#include "model/catalog/Role.h"

#include <cstddef>
#include <stdexcept>
#include <string>

namespace pp::catalognames {

/// One enum value and its name in the catalog file.
struct NameTable
{
    const char *name;
    int value;
};

inline constexpr NameTable scopeNames[] = {
    {"site", int(Scope::Site)},           {"ownSite", int(Scope::OwnSite)},
    {"parentChild", int(Scope::ParentChild)}, {"global", int(Scope::Global)},
    {"hierarchy", int(Scope::Hierarchy)}, {"subtree", int(Scope::Subtree)},
    {"peer", int(Scope::Peer)},           {"named", int(Scope::Named)},
};

inline constexpr NameTable conditionNames[] = {
    {"from.site.wakeUpProxy", int(Condition::FromSiteWakeUpProxy)},
    {"from.site.wakeOnLan", int(Condition::FromSiteWakeOnLan)},
    {"from.site.topLevel", int(Condition::FromSiteTopLevel)},
    {"from.domainIntranet", int(Condition::FromDomainIntranet)},
    {"to.pxe", int(Condition::ToPxe)},
    {"to.multicast", int(Condition::ToMulticast)},
    {"to.internetFacing", int(Condition::ToInternetFacing)},
    {"to.azureLoadBalancer", int(Condition::ToAzureLoadBalancer)},
    {"hierarchy.has.certificate_registration_point",
     int(Condition::HierarchyHasCertificateRegistrationPoint)},
    {"remoteSql", int(Condition::RemoteSql)},
    {"from.internet", int(Condition::FromInternet)},
    {"from.site.winPePeerCache", int(Condition::FromSiteWinPePeerCache)},
    {"from.site.expressUpdates", int(Condition::FromSiteExpressUpdates)},
    {"to.cmg.scaleSet", int(Condition::ToCmgScaleSet)},
    {"to.cmg.classic", int(Condition::ToCmgClassic)},
    {"to.cmg.oneVm", int(Condition::ToCmgOneVm)},
    {"to.cmg.severalVms", int(Condition::ToCmgSeveralVms)},
    {"hierarchy.has.cloud_management_gateway", int(Condition::HierarchyHasCloudManagementGateway)},
};

inline constexpr NameTable roleScopeNames[] = {
    {"site", int(RoleScope::Site)},
    {"hierarchy", int(RoleScope::Hierarchy)},
    {"global", int(RoleScope::Global)},
    {"client", int(RoleScope::Client)},
};

/// The value of `name`; an unknown name is an error naming `what`.
template<size_t N>
inline int lookup(const NameTable (&table)[N], const std::string &name, const char *what)
{
    for (const auto &entry : table)
        if (name == entry.name)
            return entry.value;
    throw std::runtime_error(std::string("unknown ") + what + " \"" + name + "\"");
}

/// The name of `value`, or empty.
template<size_t N>
inline QString nameOf(const NameTable (&table)[N], int value)
{
    for (const auto &entry : table)
        if (entry.value == value)
            return QString::fromLatin1(entry.name);
    return {};
}

} // namespace pp::catalognames
