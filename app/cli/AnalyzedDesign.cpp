#include "app/cli/AnalyzedDesign.h"

#include "app/cli/CliSupport.h"
#include "model/catalog/Catalog.h"
#include "model/engine/RulesEngine.h"

namespace pp::cli {

std::optional<AnalyzedDesign> AnalyzedDesign::load(const QString &path, const QString &catalogId)
{
    std::optional<Design> design = loadDesign(path, catalogId);
    if (!design)
        return std::nullopt;
    return of(std::move(*design));
}

AnalyzedDesign AnalyzedDesign::of(Design design)
{
    // Loading refused any catalog this program does not have.
    const Catalog *catalog = Catalog::forDesign(design.catalog);
    Analysis analysis = RulesEngine(*catalog).analyze(design);
    return AnalyzedDesign{std::move(design), std::move(analysis), catalog};
}

} // namespace pp::cli
