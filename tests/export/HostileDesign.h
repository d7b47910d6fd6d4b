#pragma once

#include "model/design/Design.h"

namespace pp::test {

/// A design whose every name carries hostile text: quotes (also the
/// typographic ones PowerShell honours), ';', $(...), backticks, <script>,
/// a Unicode line separator and cells that start with '=', '+', '-' or '@'.
/// It passes checkDesign: it is what a design file from anyone may hold.
Design hostileDesign();

/// The <script> element the hostile names carry, as text.
QString hostileScript();

} // namespace pp::test
