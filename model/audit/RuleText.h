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

/// `text` cut at each character of `separators`, and at ASCII white space
/// (what \s matches in a regular expression) when `whiteSpace` is set;
/// with SkipEmptyParts a run of them makes one cut. QString::split with a
/// character class does the same, but compiles a regular expression on
/// every call, and the readers call this for every cell and port list.
QStringList split(QStringView text, QStringView separators, bool whiteSpace,
                  Qt::SplitBehavior behavior = Qt::KeepEmptyParts);

/// "443", "8530-8531", "8530:8531", "80,443,1000:2000", "any" (= all ports);
/// nullopt when one part is not a port or range.
std::optional<PortSet> ports(QStringView text);

/// "tcp", "6", "udp", "17", "icmp", "1", "ipv6-icmp", "icmpv6", "58";
/// nullopt for other protocols; `any` is set for "all", "any", "ip", "*".
std::optional<Protocol> protocol(QStringView text, bool *any = nullptr);

/// A value cut to one short line for messages.
QString shown(QStringView text);

} // namespace pp::ruletext
