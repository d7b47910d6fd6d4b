#pragma once

#include <QString>
#include <QStringList>

#include "model/engine/Analysis.h"

namespace pp {

class Catalog;
struct Design;

/// Words for flows and openings: ids, refs, port text and descriptions, as
/// the CLI, table, exports and review show them. Reads, never computes.
class FlowText
{
public:
    FlowText(const Design &design, const Catalog &catalog) : m_design(design), m_catalog(catalog) {}

    QString fromId(const Flow &f) const;
    QString toId(const Flow &f) const;
    QString fromZoneId(const Flow &f) const;
    QString toZoneId(const Flow &f) const;
    /// Seed anchor of the flow; "manual" for a manual link without a ref.
    QString ref(const Flow &f) const;
    QString service(const Flow &f) const;
    /// "443", "49152-65535", or the ICMP type.
    QString port(const Flow &f) const;
    /// e.g. "HTTPS: Client --> Management point"
    QString description(const Flow &f) const;
    /// Rule 9: how a fallback flow is reached, e.g. "Taipei -> Datacenter after
    /// 120 min" or "Taipei -> site default group"; empty for local flows.
    QString fallbackPath(const Flow &f) const;
    /// e.g. "CL-LAN -> MP01: HTTPS: Client --> Management point [BKMK_PortsClient-MP]"
    QString justification(const Flow &f) const;

    /// Rule 8, e.g. "No PXE over the internet: ... Left out: Client --> Distribution
    /// point configured for PXE, with DP01 [BKMK_PortsClient-DP3] (source: ...)".
    QString noteText(const FlowNote &note) const;
    /// Rule 8: what an SSL-bridging proxy must pass for this opening, one
    /// line per internet-facing role its internet-based clients reach; empty
    /// when none. `flows` are the analysis' flows the opening indexes.
    QStringList bridging(const Opening &opening, const std::vector<Flow> &flows) const;

    QString zoneName(int zone) const;
    QString hostName(int host) const;

    /// Stable key of an opening; review decisions and change-request deltas
    /// use it. Without a firewall: "<from zone id>><to zone id>/<protocol>/<port>",
    /// e.g. "lan>dmz/TCP/443". On a firewall (rule 10): the device id, a
    /// colon, and its interfaces' names as the device knows them (the zone
    /// id where an interface has no name), e.g. "fw-dc:trust>wan/TCP/443".
    /// Renaming a device or an interface renames the key.
    QString openingKey(const Opening &o) const;

    /// Rule 10: a firewall's id; "" for -1.
    QString firewallId(int firewall) const;
    /// The name a firewall gives the zone of one of its interfaces.
    QString interfaceName(int firewall, int interface) const;
    /// A path in one line: "fw-br1:lan>wan -> fw-dc:wan>trust"; "" when empty.
    QString pathText(const Path &path) const;

private:
    const Design &m_design;
    const Catalog &m_catalog;
};

} // namespace pp
