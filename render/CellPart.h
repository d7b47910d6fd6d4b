#pragma once

#include <QString>

#include "render/ReportStyle.h"

namespace pp {

/// A piece of a cell's text in one style; each piece starts a new line.
struct CellPart
{
    QString text;
    TextStyle style = TextStyle::Normal;
};

} // namespace pp
