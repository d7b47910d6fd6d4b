#pragma once

#include <QStringList>

namespace pp::cli {

/// portplanner-cli review DESIGN [--format table|json] [--record FILE.html]
/// Exit 0 only when every crossing is approved and none needs re-review.
int reviewCommand(const QStringList &args);

} // namespace pp::cli
