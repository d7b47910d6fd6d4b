#pragma once

// A firewall change request. This header is ChangeRequest's and brings in
// every part it holds, one header per struct, and its options.

#include <QString>
#include <QStringList>

#include "model/design/Design.h"
#include "model/engine/Analysis.h"
#include "model/engine/FlowKinds.h"
#include "model/export/ChangeRequestOptions.h"
#include "model/export/FirewallRule.h"
#include "model/export/ObjectGroup.h"
#include "model/export/RequestAction.h"
#include "model/export/RequestFlow.h"
#include "model/export/RequestHost.h"
#include "model/export/RequestLine.h"
#include "model/export/RequestRisk.h"
#include "model/export/RequestSection.h"
#include "model/export/RequestSide.h"
#include "model/export/ServiceGroup.h"
#include "model/export/Slice.h"

#include <functional>
#include <vector>

namespace pp {

/// A firewall change request: lines per device section, grouped into rules
/// over named object and service groups, with the design's request metadata.
/// Hosts, groups and flow kinds are resolved once and shared by index; the
/// writers (one per format) only format and stream it.
struct ChangeRequest
{
    QString designName;
    ChangeRequestInfo info;
    bool delta = false;       ///< lines are the difference between two designs
    std::vector<RequestSection> sections;
    std::vector<RequestLine> lines;     ///< section by section
    std::vector<FirewallRule> rules;    ///< section by section
    std::vector<RequestHost> hosts;
    std::vector<ObjectGroup> objectGroups;
    std::vector<ServiceGroup> serviceGroups;
    std::vector<FlowKind> flowKinds;
    std::vector<RequestFlow> otherFlows; ///< flows outside the request (allFlows)
    QStringList warnings;     ///< request-wide, e.g. hosts without an address

    const ObjectGroup &group(const RequestSide &side) const { return objectGroups[size_t(side.group)]; }
    const RequestHost &host(int index) const { return hosts[size_t(index)]; }
    const FlowKind &kind(const RequestFlow &flow) const { return flowKinds[size_t(flow.kind)]; }
    const ServiceGroup &services(const RequestLine &line) const { return serviceGroups[size_t(line.serviceGroup)]; }
    Slice<RequestLine> linesOf(const RequestSection &section) const;
    Slice<FirewallRule> rulesOf(const RequestSection &section) const;
    /// The warnings of a line: its groups' (hosts without an address).
    QStringList lineWarnings(const RequestLine &line) const;
    /// The host of a side with this id, or null.
    const RequestHost *sideHost(const RequestSide &side, const QString &id) const;
    const ObjectGroup *objectGroup(const QString &name) const;
    const ServiceGroup *serviceGroup(const QString &name) const;
    int count(RequestAction action) const;
    /// Every flow the request lists: the lines' flows, then otherFlows.
    size_t flowCount() const;
};

} // namespace pp
