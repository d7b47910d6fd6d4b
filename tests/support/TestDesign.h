#pragma once

#include <QStringList>

#include "model/engine/Analysis.h"
#include "model/design/Design.h"

#include <functional>

namespace pp::test {

/// Builds small designs in test code:
///   TestDesign t; t.site("PS1").zone("lan").host("cl", "lan", "PS1", {"client"});
class TestDesign
{
public:
    TestDesign &site(const QString &code, SiteType type = SiteType::Primary, const QString &parent = {});
    TestDesign &zone(const QString &id, ZoneKind kind = ZoneKind::Internal, const QStringList &subnets = {});
    TestDesign &host(const QString &id, const QString &zone, const QString &site, const QStringList &roles,
                     const std::function<void(Host &)> &tweak = {});
    TestDesign &link(Link l);
    /// Rule 10: a firewall with one interface per zone; interface i is
    /// called names[i] on the device (default: the zone id) and has the id
    /// "<zone>-if".
    TestDesign &firewall(const QString &id, const QStringList &zones, const QStringList &names = {},
                         FirewallPlatform platform = FirewallPlatform::Generic);
    TestDesign &route(const QString &from, const QString &to, const QStringList &via = {});
    Site &lastSite() { return design.sites.back(); }
    Host &hostRef(const QString &id) { return *design.host(id); }

    /// A primary site with site server + SQL on "ss" in zone "dc".
    static TestDesign primaryWithServer(const QString &code = QStringLiteral("PS1"));

    Design design;
};

/// "from>to TCP/443 REF" for each flow (optionally only crossing ones), sorted.
QStringList flowLines(const Design &design, const Analysis &analysis, bool crossingOnly = false);
/// Flows between two hosts as "TCP/443 REF", sorted.
QStringList flowsBetween(const Design &design, const Analysis &analysis, const QString &from, const QString &to);
/// Count of flows from -> to with a given ref.
int countFlows(const Design &design, const Analysis &analysis, const QString &from, const QString &to,
               const QString &ref = {});
Analysis analyze(const Design &design);

} // namespace pp::test
