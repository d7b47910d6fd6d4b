#pragma once

#include "model/design/PortRange.h"
#include "model/export/VendorWriter.h"

namespace pp {

struct FirewallRule;
struct ServiceGroup;

/// A Capirca policy (format "capirca"): per device a `.pol` whose headers
/// (one per zone pair, zones as the device names them) target paloalto,
/// srx, ciscoasa and iptables, and whose terms name the request's object
/// groups and services as tokens of `NETWORK.net` and `SERVICES.svc`
/// (writeDefinitions()). `aclgen` compiles it to any of its platforms;
/// CapircaLayout writes the folders aclgen reads. Terms are split by
/// protocol, since a Capirca term applies every port it names to every
/// protocol it names.
class CapircaWriter : public VendorWriter
{
public:
    CapircaWriter();

    /// NETWORK.net and SERVICES.svc for every section of the request (the
    /// tokens are the request's group names, the same on every device).
    static bool writeDefinitions(const ExportInput &input, QIODevice &networks, QIODevice &services, QString *error);
    /// The SERVICES.svc token of a service group's ports of one protocol.
    static QString serviceToken(const ServiceGroup &group, Protocol protocol);
    /// The term of a rule's ports of one protocol ("fw-01-tcp"): short, as
    /// Capirca's iptables target makes a chain "P_<term>" of it, which must
    /// stay under 29 characters.
    static QString termName(const FirewallRule &rule, Protocol protocol);

protected:
    void writeSection(TextSink &out, const ExportInput &input, const RequestSection &section,
                      const VendorObjects &objects, PlatformNames &names) const override;
    const char *commentPrefix() const override { return "# "; }
};

} // namespace pp
