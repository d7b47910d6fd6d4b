#pragma once

#include <QString>
#include <QStringList>

#include "model/audit/AddressSet.h"
#include "model/audit/PolicyChain.h"
#include "model/audit/PolicyRule.h"
#include "model/audit/PortSet.h"
#include "model/audit/ServiceMatch.h"

#include <map>
#include <optional>
#include <vector>

namespace pp {

/// An existing firewall policy in one shape whatever its format.
struct Policy
{
    QString format;           ///< "nftables", "iptables", "csv", "paloalto", "capirca"
    std::vector<PolicyChain> chains;
    QStringList notes;        ///< what the reader passed over, for the report

    const PolicyChain *chain(const QString &name) const;
    /// The base chains packets through the device meet: those hooked on
    /// forward when any is, else those hooked on input (a host firewall),
    /// else every base chain.
    std::vector<const PolicyChain *> entryChains() const;
};

} // namespace pp
