#pragma once

#include <QStringList>

namespace pp::cli {

/// portplanner-cli import INVENTORY.csv [--into BASE.portplan] -o OUT.portplan
/// Exit 0 when everything was placed and mapped, 1 when the design was
/// written with notes to read (unknown role names, hosts in no zone), 2 when
/// the inventory or the base design could not be read.
int importCommand(const QStringList &args);

} // namespace pp::cli
