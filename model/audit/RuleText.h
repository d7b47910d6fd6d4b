#pragma once

// Helpers the policy readers share: splitting a line into words as a shell
// would, port lists, protocol names. Private to model/audit.

#include <QString>
#include <QStringList>

#include "model/audit/PortSet.h"

#include <optional>

namespace pp::ruletext {

/// Words of a line: spaces separate, "double quotes" group (backslash
/// escapes inside), 'single quotes' group. nullopt when a quote is open.
std::optional<QStringList> words(QStringView line);

/// "443", "8530-8531", "8530:8531", "80,443,1000:2000", "any" (= all ports);
/// nullopt when one part is not a port or range.
std::optional<PortSet> ports(QStringView text);

/// "tcp", "6", "udp", "17", "icmp", "1", "ipv6-icmp", "icmpv6", "58";
/// nullopt for other protocols; `any` is set for "all", "any", "ip", "*".
std::optional<Protocol> protocol(QStringView text, bool *any = nullptr);

/// A value cut to one short line for messages.
QString shown(QStringView text);

} // namespace pp::ruletext
