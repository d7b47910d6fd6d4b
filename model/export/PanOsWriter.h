#pragma once

#include "model/export/VendorWriter.h"

namespace pp {

/// PAN-OS `set` commands for configure mode (format "paloalto"): address
/// objects, address groups, services and service groups, and one security
/// rule per request rule from the ingress to the egress zone as the device
/// names them, with its description. Only `set`: nothing is deleted or
/// moved, so loading it adds to the running rulebase (new rules go to its
/// end; place them above any deny rule when committing).
/// ICMP cannot be a PAN-OS service: it becomes a rule of its own with the
/// `ping` application.
class PanOsWriter : public VendorWriter
{
public:
    PanOsWriter();

protected:
    void writeSection(TextSink &out, const ExportInput &input, const RequestSection &section,
                      const VendorObjects &objects, PlatformNames &names) const override;
};

} // namespace pp
