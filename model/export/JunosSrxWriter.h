#pragma once

#include "model/export/VendorWriter.h"

namespace pp {

/// Junos `set` commands for an SRX (format "juniper-srx"): addresses and
/// address sets in the global address book, applications (and application
/// sets), and policies from-zone ... to-zone ... with their description.
/// Only `set`, never `replace:` (Capirca's SRX output replaces whole
/// hierarchies) nor `delete`: a `load set` adds to what is there.
class JunosSrxWriter : public VendorWriter
{
public:
    JunosSrxWriter();

protected:
    void writeSection(TextSink &out, const ExportInput &input, const RequestSection &section,
                      const VendorObjects &objects, PlatformNames &names) const override;
};

} // namespace pp
