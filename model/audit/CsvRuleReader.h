#pragma once

#include <QByteArray>

#include "model/audit/PolicyReadResult.h"

namespace pp {

/// A rule list exported from a spreadsheet or a firewall manager: one rule
/// per row, evaluated top down, anything no row allows denied. Columns are
/// found by header name, in any order and case: source (src), destination
/// (dst), protocol (proto), port (dport, service, destination port), action
/// (allow/accept/permit or deny/drop/reject/block), and optionally name
/// (rule, id), from (source zone, from zone) and to (destination zone, to
/// zone). A cell may hold several values separated by commas, semicolons,
/// spaces or line breaks; empty or "any" means any.
class CsvRuleReader
{
public:
    static PolicyReadResult read(const QByteArray &bytes);
};

} // namespace pp
