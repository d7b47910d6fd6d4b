#pragma once

#include <QByteArray>

#include "model/design/Design.h"

#include <nlohmann/json.hpp>

namespace pp {

/// The file format's own JSON for a design and for one host, in file key
/// order. Used by the writer, and by anything that must copy a piece of a
/// design exactly as it would be saved (clipboard, change records).
nlohmann::ordered_json designJson(const Design &design);
nlohmann::ordered_json hostJson(const Host &host);
/// The writer's layout: 2-space indent, flat arrays and small objects inline.
QByteArray serializeJson(const nlohmann::ordered_json &doc);

} // namespace pp
