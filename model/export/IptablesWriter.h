#pragma once

#include "model/export/VendorWriter.h"

namespace pp {

/// An `iptables-restore --noflush` file (format "iptables"): per device a
/// chain of its own ("PP-<device>") holding one ACCEPT line per rule,
/// protocol and up to 15 ports (multiport's limit), with the rule's
/// description as a comment (255 bytes, which iptables would otherwise cut
/// silently); the chain is jumped to from the top of FORWARD. Loaded with
/// --noflush nothing else is touched: only the device's own chain is
/// declared, so loading the file again refreshes that chain (and adds a
/// second jump from FORWARD, which the file's header says how to remove).
/// IPv6 addresses belong to ip6tables and are left out with a
/// warning.
class IptablesWriter : public VendorWriter
{
public:
    IptablesWriter();

protected:
    void writeSection(TextSink &out, const ExportInput &input, const RequestSection &section,
                      const VendorObjects &objects, PlatformNames &names) const override;
    const char *commentPrefix() const override { return "# "; }
};

} // namespace pp
