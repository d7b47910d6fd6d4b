#pragma once

#include "model/export/RequestWriter.h"

namespace pp {

/// The change request as an nftables ruleset for a firewall between zones:
/// table "inet portplanner" with a named set per zone and per object group
/// (one per address family), and a forward chain with one accept rule per
/// request line, commented with its line id and seed anchors and tagged with
/// its opening key. The chain's policy stays accept: the default drop is the
/// operator's to set. A full request replaces the table when loaded again; a
/// delta adds its rules to the loaded table and lists, as comments, the rules
/// to delete. Identifiers are [A-Za-z0-9_] only; names from the design appear
/// only in one-line comments.
class NftWriter final : public RequestWriter
{
public:
    bool write(const ExportInput &input, QIODevice &out, ExportProgress &progress, QString *error) const override;
};

} // namespace pp
