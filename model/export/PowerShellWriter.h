#pragma once

#include "model/export/RequestWriter.h"

namespace pp {

/// The change request as a Windows Defender Firewall script: for each
/// responding Windows host, inbound New-NetFirewallRule rules scoped to the
/// addresses of the hosts that connect to it, with a comment naming the
/// seed anchor. The script applies the block of the computer it runs on
/// (-HostName picks another, -Remove takes the rules away). Re-runs are
/// idempotent: every rule has a stable name and is removed before it is
/// added, and a full request also removes rules of its group it no longer
/// lists. Every value from the design is a single-quoted literal or part of
/// a one-line comment; the script has no expandable strings.
class PowerShellWriter final : public RequestWriter
{
public:
    bool write(const ExportInput &input, QIODevice &out, ExportProgress &progress, QString *error) const override;
};

} // namespace pp
