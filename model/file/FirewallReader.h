#pragma once

// Private to the design reader: rule 10's sections of a .portplan file.

#include "model/file/JsonReader.h"

namespace pp::io {

/// Firewalls with their interfaces (shape and types; FirewallCheck resolves zones).
void readFirewalls(JsonReader &r, const Json &array, Design &d);
/// Routes: from, to and the zones passed.
void readRoutes(JsonReader &r, const Json &array, Design &d);

} // namespace pp::io
