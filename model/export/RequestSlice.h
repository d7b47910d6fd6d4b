#pragma once

#include "model/export/ChangeRequest.h"

namespace pp {

/// One device's part of a change request as a request of its own (one
/// section), so that any writer writes one firewall: `export --firewall
/// ID`, and one file per device. Hosts, groups and flow kinds are shared
/// as they are (indices stay valid); lines and rules are the section's,
/// their indices made relative to it.
ChangeRequest requestForSection(const ChangeRequest &request, size_t section);

} // namespace pp
