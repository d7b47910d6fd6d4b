#pragma once

// Private to the design reader: the "verifications" section (issue 15).

#include "model/file/JsonReader.h"

namespace pp::io {

/// Verification records, one per opening key.
void readVerifications(JsonReader &r, const Json &array, Design &d);

} // namespace pp::io
