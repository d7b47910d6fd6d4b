#pragma once

// Private to the undo layer: the host options that name other hosts (a pull
// distribution point's pullSources, a data warehouse point's
// warehouseDatabase). A name left pointing at a host that is gone would make
// the saved file fail its checks, so edits that remove or copy hosts take
// these along in the same step.

#include <QHash>
#include <QSet>

#include "app/commands/DesignPatch.h"

namespace pp::commands {

/// Adds to `patch` the hosts (other than `removed`) whose options name a
/// host of `removed`, with those names taken out.
void dropHostOptionReferences(const Design &design, const QSet<QString> &removed, DesignPatch &patch);

/// Pasted copies: a name of a host pasted along follows it to its new id
/// (`newIds`, old id to new), a name of a host of `design` stays, any other
/// is dropped.
void remapHostOptionReferences(HostOptions &options, const QHash<QString, QString> &newIds, const Design &design);

} // namespace pp::commands
