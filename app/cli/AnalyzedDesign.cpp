#include "app/cli/AnalyzedDesign.h"

#include "app/cli/CliSupport.h"
#include "model/catalog/Catalog.h"
#include "model/engine/RulesEngine.h"

namespace pp::cli {

std::optional<AnalyzedDesign> AnalyzedDesign::load(const QString &path)
{
    std::optional<Design> design = loadDesign(path);
    if (!design)
        return std::nullopt;
    Analysis analysis = RulesEngine(Catalog::builtin()).analyze(*design);
    return AnalyzedDesign{std::move(*design), std::move(analysis)};
}

} // namespace pp::cli
