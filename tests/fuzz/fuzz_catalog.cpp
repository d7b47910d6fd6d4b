// libFuzzer target: the catalog reader (the 2017 seed and the current-branch
// catalog are both read by it). A refusal must say why; a catalog it accepts
// must drive the engine over a small design without a crash, whatever
// roles, connections and settings it holds.
#include "model/catalog/Catalog.h"
#include "model/engine/RulesEngine.h"
#include "tests/fuzz/FuzzPolicy.h"

#include <cstdint>
#include <cstdlib>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QByteArray bytes(reinterpret_cast<const char *>(data), qsizetype(size));
    QString error;
    const std::optional<pp::Catalog> catalog = pp::Catalog::parse(bytes, &error);
    if (!catalog) {
        if (error.isEmpty())
            std::abort(); // refused without saying why
        return 0;
    }
    // The design's roles are the built-in ones: those the fuzzed catalog
    // lacks are kept and get no flows, the rest take the fuzzed rules.
    const pp::Analysis analysis = pp::RulesEngine(*catalog).analyze(pp::fuzz::auditDesign());
    for (const pp::Opening &o : analysis.openings) {
        if (o.flows.empty())
            std::abort(); // an opening no flow asked for
        for (const int f : o.flows)
            if (f < 0 || size_t(f) >= analysis.flows.size())
                std::abort(); // an opening pointing past the flows
    }
    return 0;
}
