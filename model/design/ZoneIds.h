#pragma once

// A zone's id is what files, the CLI, rule names, object groups and review
// keys carry. PortPlanner makes one from the zone's name (ASCII, for every
// firewall's syntax); while the id is still one PortPlanner made - from the
// name or, in older files, from the kind - it follows the name when the
// zone is renamed, so no rule keeps a name the zone no longer has. An id the
// user chose stays until the user edits it. Either way, changing an id
// changes every reference to it (rename()).

#include <QString>

#include "model/design/Design.h"

namespace pp::zoneids {

/// "Perimeter (DMZ)" -> "perimeter-dmz": lower-case ASCII letters and
/// digits joined by dashes, at most 32 characters; empty when the name has
/// none (a Chinese name).
QString fromName(const QString &name);
/// The id PortPlanner would give the zone now: from its name, else its kind.
QString suggested(const Zone &zone);
/// True when the id is one PortPlanner made (from the name, or a kind's
/// name as older versions did, perhaps with a "-2" suffix): it may follow
/// a new name.
bool followsName(const Zone &zone);
/// Letters, digits, '-', '_' and '.', starting with a letter or digit.
bool isValid(const QString &id);
/// `key` with the zone id `from` replaced by `to` in its zone pair
/// ("lan>dmz/TCP/443", FlowText::openingKey), or in a device's key
/// ("fw-dc:lan>dmz/TCP/443") where the device's interface in that zone has
/// no name of its own (the key then carries the zone id); others unchanged.
QString renamedKey(const QString &key, const QString &from, const QString &to, const Design &design);
/// Changes the zone's id and every reference to it: hosts, boundary groups,
/// firewall interfaces, routes, review decisions and the review cursor.
void rename(Design &design, const QString &from, const QString &to);

} // namespace pp::zoneids
