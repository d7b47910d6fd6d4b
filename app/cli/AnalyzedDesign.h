#pragma once

#include <QString>

#include "model/design/Design.h"
#include "model/engine/Analysis.h"

#include <optional>

namespace pp {
class Catalog;
}

namespace pp::cli {

/// A design read from a file and what the rules engine makes of it: the
/// first step of every command that takes a DESIGN (flows, validate, review,
/// export, diff).
struct AnalyzedDesign
{
    Design design;
    Analysis analysis;
    const Catalog *catalog = nullptr; ///< the design's catalog (never null once loaded)

    /// Loads `path` (printing every load error to stderr) and analyses it
    /// with its own catalog, or with `catalogId` when given (--catalog: the
    /// design then names that one); nullopt when the file cannot be read.
    static std::optional<AnalyzedDesign> load(const QString &path, const QString &catalogId = {});
    /// Analyses a design already in memory with the catalog it names.
    static AnalyzedDesign of(Design design);
};

} // namespace pp::cli
