#pragma once

#include "model/export/VendorWriter.h"

namespace pp {

/// Cisco ASA configuration lines (format "cisco-asa"): `object network`,
/// `object-group network` and `object-group service`, then `access-list
/// ... extended permit` entries with their `remark` lines, appended to the
/// ingress interface's access list (named `<nameif>_access_in`, ASDM's
/// default). Never `clear configure` (Capirca's ASA output starts with it
/// and wipes the list) and no `access-group`, which would rebind the
/// interface: a header comment says to bind the list only where the
/// interface has none.
class CiscoAsaWriter : public VendorWriter
{
public:
    CiscoAsaWriter();

protected:
    void writeSection(TextSink &out, const ExportInput &input, const RequestSection &section,
                      const VendorObjects &objects, PlatformNames &names) const override;
    const char *commentPrefix() const override { return "! "; }
};

} // namespace pp
