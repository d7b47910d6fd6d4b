#pragma once

#include <QString>

#include "model/design/Extras.h"
#include "model/design/LinkPort.h"

#include <vector>

namespace pp {

enum class LinkKind : quint8 { Add, Exclude };

/// Rule 7: a connection the catalog does not imply (Add), or one it implies
/// that the design leaves out (Exclude). Both stay visible.
struct Link
{
    QString id;
    LinkKind kind = LinkKind::Add;
    QString from;             ///< host id
    QString to;               ///< host id
    QString ref;              ///< seed anchor; for Add, empty = a port list of its own
    std::vector<LinkPort> ports; ///< Add: the ports (default: the ref's); Exclude: empty = all
    QString comment;
    Extras extras;
    friend bool operator==(const Link &a, const Link &b);
};

} // namespace pp
