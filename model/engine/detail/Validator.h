#pragma once

#include "model/engine/Analysis.h"
#include "model/engine/detail/EngineIndex.h"

namespace pp::engine {

class FlowGenerator;

/// Validation findings: errors (the design cannot be built as drawn) and
/// warnings (it works, but a reviewer should look), each naming hosts and
/// the seed section it rests on.
std::vector<Finding> validate(const EngineIndex &index, const FlowGenerator &generator,
                              const Analysis &analysis);

} // namespace pp::engine
