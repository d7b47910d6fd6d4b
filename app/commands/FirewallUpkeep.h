#pragma once

// Private to the undo layer: what firewall and zone edits must take along in
// the same step so that the design stays loadable (rule 10): a route whose
// step no firewall joins any more, or an interface whose zone is gone, would
// make the saved file fail its checks.

#include <QSet>

#include "app/commands/DesignPatch.h"

namespace pp::commands {

/// The routes of `routes` every step of which some firewall of `firewalls`
/// joins, all zones existing in `zones`.
std::vector<Route> travelableRoutes(const std::vector<Route> &routes, const std::vector<Firewall> &firewalls,
                                    const std::vector<Zone> &zones);

/// Adds to `patch` what removing `zones` and the firewalls `removed` means
/// for firewalls and routes: the devices go, the interfaces in the zones go,
/// and so do the routes that can no longer be travelled.
void dropFirewallReferences(const Design &design, const QSet<QString> &zones, DesignPatch &patch,
                            const QSet<QString> &removed = {});

/// A free interface id in the platform's own style, e.g. "ethernet1/3".
QString nextInterfaceId(const Firewall &firewall);

} // namespace pp::commands
