#pragma once

#include <QColor>

#include "render/CellPart.h"

#include <vector>

namespace pp {

struct TableCell
{
    std::vector<CellPart> parts;
    QColor background;        ///< invalid: none
};

using TableRow = std::vector<TableCell>;

} // namespace pp
