#pragma once

#include "model/export/VendorWriter.h"

namespace pp {

/// FortiOS CLI (format "fortigate"): `config firewall address` (and
/// `address6`), `addrgrp` (`addrgrp6`), `service custom` and `policy`.
/// Objects are edited by name (a name the device already has is updated,
/// never removed); every policy is `edit 0`, so FortiOS gives it a new id
/// and never overwrites an existing policy (Fortinet 6.0 handbook, "Policy
/// names"). Policy names hold 35 characters, objects 79.
class FortiOsWriter : public VendorWriter
{
public:
    FortiOsWriter();

protected:
    void writeSection(TextSink &out, const ExportInput &input, const RequestSection &section,
                      const VendorObjects &objects, PlatformNames &names) const override;
};

} // namespace pp
