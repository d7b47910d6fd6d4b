#pragma once

#include <QString>

namespace pp {

/// What the firewall team is asked to do with a line.
enum class RequestAction : quint8 { Add, Modify, Remove };
QString requestActionName(RequestAction action); ///< "add", "modify", "remove"

} // namespace pp
