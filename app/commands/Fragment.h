#pragma once

// Private to the undo layer: a piece of a design (some hosts, and the zones
// they sit in) in the file format's own JSON. The clipboard and a deletion's
// undo record are both fragments, so copying, pasting and restoring reuse the
// writer and the loader's checks instead of copying fields by hand.

#include <QByteArray>
#include <QSet>
#include <QString>
#include <QStringList>

#include "model/design/Design.h"

#include <optional>

namespace pp {
class Catalog;
}

namespace pp::commands {

struct Fragment
{
    Design design;            ///< hosts, the zones they name, stripped copies of their sites
    QSet<QString> wholeZones; ///< zones taken as a whole (a copied or deleted zone), not just named
};

/// Hosts `hostIds`, plus every host of the zones `zoneIds`, as a fragment.
/// Host and zone order is the design's.
QByteArray fragmentJson(const Design &design, QSet<QString> hostIds, const QStringList &zoneIds);

/// Reads a fragment back with the loader's checks; nullopt and *error when
/// the bytes are not a fragment (or not a design at all).
std::optional<Fragment> parseFragment(const QByteArray &bytes, const Catalog &catalog, QString *error);

} // namespace pp::commands
