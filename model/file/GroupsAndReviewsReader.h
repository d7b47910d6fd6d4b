#pragma once

// Private to the design reader: the sections of a .portplan file read
// outside DesignReader.cpp.

#include "model/file/JsonReader.h"

namespace pp::io {

/// Boundary groups (rule 9), with their fallback relations.
void readBoundaryGroups(JsonReader &r, const Json &array, Design &d);
/// Review decisions.
void readReviews(JsonReader &r, const Json &array, Design &d);

} // namespace pp::io
