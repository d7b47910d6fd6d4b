#pragma once

#include <QString>

#include "model/design/Design.h"
#include "model/engine/Analysis.h"

#include <optional>

namespace pp::cli {

/// A design read from a file and what the rules engine makes of it: the
/// first step of every command that takes a DESIGN (flows, validate, review,
/// export, diff).
struct AnalyzedDesign
{
    Design design;
    Analysis analysis;

    /// Loads `path` (printing every load error to stderr) and analyses it
    /// with the built-in catalog; nullopt when the file cannot be read.
    static std::optional<AnalyzedDesign> load(const QString &path);
};

} // namespace pp::cli
